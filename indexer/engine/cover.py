"""Cover density: how close together, and how often together, the query words stand.

A cover is a shortest stretch of text holding every query word (PostgreSQL's
`ts_rank_cd` counts the same). An article about a topic has several short covers
in its lead and body; one that names the words in passing has one long one.
Besides, the words side by side in the title or the lead ("выборы президента",
"курс рубля") are what a phrase would find: a strong sign of the topic.
Positions come from the cached position arrays (wordplaces.py), so every candidate
that could still reach the first page is measured, not only the best few.
"""

from dataclasses import replace
from functools import partial

import numpy as np

from indexer.engine import budget, headline
from indexer.engine import query as q
from indexer.engine.paragraphs import one_paragraph
from indexer.engine.plan import Term, Widened
from indexer.engine.proximity import proximity_bonus, query_words
from indexer.engine.wordplaces import field_lists, typed_lists
from indexer.text.analysis import WORD

# What a cover of the words side by side adds, for each field; longer covers add less.
# The title's own cover keeps known items level when the text's covers weigh more:
# inflected 0.919 → 0.922 on the tuning half (bench.tune).
# The lead is the article's summary: its covers count twice. Tuning halves (bench.tune):
# body-only known items 0.329 → 0.333, tags P@10 0.518 → 0.518, the rest level (1.5 and
# 3 gave 0.332 and 0.329).
COVER_WEIGHTS = {"title": 1.0, "lead": 2.0, "body": 1.0}
COVER_CAP = 3.0
# How many other words a cover may hold for half the bonus of the words side by side:
# the words of one sentence are a cover too, not only words next to each other.
DECAY = 3.0
# Against BM25F scores of 50-150 for a few words, a bonus of 1 decided nothing. 10 with
# DECAY 3 against 1 with DECAY 1 (tuning halves): paragraph known items 0.739 → 0.771,
# topic P@10 0.566 → 0.581, body-only known items 0.288 → 0.298, tags P@10 0.481 → 0.485.
BOOST = 10.0
# The words side by side (one word between allowed: "выборы в сша") in these fields.
ADJACENT = {"title": 3.0, "lead": 1.5}
SLACK = 1
# A title holding every word says what the article is about: its lead and body count as
# at least this many covers of the words side by side each, and the title's own words
# side by side count whatever the text holds. Without it, articles whose text repeats
# common words close together passed the known item on the bonus alone. Tuning halves
# (bench.tune): inflected known items 0.922 → 0.937, control 0.962 → 0.963, tags P@10
# 0.506 → 0.505, topics P@10 0.577 → 0.579. A floor of 2 moved each figure by ≤ 0.002,
# of 3 (the cap) cost tags 0.002 more; the floor only where the text names a query word
# cost control 0.966 → 0.962 (with title weight 4: bench/README.md).
TITLE_FLOOR = 1


def covers(lists: list) -> list[int]:
    """The lengths of the minimal covers: stretches holding one position of each list
    that hold no shorter such stretch."""
    return [last - first + 1 for first, last in cover_spans(lists)]


def cover_spans(lists: list) -> list[tuple[int, int]]:
    """The first and last positions of the minimal covers (`covers`)."""
    events = sorted((int(pos), n) for n, positions in enumerate(lists) for pos in positions)
    need, have, counts, left, found = len(lists), 0, [0] * len(lists), 0, []
    for pos, n in events:
        counts[n] += 1
        have += counts[n] == 1
        while have == need:
            first, word = events[left]
            left += 1
            counts[word] -= 1
            if not counts[word]:  # the stretch from `first` to `pos` is minimal
                have -= 1
                found.append((first, pos))
    return found


def density(lengths: list[int], words: int) -> float:
    """Σ over covers of 1 / (1 + the words it holds besides the query's / DECAY), capped."""
    return min(COVER_CAP, sum(1 / (1 + max(0, length - words) / DECAY) for length in lengths))


