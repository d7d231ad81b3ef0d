"""`make bench`: build, query and serve speed and memory, ours next to the baselines.

    python -m bench.speed [--corpus ../shared/corpus] [--out bench/results] [--quick]
                          [--growth ours|all|none] [--straightforward]
                          [--seconds 30] [--clients 16]

Every build runs in a child process (bench.buildrun) whose time, CPU and peak
memory are measured from outside; queries run here, warm, on the 2-job indexes.
"""

import argparse
import shutil
import time
from pathlib import Path

from bench import report, suggest_speed
from bench.buildrun import measured_build
from bench.corpus import (
    TOUCHED_FILE,
    copy_corpus,
    sample,
    text_megabytes,
    touch_articles,
    unique_articles,
    write_jsonl,
)
from bench.engines import ENGINES, LABELS, open_engine
from bench.load import measure_service
from bench.metrics import latency_summary, percentile
from bench.queries import load_or_make, speed_queries
from bench.speed_report import markdown
from bench.versus import compare

WORK = Path("var/bench/speed")
JOBS = (1, 2)
TOUCHED_SHARE = 0.01
GROWTH = (0.25, 0.5)
GROWTH_ENGINES = {"ours": ("ours",), "all": ENGINES, "none": ()}
QUICK_SHARE = 0.1


STARTED = time.monotonic()


def step(what: str) -> None:
    """A progress line with the minutes since the start."""
    print(f"[{(time.monotonic() - STARTED) / 60:5.1f} min] {what}", flush=True)


def build_figures(kind: str, jobs: int, paths, work: Path, articles: int, text_mb: float) -> dict:
    """A full build measured: wall, rate, CPU, peak memory, index size."""
    measured = measured_build(kind, work / f"{kind}-{jobs}", jobs, paths)
    seconds = measured.result["seconds"]
    return {
        f"build{jobs}_wall": seconds,
        f"build{jobs}_rate": articles / seconds,
        f"build{jobs}_mbps": text_mb / seconds,
        f"build{jobs}_cpu": measured.cpu,
        f"build{jobs}_rss": measured.peak_rss_mb,
        f"build{jobs}_pss": measured.peak_pss_mb,
        f"build{jobs}_index_mb": measured.result["index_bytes"] / 2**20,
        f"build{jobs}_articles": measured.result["articles"],
    }


def latencies(engine, queries: list[dict], snippets: bool) -> list[float]:
    """Milliseconds of each query, top 10, with or without snippets."""
    found = []
    for query in queries:
        started = time.perf_counter()
        engine.search(query["q"], sort=query["sort"], snippets=snippets)
        found.append((time.perf_counter() - started) * 1000)
    return found


def query_figures(kind: str, index_dir: Path, queries: list[dict]) -> tuple[dict, dict]:
    """Latency percentiles without and with snippets after a warm-up pass; and per query."""
    engine = open_engine(kind, index_dir)
    try:
        latencies(engine, queries, snippets=True)
        skip = kind != "ours"  # ours makes snippets in any case: no figure without them
        plain = latencies(engine, queries, snippets=False) if skip else []
        marked = latencies(engine, queries, snippets=True)
    finally:
        engine.close()
    figures = {f"q_snip_{k}": v for k, v in latency_summary(marked).items()}
    figures.update(by_kind(queries, marked))
    figures["q_errors"] = len(engine.errors)
    if plain:
        figures.update({f"q_plain_{k}": v for k, v in latency_summary(plain).items()})
    return figures, {"plain_ms": plain, "snippets_ms": marked, "errors": engine.errors}


def by_kind(queries: list[dict], ms: list[float]) -> dict[str, float]:
    """p95 with snippets of each kind of query: "q_snip_p95_phrase" → 120.0."""
    found: dict[str, list[float]] = {}
    for query, took in zip(queries, ms, strict=True):
        found.setdefault(query["kind"], []).append(took)
    return {f"q_snip_p95_{kind}": percentile(times, 95) for kind, times in found.items()}


def incremental(work: Path, paths: list[str], touched_file: Path, count: int) -> dict:
    """`make index` after changing `count` articles of the corpus copy."""
    touched = touch_articles(touched_file, count)
    measured = measured_build("ours", work / "ours-2", 2, paths, full=False)
    return {"touched": touched, "updated": measured.result["updated"],
            "wall": measured.result["seconds"], "cpu": measured.cpu,
            "rss": measured.peak_rss_mb}  # fmt: skip


