"""Build the index: read the corpus, find what changed, write it in one commit.

Whoosh commits by renaming a new table of contents into place, so searchers
see the old index until the new one is complete; a build killed before that
leaves only orphan segment files, which the next commit deletes.
"""

import ctypes
import functools
import logging
import os
import signal
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm
from whoosh import index, writing
from whoosh.filedb.filestore import FileStorage

from indexer.article import Article, Skip
from indexer.writing.columns import column_values
from indexer.writing.lock import build_lock
from indexer.writing.manifest import (
    made_by_other_analysis,
    manifest_records,
    read_saved,
    save_manifest,
)
from indexer.writing.scan import Scan
from indexer.writing.schema import document, make_schema
from indexer.writing.segments import RollingWriter, keep_live_segments

log = logging.getLogger(__name__)

# Below this many bytes to read (about 500 articles), one process is faster than starting workers.
PARALLEL_BYTES = 2 * 2**20
# Postings a writer holds before spilling sorted runs to disk; workers close their segment
# well before (segments.ROLL_MB), so this is only a safety net.
WRITER_MB = 1024
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>: ask for a signal when the parent process dies
_forking_pid = 0


@dataclass
class BuildReport:
    """What a build did, for the summary line and for tests."""

    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    duplicates: int = 0
    skips: list[Skip] = field(default_factory=list)
    seconds: float = 0.0
    index_bytes: int = 0
    articles: int = 0

    @property
    def skipped(self) -> int:
        return len(self.skips)

    def summary(self) -> str:
        return (
            f"read {self.read}, added {self.added}, updated {self.updated}, "
            f"unchanged {self.unchanged}, removed {self.removed}, "
            f"duplicates {self.duplicates}, skipped {self.skipped}; "
            f"{self.articles} articles in the index, {self.index_bytes / 2**20:.1f} MB, "
            f"{self.seconds:.1f} s"
        )


class StrictBuildFailed(RuntimeError):
    """A build with `strict` met a skipped item and committed nothing."""


def build_index(
    paths: Iterable[str | Path],
    index_dir: str | Path,
    full: bool = False,
    jobs: int | None = None,
    progress: bool | None = None,
    checksum: bool = False,
    strict: bool = False,
) -> BuildReport:
    """Bring the index in `index_dir` up to date with the articles under `paths`.

    With `checksum`, files are compared by a hash of their content, not only by
    size and time; with `strict`, any skipped item fails the build before commit.
    """
    started = time.monotonic()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(index_dir):
        saved = None if full else read_saved(index_dir)  # read once: 50 MB at a million
        if not full and made_by_other_analysis(index_dir, saved):
            log.warning("%s: made by another version of the word analysis: built in full",
                        index_dir)  # fmt: skip
            full = True
        ix = open_or_create(index_dir)
        known = {} if full else indexed_fingerprints(ix)
        scan = Scan(known, {} if full else manifest_records(saved), checksum)
        files = scan.corpus_files(paths)
        # Worker processes (one at least, whatever `jobs`) keep the build's memory bounded.
        procs = (jobs or os.cpu_count() or 1) if scan.pending_bytes(files) >= PARALLEL_BYTES else 0
        write_changes(ix, scan, files, Options(full, procs, progress, strict))
        save_manifest(index_dir, scan.manifest)
        articles = ix.doc_count()
    return make_report(scan, articles, index_dir, time.monotonic() - started)


@dataclass
class Options:
    """How to write: from scratch or not, in how many processes, with a bar, strictly."""

    full: bool
    procs: int  # worker processes; 0: write in this one
    progress: bool | None
    strict: bool


def make_report(scan: Scan, articles: int, index_dir: Path, seconds: float) -> BuildReport:
    """The summary of a finished build."""
    return BuildReport(
        read=scan.read,
        added=scan.added,
        updated=scan.updated,
        unchanged=scan.unchanged,
        removed=len(scan.removed),
        duplicates=scan.duplicates,
        skips=scan.skips,
        seconds=seconds,
        index_bytes=directory_bytes(index_dir),
        articles=articles,
    )