def cover_bonus(cache, slots, docnums: np.ndarray, paragraphs, title_words=None) -> np.ndarray:
    """The bonus of each document of `docnums` for its covers and side-by-side words,
    in the fields every word is searched in (`paragraphs`: where a document's body
    paragraphs begin, paragraphs.Paragraphs.starts; `title_words`: how many words a
    document's title has, title_word_count)."""
    bonus = np.zeros(len(docnums), np.float32)
    if len(slots) < 2 or not len(docnums):
        return bonus
    searched = set.intersection(*(set(fields) for _, fields in slots))
    words = [word for word, _ in slots]
    fields = [f for f in {**COVER_WEIGHTS, **ADJACENT} if f in searched]
    # Each field's positions read, and its covers found, once for both bonuses.
    lists = {f: field_lists(cache, f, words, docnums) for f in fields}
    found = {f: field_covers(per_doc) for f, per_doc in lists.items()}
    titled = found.get("title", [[]] * len(docnums))
    for field, per_doc in found.items():
        for n, lengths in enumerate(per_doc):
            if field != "title" and titled[n]:
                lengths = with_floor(lengths, len(words))
            bonus[n] += field_bonus(field, lengths, len(words))
    for n, per_word in enumerate(lists.get("body", [])):
        bonus[n] += early_bonus(per_word)
    if len(words) >= TYPED_WORDS:
        bonus += near_bonus(found, lists, docnums, paragraphs)
        if TEXT_TYPED:
            bonus += typed_text_bonus(cache, words, docnums, lists, found)
    if "title" in lists:
        typed = typed_lists(cache, words, docnums, lists["title"]) if headline.TYPED else []
        nth_words = title_words and (lambda n: title_words(int(docnums[n])))
        marks = headline.title_bonus(lists["title"], typed, nth_words)
        bonus += BOOST * np.asarray(marks, np.float32)
    return bonus


# A body naming every query word early says what it is about (the opening paragraph,
# a lead where the source has no lead field): the bonus of words side by side, less
# the further into the body the last of them is first named, none past EARLY words.
# Tuning halves (bench.tune), EARLY 150: inflected known items 0.961 → 0.968, body
# only 0.323 → 0.329, tags P@10 0.514 → 0.518, control level; a step (all of it
# within 80 words) cost control 0.987 → 0.984; a lead's words counted as first cost
# control 0.980; one-word queries too cost tags 0.005 (bench/README.md).
EARLY = 150
EARLY_WEIGHT = 1.0
# Words copied from a paragraph: a lead or body holding every query word in the form typed
# within TYPED_SPAN words, in units of BOOST per field, for queries of TYPED_WORDS words or
# more. Tuning halves (bench.tune): paragraph known items as written MRR@10 0.801 → 0.908,
# in other forms level (0.790), tags P@10 0.5175 → 0.5169 and topics 0.5827 → 0.5816 (one
# article each), the rest level; on the sets drawn anew control 0.971 → 0.972, tags
# 0.4997 → 0.4993. 1 / 2 / 5 units: 0.859 / 0.890 / 0.935, tags −0.001 / −0.001 / −0.002;
# from two words: tags 0.514; a density of the typed covers instead (6 units): 0.825.
TEXT_TYPED = 3.0
TYPED_WORDS = 3
TYPED_SPAN = 50
# Words of one passage in any form: a title or lead holding every query word within NEAR_SPAN
# words, or one paragraph of the body holding them so, in units of BOOST, for queries of
# TYPED_WORDS words or more; what TEXT_TYPED is for the forms typed, as a reader recalls a
# paragraph's words more often than their forms. A title holding them all is such a passage,
# so a known item by its title loses nothing to texts that happen to hold its words close.
# Tuning halves (bench.tune), within 50 words, paragraphs not told apart: paragraph known
# items in other forms 0.802 → 0.923, as written 0.947 → 0.952, topics P@10 0.591 → 0.593,
# tags 0.5299 → 0.5292, body-only known items 0.361 → 0.358, title known items level; drawn
# anew (seeds 777, 4242, 9001: 1,500 known items, 900 tags; 1,126 paragraph items):
# paragraphs 0.774 → 0.913, body only 0.396 → 0.393, the rest level. Kept out: two-word
# queries too (tags drawn anew 0.5216 → 0.5206), the title left out (title known items drawn
# anew 0.9542 → 0.9526), 2 units (paragraphs 0.902), a ramp to 0 at 80 words, 4 units
# (paragraphs 0.926, title known items 0.9511).
NEAR = 3.0
# A body's words within one paragraph, and within 80 words (not 50): a cover that runs from
# one paragraph into the next is two passages that each name some of the words. Paragraph
# items drawn anew 0.913 → 0.938 (one paragraph within 50 words: 0.923; 120 and 300 words:
# 0.938, 0.939); tuning halves: paragraphs in other forms 0.923 → 0.932, as written 0.952 →
# 0.963, body-only known items 0.358 → 0.361, tags 0.5292 → 0.5299, topics 0.593 → 0.592;
# drawn anew: tags 0.5216 → 0.5221, the rest level. A lead counted by paragraphs: the same.
# The reporting half, measured once after: paragraphs 0.873 → 0.897, the rest level.
NEAR_SPAN = 80
# Switch: a body's covers count across its paragraphs when False (kept to measure against).
ONE_PARAGRAPH = True


