"""Every engine `make eval` compares, built and opened alike.

Ours and the Whoosh baselines are built in child processes (bench.buildrun), Tantivy
and PostgreSQL in this process from the articles already read; PostgreSQL lives in a
throwaway cluster from its build to the end of the run, and is left out, with the
reason printed, when it is not installed.
"""

import sys
from pathlib import Path

from bench import postgres_engine, tantivy_engine
from bench.buildrun import measured_build
from bench.engines import LABELS as WHOOSH_LABELS
from bench.engines import Guarded, open_engine

ENGINES = ("ours", "snowball", "plain", "tantivy", "postgres")
LABELS = {**WHOOSH_LABELS, "tantivy": tantivy_engine.LABEL, "postgres": "PostgreSQL FTS"}
JOBS = 2


class Contenders:
    """The engines of one run, their indexes under `work`; `close()` stops PostgreSQL."""

    def __init__(self, work: Path, engines=ENGINES):
        self.work = work
        self.skipped = postgres_engine.available() if "postgres" in engines else None
        self.kinds = [k for k in engines if not (k == "postgres" and self.skipped)]
        if self.skipped:
            print(f"  {self.skipped}", file=sys.stderr, flush=True)
        self.cluster = None

    def build(self, kind: str, paths: list[str], articles) -> float:
        """Build one engine's index of the corpus; its seconds."""
        if kind == "tantivy":
            return tantivy_engine.build(articles, self.work / kind, JOBS)
        if kind == "postgres":
            self.cluster = postgres_engine.Cluster()
            return postgres_engine.build(self.cluster, articles)
        return measured_build(kind, self.work / kind, JOBS, paths).result["seconds"]

    def build_all(self, paths: list[str], articles) -> dict[str, float]:
        """Every engine's index; the build seconds of each."""
        return {kind: self.build(kind, paths, articles) for kind in self.kinds}

    def open(self, kind: str) -> Guarded:
        """One engine opened for searching, its failures counted."""
        if kind == "tantivy":
            return Guarded(tantivy_engine.TantivyEngine(self.work / kind))
        if kind == "postgres":
            return Guarded(postgres_engine.PostgresSearch(self.cluster))
        return open_engine(kind, self.work / kind)

    def close(self) -> None:
        """Stop the PostgreSQL cluster and remove its files."""
        if self.cluster is not None:
            self.cluster.stop()
            self.cluster = None
