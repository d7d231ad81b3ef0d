"""Near-duplicate articles collapsed in a ranked list: one story takes one place.

The same story published twice by one source, or an AMP copy, differs by a few
words: their titles and openings share most of their words. Each later copy is
left out of the list and counted on the first one («ещё N похожих»).
"""

import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

# Words of the opening compared: enough to tell two stories apart, few enough to be quick.
OPENING_WORDS = 60
# Characters of the body read for them: about 60 words when there is no lead.
OPENING = 500
# Characters of title, lead and body together read for their words: OPENING_WORDS fit.
OPENING_CHARS = 800
# Share of shared words (Jaccard) above which two articles are one story.
SAME_STORY = 0.6
# Days apart beyond which two dated articles are two stories, however alike: a story
# printed again a few days later is one, a yearly notice written from a template is not.
SAME_WEEK = 7
WORD = re.compile(r"\w+")


class Sketch(NamedTuple):
    """What tells two copies of one story: the opening's words, its numbers, the day."""

    words: frozenset[str]
    numbers: frozenset[str]
    day: int  # ordinal, 0 when undated


def sketch(stored: dict) -> Sketch:
    """The lower-cased words of the title and the opening of the lead and body, the numbers
    among them and the article's day."""
    text = " ".join(
        (stored.get("title", ""), stored.get("lead", ""), stored.get("body", "")[:OPENING])
    )
    words = frozenset(WORD.findall(text[:OPENING_CHARS].lower())[:OPENING_WORDS])
    when = stored.get("date")
    return Sketch(
        words, frozenset(w for w in words if w.isdigit()), when.toordinal() if when else 0
    )


def same_story(a: Sketch, b: Sketch) -> bool:
    """True when two sketches share most of their words (Jaccard, from the one
    intersection: a union as well took twice as long) and every number, within a week.
    Reports written from one template («За сутки произошло 12 пожаров», «… 7 пожаров»)
    share most words but not their numbers or dates."""
    if a.numbers != b.numbers or (a.day and b.day and abs(a.day - b.day) > SAME_WEEK):
        return False
    shared = len(a.words & b.words)
    return bool(shared) and shared >= SAME_STORY * (len(a.words) + len(b.words) - shared)


def collapse(docnums: np.ndarray, sketch_of: Callable, enough: int) -> tuple[list[int], dict]:
    """The documents with later copies of a story left out, in order, up to `enough` of
    them, and how many copies each kept one stands for: ([3, 9], {3: 1}). A document's
    sketch (`sketch_of(docnum)`) is read only when it is met: past the page, none."""
    kept: dict[int, Sketch] = {}
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
# On the shared corpus 4 pairs of copies meet in the best 10 of 1,384 tag and topic queries
# (Nezavisimaya Gazeta's stories printed twice, one letter sent to three people). Tuning
# halves (bench.tune): tags P@10 0.5247 → 0.5234 (the copies share their tags), paragraph
# known items as written 0.940 → 0.947, the rest level; the 1,184 tags −0.0002 (3 changed).
# Of the 9,512 pairs of one site's pages among 12,122 scraped pages (tests/fixtures/scraped),
# 7 are one story (4 the same page twice); 53 were before the numbers and the week counted,
# daily reports and yearly notices of one template among them.
ENABLED = True
# Copies are looked for among the first DEEPEST matches only: reading every match's text
# would make a deep page slow. The matches past them follow as they are, so the pages past
# the 100th result go on where the 100th left off, neither repeating nor skipping one.
DEEPEST = 100
# Matches read beyond the page, to fill the places collapsed copies leave.
SPARE = 3


def applies(copies: bool) -> bool:
    """Whether a list is collapsed: not when the person asked for the copies."""
    return ENABLED and not copies


def spare(copies: bool = False) -> int:
    """How many more matches to rank so a page stays full after collapsing."""
    return SPARE if applies(copies) else 0


def collapsed(snap, docnums: np.ndarray, limit: int, copies: bool = False, every: bool = False):
    """The first `limit` documents of a snapshot with copies among the first DEEPEST left
    out, and the copies each stands for, counted over all of those when `every`; all the
    documents when the person asked for the `copies`."""
    if not applies(copies):
        return docnums[:limit], {}
    head = docnums[:DEEPEST]
    enough = len(head) if every else limit
    kept, stands_for = collapse(head, lambda docnum: sketch(snap.stored(docnum)), enough)
    if len(kept) < limit:  # every one of the head read: the rest follow as ranked
        kept += docnums[DEEPEST:][: limit - len(kept)].tolist()
    return np.array(kept[:limit], dtype=docnums.dtype), stands_for