def near_bonus(found: dict, lists: dict, docnums: np.ndarray, paragraphs) -> np.ndarray:
    """Per document of `docnums`, NEAR units when one of its fields is a passage holding
    every word (`found`, `lists`: each field's covers and word positions per document;
    `paragraphs`: where a document's body paragraphs begin)."""
    near = np.zeros(len(docnums), np.float32)
    for n, docnum in enumerate(docnums.tolist()):
        starts = partial(paragraphs, docnum)
        near[n] = any(is_passage(f, found[f][n], lists[f][n], starts) for f in found)
    return BOOST * NEAR * near


def is_passage(field: str, lengths: list[int], positions: list, starts) -> bool:
    """Whether a field holds every word within NEAR_SPAN words, in one paragraph for a
    body (`starts`: gives the body's paragraph starts, read only when needed)."""
    if not within_span(lengths, NEAR_SPAN):
        return False
    if field != "body" or not ONE_PARAGRAPH:
        return True
    begins = starts()
    spans = cover_spans(positions)
    inside = [last - first + 1 for first, last in spans if one_paragraph(begins, first, last)]
    return within_span(inside, NEAR_SPAN)


def within_span(lengths: list[int], span: int) -> bool:
    """True when a field's covers ([]: a word lacks) hold one of `span` words or fewer."""
    return bool(lengths) and min(lengths) <= span


def typed_text_bonus(cache, words, docnums: np.ndarray, lists: dict, found: dict) -> np.ndarray:
    """Per document, the bonus of its lead and body for every word in the form typed within
    TYPED_SPAN words (`lists`, `found`: each field's positions of the words by lemma and
    their covers). The forms typed stand at some of their lemmas' places, so only a field
    whose lemmas' shortest cover is within the span is read again."""
    bonus = np.zeros(len(docnums), np.float32)
    for field in (f for f in ("lead", "body") if f in lists):
        near = [n for n, lengths in enumerate(found[field]) if within_span(lengths, TYPED_SPAN)]
        per_doc = [lists[field][n] for n in near]
        typed = typed_lists(cache, words, docnums[near], per_doc, field) if near else []
        for n, lengths in zip(near, field_covers(typed), strict=True):
            bonus[n] += BOOST * TEXT_TYPED * within_span(lengths, TYPED_SPAN)
    return bonus


def early_bonus(per_word: list) -> float:
    """The bonus of a body for how early it names every query word (their positions)."""
    if not EARLY or not all(len(p) for p in per_word):
        return 0.0
    last = max(int(p[0]) for p in per_word)
    return BOOST * EARLY_WEIGHT * max(0.0, 1 - last / EARLY)


def with_floor(lengths: list[int], words: int) -> list[int]:
    """A text field's covers under a title holding every word: at least TITLE_FLOOR
    covers of the words side by side."""
    if density(lengths, words) >= TITLE_FLOOR:
        return lengths
    return [words] * TITLE_FLOOR


def field_covers(per_doc: list[list]) -> list[list[int]]:
    """Per document, the lengths of its covers in a field ([]: a word lacks), from the
    positions of each word in it (field_lists)."""
    return [covers(lists) if all(len(p) for p in lists) else [] for lists in per_doc]


