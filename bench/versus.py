"""Our engine and Tantivy queried interleaved in one process, so both see the same machine.

    python -m bench.versus OURS_INDEX TANTIVY_INDEX [--passes 2]

Query by query, alternating which engine goes first; ours answers a whole page
(top 10 with snippets, the total, facets and the timeline), Tantivy its top 10
with snippets and the total count. The first pass warms both up and is not counted.
"""

import argparse
import json
import time
from pathlib import Path

from bench.metrics import latency_summary, percentile
from bench.queries import load_or_make, speed_queries
from bench.tantivy_engine import TantivyEngine
from indexer import SearchEngine, SearchRequest

# Targets of the scale issue: ours p95 ≤ 1.5x Tantivy's, phrase p95 ≤ 2x our one-word p95.
TARGET_VS_TANTIVY = 1.5
TARGET_PHRASE_VS_WORD = 2.0


class OursPage:
    """Our engine answering the page a person sees."""

    def __init__(self, index_dir: Path):
        self.engine = SearchEngine(index_dir)

    def search(self, query: dict) -> int:
        """The total of one query's first page; the page is built in full."""
        request = SearchRequest(q=query["q"], sort=query.get("sort", "relevance"))
        return self.engine.search(request).total


class TantivyPage:
    """Tantivy answering its top 10 with snippets and the total count."""

    def __init__(self, index_dir: Path):
        self.engine = TantivyEngine(index_dir)

    def search(self, query: dict) -> int:
        self.engine.search(query["q"], sort=query.get("sort", "relevance"))
        return self.engine.last_total


def timed(engine, query: dict) -> float:
    """Milliseconds of one query."""
    started = time.perf_counter()
    engine.search(query)
    return (time.perf_counter() - started) * 1000


def interleaved(engines: dict, queries: list[dict], passes: int) -> dict[str, list[float]]:
    """Each engine's times over the counted passes; the order alternates query by query."""
    names = list(engines)
    times: dict[str, list[float]] = {name: [] for name in names}
    for number in range(passes + 1):
        for i, query in enumerate(queries):
            for name in names if i % 2 == 0 else names[::-1]:
                took = timed(engines[name], query)
                if number:  # the first pass warms up
                    times[name].append(took)
    return times


def by_kind(queries: list[dict], ms: list[float]) -> dict[str, float]:
    """p95 of each kind of query, over every counted pass."""
    found: dict[str, list[float]] = {}
    for i, took in enumerate(ms):
        found.setdefault(queries[i % len(queries)]["kind"], []).append(took)
    return {kind: percentile(times, 95) for kind, times in found.items()}


def figures(queries: list[dict], times: dict[str, list[float]]) -> dict:
    """Percentiles per engine, p95 per kind, and the two target ratios."""
    found = {name: {**latency_summary(ms), "p95_by_kind": by_kind(queries, ms)}
             for name, ms in times.items()}  # fmt: skip
    ours, tantivy = found["ours"], found["tantivy"]
    found["ratio_p95"] = ours["p95"] / tantivy["p95"]
    kinds = ours["p95_by_kind"]
    if "phrase" in kinds and "1w" in kinds:
        found["phrase_vs_1w"] = kinds["phrase"] / kinds["1w"]
    return found


def compare(ours_index: Path, tantivy_index: Path, queries: list[dict], passes: int = 2) -> dict:
    """The interleaved run's figures."""
    engines = {"ours": OursPage(ours_index), "tantivy": TantivyPage(tantivy_index)}
    return figures(queries, interleaved(engines, queries, passes))


def markdown(found: dict) -> str:
    """A table of p50/p95/p99 and p95 by kind, with the targets."""
    kinds = sorted(found["ours"]["p95_by_kind"])
    lines = ["| ms | " + " | ".join(["p50", "p95", "p99", *[f"p95 {k}" for k in kinds]]) + " |"]
    lines.append("|---" * (4 + len(kinds)) + "|")
    for name in ("ours", "tantivy"):
        row = found[name]
        cells = [row["p50"], row["p95"], row["p99"], *[row["p95_by_kind"][k] for k in kinds]]
        lines.append(f"| {name} | " + " | ".join(f"{c:.1f}" for c in cells) + " |")
    lines.append(
        f"\nours p95 / Tantivy p95 = {found['ratio_p95']:.2f} (target ≤ {TARGET_VS_TANTIVY}); "
        f"our phrase p95 / one-word p95 = {found.get('phrase_vs_1w', float('nan')):.2f} "
        f"(target ≤ {TARGET_PHRASE_VS_WORD})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command line: run, print the table, optionally save the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ours", type=Path)
    parser.add_argument("tantivy", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    from bench.corpus import unique_articles

    queries = load_or_make("speed", lambda: speed_queries(unique_articles([args.corpus])))
    found = compare(args.ours, args.tantivy, queries, args.passes)
    print(markdown(found))
    if args.json:
        args.json.write_text(json.dumps(found, indent=1))


if __name__ == "__main__":
    main()
