"""Which articles to write: every file of the corpus once, in the de-duplication order.

Files are named by their resolved real paths, so a symlink and its target, or a
folder and a file inside it given together, are one file; they are taken in
sorted order (the rule in `dedup`). A file whose size and time (and content hash,
with `checksum`) match the manifest is not read again, unless one of its
articles must be written now (say its kept copy elsewhere was deleted).

Blind spot without `checksum`: an edit that keeps both the size and the
modification time is not seen.

Unreadable input, a file or a folder alike: the articles the index holds from it
stay as they were, with a warning naming the path, and it is read again at the
next build.
"""

import logging
import os
from collections.abc import Iterable, Iterator
from io import StringIO
from pathlib import Path

from indexer import sources
from indexer.article import Article, Skip
from indexer.sources import io, records
from indexer.writing.dedup import Dedup
from indexer.writing.manifest import (
    UNKNOWN_STATE,
    FileRecord,
    entry_of,
    file_checksum,
    file_state,
)
from indexer.writing.saved import saved_records

log = logging.getLogger(__name__)


class Scan:
    """One pass over the corpus: what to write, what is unchanged, what is gone."""

    def __init__(self, known: dict[str, str], previous: dict[str, FileRecord], checksum=False):
        self.known = known  # id → fingerprint of every article in the index
        self.previous = previous
        self.checksum = checksum
        self.manifest: dict[str, FileRecord] = {}
        self.dedup = Dedup()
        self.read = self.added = self.updated = self.unchanged = self.duplicates = 0
        self.skips: list[Skip] = []
        self.removed: list[str] = []
        sources.forget_folders()  # an earlier build in this process saw them as they were

    def corpus_files(self, paths: Iterable[str | Path]) -> list[str]:
        """The real paths of the files under `paths`, each once, sorted."""
        files: set[str] = set()
        for item in sources.list_files(paths):
            if isinstance(item, Skip):
                files |= self.listing_skip(item)
            else:
                files.add(os.path.realpath(item.path))
        return sorted(files)

    def listing_skip(self, item: Skip) -> set[str]:
        """Report a Skip of the folder walk; an unreadable path's known files are kept."""
        if item.reason.startswith("folder read already"):  # a repeated path: read once
            log.info("%s", item)
            return set()
        self.skip(item)
        return set(self.known_under(os.path.realpath(item.path))) if is_denied(item.path) else set()

    def known_under(self, real: str) -> list[str]:
        prefix = real.rstrip(os.sep) + os.sep
        return [path for path in self.previous if path == real or path.startswith(prefix)]

    def pending_bytes(self, files: list[str]) -> int:
        """The size of the files whose size or time changed: the reading ahead."""
        states = ((path, file_state(path)) for path in files)
        return sum(
            max(state[0], 0)
            for path, state in states
            if path not in self.previous or self.previous[path].state != state
        )

    def changes(self, files: list[str]) -> Iterator[Article]:
        """The articles to write, new or changed, file by file in the rule's order."""
        for path in files:
            yield from self.visit(path)

    def gone(self) -> list[str]:
        """The ids in the index that no file holds any more."""
        return sorted(article_id for article_id in self.known if not self.dedup.holds(article_id))

    def visit(self, path: str) -> Iterator[Article]:
        record = self.previous.get(path)
        if is_denied(path):
            self.keep_unreadable(path, record)
            return
        state = file_state(path)
        checksum = file_checksum(path) if self.checksum else ""
        if self.is_unchanged(record, state, checksum, path) and self.settle(record):
            self.manifest[path] = record
        else:
            yield from self.read_file(path, state, checksum)

    def is_unchanged(
        self, record: FileRecord | None, state: list[int], checksum: str, path: str
    ) -> bool:
        """True when the file and what it is read with from its folder are as last read."""
        if record is None or record.state != state:
            return False
        if not self.is_same_folder(record, path):
            return False
        return not self.checksum or record.checksum == checksum

    def is_same_folder(self, record: FileRecord, path: str) -> bool:
        """True when a text page's folder repeats what it did when the page was read; its
        pages are read to tell only when one of them changed."""
        pages = sources.folder_pages(path)
        if record.folder_pages == pages:
            return True
        record.folder_pages = pages  # kept in the manifest when the chrome is the same
        return record.folder == sources.folder_context(path)

    def settle(self, record: FileRecord) -> bool:
        """Decide an unchanged file's articles from the manifest; False when it must be read."""
        keys = list(record.triples())
        kept = self.dedup.preview((article_id, text) for article_id, text, _ in keys)
        winners = [key for keep, key in zip(kept, keys, strict=True) if keep]
        if any(self.known.get(article_id) != fingerprint for article_id, _, fingerprint in winners):
            return False
        for article_id, text, _ in winners:
            self.dedup.claim(article_id, text)
        self.unchanged += sum(kept)
        self.duplicates += len(kept) - sum(kept)
        for skip in record.skips:
            self.skip(Skip(*skip))
        return True

    def read_file(self, path: str, state: list[int], checksum: str) -> Iterator[Article]:
        """Read a new or changed file; the manifest gets every article, duplicates too. The
        dump records it held unchanged are not cleaned again (sources.records)."""
        folder, pages = sources.folder_context(path), sources.folder_pages(path)
        record = FileRecord(state, checksum=checksum, folder=folder, folder_pages=pages)
        # Written as they come: a million records' entries as a list of strings took 100 MB.
        entries, keys, keyed = StringIO(), StringIO(), False
        with records.reusing(saved_records(self.previous.get(path), self.known)):
            for item in sources.read_entry_safely(io.file_entry(path)):
                if isinstance(item, Skip):
                    self.skip(item)
                    record.skips.append([item.path, item.line, item.reason])
                else:
                    entries.write(entry_of(item))
                    keys.write(item.record_key or records.NO_KEY)
                    keyed = keyed or bool(item.record_key)
                    if self.is_to_write(item):
                        yield item
        record.entries = entries.getvalue()
        record.records = keys.getvalue() if keyed else ""
        self.manifest[path] = record

    def is_to_write(self, article: Article | records.Known) -> bool:
        """True for a kept article the index lacks or holds in another version."""
        self.read += 1
        if not self.dedup.claim(article.id, article.text_key):
            self.duplicates += 1
            log.info("duplicate %s", article.origin)
            return False
        indexed = self.known.get(article.id)
        if indexed == article.fingerprint:
            self.unchanged += 1
            return False
        if indexed is None:
            self.added += 1
        else:
            self.updated += 1
        return True

    def keep_unreadable(self, path: str, record: FileRecord | None) -> None:
        """Keep the indexed articles of a file that cannot be read now; read it next time."""
        if record is None:
            self.skip(Skip(path, None, "unreadable: permission denied"))
            return
        kept = 0
        for article_id, text, fingerprint in record.triples():
            if self.known.get(article_id) == fingerprint and self.dedup.claim(article_id, text):
                kept += 1
        self.unchanged += kept
        self.manifest[path] = FileRecord(
            list(UNKNOWN_STATE), record.entries, record.skips, records=record.records
        )
        reason = f"unreadable: permission denied; its {kept} indexed articles kept as they were"
        self.skip(Skip(path, None, reason))

    def skip(self, item: Skip) -> None:
        self.skips.append(item)
        log.warning("skipped %s", item)


def is_denied(path: str) -> bool:
    """True when a file or folder exists but this user may not read it."""
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path, "rb").close()
    except PermissionError:
        return True
    except OSError:
        return False
    return False
