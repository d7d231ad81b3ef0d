"""Lines of article text told from page chrome by their shape, jusText's way.

A line of text is long, ends as a sentence ends and is dense in function words (и, в, на,
что, не, по …); chrome is short, unpunctuated, link-like or a stamp. A short line, or one
of middling density, takes its class from the nearest clear lines around it (jusText's
context smoothing), so an intertitle between two paragraphs is text and a short label
between two menus is chrome. Lines here are the non-empty lines of a page, in order
(linetrim.py: the body trimmed by their classes).
"""

import re
from functools import lru_cache

import justext

from indexer.sources.chrome import is_chrome_line
from indexer.sources.linescore import SENTENCE_END, sure_chrome

GOOD, BAD, NEAR, SHORT = "good", "bad", "near", "short"
SURE = "sure"  # chrome by the learned scorer, sentence or not
LENGTH_LOW = 70  # jusText's defaults, measured on its paragraphs: shorter is "short" …
LENGTH_HIGH = 200  # … longer and dense enough is "good" alone
DENSITY_LOW = 0.30  # of the words in the stop list: below it, a line is chrome
DENSITY_HIGH = 0.32
# Latin and Greek letters some pages write inside Russian words ("в этoм гoду", "этοм"): read
# as the Cyrillic ones they look like, so the words are found in the stop list.
CYRILLIC = re.compile(r"[а-яё]")
LOOKALIKES = str.maketrans("aeopcxyκοα", "аеорсхукоа")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """jusText's Russian stop list: its most frequent words, the measure of running text."""
    return frozenset(justext.get_stoplist("Russian"))


def density(line: str) -> float:
    """The share of a line's words that are in the stop list."""
    words = [cyrillic(word) for word in line.casefold().split()]
    return sum(word in stop_words() for word in words) / len(words) if words else 0.0


def cyrillic(word: str) -> str:
    """A Russian word with its look-alike Latin or Greek letters read as Cyrillic."""
    return word.translate(LOOKALIKES) if CYRILLIC.search(word) else word


def line_class(line: str) -> str:
    """A line's class on its own: bad (chrome), short, near (middling) or good."""
    if "©" in line or is_chrome_line(line):
        return BAD
    sentence = ends_sentence(line)
    if len(line) < LENGTH_LOW or not (sentence or len(line) > LENGTH_HIGH):
        return SHORT  # a headline, a label, a link: its neighbours tell
    share = density(line)
    if share >= DENSITY_HIGH:
        return GOOD if sentence or len(line) > LENGTH_HIGH else NEAR
    return NEAR if share >= DENSITY_LOW else BAD


def ends_sentence(line: str) -> bool:
    """True for a line ending as a sentence ends."""
    return SENTENCE_END.search(line) is not None


def nearest_clear(classes: list[str], near: bool) -> tuple[list[str], list[str]]:
    """For each line, the class of the nearest clear line before it and after it (bad past
    the page's edge); with `near`, a middling line counts as clear. One pass each way: a
    text of thousands of short lines would otherwise be searched from every line."""
    clear = (GOOD, BAD, NEAR) if near else (GOOD, BAD)
    return last_clear(classes, clear), last_clear(classes[::-1], clear)[::-1]


def last_clear(classes: list[str], clear: tuple[str, ...]) -> list[str]:
    """For each line, the class of the last clear line before it (bad for none)."""
    found, last = [], BAD
    for kind in classes:
        found.append(last)
        if kind in clear:
            last = kind
    return found


def short_class(strict: tuple[list[str], list[str]], loose, i: int) -> str:
    """A short line's class: its clear neighbours', text when they differ but one is near."""
    before, after = strict[0][i], strict[1][i]
    if before == after:
        return before
    return GOOD if NEAR in (loose[0][i], loose[1][i]) else BAD


def near_class(strict: tuple[list[str], list[str]], i: int) -> str:
    """A middling line's class: chrome only between chrome."""
    return BAD if strict[0][i] == strict[1][i] == BAD else GOOD


def classify(lines: list[str]) -> list[str]:
    """Each line's class, good or bad: the rules' after the context smoothing, then the
    learned scorer's where it is sure (a line it finds very unlike text is chrome), unless it
    would leave no text at all (the rules' text then kept: better kept than lost)."""
    classes = rule_classes(lines)
    sure = sure_chrome(lines, [density(line) for line in lines], [c == GOOD for c in classes])
    if all(flag for flag, kind in zip(sure, classes, strict=True) if kind == GOOD):
        sure = [flag and kind != GOOD for flag, kind in zip(sure, classes, strict=True)]
    return [SURE if flag else kind for flag, kind in zip(sure, classes, strict=True)]


def rule_classes(lines: list[str]) -> list[str]:
    """Each line's class by the rules, good or bad, after the context smoothing."""
    first = [line_class(line) for line in lines]
    strict, loose = nearest_clear(first, False), nearest_clear(first, True)
    shorts = [short_class(strict, loose, i) if c == SHORT else c for i, c in enumerate(first)]
    smoothed = nearest_clear(shorts, False)
    return [near_class(smoothed, i) if c == NEAR else c for i, c in enumerate(shorts)]


def line_classes(lines: list[str]) -> dict[str, str]:
    """The class of each non-empty line of a page, by its text."""
    kept = [line for line in lines if line]
    return dict(zip(kept, classify(kept), strict=True))
