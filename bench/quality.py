"""`make eval`: search quality of our engine and the baselines on the same articles.

    python -m bench.quality [--corpus ../shared/corpus] [--out bench/results] [--quick]

Four query sets (bench/README.md says how each is made): known items from title
words, editorial tags, topic queries as people type them, and known items from the
words of one paragraph; and how many of a query's words the first hit's snippet shows.
Each set is split into a tuning half and a reporting half; the tables give the
reporting half, with the paired bootstrap interval of our difference from the best
baseline.
"""

import argparse
import shutil
import signal
import sys
import time
from pathlib import Path

from bench import metrics, report
from bench.contenders import Contenders
from bench.corpus import subset, unique_articles, write_jsonl
from bench.passages import passage_items
from bench.quality_report import in_half, markdown, set_of
from bench.queries import HALVES, answers, half, known_items, load_or_make, renamed, tag_queries
from bench.snippets import first_snippet_shares
from bench.topics import topic_queries

COUNTS = {"known_items": 300, "tags": 300, "topics": 200, "passages": 300}
QUICK_COUNTS = {"known_items": 60, "tags": 30, "topics": 30, "passages": 40}
QUICK_SHARE = 0.1
WORK = Path("var/bench/quality")
VARIANTS = ("inflected", "control")
SCOPES = ("all", "body")
# How deep to search for ten tagged articles when untagged ones are left out.
JUDGED_DEPTH = 50
MAKERS = {"known_items": known_items, "tags": tag_queries, "topics": topic_queries,
          "passages": passage_items}  # fmt: skip
# The key that names a query of each set, and so its half.
KEYS = {"known_items": "id", "tags": "tag", "topics": "tag", "passages": "id"}
# The sets whose queries have one right answer (an article id).
ONE_ANSWER = ("known_items", "passages")


def ranks(found: list[list[str]], items: list[dict], prefix: str) -> dict[str, list[float]]:
    """MRR@10 and Recall@10 terms of each query whose one right answer is item["id"]
    (or, when the corpus now reads it under another id, either: item["answers"])."""
    pairs = zip(found, items, strict=True)
    rr = [metrics.reciprocal_rank(ids, i.get("answers", i["id"])) for ids, i in pairs]
    return {f"mrr_{prefix}": rr, f"recall_{prefix}": [1.0 if r > 0 else 0.0 for r in rr]}


def known_item_ranks(engine, items: list[dict]) -> dict[str, list[float]]:
    """Per query, each variant in each scope: "mrr_inflected_all" → [1.0, 0.5, …]."""
    values: dict[str, list[float]] = {}
    for variant in VARIANTS:
        for scope in SCOPES:
            found = [engine.search(i[variant], scope=scope, snippets=False).ids for i in items]
            values.update(ranks(found, items, f"{variant}_{scope}"))
    return values


def passage_ranks(engine, items: list[dict]) -> dict[str, list[float]]:
    """Per query, paragraph words over every text field, inflected and as written."""
    values: dict[str, list[float]] = {}
    for variant in VARIANTS:
        found = [engine.search(i[variant], snippets=False).ids for i in items]
        values.update(ranks(found, items, f"passage_{variant}"))
    return values


def judged_scores(found, queries: list[dict], prefix: str = "") -> dict[str, list[float]]:
    """P@10 and nDCG@10 of each ranked list against its query's relevant ids."""
    relevant = [set(t["relevant"]) for t in queries]
    pairs = list(zip(found, relevant, strict=True))
    return {f"{prefix}p10": [metrics.precision(ids, rel) for ids, rel in pairs],
            f"{prefix}ndcg10": [metrics.ndcg(ids, rel) for ids, rel in pairs]}  # fmt: skip


def tag_scores(engine, tags: list[dict], tagged: set[str]) -> dict[str, list[float]]:
    """P@10 and nDCG@10 of each tag query over title+body; and P@10 of the ranking with
    the articles no editor tagged left out (they can never count as relevant)."""
    found = [engine.search(t["q"], snippets=False).ids for t in tags]
    deeper = [engine.search(t["q"], snippets=False, limit=JUDGED_DEPTH).ids for t in tags]
    judged = [[doc for doc in ids if doc in tagged] for ids in deeper]
    return {**judged_scores(found, tags), "p10_judged": judged_scores(judged, tags)["p10"]}


def topic_scores(engine, topics: list[dict]) -> dict[str, list[float]]:
    """P@10 and nDCG@10 of each topic query as typed."""
    return judged_scores([engine.search(t["q"], snippets=False).ids for t in topics], topics,
                         "topic_")  # fmt: skip


