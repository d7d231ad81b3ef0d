"""Phrases and exact own-lemma forms, matched on word positions held as numpy arrays.

A term's positions are read once per index generation into three arrays (the
documents, where each document's positions start, the positions) and kept in a
bounded cache. A phrase is then set algebra: the documents that hold every word
are the candidates; each word's positions in them, shifted back by the word's
place in the phrase, become keys `document << 32 | start`; the phrase is where
the keys of all its words meet. Whoosh's span matchers did the same document by
document in Python: 192 ms at p95 for two-word phrases, against a few here.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import reduce

import numpy as np

from indexer.engine import budget
from indexer.text.analysis import exact_term
from indexer.text.morph import word_forms

# Positions held at most (8 bytes each with their document): about 100 MB.
CACHED_POSITIONS = 12_000_000
SHIFT = np.int64(32)


@dataclass(frozen=True)
class Positions:
    """Where one term stands: each of its positions with the document it is in."""

    docs: np.ndarray  # int32 document numbers, ascending, one per position
    at: np.ndarray  # int32 positions

    def keys(self, candidates: np.ndarray | None, back: int) -> np.ndarray:
        """`document << 32 | position + back` of every position (in a candidate document)."""
        docs, at = self.docs, self.at
        if candidates is not None:
            keep = candidates[docs]
            docs, at = docs[keep], at[keep]
        return (docs.astype(np.int64) << SHIFT) | (at.astype(np.int64) + back)


NOWHERE = Positions(np.zeros(0, np.int32), np.zeros(0, np.int32))


class PositionsCache:
    """The positions of recently used terms of one index generation; thread-safe."""

    def __init__(self, reading):
        self.reading = reading  # a context manager giving a reader this thread may use
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple[str, str], object] = OrderedDict()
        self.held = 0

    def get(self, field: str, term: str) -> Positions:
        """The positions of one term in one field."""
        return self.remembered(("pos", field, term), lambda: self.read(field, term))

    def read(self, field: str, term: str) -> Positions:
        with self.reading() as reader:
            return read_positions(reader, field, term)

    def remembered(self, key, make):
        """The cached value of `key`, made (outside the lock) when missing."""
        with self.lock:
            found = self.cache.get(key)
            if found is not None:
                self.cache.move_to_end(key)
                return found
        found = make()
        with self.lock:
            self.cache[key] = found
            self.held += size_of(found)
            while self.held > CACHED_POSITIONS and len(self.cache) > 1:
                self.held -= size_of(self.cache.popitem(last=False)[1])
        return found


def size_of(value) -> int:
    return len(value.at) if isinstance(value, Positions) else len(value)


def read_positions(reader, field: str, term: str) -> Positions:
    """One term's positions in every segment, with document numbers global."""
    ids, values = [], []
    for segment, offset in reader.leaf_readers():
        if (field, term) in segment:
            for block_ids, block_values in value_blocks(segment.postings(field, term)):
                ids.append(np.asarray(block_ids, np.int32) + offset)
                values.extend(block_values)
    if not ids:
        return NOWHERE
    # Positions are stored as raw 32-bit integers (writing.schema.CompactPositions).
    counts = np.fromiter((len(v) // 4 for v in values), np.int64, len(values))
    at = np.frombuffer(b"".join(values), np.uint32).astype(np.int32)
    return Positions(np.repeat(np.concatenate(ids), counts), at)


def value_blocks(matcher):
    """(ids, raw position values) a block of 128 postings at a time."""
    if not hasattr(matcher, "_read_values"):
        yield one_by_one(matcher)
        return
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_values()
        yield matcher._ids, matcher._values
        matcher._next_block()


def one_by_one(matcher) -> tuple[list[int], list[bytes]]:
    ids, values = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        values.append(matcher.value())
        matcher.next()
    return ids, values


def phrase_terms(word) -> tuple[str, ...]:
    """The terms one place of a phrase may hold (`word` is a plan.Term): the exact
    form typed with "!", or any lemma of the word."""
    if word.exact and word.exact_term:
        return (word.exact_term,)
    return tuple(word.lemmas)


def phrase_docs(cache: PositionsCache, fields, words, candidates: np.ndarray) -> np.ndarray:
    """The candidate documents holding the words in this order in one of the fields."""
    found = [in_field(cache, field, words, candidates) for field in fields]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)


def in_field(cache: PositionsCache, field: str, words, candidates: np.ndarray) -> np.ndarray:
    """The documents where the phrase stands in one field."""
    starts = None
    for place, word in enumerate(words):
        if budget.spent():
            return np.zeros(0, np.int64)
        # Shifted back by its place: every word of one occurrence gives the same key.
        back = len(words) - place
        keys = np.concatenate(
            [cache.get(field, t).keys(candidates, back) for t in phrase_terms(word)]
        )
        keys = np.unique(keys)
        starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
        if not len(starts):
            break
    return np.unique(starts >> SHIFT)


def own_form_docs(cache: PositionsCache, field: str, form: str) -> np.ndarray:
    """The documents where a form that is its own only lemma ("собянин") stands as written.

    Its lemma term also holds every other form ("собянину"), and each of those has
    an exact term: the form is where the lemma has a position none of them has.
    """
    return cache.remembered(("own", field, form), lambda: own_form(cache, field, form))


def own_form(cache: PositionsCache, field: str, form: str) -> np.ndarray:
    keys = cache.get(field, form).keys(None, 0)
    others = [cache.get(field, exact_term(f)).keys(None, 0) for f in word_forms(form) if f != form]
    if others:
        keys = np.setdiff1d(keys, reduce(np.union1d, others), assume_unique=True)
    return np.unique(keys >> SHIFT)
