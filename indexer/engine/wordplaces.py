"""Where each query word stands in each candidate article, field by field: read from the
cached position arrays (phrases.PositionsCache) for the cover re-ranking (cover.py) and
the title signals (headline.py)."""

from itertools import chain

import numpy as np

from indexer.engine.phrases import LOW, SHIFT


def in_docs(positions, docnums: np.ndarray) -> list[list[int]]:
    """For each of `docnums`, the (sorted) positions of one term in it: two binary searches
    of the term's keys, not a pass over them (a common word has millions at 300,000
    articles, and only some fifty candidates are measured)."""
    first = np.searchsorted(positions.all, docnums.astype(np.int64) << SHIFT)
    counts = np.searchsorted(positions.all, (docnums.astype(np.int64) + 1) << SHIFT) - first
    ends = np.cumsum(counts)
    # All documents' keys in one gather, cut apart as lists: a numpy slice and mask per
    # document cost 3x more (the covers are counted in Python anyway).
    taken = np.arange(ends[-1] if len(ends) else 0) + np.repeat(first - (ends - counts), counts)
    flat = (positions.all[taken] & LOW).tolist()
    bounds = [0, *ends.tolist()]
    return [flat[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def word_in_docs(cache, field: str, word, docnums: np.ndarray) -> list[list[int]]:
    """For each of `docnums`, the positions of any reading of the word in it, sorted."""
    per_lemma = [in_docs(cache.get(field, term), docnums) for term in word.lemmas]
    if len(per_lemma) == 1:
        return per_lemma[0]
    if not per_lemma:
        return [[] for _ in docnums]
    return [sorted(chain.from_iterable(lists)) for lists in zip(*per_lemma, strict=True)]


def field_lists(cache, field: str, words, docnums: np.ndarray) -> list[list]:
    """Per document of `docnums`, the positions of each word in the field."""
    per_word = [word_in_docs(cache, field, word, docnums) for word in words]
    return [list(lists) for lists in zip(*per_word, strict=True)]


def typed_lists(cache, words, docnums: np.ndarray, lists: list, field: str = "title") -> list[list]:
    """Per document, the positions in a field of each word in the form typed: those of its
    exact term, or of its lemmas for a word typed in its lemma's own form."""
    typed = [in_docs(cache.get(field, w.exact_term), docnums) if w.exact_term else None
             for w in words]  # fmt: skip
    return [
        [t[n] if t is not None else p for t, p in zip(typed, per_word, strict=True)]
        for n, per_word in enumerate(lists)
    ]
