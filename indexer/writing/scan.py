"""Which articles to read: every file on a full build, only new and changed files after.

A manifest beside the index remembers each file's size and modification
time and the articles it gave; a file that has not changed since is not
read again, so `make index` after touching one file reads one file.
"""

import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from indexer import sources
from indexer.article import Article, Skip

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"


@dataclass
class FileRecord:
    """What one file gave the index when it was last read."""

    state: list[int]
    articles: list[list[str]] = field(default_factory=list)  # [id, text_key]
    skips: list[list] = field(default_factory=list)  # [path, line, reason]


@dataclass
class Scan:
    """The articles read in one build, and what the unread files still hold."""

    known_ids: set[str]
    previous: dict[str, FileRecord] = field(default_factory=dict)
    manifest: dict[str, FileRecord] = field(default_factory=dict)
    kept_ids: set[str] = field(default_factory=set)
    seen_texts: set[str] = field(default_factory=set)
    read: int = 0
    carried: int = 0  # articles of unchanged files, kept without reading
    duplicates: int = 0
    skips: list[Skip] = field(default_factory=list)

    def articles(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        """The articles of new and changed files, each article once."""
        fresh = []
        for item in sources.list_files(paths):
            if isinstance(item, Skip):
                self.skip(item)
            elif not self.keep_unchanged(item.path):
                fresh.append(item)
        for entry in fresh:
            yield from self.read_file(entry)

    def keep_unchanged(self, path: str) -> bool:
        """Carry a file over unread when it and all its articles are as they were."""
        record = self.previous.get(path)
        if record is None or record.state != file_state(path):
            return False
        if not all(article_id in self.known_ids for article_id, _ in record.articles):
            return False
        self.manifest[path] = record
        self.carried += len(record.articles)
        for article_id, text_key in record.articles:
            self.kept_ids.add(article_id)
            self.seen_texts.add(text_key)
        for skip in record.skips:
            self.skip(Skip(*skip))
        return True

    def read_file(self, entry) -> Iterator[Article]:
        record = FileRecord(file_state(entry.path))
        self.manifest[entry.path] = record
        for item in sources.read_entry_safely(entry):
            if isinstance(item, Skip):
                self.skip(item)
                record.skips.append([item.path, item.line, item.reason])
            elif self.is_new(item):
                record.articles.append([item.id, item.text_key])
                yield item

    def is_new(self, article: Article) -> bool:
        """False for an article seen before in this build (same URL or same text)."""
        self.read += 1
        if article.id in self.kept_ids or article.text_key in self.seen_texts:
            self.duplicates += 1
            log.info("duplicate %s (%s)", article.origin, article.title[:60])
            return False
        self.kept_ids.add(article.id)
        self.seen_texts.add(article.text_key)
        return True

    def skip(self, item: Skip) -> None:
        self.skips.append(item)
        log.warning("skipped %s", item)


def file_state(path: str) -> list[int]:
    """Size and modification time, the signs that a file was changed."""
    try:
        stat = os.stat(path)
    except OSError:
        return [-1, -1]
    return [stat.st_size, stat.st_mtime_ns]


def load_manifest(index_dir: Path) -> dict[str, FileRecord]:
    """The manifest of the last build; empty when missing or unreadable."""
    try:
        raw = json.loads((index_dir / MANIFEST).read_text())
        return {path: FileRecord(**record) for path, record in raw.items()}
    except (OSError, ValueError, TypeError):
        return {}


def save_manifest(index_dir: Path, manifest: dict[str, FileRecord]) -> None:
    """Write the manifest by renaming a finished file over the old one."""
    temporary = index_dir / (MANIFEST + ".tmp")
    raw = {path: record.__dict__ for path, record in manifest.items()}
    temporary.write_text(json.dumps(raw, ensure_ascii=False))
    os.replace(temporary, index_dir / MANIFEST)
