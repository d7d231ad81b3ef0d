"""Phrases and exact own-lemma forms, matched on word positions held as numpy arrays.

A term's positions are read once per index generation into one sorted array
of keys `document << 32 | position` and kept in a bounded cache. A phrase is
then array lookups: the documents that hold every word are the candidates; the
rarest word's keys in them, shifted back by its place, are where the phrase may
start; each other word keeps the starts where it stands at its own place
(a binary search of its keys), rarest first, so the work follows the rarest
word, not the commonest ("в", "и"). Whoosh's span matchers did this document by
document in Python: 192 ms at p95 for two-word phrases, against a few here.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from indexer.engine import budget
from indexer.engine.blocks import blocks
from indexer.text.analysis import exact_term, weak_partner
from indexer.text.morph import word_forms

# Positions held at most (8 bytes each with their document): about 100 MB; more for a
# large index (postings.cache_limit).
CACHED_POSITIONS = 12_000_000
SHIFT = np.int64(32)
LOW = np.int64(2**32 - 1)


@dataclass(frozen=True)
class Positions:
    """Where one term stands: `document << 32 | position` of each occurrence, ascending."""

    all: np.ndarray  # int64

    @property
    def docs(self) -> np.ndarray:
        """The document of each occurrence."""
        return (self.all >> SHIFT).astype(np.int32)

    @property
    def at(self) -> np.ndarray:
        """The position of each occurrence in its document."""
        return (self.all & LOW).astype(np.int32)

    def keys(self, candidates: np.ndarray | None, back: int = 0) -> np.ndarray:
        """The keys (in candidate documents), their positions moved on by `back`."""
        found = self.all if candidates is None else self.all[candidates[self.all >> SHIFT]]
        return found + back if back else found

    def holds(self, keys: np.ndarray) -> np.ndarray:
        """Which of the (sorted) keys are occurrences of the term."""
        if not len(self.all):
            return np.zeros(len(keys), bool)
        at = np.minimum(np.searchsorted(self.all, keys), len(self.all) - 1)
        return self.all[at] == keys


NOWHERE = Positions(np.zeros(0, np.int64))


class PositionsCache:
    """The positions of recently used terms of one index generation; thread-safe."""

    def __init__(self, reading, limit: int = CACHED_POSITIONS):
        self.reading = reading  # a context manager giving a reader this thread may use
        self.limit = limit  # positions held at most
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
            while self.held > self.limit and len(self.cache) > 1:
                self.held -= size_of(self.cache.popitem(last=False)[1])
        return found


def size_of(value) -> int:
    return len(value.all) if isinstance(value, Positions) else len(value)


def read_positions(reader, field: str, term: str) -> Positions:
    """One term's positions, with those of its weak readings where it is a lemma: a word
    stands wherever a text reads as it (`analysis.WEAK`)."""
    found = read_term_positions(reader, field, term)
    weak = weak_partner(term)
    if weak is None:
        return found
    other = read_term_positions(reader, field, weak)
    return Positions(np.union1d(found.all, other.all)) if len(other.all) else found


def read_term_positions(reader, field: str, term: str) -> Positions:
    """One term's positions in every segment, with document numbers global."""
    ids, values = [], []
    for segment, offset in reader.leaf_readers():
        if (field, term) in segment:
            for block_ids, block_values in blocks(segment.postings(field, term), "values"):
                ids.append(np.asarray(block_ids, np.int32) + offset)
                values.extend(block_values)
    if not ids:
        return NOWHERE
    # Positions are stored as raw 32-bit integers (writing.schema.CompactPositions).
    counts = np.fromiter((len(v) // 4 for v in values), np.int64, len(values))
    at = np.frombuffer(b"".join(values), np.uint32).astype(np.int64)
    docs = np.repeat(np.concatenate(ids).astype(np.int64), counts)
    return Positions((docs << SHIFT) | at)


def phrase_terms(word) -> tuple[str, ...]:
    """The terms one place of a phrase may hold (`word` is a plan.Term): the exact
    form typed with "!", or any lemma of the word."""
    if word.exact and word.exact_term:
        return (word.exact_term,)
    return tuple(word.lemmas)


def phrase_docs(
    cache: PositionsCache, fields, words, candidates: np.ndarray, joined: bool = False
) -> np.ndarray:
    """The candidate documents holding the words in this order in one of the fields; for
    a name's parts typed apart (`joined`), also at one position: the parts of one word
    joined by a hyphen stand where the word does («Северный поток-2» for «поток 2»)."""
    steps = [tuple(range(len(words)))] + ([(0,) * len(words)] if joined else [])
    found = [in_field(cache, f, words, candidates, at) for f in fields for at in steps]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)


def in_field(
    cache: PositionsCache, field: str, words, candidates: np.ndarray, steps: tuple[int, ...]
) -> np.ndarray:
    """The documents where the phrase stands in one field, each word `steps` on from the
    first."""
    places = word_readings(cache, field, words)
    # A phrase start is keyed `document << 32 | position of the first word + span`,
    # so that no start is below zero whatever word it is found from.
    span = max(steps) + 1
    order = sorted(range(len(words)), key=lambda n: sum(len(p.all) for p in places[n]))
    rarest = order[0]
    starts = union([p.keys(candidates, span - steps[rarest]) for p in places[rarest]])
    for place in order[1:]:
        if not len(starts) or budget.spent():
            break
        starts = starts[stands(places[place], starts, span - steps[place])]
    return distinct(starts >> SHIFT) if not budget.spent() else np.zeros(0, np.int64)


def word_readings(cache: PositionsCache, field: str, words) -> list[list[Positions]]:
    """Per word, the positions of each of its readings in one field (phrase_terms), read
    whole one word at a time, readings at the same positions once."""
    places = []
    for word in words:
        budget.check()
        places.append(distinct_lists([cache.get(field, t) for t in phrase_terms(word)]))
    return places


def distinct_lists(readings: list[Positions]) -> list[Positions]:
    """A word's readings without those standing exactly where another does: "для" is also
    read as a form of «длить», at the same positions, and each list is searched per start."""
    kept: list[Positions] = []
    for reading in readings:
        if not any(
            len(k.all) == len(reading.all) and np.array_equal(k.all, reading.all) for k in kept
        ):
            kept.append(reading)
    return kept


def union(sorted_arrays: list[np.ndarray]) -> np.ndarray:
    """The distinct values of sorted arrays, ascending. Keys are sorted already: np.unique
    hashed the 100,000 starts of a stop word's phrase at 1.3 ms a call."""
    if len(sorted_arrays) == 1:
        return distinct(sorted_arrays[0])
    return distinct(np.sort(np.concatenate(sorted_arrays)))


def distinct(ascending: np.ndarray) -> np.ndarray:
    """A sorted array without its repeated values."""
    if len(ascending) < 2:
        return ascending
    keep = np.empty(len(ascending), bool)
    keep[0] = True
    np.not_equal(ascending[1:], ascending[:-1], out=keep[1:])
    return ascending[keep]


def stands(terms: list[Positions], starts: np.ndarray, back: int) -> np.ndarray:
    """Which starts have one of the terms at the word's place (`back` before the key)."""
    # The word would stand before the document's first position: not there.
    possible = (starts & LOW) >= back
    wanted = np.where(possible, starts - back, 0)
    found = np.zeros(len(starts), bool)
    for term in terms:
        found |= term.holds(wanted)
    return found & possible


def own_form_docs(cache: PositionsCache, field: str, form: str) -> np.ndarray:
    """The documents where a form that is its own only lemma ("собянин") stands as written.

    Its lemma term also holds every other form ("собянину"), and each of those has
    an exact term: the form is where the lemma has a position none of them has.
    """
    return cache.remembered(("own", field, form), lambda: own_form(cache, field, form))


def own_form(cache: PositionsCache, field: str, form: str) -> np.ndarray:
    keys = cache.get(field, form).all
    others = []
    for other in (f for f in word_forms(form) if f != form):
        budget.check()  # "быть" has some thirty forms to read
        others.append(cache.get(field, exact_term(other)).all)
    if others:
        # One pass over all the other forms together: a union form by form took 0.6 s.
        keys = keys[~np.isin(keys, np.concatenate(others))]
    return distinct(keys >> SHIFT)