def per_query(engine, sets: dict[str, list[dict]], tagged: set[str]) -> dict[str, list[float]]:
    """Every figure's per-query values on one engine, for every set."""
    return {
        **known_item_ranks(engine, sets["known_items"]),
        **tag_scores(engine, sets["tags"], tagged),
        **topic_scores(engine, sets["topics"]),
        **passage_ranks(engine, sets["passages"]),
        "passage_snippet": first_snippet_shares(engine, [i["inflected"] for i in sets["passages"]]),
        "topic_snippet": first_snippet_shares(engine, [t["q"] for t in sets["topics"]]),
    }


def halves(sets: dict[str, list[dict]]) -> dict[str, list[str]]:
    """The half of each query of each set."""
    return {name: [half(q[KEYS[name]]) for q in queries] for name, queries in sets.items()}


def summary(values: dict[str, list[float]], labels: dict[str, list[str]], which: str) -> dict:
    """The mean of each figure over one half of its set."""
    return {key: metrics.mean(in_half(v, labels[set_of(key)], which)) for key, v in values.items()}


def evaluate(engine, sets: dict, tagged: set[str]) -> dict:
    """Every query of every set on one engine: per-query values and the errors."""
    try:
        values = per_query(engine, sets, tagged)
    finally:
        engine.close()
    return {"values": values, "errors": engine.errors}


def figures(result: dict, labels: dict[str, list[str]]) -> dict:
    """Means per half, and the number of failed queries."""
    means = {which: summary(result["values"], labels, which) for which in (*HALVES, "all")}
    return {**means, "errors": len(result["errors"])}


def query_sets(articles, quick: bool) -> dict[str, list[dict]]:
    """The saved query sets (made from the corpus the first time); a slice of each if quick."""
    sets = {}
    for name, make in MAKERS.items():
        sets[name] = load_or_make(name, lambda make=make, name=name: make(articles, COUNTS[name]))
        if quick:
            sets[name] = sets[name][: QUICK_COUNTS[name]]
    return with_answers(sets, moved_ids(sets, articles))


def moved_ids(sets: dict[str, list[dict]], articles) -> dict[str, str]:
    """{old id: id now} of the one-answer items the corpus now reads under another id."""
    return renamed([i for name in ONE_ANSWER for i in sets[name]], articles)


def with_answers(sets: dict[str, list[dict]], moved: dict[str, str]) -> dict[str, list[dict]]:
    """The sets, each one-answer item with the ids that count as finding it ("answers")."""
    found = {name: [{**i, "answers": answers(i, moved)} for i in sets[name]] for name in ONE_ANSWER}
    return {**sets, **found}


def quick_corpus(articles, sets: dict, work: Path) -> tuple[list, list[str]]:
    """A tenth of the articles plus every one a query needs, as one JSON Lines file."""
    keep = {doc for name in ONE_ANSWER for q in sets[name] for doc in q["answers"]}
    keep |= {doc for name in ("tags", "topics") for q in sets[name] for doc in q["relevant"]}
    articles = subset(articles, QUICK_SHARE, keep)
    return articles, [str(write_jsonl(articles, work / "corpus" / "quick.jsonl"))]


def run(corpus: Path, out: Path, quick: bool, work: Path = WORK) -> dict:
    """Build, query, score, and write the results; returns the data written."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    articles = unique_articles([corpus])
    sets, paths = query_sets(articles, quick), [str(corpus)]
    if quick:
        articles, paths = quick_corpus(articles, sets, work)
    contenders = Contenders(work)
    data = {"info": report.run_info(str(corpus), quick), "skipped": contenders.skipped}
    try:
        data["build_seconds"] = contenders.build_all(paths, articles)
        tagged = {a.id for a in articles if a.keywords}
        results = {kind: evaluate(contenders.open(kind), sets, tagged) for kind in contenders.kinds}
    finally:
        contenders.close()
    labels = halves(sets)
    data.update(articles=len(articles), sizes=sizes(sets, labels), engines=contenders.kinds)
    data["figures"] = {kind: figures(r, labels) for kind, r in results.items()}
    data["details"] = {kind: r for kind, r in results.items()}
    data["halves"] = labels
    report.finish_info(data["info"])
    report.save("quality", data, markdown(data), out)
    return data


def sizes(sets: dict, labels: dict) -> dict[str, dict[str, int]]:
    """How many queries each set has in each half."""
    return {name: {h: labels[name].count(h) for h in HALVES} for name in sets}


def main(argv: list[str] | None = None) -> None:
    """Command line: run the evaluation and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, default=report.DEFAULT_OUT)
    parser.add_argument("--quick", action="store_true", help="a small subset, for a smoke run")
    args = parser.parse_args(argv)
    # A stopped run still stops its PostgreSQL cluster (the `finally` in `run`).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    started = time.monotonic()
    data = run(args.corpus, args.out, args.quick)
    print(markdown(data))
    print(f"\n{time.monotonic() - started:.0f} s; written to {args.out}/latest-quality.md")


if __name__ == "__main__":
    main()
