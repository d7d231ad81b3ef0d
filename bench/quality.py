"""`make eval`: search quality of our engine and the baselines on the same articles.

    python -m bench.quality [--corpus ../shared/corpus] [--out bench/results] [--quick]

Known items: 2–4 title words in other forms must find their article (MRR@10,
Recall@10), over title+body and over the body alone (the text under the title:
lead and body), with the title's own forms as a control. Editorial tags: the
articles carrying a tag are the relevant ones (P@10, nDCG@10).
"""

import argparse
import shutil
import time
from pathlib import Path

from bench import metrics, report
from bench.buildrun import measured_build
from bench.corpus import subset, unique_articles, write_jsonl
from bench.engines import ENGINES, LABELS, open_engine
from bench.queries import known_items, load_or_make, tag_queries

KNOWN_ITEMS, TAGS = 300, 300
QUICK_KNOWN, QUICK_TAGS, QUICK_SHARE = 60, 30, 0.1
WORK = Path("var/bench/quality")
VARIANTS = ("inflected", "control")
SCOPES = ("all", "body")
# How deep to search for ten tagged articles when untagged ones are left out.
JUDGED_DEPTH = 50
TARGETS = {"mrr_inflected_all": 0.97, "mrr_inflected_body": 0.45, "p10": 0.55}


def known_item_ranks(engine, items: list[dict]) -> dict[str, list[float]]:
    """Reciprocal ranks of each query variant in each scope: "inflected_all" → [1.0, 0.5, …]."""
    ranks: dict[str, list[float]] = {}
    for variant in VARIANTS:
        for scope in SCOPES:
            found = [engine.search(i[variant], scope=scope, snippets=False).ids for i in items]
            ranks[f"{variant}_{scope}"] = [
                metrics.reciprocal_rank(ids, i["id"]) for ids, i in zip(found, items, strict=True)
            ]
    return ranks


def tag_scores(engine, tags: list[dict], tagged: set[str]) -> dict[str, list[float]]:
    """P@10 and nDCG@10 of each tag query over title+body; and P@10 of the ranking with
    the articles no editor tagged left out (they can never count as relevant)."""
    found = [engine.search(t["q"], snippets=False).ids for t in tags]
    deeper = [engine.search(t["q"], snippets=False, limit=JUDGED_DEPTH).ids for t in tags]
    judged = [[doc for doc in ids if doc in tagged] for ids in deeper]
    relevant = [set(t["relevant"]) for t in tags]
    return {
        "p10": [metrics.precision(ids, rel) for ids, rel in zip(found, relevant, strict=True)],
        "ndcg10": [metrics.ndcg(ids, rel) for ids, rel in zip(found, relevant, strict=True)],
        "p10_judged": [
            metrics.precision(ids, rel) for ids, rel in zip(judged, relevant, strict=True)
        ],
    }


def summary(ranks: dict[str, list[float]], tags: dict[str, list[float]]) -> dict[str, float]:
    """Means: MRR@10 and Recall@10 per variant and scope, P@10 and nDCG@10 of the tags."""
    figures = {}
    for key, values in ranks.items():
        figures[f"mrr_{key}"] = metrics.mean(values)
        figures[f"recall_{key}"] = metrics.mean([1.0 if v > 0 else 0.0 for v in values])
    figures.update({key: metrics.mean(values) for key, values in tags.items()})
    return figures


def evaluate(kind: str, index_dir: Path, items: list[dict], tags: list[dict], tagged) -> dict:
    """Every query of both sets on one engine: summary figures and per-query details."""
    engine = open_engine(kind, index_dir)
    try:
        ranks, scores = known_item_ranks(engine, items), tag_scores(engine, tags, tagged)
    finally:
        engine.close()
    figures = {**summary(ranks, scores), "errors": len(engine.errors)}
    return {"summary": figures, "details": {**ranks, **scores, "errors": engine.errors}}


