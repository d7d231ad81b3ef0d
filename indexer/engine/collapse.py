"""Near-duplicate articles collapsed in a ranked list: one story takes one place.

The same story published twice by one source, or an AMP copy, differs by a few
words: their titles and openings share most of their words. Each later copy is
left out of the list and counted on the first one («ещё N похожих»).
"""

import re
from collections.abc import Callable

import numpy as np

# Words of the opening compared: enough to tell two stories apart, few enough to be quick.
OPENING_WORDS = 60
# Characters of the body read for them: about 60 words when there is no lead.
OPENING = 500
# Characters of title, lead and body together read for their words: OPENING_WORDS fit.
OPENING_CHARS = 800
# Share of shared words (Jaccard) above which two articles are one story.
SAME_STORY = 0.6
WORD = re.compile(r"\w+")


def sketch(stored: dict) -> frozenset[str]:
    """The lower-cased words of the title and the opening of the lead and body."""
    text = " ".join(
        (stored.get("title", ""), stored.get("lead", ""), stored.get("body", "")[:OPENING])
    )
    return frozenset(WORD.findall(text[:OPENING_CHARS].lower())[:OPENING_WORDS])


def same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two sketches share most of their words (Jaccard, from the one
    intersection: a union as well took twice as long)."""
    shared = len(a & b)
    return bool(shared) and shared >= SAME_STORY * (len(a) + len(b) - shared)


def collapse(docnums: np.ndarray, sketch_of: Callable, enough: int) -> tuple[list[int], dict]:
    """The documents with later copies of a story left out, in order, up to `enough` of
    them, and how many copies each kept one stands for: ([3, 9], {3: 1}). A document's
    sketch (`sketch_of(docnum)`) is read only when it is met: past the page, none."""
    kept: dict[int, frozenset[str]] = {}
    copies: dict[int, int] = {}
    for docnum in docnums.tolist():
        if len(kept) >= enough:
            break
        mine = sketch_of(docnum)
        first = next((k for k, theirs in kept.items() if same_story(theirs, mine)), None)
        if first is None:
            kept[docnum] = mine
        else:
            copies[first] = copies.get(first, 0) + 1
    return list(kept), copies


# Switch: no collapsing when False; a person asks for the copies with SearchRequest.copies.
# On the shared corpus 5 pairs of copies meet in the best 10 of 1,384 tag and topic queries
# (Nezavisimaya Gazeta's stories printed twice, one letter sent to three people). Tuning
# halves (bench.tune): tags P@10 0.5247 → 0.5234 (the copies share their tags), paragraph
# known items as written 0.940 → 0.947, the rest level; the 1,184 tags −0.0002 (3 changed).
ENABLED = True
# Copies are looked for in the first results only: reading every match's text would
# make a deep page slow.
DEEPEST = 100
# Matches read beyond the page, to fill the places collapsed copies leave.
SPARE = 3


def applies(limit: int, copies: bool) -> bool:
    """Whether a list of `limit` is collapsed: not when the person asked for the copies."""
    return ENABLED and not copies and limit <= DEEPEST


def spare(limit: int, copies: bool = False) -> int:
    """How many more matches to rank so a page stays full after collapsing."""
    return SPARE if applies(limit, copies) else 0


def collapsed(snap, docnums: np.ndarray, limit: int, copies: bool = False, every: bool = False):
    """The first `limit` documents of a snapshot with copies left out, and the copies
    each stands for, counted over all of `docnums` when `every`; all the documents when
    the person asked for the `copies`."""
    if not applies(limit, copies):
        return docnums[:limit], {}
    enough = len(docnums) if every else limit
    kept, stands_for = collapse(docnums, lambda docnum: sketch(snap.stored(docnum)), enough)
    return np.array(kept[:limit], dtype=docnums.dtype), stands_for
