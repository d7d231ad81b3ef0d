"""A learned scorer's weights: a small data file beside its module, or a set given for a measure.

The scraped-page readers' learned decisions (linescore.py, leadscore.py, endscore.py,
titlescore.py) are logistic regressions, and the headline choice (titlepick.py) a softmax over
a page's lines, trained by bench/ (linetrain.py, leadtrain.py, endtrain.py, headlinetrain.py,
titlepicktrain.py) and stored as JSON; leave-one-site-out measures score each
site's pages with weights trained without them, set for the time of a block.
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import numpy as np


class StoredWeights:
    """The weights in `path`, unless a block set others (`using`)."""

    def __init__(self, path: Path):
        self.path = path
        self.given: list[dict] = []

    @cached_property
    def stored(self) -> dict:
        """The weights and thresholds the data file holds."""
        return json.loads(self.path.read_text(encoding="utf-8"))

    def current(self) -> dict:
        """The weights in use: a set given for a measure, else the stored ones."""
        return self.given[-1] if self.given else self.stored

    @contextmanager
    def using(self, weights: dict) -> Iterator[None]:
        """Score with other weights inside the block (`{"weights": None}`: the rules alone)."""
        self.given.append(weights)
        try:
            yield
        finally:
            self.given.pop()


def chances(rows: np.ndarray, weights: dict) -> np.ndarray:
    """The logistic model's chance for each feature row (or for one row)."""
    return 1.0 / (1.0 + np.exp(-(rows @ np.array(weights["weights"], dtype=np.float64))))
