"""Proximity groups ("мост керчь"~3, мост NEAR/3 керчь): every word within one stretch of a
field holding at most N other words, in any order, matched on the cached position arrays.

Every occurrence of the words in the candidate documents is one key `document << 32 |
position`, sorted together. At each key, the stretch that ends there and holds one
occurrence of each word begins at the earliest of each word's last occurrence so far
(a running maximum per word, in numpy); a document matches where such a stretch is
short enough. Work grows with the words' occurrences in the candidates, not with N.
"""

import numpy as np

from indexer.engine import budget
from indexer.engine.phrases import SHIFT, PositionsCache, distinct, union, word_readings

# A word not met yet: its stretch would reach back past any document's start.
UNSEEN = np.int64(-(2**62))
# Keys merged and sorted at once, about 50 MB of work arrays; the time budget is checked
# between such chunks of documents.
CHUNK = 1_000_000


def near_docs(cache: PositionsCache, fields, words, candidates: np.ndarray, near: int):
    """The candidate documents holding every word within `near` other words in one field."""
    found = [in_field(cache, f, words, candidates, near) for f in fields]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)


def in_field(cache: PositionsCache, field: str, words, candidates: np.ndarray, near: int):
    """The documents where every word stands within `near` other words in one field."""
    places = word_readings(cache, field, words)
    keys = [union([p.keys(candidates) for p in readings]) for readings in places]
    return documents_within(keys, len(words) + near)


def documents_within(keys: list[np.ndarray], span: int) -> np.ndarray:
    """The documents where one key of each list stands within `span` positions (sorted
    keys `document << 32 | position`, one list per word), a few documents at a time."""
    if not keys or any(not len(k) for k in keys):
        return np.zeros(0, np.int64)
    rarest = min(keys, key=len)
    docs = distinct(rarest >> SHIFT)  # only these can hold every word
    pieces = np.array_split(docs, 1 + sum(map(len, keys)) // CHUNK)
    found = []
    for piece in (p for p in pieces if len(p)):
        budget.check()  # between chunks: "в и"~5 over a large archive stays within its time
        low, high = piece[0] << SHIFT, (piece[-1] + 1) << SHIFT
        found.append(within_span([k[np.searchsorted(k, low) : np.searchsorted(k, high)]
                                  for k in keys], span))  # fmt: skip
    return np.concatenate(found)


def within_span(keys: list[np.ndarray], span: int) -> np.ndarray:
    """`documents_within` for one chunk of documents."""
    if any(not len(k) for k in keys):
        return np.zeros(0, np.int64)
    merged = np.concatenate(keys)
    word = np.repeat(np.arange(len(keys)), [len(k) for k in keys])
    order = np.argsort(merged, kind="stable")
    merged, word = merged[order], word[order]
    at = np.arange(len(merged))
    begins = np.full(len(merged), np.iinfo(np.int64).max)
    for n in range(len(keys)):
        last = np.maximum.accumulate(np.where(word == n, at, -1))
        begins = np.minimum(begins, np.where(last >= 0, merged[np.maximum(last, 0)], UNSEEN))
    # A stretch across two documents spans 2**32 positions: never within `span`.
    ends = merged[merged - begins < span]
    return distinct(ends >> SHIFT)
