"""What an index holds, read straight from its stored fields, for build tests."""

import builtins
import errno
import os
from pathlib import Path

from whoosh import index

from indexer.writing.columns import column_values


def stored_documents(index_dir: Path) -> dict[str, dict]:
    """id → every stored field (and the fingerprint) of each live article."""
    with index.open_dir(str(index_dir)).reader() as reader:
        prints = column_values(reader, "fingerprint")
        documents = {}
        for docnum, fields in reader.iter_docs():
            documents[fields["id"]] = {**fields, "fingerprint": prints.get(docnum)}
        return documents


def titles_with(index_dir: Path, word: str) -> list[str]:
    """The sorted titles of the articles whose title or body holds `word`."""
    documents = stored_documents(index_dir).values()
    return sorted(doc["title"] for doc in documents if word in doc["title"] + doc["body"])


class Denials:
    """Paths made unreadable for a test: open() and listdir() fail with EACCES.

    Tests run as root in CI, and chmod does not stop root from reading, so the
    fault is raised where the build meets it: opening a file, listing a folder.
    """

    def __init__(self, monkeypatch) -> None:
        self.paths: set[str] = set()
        real_open, real_listdir = builtins.open, os.listdir
        monkeypatch.setattr(builtins, "open", self.guard(real_open))
        monkeypatch.setattr(os, "listdir", self.guard(real_listdir))

    def guard(self, function):
        def guarded(path, *args, **kwargs):
            if isinstance(path, str | os.PathLike) and self.is_denied(os.fspath(path)):
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return function(path, *args, **kwargs)

        return guarded

    def is_denied(self, path: str) -> bool:
        real = os.path.realpath(path)
        return any(real == denied or real.startswith(denied + os.sep) for denied in self.paths)

    def deny(self, path: Path) -> None:
        self.paths.add(os.path.realpath(path))

    def allow(self, path: Path) -> None:
        self.paths.discard(os.path.realpath(path))
