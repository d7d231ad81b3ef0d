"""Postings as numpy arrays, and the BM25F weight of a term in every document.

Whoosh stores the postings; reading a term's list into arrays once and
scoring whole arrays at a time is what keeps a query of common words in
milliseconds, where Whoosh's matcher tree scores document by document.
"""

import threading
from collections import OrderedDict
from contextlib import nullcontext
from dataclasses import dataclass, field

import numpy as np

from indexer.engine import budget
from indexer.engine.blocks import blocks
from indexer.engine.phrases import CACHED_POSITIONS, PositionsCache
from indexer.text.analysis import weak_partner
from indexer.writing.columns import field_lengths, live_mask

# The cache holds at most this many postings (8 bytes each, and 4 more for each BM25
# weighting a query used on them: one or two, so 12-16 bytes): 64-128 MB, and more for a
# large index, whose common words have longer lists: the speed set's queries read 51
# postings and 75 positions an article at 100,000 articles (5.1 M and 7.5 M), so at
# 300,000 they no longer fitted and were read again and again. Bounded by MAX_CACHED.
CACHED_POSTINGS = 8_000_000
POSTINGS_PER_ARTICLE, POSITIONS_PER_ARTICLE = 60, 90
MAX_CACHED = 40_000_000  # positions 320 MB, postings 320-640 MB, at 450,000 articles and more
# Reading a long list asks the query's budget every this many blocks (of 128 postings).
BLOCKS_BETWEEN_CHECKS = 64
# A text's word read as a lemma only weakly («стали» as сталь, «суда» as судно) counts as this
# share of a mention of it: the articles naming the lemma plainly come first.
WEAK_TF = 0.2


@dataclass(frozen=True)
class Postings:
    """The documents holding a term, with its frequency in each."""

    ids: np.ndarray
    tfs: np.ndarray
    # The term's BM25 weight in each document, by (b, k1), made on first use and kept with
    # the postings (4 bytes a posting for each): a common word's took longer to compute
    # on every query than its postings take to keep (ranking.field_bm25).
    weights: dict = field(default_factory=dict, compare=False, repr=False)

    def holds(self, docnums: np.ndarray) -> np.ndarray:
        """Which of `docnums` hold the term: a binary search each in the sorted ids, where
        np.isin goes through the whole list (2.3 ms for a list of 700,000)."""
        if not len(self.ids):
            return np.zeros(len(docnums), bool)
        wanted = docnums.astype(self.ids.dtype)
        at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
        return self.ids[at] == wanted


EMPTY = Postings(np.zeros(0, np.int32), np.zeros(0, np.float32))


class PostingsCache:
    """Term postings, positions and field lengths of one index generation; thread-safe.

    `reading` gives a reader the calling thread may use alone (Whoosh's file
    reads seek and read, so two threads must not share one); by default the
    reader given, for a single thread.
    """

    def __init__(self, reader, fields: tuple[str, ...], reading=None):
        self.reader = reader
        self.reading = reading or (lambda: nullcontext(reader))
        self.size = reader.doc_count_all()
        self.live = max(1, reader.doc_count())
        # The documents an incremental build deleted stay in their segments until a merge:
        # left out of every posting and average, the scores are those of a full build.
        alive = live_mask(reader)
        self.deleted = None if alive.all() else ~alive
        self.lengths = field_lengths(reader, fields, alive)
        self.average = {f: max(1.0, float(a.sum()) / self.live) for f, a in self.lengths.items()}
        self.normalised: dict[tuple[str, float, float], np.ndarray] = {}
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple[str, str], Postings] = OrderedDict()
        self.cached = 0
        self.limit = cache_limit(CACHED_POSTINGS, POSTINGS_PER_ARTICLE * self.live)
        positions = cache_limit(CACHED_POSITIONS, POSITIONS_PER_ARTICLE * self.live)
        self.positions = PositionsCache(self.reading, positions)

    def get(self, field: str, term: str) -> Postings:
        """The postings of a term, from the cache when it was read lately."""
        key = (field, term)
        with self.lock:
            found = self.cache.get(key)
            if found is not None:
                self.cache.move_to_end(key)
                return found
        with self.reading() as reader:
            found = read_postings(reader, field, term)
        if self.deleted is not None and len(found.ids):
            kept = ~self.deleted[found.ids]
            found = Postings(found.ids[kept], found.tfs[kept])
        self.keep(key, found)
        return found

    def live_frequency(self, field: str, term: str) -> int:
        """How many live documents hold the term itself, its weak readings apart: Whoosh's
        document frequency as a full build of the live documents gives it."""
        with self.reading() as reader:
            ids = read_term_postings(reader, field, term).ids
        return len(ids) if self.deleted is None else int(np.count_nonzero(~self.deleted[ids]))

    def norms(self, field: str, b: float, k1: float) -> np.ndarray:
        """BM25's length norm `k1 (1 - b + b length / average)` of every document in a
        field, made once per generation (a dict read and write stay whole under the GIL)."""
        key = (field, b, k1)
        found = self.normalised.get(key)
        if found is None:
            relative = self.lengths[field] / np.float32(self.average[field])
            found = self.normalised[key] = (k1 * (1 - b + b * relative)).astype(np.float32)
        return found

    def keep(self, key: tuple[str, str], found: Postings) -> None:
        """Cache freshly read postings, dropping the least recently used past the bound."""
        with self.lock:
            if key not in self.cache:
                self.cached += len(found.ids)
            self.cache[key] = found
            while self.cached > self.limit and len(self.cache) > 1:
                self.cached -= len(self.cache.popitem(last=False)[1].ids)


def cache_limit(least: int, for_size: int) -> int:
    """How many entries a cache of this generation holds: `least`, more for a large index."""
    return max(least, min(for_size, MAX_CACHED))


def read_postings(reader, field: str, term: str) -> Postings:
    """One term's postings, with those of its weak readings (`analysis.WEAK`) where it is a
    lemma: every document holding the word, a weak reading's frequency counted at WEAK_TF."""
    found = read_term_postings(reader, field, term)
    weak = weak_partner(term)
    if weak is None:
        return found
    return merged(found, read_term_postings(reader, field, weak))


def merged(strong: Postings, weak: Postings) -> Postings:
    """One list of the documents of a lemma's plain and weak terms, the weak frequencies
    taken down to WEAK_TF of a mention."""
    if not len(weak.ids):
        return strong
    ids = np.concatenate([strong.ids, weak.ids])
    tfs = np.concatenate([strong.tfs, np.float32(WEAK_TF) * weak.tfs])
    docs, where = np.unique(ids, return_inverse=True)
    return Postings(docs.astype(np.int32), np.bincount(where, tfs).astype(np.float32))


def read_term_postings(reader, field: str, term: str) -> Postings:
    """One term's postings, segment by segment, with document numbers global.

    A common word of a large index is thousands of blocks: the read stops (budget.Spent)
    once the query's time is up, and a list read in part is never cached."""
    ids, tfs = [], []
    for segment, offset in reader.leaf_readers():
        if (field, term) in segment:
            for count, (block_ids, block_tfs) in enumerate(blocks(segment.postings(field, term))):
                if count % BLOCKS_BETWEEN_CHECKS == BLOCKS_BETWEEN_CHECKS - 1:
                    budget.check()
                ids.append(np.asarray(block_ids, np.int32) + offset)
                tfs.append(np.asarray(block_tfs, np.float32))
    if not ids:
        return EMPTY
    return Postings(np.concatenate(ids), np.concatenate(tfs))
