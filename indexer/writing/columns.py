"""Whole columns of an index read at once: ids, fingerprints, dates, field lengths.

Whoosh reads a column one document at a time (a seek and a read each), which
made opening an index generation take 2 s at 10,000 articles and would take
minutes at a million. Here each segment's column is one read of its bytes,
sliced or decoded with numpy; a column type this module does not know is read
through Whoosh's own reader, document by document, as before.
"""

from itertools import accumulate

import numpy as np
from whoosh import columns
from whoosh.util.numeric import byte_to_length

# Whoosh's length byte → the field length it stands for.
LENGTH_OF_BYTE = np.array([byte_to_length(b) or 0 for b in range(256)], np.float32)
LENGTHS_COLUMN = columns.NumericColumn("B", default=0)
NUMERIC_DTYPES = {"B": ">u1", "H": ">u2", "i": ">i4", "I": ">u4", "q": ">i8", "Q": ">u8"}


def column_values(reader, name: str, translate: bool = True) -> dict:
    """docnum → value of a sortable column for every live document.

    Segment by segment: a segment whose documents all lack the field has no
    column, and Whoosh's multi-segment column reader then mixes up offsets.
    """
    values = {}
    for segment, offset in reader.leaf_readers():
        if not segment.has_column(name):
            continue
        column = segment.column_reader(name, translate=False)
        decode = segment.schema[name].from_column_value if translate else None
        deleted = deleted_docs(segment)
        for docnum, raw in enumerate(segment_values(column)):
            if docnum not in deleted:
                values[docnum + offset] = decode(raw) if decode else raw
    return values


def segment_values(column) -> list:
    """Every document's raw value in one segment's column."""
    if isinstance(column, columns.VarBytesColumn.Reader) and hasattr(column, "_lengths"):
        return var_bytes(column)
    if isinstance(column, columns.NumericColumn.Reader) and hasattr(column, "_typecode"):
        return numeric(column).tolist()
    return list(column)


def var_bytes(column) -> list[bytes]:
    """A VarBytes column: its values lie end to end from its start, lengths apart."""
    lengths = column._lengths
    blob = column._dbfile.get(column._basepos, sum(lengths)) if len(lengths) else b""
    starts = accumulate(lengths, initial=0)
    return [blob[start : start + length] for start, length in zip(starts, lengths, strict=False)]


def numeric(column) -> np.ndarray:
    """A numeric column: fixed-size big-endian numbers, the default past the last written."""
    dtype = np.dtype(NUMERIC_DTYPES[column._typecode])
    count = min(column._count, column._doccount)
    data = column._dbfile.get(column._basepos, count * dtype.itemsize) if count else b""
    values = np.full(column._doccount, column._default, dtype.newbyteorder("="))
    values[:count] = np.frombuffer(data, dtype)
    return values


def live_mask(reader) -> np.ndarray:
    """True for each document number that is not deleted."""
    live = np.ones(reader.doc_count_all(), bool)
    for segment, offset in reader.leaf_readers():
        if segment.has_deletions():
            live[[offset + d for d in deleted_docs(segment)]] = False
    return live


def deleted_docs(segment) -> set[int]:
    """The deleted document numbers of one segment (asked one by one: the two Whoosh
    versions name the set differently)."""
    if not segment.has_deletions():
        return set()
    return {d for d in range(segment.doc_count_all()) if segment.is_deleted(d)}


def field_lengths(reader, fields, live: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Per field, the length in terms of every document (0 for a deleted one or one
    without the field), from the length bytes Whoosh keeps per segment; `live`: the
    reader's live_mask when already made."""
    if live is None:
        live = live_mask(reader)  # once for all the fields: deletions are asked doc by doc
    found = {}
    for field in fields:
        lengths = np.zeros(reader.doc_count_all(), np.float32)
        for segment, offset in reader.leaf_readers():
            in_segment = segment_lengths(segment, field)
            lengths[offset : offset + len(in_segment)] = in_segment
        found[field] = lengths * live
    return found


def segment_lengths(segment, field: str) -> np.ndarray:
    """One segment's field lengths: its length column at once where the codec keeps one."""
    cached_reader = getattr(getattr(segment, "_perdoc", None), "_cached_reader", None)
    if cached_reader is None:
        count = segment.doc_count_all()
        return np.array([segment.doc_field_length(d, field) or 0 for d in range(count)])
    column = cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    if column is None:  # no document of the segment has the field
        return np.zeros(segment.doc_count_all(), np.float32)
    return LENGTH_OF_BYTE[np.asarray(segment_values(column), np.int64)]
