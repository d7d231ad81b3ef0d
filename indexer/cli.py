"""`python -m indexer build|read|stats|search`: the index from the command line."""

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from indexer import (
    MAX_PER_PAGE,
    SORTS,
    STALE_INDEX,
    Article,
    BuildRunning,
    IndexMissing,
    SearchEngine,
    SearchRequest,
    Skip,
    StrictBuildFailed,
    build_index,
    csv_lines,
    index_made_by_other_analysis,
    jsonl_lines,
    page_data,
    read_articles,
)

DEFAULT_INDEX = "var/index"
# search --format: the site's export, one line at a time.
EXPORTS = {"csv": csv_lines, "jsonl": jsonl_lines}
# The Article fields `read --json` prints, in this order.
READ_FIELDS = ("path", "line", "id", "url", "source", "rubric", "title", "lead", "body")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the return value is the exit status."""
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        return args.run(args)
    except (IndexMissing, BuildRunning, StrictBuildFailed) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `read … | head` stopped listening: end quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m indexer", description=__doc__)
    commands = top.add_subparsers(required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="index the articles under PATH (incremental)")
    build.add_argument("paths", nargs="*", default=["corpus"], metavar="PATH")
    build.add_argument("--full", action="store_true", help="rebuild from scratch")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (all cores)")
    build.add_argument(
        "--strict", action="store_true", help="fail on any skipped item, committing nothing"
    )
    build.add_argument(
        "--checksum",
        action="store_true",
        help="compare files by a hash of their content, not only size and time (reads every file)",
    )
    build.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    build.set_defaults(run=run_build)
    read = commands.add_parser("read", help="print the articles the readers make of PATH")
    read.add_argument("paths", nargs="+", metavar="PATH")
    read.add_argument("--json", action="store_true", help="one JSON object per article")
    read.set_defaults(run=run_read)
    stats = commands.add_parser("stats", help="what the index holds")
    stats.set_defaults(run=run_stats)
    search = commands.add_parser("search", help="search the index")
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="print the JSON API's shape")
    search.add_argument(
        "--format",
        choices=("text", "json", *EXPORTS),
        default="text",
        help="csv, jsonl: every match up to --limit, as the site's export",
    )
    search.add_argument("--sort", choices=SORTS, default=SORTS[0])
    search.add_argument("--limit", type=int, default=10)
    search.add_argument(
        "--copies", action="store_true", help="list near-copies of a story too, not under the first"
    )
    search.set_defaults(run=run_search)
    for command in (build, stats, search):
        command.add_argument("--index", default=DEFAULT_INDEX, help="index directory")
    return top


def run_build(args) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or directory: {', '.join(missing)}", file=sys.stderr)
        return 2
    report = build_index(
        args.paths,
        args.index,
        full=args.full,
        jobs=args.jobs,
        progress=args.progress,
        checksum=args.checksum,
        strict=args.strict,
    )
    print(report.summary())
    if report.read == 0 and report.unchanged == 0:  # nothing read, nothing kept from before
        print(f"error: no article could be read from {', '.join(args.paths)}", file=sys.stderr)
        return 1
    return 0


def run_stats(args) -> int:
    stats = SearchEngine(args.index).stats()
    size = sum(f.stat().st_size for f in Path(args.index).iterdir() if f.is_file())
    print(f"articles: {stats['articles']}")
    undated = stats["undated_sources"]
    for source, count in stats["sources"].items():
        print(f"  {source}: {count} ({undated.get(source, 0)} undated)")
    print(f"dates: {stats['first_date'] or '-'} … {stats['last_date'] or '-'}")
    print(f"size: {size / 2**20:.1f} MB")
    if index_made_by_other_analysis(args.index):
        print(f"note: {STALE_INDEX}")
    return 0


def run_search(args) -> int:
    if args.format in EXPORTS:
        return run_export(args)
    per_page = max(1, min(args.limit, MAX_PER_PAGE))
    request = SearchRequest(q=args.query, sort=args.sort, per_page=per_page, copies=args.copies)
    page = SearchEngine(args.index).search(request)
    if args.json or args.format == "json":
        print(json.dumps(page_data(page), ensure_ascii=False, indent=2))
        return 0
    print(f"{page.total} found in {page.took_ms} ms")
    for hit in page.hits:
        print(f"{hit.score:8.3f}  {hit.date or '':10}  {hit.source}: {hit.title}")
        if hit.copies:
            print(f"{'':22}near-copies left out: {hit.copies} (--copies lists them)")
    return 0


def run_export(args) -> int:
    """Every match up to --limit on stdout as CSV (with a BOM, for Excel) or JSON Lines."""
    request = SearchRequest(q=args.query, sort=args.sort)
    matches = SearchEngine(args.index).matches(request, max(0, args.limit))
    for line in EXPORTS[args.format](matches):
        sys.stdout.write(line)
    return 0


def article_record(article: Article) -> dict:
    """The fields of an Article as JSON values: the date in ISO form or null."""
    record = {name: getattr(article, name) for name in READ_FIELDS}
    record["date"] = article.date.isoformat() if article.date else None
    record["keywords"] = list(article.keywords)
    return record


def article_line(article: Article) -> str:
    """`path:line  date  source  title`, the one-line view of an article."""
    date = article.date.isoformat() if article.date else "-"
    return f"{article.origin}  {date:10}  {article.source or '-'}  {article.title}"


def run_read(args) -> int:
    read = 0
    for item in read_articles(args.paths):
        if isinstance(item, Skip):
            print(f"skipped {item}", file=sys.stderr)
            continue
        read += 1
        line = (
            json.dumps(article_record(item), ensure_ascii=False)
            if args.json
            else article_line(item)
        )
        print(line)
    return 0 if read else 1
