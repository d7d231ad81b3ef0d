"""A learned line scorer: the chance that a line of a page is article text, not chrome.

A logistic regression over general features of a line and its neighbours (length, words,
sentence end, function-word density, digits and clock times, capitals, rule marks, where it
stands against the page's longest run of paragraphs, repeats), trained on the hand-written
records of the scraped test pages (bench/linetrain.py) and kept as a small data
file beside this module. It knows no site: only shapes.
"""

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from indexer.sources.chrome import CARD_TIME, is_chrome_line
from indexer.sources.dates import is_date_text
from indexer.sources.weights import StoredWeights, chances

WEIGHTS = StoredWeights(Path(__file__).with_name("linescore.json"))
WEIGHTS_FILE = WEIGHTS.path
model, using = WEIGHTS.current, WEIGHTS.using  # the weights in use; others for a block
CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
LIST_START = re.compile(r"^(?:[•·▪●◦*\-–—]|\d{1,2}[.)])\s*\S")
LINK_LIKE = re.compile(r"https?://|www\.|\b[\w-]+\.(?:ru|com|ua|net|org|kz|by|info)\b|©")
# A sentence's or list item's end, closing quotes and brackets aside: "… сказал мэр.»";
# not a headline's "«Мисс Ульяновск»" (linekind's rules read lines by it too).
SENTENCE_END = re.compile(r"[.!?…;:][»\"”)]*$")
FEATURE_NAMES = (
    "bias", "chars", "words", "sentence", "density", "digits", "clock", "date", "capitals",
    "rule_chrome", "commas", "position", "in_run", "before_run", "after_run", "run_distance",
    "prev_chars", "next_chars", "prev_density", "next_density", "prev_sentence",
    "next_sentence", "window_sentence", "repeated", "card_time_near", "ellipsis", "list_item",
    "link_like", "few_words", "rule_good",
)  # fmt: skip


def line_shape(line: str, density: float) -> list[float]:
    """A line's own features, without its neighbours'."""
    words = line.split()
    count = max(len(words), 1)
    return [
        math.log1p(len(line)) / 6,
        math.log1p(len(words)) / 4,
        float(SENTENCE_END.search(line) is not None),
        density,
        sum(ch.isdigit() for ch in line) / max(len(line), 1),
        float(CLOCK.search(line) is not None),
        float(is_date_text(line)),
        sum(word[:1].isupper() for word in words) / count,
        float(is_chrome_line(line)),
        line.count(",") / count,
    ]


def longest_run(shapes: list[list[float]]) -> tuple[int, int]:
    """The first and last index of the longest run of sentence lines of 60+ characters,
    with gaps of up to five lines: where the article's text most likely stands."""
    best, first, last, size, total = (0, -1), -1, -1, 0, 0
    for i, shape in enumerate(shapes):
        if not (shape[2] and shape[0] >= math.log1p(60) / 6):
            continue
        if first >= 0 and i - last <= 6:
            last, total = i, total + shape[0]
        else:
            first, last, total = i, i, shape[0]
        if total > size:
            best, size = (first, last), total
    return best


def features(lines: list[str], densities: list[float], good: list[bool]) -> np.ndarray:
    """The feature matrix of a page's non-empty lines (one row a line, FEATURE_NAMES)."""
    shapes = [line_shape(line, share) for line, share in zip(lines, densities, strict=True)]
    first, last = longest_run(shapes)
    counts = Counter(lines)
    rows = []
    for i, line in enumerate(lines):
        prev = shapes[i - 1] if i else [0.0] * 10
        after = shapes[i + 1] if i + 1 < len(lines) else [0.0] * 10
        window = [shapes[j][2] for j in range(max(0, i - 2), min(len(lines), i + 3))]
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        distance = 0 if first <= i <= last else min(abs(i - first), abs(i - last))
        rows.append([
            1.0, *shapes[i], i / max(len(lines) - 1, 1),
            float(first <= i <= last), float(i < first), float(i > last), min(distance, 10) / 10,
            prev[0], after[0], prev[3], after[3], prev[2], after[2], sum(window) / len(window),
            float(counts[line] > 1), float(any(CARD_TIME.match(x) for x in near)),
            float(line.endswith(("…", "..."))), float(LIST_START.match(line) is not None),
            float(LINK_LIKE.search(line) is not None), float(len(line.split()) <= 3),
            float(good[i]),
        ])  # fmt: skip
    return np.array(rows, dtype=np.float64).reshape(len(lines), len(FEATURE_NAMES))


def text_chances(matrix: np.ndarray, weights: dict | None = None) -> np.ndarray:
    """The chance of each row's line being article text, by the model's weights."""
    return chances(matrix, weights or model())


def sure_chrome(lines: list[str], densities: list[float], good: list[bool]) -> list[bool]:
    """For each line, True where the scorer is sure it is chrome: its chance of text under
    the model's threshold, a lower one for a sentence (better kept than lost)."""
    found = model()
    if not lines or found.get("weights") is None:
        return [False] * len(lines)
    text = text_chances(features(lines, densities, good), found)
    return [p < threshold(line, found) for line, p in zip(lines, text, strict=True)]


def threshold(line: str, found: dict) -> float:
    """The chance of text under which a line is sure chrome: a lower one for a sentence, which
    takes two words at least ("Загружается…" is a loader's word, not a sentence)."""
    sentence = SENTENCE_END.search(line) is not None and " " in line.strip()
    return found["sentence_chrome_below"] if sentence else found["chrome_below"]
