"""The dump records a changed file held at its last reading, found by their keys."""

import numpy as np

from indexer.writing.manifest import FileRecord


class SavedRecords:
    """A file's records as last read (sources.records), for `records.reusing`: a key gives
    the keys of its article while the index holds that article as it was read then.

    Kept as sorted 8-byte keys, 16 bytes a record with their order: a dict of a million
    records would hold hundreds of megabytes through the build."""

    def __init__(self, record: FileRecord, known: dict[str, str]):
        self.record, self.known = record, known
        keys = np.frombuffer(record.record_keys(), dtype=">u8").astype(np.uint64)
        self.order = np.argsort(keys, kind="stable")
        self.keys = keys[self.order]

    def __call__(self, key: str) -> tuple[str, str, str] | None:
        value = np.uint64(int(key, 16))
        at = int(np.searchsorted(self.keys, value))
        if at == len(self.keys) or self.keys[at] != value:
            return None
        found = self.record.triple(int(self.order[at]))
        return found if self.known.get(found[0]) == found[2] else None


def saved_records(record: FileRecord | None, known: dict[str, str]):
    """The look-up of a file's saved records; one that finds none when it saved no keys."""
    if record is None or not record.records:
        return lambda key: None
    return SavedRecords(record, known)
