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
from datetime import datetime
from pathlib import Path

from tqdm import tqdm
from whoosh import index, writing

from indexer.article import Article, Skip
from indexer.text.morph import fold
from indexer.writing.lock import build_lock
from indexer.writing.scan import Scan, load_manifest, save_manifest
from indexer.writing.schema import column_values, make_schema

log = logging.getLogger(__name__)

# Below this many articles to write, one process is faster than starting workers.
PARALLEL_THRESHOLD = 500
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


@dataclass
class Plan:
    """The articles to write and the ids to delete."""

    to_write: list[Article] = field(default_factory=list)
    to_delete: set[str] = field(default_factory=set)


def build_index(
    paths: Iterable[str | Path],
    index_dir: str | Path,
    full: bool = False,
    jobs: int | None = None,
    progress: bool | None = None,
) -> BuildReport:
    """Bring the index in `index_dir` up to date with the articles under `paths`."""
    started = time.monotonic()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    with build_lock(index_dir):
        ix = open_or_create(index_dir)
        known = {} if full else indexed_fingerprints(ix)
        scan = Scan(set(known), previous={} if full else load_manifest(index_dir))
        plan = plan_changes(scan, paths, known, report, progress)
        if plan.to_write or plan.to_delete or full:
            write_changes(ix, plan, full, jobs or os.cpu_count() or 1, progress)
        save_manifest(index_dir, scan.manifest)
        report.articles = ix.doc_count()
    report.read, report.duplicates, report.skips = scan.read, scan.duplicates, scan.skips
    report.index_bytes = directory_bytes(index_dir)
    report.seconds = time.monotonic() - started
    return report


def open_or_create(index_dir: Path) -> index.Index:
    """The index in `index_dir`, created empty when there is none."""
    if index.exists_in(str(index_dir)):
        return index.open_dir(str(index_dir))
    return index.create_in(str(index_dir), make_schema())


def indexed_fingerprints(ix: index.Index) -> dict[str, str]:
    """id → fingerprint of every live article, read from the sortable columns."""
    with ix.reader() as reader:
        prints = column_values(reader, "fingerprint")
        return {
            article_id: prints.get(docnum)
            for docnum, article_id in column_values(reader, "id").items()
        }


def plan_changes(
    scan: Scan, paths, known: dict[str, str], report: BuildReport, progress=None
) -> Plan:
    """Sort articles into new, changed and unchanged; the rest of `known` is gone."""
    plan = Plan()
    for article in bar(scan.articles(paths), progress, "read", total=None):
        if article.id not in known:
            report.added += 1
            plan.to_write.append(article)
        elif known[article.id] != article.fingerprint:
            report.updated += 1
            plan.to_write.append(article)
            plan.to_delete.add(article.id)
        else:
            report.unchanged += 1
    report.unchanged += scan.carried
    gone = set(known) - scan.kept_ids
    report.removed = len(gone)
    plan.to_delete |= gone
    return plan


def write_changes(ix: index.Index, plan: Plan, full: bool, jobs: int, progress) -> None:
    """Delete and add in one writer; nothing is visible before the commit."""
    parallel = jobs > 1 and len(plan.to_write) >= PARALLEL_THRESHOLD
    options = {"procs": jobs, "multisegment": True} if parallel else {}
    if parallel:
        end_workers_with_build()
    writer = ix.writer(limitmb=WRITER_MB, **options)
    try:
        for article_id in sorted(plan.to_delete):
            writer.delete_by_term("id", article_id)
        for article in with_progress(plan.to_write, progress):
            writer.add_document(**document(article))
        if progress is not False:
            tqdm.write("writing the segments…", file=sys.stderr)
        writer.commit(mergetype=writing.CLEAR if full else None)
    except BaseException:
        writer.cancel()
        raise


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


def with_progress(articles: list[Article], progress: bool | None):
    """A progress bar with articles/s and ETA on a terminal, silence elsewhere."""
    return bar(articles, progress, "index", total=len(articles))


def bar(items, progress: bool | None, label: str, total: int | None):
    # progress=None: a bar only on a terminal (tqdm's own check), none in CI logs.
    disable = (not progress) if progress is not None else None
    return tqdm(items, desc=label, total=total, unit=" articles", disable=disable, smoothing=0.1)


def document(article: Article) -> dict:
    """The fields of one article as Whoosh stores and indexes them."""
    when = datetime.combine(article.date, datetime.min.time()) if article.date else None
    fields = {
        "id": article.id,
        "fingerprint": article.fingerprint,
        "url": article.url,
        "source": article.source,
        "rubric": article.rubric,
        "source_key": fold(article.source),
        "rubric_key": fold(article.rubric),
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "keywords": ",".join(article.keywords),
        "city": article.city,
        "caption": article.caption,
    }
    if when:
        fields["date"] = when
    return fields


def directory_bytes(path: Path) -> int:
    """The size on disk of the files in a directory."""
    return sum(entry.stat().st_size for entry in path.iterdir() if entry.is_file())
