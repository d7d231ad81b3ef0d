"""What the learned decisions' training scripts share (leadtrain.py, endtrain.py,
headlinetrain.py; titlepicktrain.py reads with read_without): the weights fitted on every
site but one, the leave-one-site-out measure and the command line."""

import argparse
import json
from collections.abc import Callable
from contextlib import ExitStack
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from bench.linetrain import fit
from bench.page_fields import print_compared
from indexer.article import Article
from indexer.sources import read_file

# An article decided again with other weights, from what the reading kept beside it.
Redecide = Callable[[Article, object, dict], Article]


def read_without(path: Path, *decisions: Callable) -> Article | None:
    """The page read with the given learned decisions off (each one's `using`), None when it
    is no article."""
    with ExitStack() as stack:
        for using in decisions:
            stack.enter_context(using({"weights": None}))
        articles = list(read_file(path))
    return articles[0] if len(articles) == 1 and isinstance(articles[0], Article) else None


def read_each(read: Callable[[Path], Article | None], paths: list[Path]) -> list:
    """Each page read by `read` (a module's function, so that worker processes can call
    it), a process a core: reading the recorded pages is most of a training's time."""
    with Pool() as pool:
        return pool.map(read, paths, chunksize=16)


def decision_weights(
    data: dict[str, list], leave_out: str, names: tuple[str, ...], thresholds: dict
) -> dict:
    """A learned decision's stored weights: fitted on every site's (feature row, label) pairs
    but `leave_out`'s, with its feature names and thresholds."""
    rows = [item for site, items in data.items() if site != leave_out for item in items]
    matrix = np.vstack([row for row, _ in rows])
    target = np.array([t for _, t in rows], dtype=float)
    return {"features": list(names), "weights": fit(matrix, target).round(4).tolist(), **thresholds}


def measure(read: list, data: dict[str, list], train, redecide: Redecide) -> None:
    """Leave-one-site-out page fields against the reading without the decision, per field;
    the pages that differ. `read`: (site, record, article, what redecide needs) of each page."""
    models = {site: train(data, site) for site in {item[0] for item in read}}
    print_compared(
        (site, page, article, redecide(article, kept, models[site]))
        for site, page, article, kept in read
    )


def main(argv, doc: str, read_sites, train, redecide: Redecide, path: Path, unit: str) -> None:
    """A training script's command line: train and write the weights to `path`, or measure
    leave-one-site-out (--measure). `read_sites()`: the labelled rows by site and the pages read."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="leave-one-site-out figures")
    args = parser.parse_args(argv)
    data, read = read_sites()
    rows = sum(map(len, data.values()))
    print(f"{len(read)} pages read, {rows} {unit} of {len(data)} sites")
    if args.measure:
        measure(read, data, train, redecide)
        return
    path.write_text(json.dumps(train(data), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
