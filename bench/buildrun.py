"""One index build in its own process, so its time and memory are measured alone.

    python -O -m bench.buildrun ours|snowball|plain|tantivy INDEX_DIR JOBS [--full] PATH...

Prints one JSON line: seconds, articles, index_bytes (and for ours what changed).
"""

import argparse
import json
import time
from pathlib import Path

from bench import baselines, tantivy_engine
from bench.corpus import unique_articles
from bench.measure import Measured, run_python
from indexer import build_index, directory_bytes


def build_ours(paths: list[str], index_dir: Path, jobs: int, full: bool) -> dict:
    """Our `build_index`, as `make index` (incremental) or `make reindex` (full) runs it."""
    report = build_index(paths, index_dir, full=full, jobs=jobs, progress=False)
    return {
        "seconds": report.seconds,
        "articles": report.articles,
        "index_bytes": report.index_bytes,
        "read": report.read,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
    }


def build_baseline(kind: str, paths: list[str], index_dir: Path, jobs: int) -> dict:
    """A baseline index from scratch; the time counts reading the corpus, as ours does."""
    started = time.monotonic()
    articles = unique_articles(paths)
    if kind == "tantivy":
        tantivy_engine.build(articles, index_dir, jobs)
    else:
        baselines.build(kind, articles, index_dir, jobs)
    return {
        "seconds": time.monotonic() - started,
        "articles": len(articles),
        "index_bytes": directory_bytes(index_dir),
    }


def measured_build(engine: str, index_dir: Path, jobs: int, paths, full: bool = True) -> Measured:
    """Run one build in a child process and measure it (see bench.measure)."""
    flags = ["--full"] if full else []
    args = ["bench.buildrun", engine, str(index_dir), str(jobs), *map(str, paths), *flags]
    return run_python(args)


def main(argv: list[str] | None = None) -> None:
    """Build, then print the figures as JSON on the last line of stdout."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("engine", choices=("ours", "tantivy", *baselines.ANALYZERS))
    parser.add_argument("index", type=Path)
    parser.add_argument("jobs", type=int)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args(argv)
    if args.engine == "ours":
        result = build_ours(args.paths, args.index, args.jobs, args.full)
    else:
        result = build_baseline(args.engine, args.paths, args.index, args.jobs)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
