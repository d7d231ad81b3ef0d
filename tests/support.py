"""Helpers for tests: the site as `make serve` runs it (from bench/serving.py), a JSONL writer,
the CLI.

Paths: REPO is this checkout; SHARED_CORPUS the workplace's read-only corpora beside it
(absent in a clone elsewhere: tests that need it skip, see `shared_corpus` in conftest.py).
"""

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.serving import Server, child_pids, get
from indexer import SearchEngine, SearchRequest, build_index
from indexer.article import Article
from indexer.sources import read_file

__all__ = ["Server", "child_pids", "get"]

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SHARED_TEST_PAGES = REPO.parent / "shared" / "test-pages"
DEFAULT_CORPUS = REPO / "corpus"
SAMPLE_PAGE = DEFAULT_CORPUS / "sample" / "000_b337073e38a917f0.txt"


def site_scripts() -> list[str]:
    """The <script> tags every page has, from base.html: the site's own files, nothing inline."""
    template = (REPO / "search_ui" / "templates" / "base.html").read_text(encoding="utf-8")
    names = re.findall(
        r"<script src=\"\{\{ url_for\('static', filename='([\w.-]+)'\) \}\}\" defer>", template
    )
    return [f'<script src="/static/{name}" defer>' for name in names]


def write_jsonl(path: Path, records: Iterable[dict]) -> Path:
    """Writes one JSON object a line (UTF-8, Cyrillic as is) and returns the path."""
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    Path(path).write_text("".join(lines), encoding="utf-8")
    return Path(path)


def engine_of(folder: Path, articles: list[tuple[str, str, str]]) -> SearchEngine:
    """A SearchEngine over (title, lead, body) articles indexed in `folder`."""
    records = (
        {"url": f"https://example.ru/{n}", "title": title, "lead": lead, "body": body,
         "date": "2020-01-01", "source": "test"}
        for n, (title, lead, body) in enumerate(articles)
    )  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    news = write_jsonl(folder / "news.jsonl", records)
    build_index([news], folder / "index", full=True, jobs=1, progress=False)
    return SearchEngine(folder / "index")


def titles(engine: SearchEngine, q: str, **options) -> list[str]:
    """The titles of the first page of results for a query, in their order."""
    return [hit.title for hit in engine.search(SearchRequest(q=q, **options)).hits]


def indexer_command(*args: str) -> list[str]:
    """`python -m indexer ARGS…` with this interpreter."""
    return [sys.executable, "-m", "indexer", *map(str, args)]


def run_indexer(
    *args, cwd: Path = REPO, timeout: float = 600, **popen
) -> subprocess.CompletedProcess:
    """Runs `python -m indexer ARGS…` to its end; the output comes back as text."""
    return subprocess.run(
        indexer_command(*args), cwd=cwd, capture_output=True, text=True, timeout=timeout, **popen
    )


def read_learned_and_rules(path: Path, using: Callable) -> tuple[Article, Article]:
    """A page read with a learned decision and without it (its `using` given no weights)."""
    (learned,) = read_file(path)
    with using({"weights": None}):
        (rules,) = read_file(path)
    return learned, rules
