"""Records of a dump read before, known by a key, so that their text is not cleaned again.

An incremental build reads a changed dump file in full; most of its records are as they were
(a day's articles appended, a few corrected). A record's key is a hash of the record as parsed,
with the file's path and the source its name implies: what its article is made from. While a
scan of the file is `reusing` a look-up of the keys it saved, `record_to_article` answers a
record whose article the index holds as it would be read now with a `Known`: its id, text key
and fingerprint, which is all the scan needs of an unchanged article.
"""

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from indexer.article import origin

KEY_CHARS = 16
NO_KEY = "0" * KEY_CHARS  # an article that is no dump record: a page, a Taiga text
Lookup = Callable[[str], tuple[str, str, str] | None]

_LOOKUP: ContextVar[Lookup | None] = ContextVar("records_lookup", default=None)


@dataclass(frozen=True)
class Known:
    """A record read before and unchanged: the keys of its article, which the index holds."""

    id: str
    text_key: str
    fingerprint: str
    record_key: str
    path: str
    line: int | None

    @property
    def origin(self) -> str:
        return origin(self.path, self.line)


def record_key(record: object, path: str, default_source: str) -> str:
    """A record's key: 16 hex digits of a hash of what its article is made from."""
    text = repr((path, default_source, record)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=KEY_CHARS // 2).hexdigest()


@contextmanager
def reusing(lookup: Lookup) -> Iterator[None]:
    """While reading one file: `lookup(key)` gives (id, text key, fingerprint) of a record
    whose article need not be read again, or None."""
    token = _LOOKUP.set(lookup)
    try:
        yield
    finally:
        _LOOKUP.reset(token)


def known(key: str, path: str, line: int | None) -> Known | None:
    """The Known of a record the file being read held before, unchanged; else None."""
    lookup = _LOOKUP.get()
    found = lookup(key) if lookup is not None else None
    return Known(*found, key, path, line) if found else None
