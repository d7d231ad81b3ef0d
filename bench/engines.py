"""One search interface over our engine and the baselines, so a run treats them alike."""

import re
import sys
from pathlib import Path

from bench.baselines import NAMES, Baseline, Found
from indexer import SearchEngine, SearchRequest

ENGINES = ("ours", "snowball", "plain")
LABELS = {"ours": "ours", **NAMES}
# Words of a query, for rewriting it into one field: "выборы думы" → выборы, думы.
WORD = re.compile(r"[\w-]+")


def body_only(text: str) -> str:
    """Our query for these words anywhere but the title: the baselines' body holds the lead too.

    "выборы думы" → "(lead:выборы | body:выборы) (lead:думы | body:думы)"
    """
    return " ".join(f"(lead:{w} | body:{w})" for w in WORD.findall(text))


class Ours:
    """Our SearchEngine behind the same `search` as `Baseline`."""

    def __init__(self, index_dir: Path):
        self.engine = SearchEngine(index_dir)

    def search(self, text: str, scope="all", sort="relevance", snippets=True, limit=10) -> Found:
        """The top `limit` hits. Our engine makes the snippets of a page in any case
        (a request cannot turn them off): `snippets=False` only leaves them out of the answer."""
        query = body_only(text) if scope == "body" else text
        page = self.engine.search(SearchRequest(q=query, per_page=limit, sort=sort))
        shown = [hit.snippet for hit in page.hits] if snippets else []
        return Found([hit.id for hit in page.hits], shown)

    def close(self) -> None:
        """Nothing to close: the engine's searcher lives as long as the process."""


class Guarded:
    """An engine whose failures are counted, not raised: a failed query finds nothing."""

    def __init__(self, engine):
        self.engine = engine
        self.errors: list[str] = []

    def search(self, text: str, **options) -> Found:
        try:
            return self.engine.search(text, **options)
        except Exception as exc:  # one engine bug must not end a 20-minute run
            self.errors.append(f"{text!r}: {type(exc).__name__}: {exc}")
            print(f"  error: {self.errors[-1]}", file=sys.stderr, flush=True)
            return Found([], [])

    def close(self) -> None:
        self.engine.close()


def open_engine(kind: str, index_dir: Path) -> Guarded:
    """Ours or a baseline, opened on the index in `index_dir`."""
    return Guarded(Ours(index_dir) if kind == "ours" else Baseline(kind, index_dir))
