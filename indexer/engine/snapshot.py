"""One index generation opened for searching by many threads at once.

The document table and the postings and positions caches are shared by every
request; Whoosh's searchers are not (their files are read by seek and read), so
each request leases one from a pool that grows to the number of threads that
search at the same time and closes them all when the generation is dropped.
"""

import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field

from whoosh import index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC
from whoosh.searching import Searcher

from indexer.engine.doctable import DocTable, load_doctable
from indexer.engine.matching import Evaluator
from indexer.engine.paragraphs import Paragraphs
from indexer.engine.postings import PostingsCache
from indexer.engine.recent import Recent
from indexer.writing.schema import FIELD_WEIGHTS

# Stored articles kept decoded (about 8 KB each): the hits of popular queries and pages.
STORED_CACHED = 2048


def open_index(index_dir: str) -> index.Index:
    """The index read through plain file reads: Whoosh's memory maps of the
    compound segment files put the whole index in the server's RSS (568 MB
    for the shared corpus, against 26 MB this way), for no speed gained."""
    return FileStorage(index_dir, supports_mmap=False).open_index()


def open_searcher(index_dir: str, generation: int) -> Searcher:
    """A searcher of exactly this generation, even if a newer one was committed since."""
    ix = open_index(index_dir)
    toc = TOC.read(ix.storage, ix.indexname, gen=generation, schema=ix._schema)
    reader = ix._reader(ix.storage, toc.schema, toc.segments, toc.generation)
    return Searcher(reader, fromindex=ix)


class SearcherPool:
    """Searchers of one generation, each used by one thread at a time."""

    def __init__(self, index_dir: str, generation: int):
        self.index_dir, self.generation = index_dir, generation
        self.lock = threading.Lock()
        self.free: list[Searcher] = []
        self.opened: list[Searcher] = []
        self.held = threading.local()
        self.closed = False

    @contextmanager
    def searcher(self):
        """A searcher for this thread alone; the same one when the thread already holds one."""
        held = getattr(self.held, "searcher", None)
        if held is not None:
            yield held
            return
        searcher = self.take()
        self.held.searcher = searcher
        try:
            yield searcher
        finally:
            self.held.searcher = None
            self.give_back(searcher)

    @contextmanager
    def reader(self):
        """The reader of `searcher()`."""
        with self.searcher() as searcher:
            yield searcher.reader()

    def give_back(self, searcher: Searcher) -> None:
        """Back to the pool; closed if the pool was closed meanwhile (a cache outliving
        its snapshot)."""
        with self.lock:
            if not self.closed:
                self.free.append(searcher)
                return
        searcher.close()

    def take(self) -> Searcher:
        with self.lock:
            if self.free:
                return self.free.pop()
        searcher = open_searcher(self.index_dir, self.generation)
        with self.lock:
            if not self.closed:
                self.opened.append(searcher)
        return searcher

    def close(self) -> None:
        with self.lock:
            self.closed = True
            opened, self.opened, self.free = self.opened, [], []
        for searcher in opened:
            searcher.close()


class StoredCache:
    """The stored fields of recently shown articles of one generation; thread-safe.

    Reading one from Whoosh's store (a seek, zlib and unpickling) took 3 of the
    17 ms of a query's ten hits.
    """

    def __init__(self, size: int = STORED_CACHED):
        self.recent = Recent(size)

    def get(self, searcher: Searcher, docnum: int) -> dict:
        """The stored fields of one document, read with `searcher` when not cached."""
        return self.recent.get(docnum, searcher.stored_fields)


@dataclass
class Leased:
    """A snapshot as one request sees it: the shared tables and its own searcher."""

    generation: int
    searcher: Searcher
    table: DocTable
    postings: PostingsCache
    stored_cache: StoredCache
    paragraphs: Paragraphs

    def evaluator(self) -> Evaluator:
        return Evaluator(self.searcher, self.postings, self.table.live, self.table)

    def stored(self, docnum: int) -> dict:
        """The stored fields of one document (do not change the dict: it is shared)."""
        return self.stored_cache.get(self.searcher, docnum)


@dataclass
class Snapshot:
    """One index generation, opened for searching.

    `searcher` is for code that holds the engine's lock around it (export,
    completions); a search leases its own from `pool` and holds no lock.
    """

    generation: int
    searcher: Searcher
    table: DocTable
    postings: PostingsCache
    pool: SearcherPool
    paragraphs: Paragraphs
    stored_cache: StoredCache = field(default_factory=StoredCache)

    @classmethod
    def open(cls, index_dir: str, generation: int) -> "Snapshot":
        searcher = open_searcher(index_dir, generation)
        pool = SearcherPool(index_dir, generation)
        reader = searcher.reader()
        postings = PostingsCache(reader, tuple(FIELD_WEIGHTS), reading=pool.reader)
        paragraphs = Paragraphs(lambda: open_searcher(index_dir, generation))
        snapshot = cls(generation, searcher, load_doctable(reader), postings, pool, paragraphs)
        # Its files close when the snapshot is dropped, whoever held it last.
        weakref.finalize(snapshot, close_all, searcher, pool, paragraphs)
        return snapshot

    def evaluator(self) -> Evaluator:
        return Evaluator(self.searcher, self.postings, self.table.live, self.table)

    @contextmanager
    def leased(self):
        """This generation with a searcher for the calling thread alone."""
        with self.pool.searcher() as searcher:
            yield Leased(
                self.generation,
                searcher,
                self.table,
                self.postings,
                self.stored_cache,
                self.paragraphs,
            )


def close_all(searcher: Searcher, pool: SearcherPool, paragraphs: Paragraphs) -> None:
    searcher.close()
    pool.close()
    paragraphs.close()
