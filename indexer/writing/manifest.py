"""The manifest beside the index: what every file held when it was last read.

For each file, by its resolved real path: its size and modification time (and a
content hash after `--checksum`), for a scraped page digests of the chrome its folder's
pages repeat and of those pages' names, sizes and times, any lines skipped, and the id, text
key and fingerprint of every article in it, duplicates included, in file order, with the key
of the dump record it was read from. That is enough to decide de-duplication again, when the
kept copy of an article goes, without reading the unchanged files' text, and to leave the
unchanged records of a changed dump uncleaned.
"""

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from indexer.article import Article
from indexer.text.analysis import ANALYSIS_VERSION

MANIFEST = "manifest.json"
VERSION = 2
KEY_CHARS = 16  # an id, a text key and a fingerprint are 16 hex digits each
ENTRY_CHARS = 3 * KEY_CHARS
# What the server and `stats` say of an index another version of the analysis made.
STALE_INDEX = (
    "the index was made by another version of the word analysis: run `make index` "
    "(python -m indexer build) to build it again, or its words are read as they were"
)
UNKNOWN_STATE = [-1, -1]  # matches no file: read it at the next build
HASH_CHUNK = 1 << 20


@dataclass
class FileRecord:
    """What one file held when it was last read."""

    state: list[int]  # [size, mtime_ns]
    # 48 hex digits per article (id, text key, fingerprint): 50 MB for a million articles.
    entries: str = ""
    skips: list[list] = field(default_factory=list)  # [path, line, reason]
    checksum: str = ""
    # What a text page was read with from its folder (sources.folder_context), and the state
    # of the pages that was learnt from (sources.folder_pages): a page whose siblings changed
    # what they repeat is read again, as a full build would read it.
    folder: str = ""
    folder_pages: str = ""
    # Each article's dump record key (sources.records), 16 hex digits, in the order of
    # `entries`; "" for a file of no dump records. 16 MB more for a million articles.
    records: str = ""

    def triples(self) -> Iterator[tuple[str, str, str]]:
        """(id, text key, fingerprint) of each article, in file order."""
        return map(self.triple, range(self.count()))

    def triple(self, number: int) -> tuple[str, str, str]:
        """(id, text key, fingerprint) of the article `number` in file order."""
        chunk = self.entries[number * ENTRY_CHARS : (number + 1) * ENTRY_CHARS]
        return chunk[:KEY_CHARS], chunk[KEY_CHARS : 2 * KEY_CHARS], chunk[2 * KEY_CHARS :]

    def record_keys(self) -> bytes:
        """The records' keys, 8 bytes each, in the order of `entries`."""
        return bytes.fromhex(self.records)

    def count(self) -> int:
        return len(self.entries) // ENTRY_CHARS


def entry_of(article: Article) -> str:
    """The manifest's 48 characters for one article."""
    return article.id + article.text_key + article.fingerprint


def file_state(path: str) -> list[int]:
    """Size and modification time, the signs that a file was changed."""
    try:
        stat = os.stat(path)
    except OSError:
        return list(UNKNOWN_STATE)
    return [stat.st_size, stat.st_mtime_ns]


def file_checksum(path: str) -> str:
    """A hash of the file's bytes, for edits that keep the size and the time."""
    digest = hashlib.blake2b(digest_size=16)
    try:
        with open(path, "rb") as file:
            while chunk := file.read(HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def read_saved(index_dir: Path) -> dict | None:
    """The manifest of the last build as saved; None when missing or unreadable."""
    try:
        raw = json.loads((index_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    return raw if isinstance(raw, dict) else None


def load_manifest(index_dir: Path) -> dict[str, FileRecord]:
    """The manifest of the last build; empty when missing, unreadable or of an older shape."""
    return manifest_records(read_saved(index_dir))


def manifest_records(saved: dict | None) -> dict[str, FileRecord]:
    """The file records of a manifest as read_saved gave it; empty when there is none or
    it is of an older shape."""
    if saved is None or saved.get("version") != VERSION:
        return {}
    try:
        return {path: FileRecord(**record) for path, record in saved["files"].items()}
    except (TypeError, KeyError, AttributeError):
        return {}


def made_by_other_analysis(index_dir: Path, saved: dict | None) -> bool:
    """True for an index whose terms another version of the analysis made (or one that
    does not say), False for none or one of this version; `saved`: its read_saved."""
    if saved is None:
        return (index_dir / MANIFEST).exists() or any(index_dir.glob("*.toc"))
    return saved.get("analysis") != ANALYSIS_VERSION


def index_made_by_other_analysis(index_dir: str | Path) -> bool:
    """True for an index whose terms another version of the word analysis made: it answers,
    but the words it was built with are read otherwise now, until it is built again."""
    index_dir = Path(index_dir)
    return made_by_other_analysis(index_dir, read_saved(index_dir))


def save_manifest(index_dir: Path, manifest: dict[str, FileRecord]) -> None:
    """Write the manifest by renaming a finished file over the old one."""
    temporary = index_dir / (MANIFEST + ".tmp")
    files = {path: record.__dict__ for path, record in sorted(manifest.items())}
    saved = {"version": VERSION, "analysis": ANALYSIS_VERSION, "files": files}
    temporary.write_text(json.dumps(saved, ensure_ascii=False))
    os.replace(temporary, index_dir / MANIFEST)