QUALITY_ROWS = [
    ("known item, inflected, title+body: MRR@10", "mrr_inflected_all", 3),
    ("known item, inflected, title+body: Recall@10", "recall_inflected_all", 3),
    ("known item, inflected, body only: MRR@10", "mrr_inflected_body", 3),
    ("known item, inflected, body only: Recall@10", "recall_inflected_body", 3),
    ("control (title's forms), title+body: MRR@10", "mrr_control_all", 3),
    ("control (title's forms), title+body: Recall@10", "recall_control_all", 3),
    ("control (title's forms), body only: MRR@10", "mrr_control_body", 3),
    ("control (title's forms), body only: Recall@10", "recall_control_body", 3),
    ("editorial tags: P@10", "p10", 3),
    ("editorial tags: nDCG@10", "ndcg10", 3),
    ("editorial tags: P@10, untagged articles (Wikinews…) left out", "p10_judged", 3),
    ("queries that failed with an error (counted as not found)", "errors", 0),
]


def targets(ours: dict) -> list[tuple[str, str, bool]]:
    """The issue's quality targets against our figures."""
    return [
        ("known-item MRR@10, inflected, title+body ≥ 0.97", f"{ours['mrr_inflected_all']:.3f}",
         ours["mrr_inflected_all"] >= TARGETS["mrr_inflected_all"]),
        ("known-item MRR@10, inflected, body only ≥ 0.45", f"{ours['mrr_inflected_body']:.3f}",
         ours["mrr_inflected_body"] >= TARGETS["mrr_inflected_body"]),
        ("editorial tags P@10 ≥ 0.55", f"{ours['p10']:.3f}", ours["p10"] >= TARGETS["p10"]),
    ]  # fmt: skip


def markdown(data: dict) -> str:
    """The quality section of latest.md."""
    info, figures = data["info"], data["figures"]
    builds = ", ".join(f"{LABELS[k]} {v:.0f} s" for k, v in data["build_seconds"].items())
    return "\n\n".join([
        f"## Quality: `make eval` ({info['started']}, commit {report.commit_label(info)}"
        f"{', QUICK' if info['quick'] else ''})",
        f"{data['articles']:,} articles; {data['known_items']} known-item queries, "
        f"{data['tags']} tag queries (bench/queries/). Index builds (2 jobs): {builds}.",
        report.compare_table(QUALITY_ROWS, figures, list(ENGINES)),
        "### Targets",
        report.targets_table(targets(figures["ours"])),
    ])  # fmt: skip


def build_all(paths: list[str], work: Path) -> dict[str, float]:
    """One index per engine under `work`, two jobs each; their build seconds."""
    return {kind: measured_build(kind, work / kind, 2, paths).result["seconds"] for kind in ENGINES}


def run(corpus: Path, out: Path, quick: bool, work: Path = WORK) -> dict:
    """Build, query, score, and write the results; returns the data written."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    articles = unique_articles([corpus])
    items = load_or_make("known_items", lambda: known_items(articles, KNOWN_ITEMS))
    tags = load_or_make("tags", lambda: tag_queries(articles, TAGS))
    paths = [str(corpus)]
    if quick:
        items, tags = items[:QUICK_KNOWN], tags[:QUICK_TAGS]
        keep = {i["id"] for i in items} | {a for t in tags for a in t["relevant"]}
        articles = subset(articles, QUICK_SHARE, keep)
        paths = [str(write_jsonl(articles, work / "corpus" / "quick.jsonl"))]
    data = {"info": report.run_info(str(corpus), quick), "build_seconds": build_all(paths, work)}
    tagged = {a.id for a in articles if a.keywords}
    results = {kind: evaluate(kind, work / kind, items, tags, tagged) for kind in ENGINES}
    data.update(articles=len(articles), known_items=len(items), tags=len(tags))
    data["figures"] = {kind: r["summary"] for kind, r in results.items()}
    data["details"] = {kind: r["details"] for kind, r in results.items()}
    report.finish_info(data["info"])
    report.save("quality", data, markdown(data), out)
    return data


def main(argv: list[str] | None = None) -> None:
    """Command line: run the evaluation and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, default=report.DEFAULT_OUT)
    parser.add_argument("--quick", action="store_true", help="a small subset, for a smoke run")
    args = parser.parse_args(argv)
    started = time.monotonic()
    data = run(args.corpus, args.out, args.quick)
    print(markdown(data))
    print(f"\n{time.monotonic() - started:.0f} s; written to {args.out}/latest-quality.md")


if __name__ == "__main__":
    main()