def open_or_create(index_dir: Path) -> index.Index:
    """The index in `index_dir`, created empty when there is none.

    Without memory maps: reading the ids and fingerprints through a map touched most of
    the index file, 523 MB of RSS on the shared corpus's index instead of 69 MB.
    """
    storage = FileStorage(str(index_dir), supports_mmap=False)
    if index.exists_in(str(index_dir)):
        return storage.open_index()
    return storage.create_index(make_schema())


def indexed_fingerprints(ix: index.Index) -> dict[str, str]:
    """id → fingerprint of every live article, read from the sortable columns."""
    with ix.reader() as reader:
        prints = column_values(reader, "fingerprint")
        return {
            article_id: prints.get(docnum)
            for docnum, article_id in column_values(reader, "id").items()
        }


def write_changes(ix: index.Index, scan: Scan, files: list[str], options: Options) -> None:
    """Stream the changed articles into one writer; nothing is visible before the commit."""
    writer = open_writer(ix, options.procs)
    try:
        changed = add_changes(writer, scan, with_progress(scan.changes(files), options.progress))
        scan.removed = scan.gone()
        for article_id in scan.removed:
            writer.delete_by_term("id", article_id)
        if options.strict and scan.skips:
            raise StrictBuildFailed(f"{len(scan.skips)} items skipped (--strict): nothing written")
        finish(writer, changed or bool(scan.removed) or options.full, options)
    except BaseException:
        writer.cancel()
        raise


def open_writer(ix: index.Index, procs: int):
    """A writer in this process for a few articles, else workers writing bounded segments."""
    if not procs:
        return ix.writer(limitmb=WRITER_MB)
    end_workers_with_build()
    return RollingWriter(ix, procs=procs, limitmb=WRITER_MB)


def add_changes(writer, scan: Scan, articles: Iterable[Article]) -> bool:
    """Replace or add each article; True when there was any."""
    changed = False
    for article in articles:
        if article.id in scan.known:
            writer.delete_by_term("id", article.id)
        writer.add_document(**document(article))
        changed = True
    return changed


def finish(writer, changed: bool, options: Options) -> None:
    """Commit when something changed; a full build replaces every old segment."""
    if not changed:
        writer.cancel()
        return
    if options.progress is not False:
        tqdm.write("writing the segments…", file=sys.stderr)
    writer.commit(mergetype=writing.CLEAR if options.full else keep_live_segments)


@functools.cache
def end_workers_with_build() -> None:
    """Whoosh's workers, forked from the build, are killed when it dies, even by kill -9.

    Left alone they would wait for work forever, holding the build lock and Whoosh's
    write lock they inherited, and every later build would be refused.
    """
    if sys.platform == "linux":
        os.register_at_fork(before=note_forking_pid, after_in_child=die_with_parent)


def note_forking_pid() -> None:
    global _forking_pid
    _forking_pid = os.getpid()


def die_with_parent() -> None:
    """In a forked worker: ask the kernel for SIGKILL as soon as the parent ends."""
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != _forking_pid:  # the parent died before the line above
        os._exit(1)


def with_progress(articles: Iterable[Article], progress: bool | None):
    """A progress bar with articles/s on a terminal, silence elsewhere."""
    return bar(articles, progress, "index", total=None)


def bar(items, progress: bool | None, label: str, total: int | None):
    # progress=None: a bar only on a terminal (tqdm's own check), none in CI logs.
    disable = (not progress) if progress is not None else None
    return tqdm(items, desc=label, total=total, unit=" articles", disable=disable, smoothing=0.1)


def directory_bytes(path: Path) -> int:
    """The size on disk of the files in a directory."""
    return sum(entry.stat().st_size for entry in path.iterdir() if entry.is_file())