def growth(articles: list, queries: list[dict], work: Path, engines) -> dict:
    """Build seconds and query p95 (with snippets) at shares of the corpus, 2 jobs."""
    found = {}
    for share in GROWTH:
        subset = sample(articles, share)
        path = write_jsonl(subset, work / f"growth-{share}" / "corpus.jsonl")
        row = {"articles": len(subset)}
        for kind in engines:
            index_dir = work / f"growth-{share}" / kind
            row[f"{kind}_build"] = measured_build(kind, index_dir, 2, [path]).result["seconds"]
            row[f"{kind}_p95"] = query_figures(kind, index_dir, queries)[0]["q_snip_p95"]
            shutil.rmtree(index_dir)
        found[str(share)] = row
    return found


def prepare(corpus: Path, work: Path, quick: bool) -> tuple[list, list[str], Path]:
    """The articles, the paths of the writable corpus copy every engine builds from,
    and the file of it whose articles the incremental build measure changes."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    articles = unique_articles([corpus])
    if quick:
        articles = sample(articles, QUICK_SHARE)
        path = write_jsonl(articles, work / "corpus" / "quick.jsonl")
        return articles, [str(path)], path
    copy = copy_corpus(corpus, work / "corpus")
    return articles, [str(copy)], copy / TOUCHED_FILE


def build_all(args, paths: list[str], articles: int, text_mb: float) -> dict[str, dict]:
    """Every engine's full build with 1 and 2 jobs; the 1-job indexes are deleted after."""
    figures: dict[str, dict] = {kind: {} for kind in ENGINES}
    kinds = [(kind, jobs) for jobs in JOBS for kind in ENGINES]
    if args.straightforward:
        kinds.append(("lemma", 1))
    for kind, jobs in kinds:
        step(f"build: {LABELS[kind]}, {jobs} job(s)")
        found = build_figures(kind, jobs, paths, args.work, articles, text_mb)
        figures.setdefault(kind, {}).update(found)
        if jobs == 1:
            shutil.rmtree(args.work / f"{kind}-1")
    return figures


def query_all(figures: dict, work: Path, queries: list[dict]) -> dict:
    """Each engine's latencies on its 2-job index, into `figures`; returns the raw times."""
    details = {}
    for kind in ENGINES:
        step(f"queries: {LABELS[kind]}")
        found, details[kind] = query_figures(kind, work / f"{kind}-2", queries)
        figures[kind].update(found)
    return details


def run(args) -> dict:
    """Every measurement of `make bench`, written to args.out; returns the data."""
    info = report.run_info(str(args.corpus), args.quick)
    queries = load_or_make("speed", lambda: speed_queries(unique_articles([args.corpus])))
    articles, paths, touched_file = prepare(args.corpus, args.work, args.quick)
    text_mb = text_megabytes(articles)
    figures = build_all(args, paths, len(articles), text_mb)
    details = query_all(figures, args.work, queries)
    data = {"info": info, "figures": figures}
    data.update(articles=len(articles), text_mb=text_mb, queries=len(queries),
                ours_without_snippets=False)  # fmt: skip
    step("build: Tantivy, 2 jobs; ours and Tantivy interleaved")
    data["tantivy_build"] = measured_build("tantivy", args.work / "tantivy-2", 2, paths).result
    data["versus"] = compare(args.work / "ours-2", args.work / "tantivy-2", queries)
    step("service")
    data["service"] = measure_service(args.work / "ours-2", queries, args.clients, args.seconds)
    data["clients"] = suggest_speed.measure(args.work / "ours-2", queries)
    step("incremental build")
    count = round(len(articles) * TOUCHED_SHARE)
    data["incremental"] = incremental(args.work, paths, touched_file, count)
    if GROWTH_ENGINES[args.growth]:
        step("growth")
        data["growth"] = growth(articles, queries, args.work, GROWTH_ENGINES[args.growth])
    data["details"] = {"queries": queries, "latency": details}
    report.finish_info(info)
    report.save("speed", data, markdown(data), args.out)
    return data


def parse_args(argv: list[str] | None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, default=report.DEFAULT_OUT)
    parser.add_argument("--work", type=Path, default=WORK, help="where the indexes are built")
    parser.add_argument("--quick", action="store_true", help="10%% of the corpus, 5 s of load")
    parser.add_argument(
        "--growth",
        choices=GROWTH_ENGINES,
        default="ours",
        help="build and query 25%% and 50%% of the corpus: ours (default), all engines, none",
    )
    parser.add_argument(
        "--straightforward",
        action="store_true",
        help="also build with Whoosh + pymorphy3 the straightforward way, 1 job (slow)",
    )
    parser.add_argument("--seconds", type=float, default=30, help="load test duration")
    parser.add_argument("--clients", type=int, default=16, help="concurrent load clients")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds = min(args.seconds, 5)
    return args


def main(argv: list[str] | None = None) -> None:
    """Command line: run everything and print the tables."""
    started = time.monotonic()
    args = parse_args(argv)
    data = run(args)
    print(markdown(data))
    print(f"\n{time.monotonic() - started:.0f} s; written to {args.out}/latest-speed.md")


if __name__ == "__main__":
    main()
