"""Where the paragraphs of an article's body begin, for the few candidates the ranking asks
about (cover.near_bonus): read from the index's `breaks` column document by document.

Reading them from the stored text instead (a seek, zlib and unpickling per article) would
cost more than the rest of the ranking; kept for every article in memory, they would grow
with the corpus, 4 bytes a paragraph. A read here takes some 8 µs.
"""

import threading
from bisect import bisect_right

from indexer.writing.schema import breaks_of

COLUMN = "breaks"


class Paragraphs:
    """The body's paragraph starts of any document of one index generation; thread-safe.

    It reads through a searcher of its own, opened when first asked: a column is read by
    seek and read, which no other code may do on the same file meanwhile, and a lock
    around so short a read costs less than a reader per thread.
    """

    def __init__(self, open_searcher):
        self.open_searcher = open_searcher
        self.lock = threading.Lock()
        self.searcher = None
        self.segments: list[tuple[int, object]] = []

    def starts(self, docnum: int) -> list[int]:
        """The positions at which the body's paragraphs after the first begin; [] for a
        body of one paragraph, or an index built before the column was kept."""
        with self.lock:
            if self.searcher is None:
                self.open()
            at = bisect_right(self.segments, docnum, key=lambda segment: segment[0]) - 1
            offset, column = self.segments[at]
            raw = column[docnum - offset] if column is not None else b""
        return breaks_of(raw)

    def open(self) -> None:
        self.searcher = self.open_searcher()
        leaves = self.searcher.reader().leaf_readers()
        self.segments = [(offset, column_of(segment)) for segment, offset in leaves]

    def close(self) -> None:
        with self.lock:
            if self.searcher is not None:
                self.searcher.close()


def column_of(segment):
    """One segment's `breaks` column; None where none of its documents has one or the
    index's schema has none (Whoosh's has_column raises KeyError then)."""
    kept = COLUMN in segment.schema and segment.has_column(COLUMN)
    return segment.column_reader(COLUMN, translate=False) if kept else None


def one_paragraph(starts: list[int], first: int, last: int) -> bool:
    """True when positions `first` and `last` of a body lie in one of its paragraphs."""
    return bisect_right(starts, first) == bisect_right(starts, last)