def field_bonus(field: str, lengths: list[int], words: int) -> float:
    """What one field's covers add: their density, and the words side by side
    ("выборы президента", one word between allowed: "выборы в сша")."""
    if not lengths:
        return 0.0
    bonus = COVER_WEIGHTS.get(field, 0.0) * density(lengths, words)
    if field in ADJACENT and min(lengths) <= words + SLACK:
        bonus += ADJACENT[field]
    return BOOST * bonus


def most_bonus() -> float:
    """The largest bonus a document can get: what a candidate must be within of the 10th."""
    covers = COVER_CAP * sum(COVER_WEIGHTS.values())
    early = EARLY_WEIGHT if EARLY else 0.0
    typed = 2 * TEXT_TYPED  # lead and body
    return BOOST * (covers + sum(ADJACENT.values()) + early + typed + NEAR + headline.most_bonus())


# Switch: the old best-30 body proximity when False (kept to measure against).
# On the tuning halves: tag P@10 0.483 → 0.484, topic P@10 0.564 → 0.570, body-only
# known items MRR 0.287 → 0.294 (with the quorum fill).
ENABLED = True
# The most candidates measured, whatever their scores: a bound on the time it takes.
# 100 and 400 gave the same figures on every tuning half, and so did 50 with BOOST 10;
# 30 (the page and RERANKED more: 40 measured, not up to 50) moved no figure by more than
# 0.001; 20 with RERANKED 20 or 10 cost body-only known items 0.3325 → 0.330.
MAX_WINDOW = 30


def window(score: np.ndarray, ranked: np.ndarray, shown: int, least: int) -> int:
    """How many of the best matches (`ranked`, best first) to re-rank: every one whose
    score with the largest bonus would pass the last shown one, `least` at least."""
    if not ENABLED or len(ranked) <= shown:
        return min(len(ranked), shown + least)
    reach = score[ranked[shown - 1]] - most_bonus()
    within = int(np.searchsorted(-score[ranked], -reach, "right"))
    return max(shown + least, min(within, MAX_WINDOW))


def cover_slots(tree) -> list[tuple[Term, tuple[str, ...]]]:
    """Each plain word of an all-words query with the fields it is searched in; a group
    of one word's fields ("(lead:w | body:w)") counts as that word. [] for fewer than two."""
    if not isinstance(tree, q.All):
        return []
    found = [slot for node in tree.nodes if (slot := as_slot(node)) is not None]
    return found if len(found) > 1 else []


def as_slot(node) -> tuple[Term, tuple[str, ...]] | None:
    """(the word, its fields) of a plain word or a group of one word's fields; an
    abbreviation's word as typed (its name's positions are not measured); a word with the
    compound or abbreviation it is part of also standing where that does (compounds.py,
    initials.py)."""
    if isinstance(node, Widened):
        joined = tuple(name.lemmas[0] for name in node.names if isinstance(name, Term))
        return replace(node.term, lemmas=node.term.lemmas + joined), node.term.fields
    if isinstance(node, Term) and not node.prefix and not node.stop:
        return node, node.fields
    terms = node.nodes if isinstance(node, q.Any) else ()
    plain = terms and all(isinstance(t, Term) and not t.prefix for t in terms)
    if plain and len({t.form for t in terms}) == 1:
        return terms[0], tuple(f for t in terms for f in t.fields)
    return None


def words_of(tree) -> list:
    """What the re-ranking measures: word slots, or the old proximity's plain words."""
    return cover_slots(tree) if ENABLED else query_words(tree)


def title_word_count(snap, docnum: int) -> int:
    """How many words a document's title has, from its stored title (read for the few
    whose titles hold every query word in order: headline.title_bonus)."""
    return len(WORD.findall(snap.stored(docnum).get("title", "")))


def bonus(snap, words, docnums: np.ndarray) -> np.ndarray:
    """The re-ranking bonus of each of `docnums` in one index generation (a leased
    Snapshot: the few titles a recalled headline is measured on are read from it)."""
    if not ENABLED:
        return proximity_bonus(snap.searcher.reader(), words, docnums, snap.postings.positions)
    try:
        counted = partial(title_word_count, snap)
        return cover_bonus(snap.postings.positions, words, docnums, snap.paragraphs.starts, counted)
    except budget.Spent:  # out of time reading a long list: no bonus
        return np.zeros(len(docnums), np.float32)
