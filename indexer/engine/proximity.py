"""Words close together rank above words far apart.

For the best few dozen matches of a query of several words, the body's
word positions give the smallest window holding every word; the smaller it
is, the larger the bonus added to the BM25F score.
"""

import numpy as np

from indexer.engine import budget
from indexer.engine import query as q
from indexer.engine.plan import Term

RERANKED = 30
BOOST = 2.0
FIELD = "body"


def query_words(tree) -> list[Term]:
    """The plain words of an all-words query; proximity needs two or more."""
    if not isinstance(tree, q.All):
        return []
    words = [n for n in tree.nodes if isinstance(n, Term) and not n.prefix]
    return words if len(words) > 1 else []


def proximity_bonus(reader, words: list[Term], docnums: np.ndarray, cache=None) -> np.ndarray:
    """The bonus of each document of `docnums` (in that order); positions from the
    generation's cached arrays (phrases.PositionsCache) when `cache` is given."""
    ordered = sorted(int(d) for d in docnums)
    if cache is not None:
        try:
            per_word = [cached_word_positions(cache, word, ordered) for word in words]
        except budget.Spent:  # out of time reading a long list: no bonus
            return np.zeros(len(docnums), np.float32)
    else:
        per_word = [word_positions(reader, word, ordered) for word in words]
    bonus = {}
    for docnum in ordered:
        lists = [positions.get(docnum) for positions in per_word]
        if all(lists):
            span = smallest_window(lists)
            # Two words can share a position ("санкт-петербург" and "петербург").
            bonus[docnum] = BOOST * (len(words) - 1) / max(1, span - len(words) + 1)
    return np.array([bonus.get(int(d), 0.0) for d in docnums], np.float32)


def word_positions(reader, word: Term, docnums: list[int]) -> dict[int, list[int]]:
    """docnum → positions of any lemma of the word in the body, for these documents."""
    found: dict[int, set[int]] = {}
    for lemma in word.lemmas:
        if (FIELD, lemma) not in reader:
            continue
        matcher = reader.postings(FIELD, lemma)
        for docnum in docnums:
            if not matcher.is_active():
                break
            matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                found.setdefault(docnum, set()).update(matcher.value_as("positions"))
    return {docnum: sorted(positions) for docnum, positions in found.items()}


def cached_word_positions(cache, word: Term, docnums: list[int]) -> dict[int, list[int]]:
    """The same from the cached position arrays: two binary searches per document,
    where Whoosh's matchers skip and decode block by block (23 of 50 ms of a query)."""
    found: dict[int, set[int]] = {}
    bounds = np.array(docnums, np.int64) << 32
    for lemma in word.lemmas:
        keys = cache.get(FIELD, lemma).all
        starts = np.searchsorted(keys, bounds).tolist()
        ends = np.searchsorted(keys, bounds + (1 << 32)).tolist()
        for docnum, start, end in zip(docnums, starts, ends, strict=True):
            if end > start:
                found.setdefault(docnum, set()).update((keys[start:end] & 0xFFFFFFFF).tolist())
    return {docnum: sorted(positions) for docnum, positions in found.items()}


def smallest_window(lists: list[list[int]]) -> int:
    """The length in words of the shortest stretch holding one position of each list."""
    events = sorted((pos, n) for n, positions in enumerate(lists) for pos in positions)
    need, have, counts = len(lists), 0, [0] * len(lists)
    best, left = events[-1][0] - events[0][0] + 1, 0
    for pos, n in events:
        counts[n] += 1
        have += counts[n] == 1
        while have == need:
            best = min(best, pos - events[left][0] + 1)
            counts[events[left][1]] -= 1
            have -= counts[events[left][1]] == 0
            left += 1
    return best
