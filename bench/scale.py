"""The build and the queries at scale: build time, characters/s, peak memory of all processes,
index and temporary disk; query latency beside Tantivy's on the same synthetic corpus.

    python -m bench.scale --scale 100000 [--base 10000] [--jobs 2]   (make bench SCALE=100000)

Builds synthetic corpora (bench/scale_corpus.py) of `--base` and `--scale`
articles from scratch, builds Tantivy on the same files, queries both
interleaved (bench/versus.py: ours a whole page, Tantivy its top 10 with snippets),
then builds ours again incrementally after 1 % of the articles changed, each build in
its own process; writes bench/results/scale.json and scale.md with the growth from the
base size.
"""

import argparse
import contextlib
import gzip
import json
import os
import shutil
import threading
from pathlib import Path

from bench.buildrun import measured_build
from bench.corpus import unique_articles
from bench.queries import load_or_make, speed_queries
from bench.scale_corpus import SHARED, write_corpus
from bench.versus import compare

RESULTS = Path(__file__).parent / "results"
WORK = Path("var/bench-scale")
CHANGED_SHARE = 0.01
EDIT_MARK = " (обновлено)"


class DiskSampler(threading.Thread):
    """The peak size of a folder (the index and Whoosh's temporary files in it)."""

    def __init__(self, folder: Path):
        super().__init__(daemon=True)
        self.folder, self.peak, self.done = folder, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(1.0):
            self.peak = max(self.peak, folder_bytes(self.folder))

    def stop(self) -> None:
        self.done.set()
        self.join()


def folder_bytes(folder: Path) -> int:
    """The size of every file under a folder; files that vanish while counted count 0."""
    total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total


def measure_build(corpus: Path, index_dir: Path, jobs: int, full: bool) -> dict:
    """One build in a child process: wall and CPU time, peak RSS, index and peak disk."""
    sampler = DiskSampler(index_dir)
    sampler.start()
    measured = measured_build("ours", index_dir, jobs, [corpus], full=full)
    sampler.stop()
    final = measured.result["index_bytes"]
    return {
        "wall_s": round(measured.wall, 1),
        "cpu_s": round(measured.cpu, 1),
        "peak_rss_mb": round(measured.peak_rss_mb),
        "peak_pss_mb": round(measured.peak_pss_mb),
        "index_mb": round(final / 2**20, 1),
        "temp_mb": round(max(sampler.peak - final, 0) / 2**20, 1),
        "articles": measured.result["articles"],
        "written": measured.result["added"] + measured.result["updated"],
    }


def change_articles(corpus: Path, articles: int, share: float) -> dict[Path, bytes]:
    """Edit the titles of `share` of the articles (from the first file on); the old bytes."""
    count = max(1, round(articles * share))
    saved = {}
    for path in sorted(corpus.glob("part-*.jsonl.gz")):
        if count <= 0:
            break
        saved[path] = path.read_bytes()
        records = [json.loads(line) for line in gzip.decompress(saved[path]).splitlines()]
        for record in records[:count]:
            record["title"] += EDIT_MARK
        count -= len(records)
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        path.write_bytes(gzip.compress(lines.encode(), compresslevel=1))
    return saved


def restore(saved: dict[Path, bytes]) -> None:
    for path, data in saved.items():
        path.write_bytes(data)


def versus_tantivy(corpus: Path, index_dir: Path, jobs: int) -> dict:
    """Tantivy's build of the same files, then both engines queried interleaved."""
    tantivy_dir = index_dir.with_name(index_dir.name + "-tantivy")
    shutil.rmtree(tantivy_dir, ignore_errors=True)
    built = measured_build("tantivy", tantivy_dir, jobs, [corpus])
    queries = load_or_make("speed", lambda: speed_queries(unique_articles([SHARED])))
    found = compare(index_dir, tantivy_dir, queries)
    shutil.rmtree(tantivy_dir, ignore_errors=True)
    return {"tantivy_build_s": round(built.wall, 1), **found}


def run_scale(articles: int, jobs: int, work: Path, keep: bool = False) -> dict:
    """Full build, Tantivy beside it, then an incremental build after 1 % changed."""
    corpus, index_dir = work / str(articles), work / f"index-{articles}"
    stats = write_corpus(articles, corpus)
    shutil.rmtree(index_dir, ignore_errors=True)
    full = measure_build(corpus, index_dir, jobs, full=True)
    queries = versus_tantivy(corpus, index_dir, jobs)
    saved = change_articles(corpus, articles, CHANGED_SHARE)
    try:
        incremental = measure_build(corpus, index_dir, jobs, full=False)
    finally:
        restore(saved)
    full["chars_per_s"] = round(stats["chars"] / full["wall_s"])
    if not keep:
        shutil.rmtree(index_dir, ignore_errors=True)
    return {"articles": articles, "chars": stats["chars"], "jobs": jobs, "full": full,
            "incremental_1pct": incremental, "queries": queries}  # fmt: skip


def growth(row: dict, base: dict) -> dict:
    """Ratios of a size's figures to the base size's."""
    full, first = row["full"], base["full"]
    return {
        "chars_per_s": round(full["chars_per_s"] / first["chars_per_s"], 2),
        "peak_rss": round(full["peak_rss_mb"] / first["peak_rss_mb"], 2),
        "incremental_share": round(row["incremental_1pct"]["wall_s"] / full["wall_s"], 3),
    }


def cpu_rate(row: dict) -> float:
    """Characters per CPU-second of the full build (wall time moves with the machine's load)."""
    return row["chars"] / row["full"]["cpu_s"]


def temp_share(row: dict) -> float:
    return row["full"]["temp_mb"] / max(row["full"]["index_mb"], 0.1)


def table(rows: dict[str, dict], base: str) -> str:
    """The results as a Markdown table, one column per corpus size."""
    sizes = sorted(rows, key=int)
    lines = ["| | " + " | ".join(f"{int(s):,} articles" for s in sizes) + " |"]
    lines.append("|---" * (len(sizes) + 1) + "|")
    for label, value in TABLE_ROWS:
        lines.append(f"| {label} | " + " | ".join(value(rows[s], rows[base]) for s in sizes) + " |")
    return "\n".join(lines) + "\n"


TABLE_ROWS = (
    ("characters", lambda r, b: f"{r['chars'] / 1e6:.0f} M"),
    ("full build, wall / CPU s", lambda r, b: f"{r['full']['wall_s']} / {r['full']['cpu_s']}"),
    ("M chars/s (vs base)",
     lambda r, b: f"{r['full']['chars_per_s'] / 1e6:.3f} ({growth(r, b)['chars_per_s']}x)"),
    ("M chars per CPU-second (vs base): the same work on a loaded machine",
     lambda r, b: f"{cpu_rate(r) / 1e6:.3f} ({cpu_rate(r) / cpu_rate(b):.2f}x)"),
    ("peak RSS, all processes, MB (vs base)",
     lambda r, b: f"{r['full']['peak_rss_mb']:,} ({growth(r, b)['peak_rss']}x)"),
    ("peak PSS, all processes, MB", lambda r, b: f"{r['full']['peak_pss_mb']:,}"),
    ("index MB", lambda r, b: f"{r['full']['index_mb']:,}"),
    ("peak temporary MB (x index)",
     lambda r, b: f"{r['full']['temp_mb']:,} ({temp_share(r):.2f}x)"),
    ("incremental after 1 % changed, s (share of full)",
     lambda r, b: f"{r['incremental_1pct']['wall_s']} ({growth(r, b)['incremental_share']:.1%})"),
    ("incremental peak RSS MB", lambda r, b: f"{r['incremental_1pct']['peak_rss_mb']:,}"),
    ("Tantivy build, wall s", lambda r, b: query_cell(r, lambda q: f"{q['tantivy_build_s']}")),
    ("query ms p50 / p95 / p99, ours", lambda r, b: query_cell(r, lambda q: spread(q["ours"]))),
    ("same, Tantivy", lambda r, b: query_cell(r, lambda q: spread(q["tantivy"]))),
    ("ours p95 / Tantivy p95 (target ≤ 1.5)",
     lambda r, b: query_cell(r, lambda q: f"{q['ratio_p95']:.2f}")),
    ("phrase p95 ms / one-word p95 (target ≤ 2)", lambda r, b: query_cell(r, phrase_cell)),
)  # fmt: skip


def query_cell(row: dict, show) -> str:
    """A query figure, or a dash for a size measured before queries were."""
    return show(row["queries"]) if "queries" in row else "—"


def spread(found: dict) -> str:
    return f"{found['p50']:.1f} / {found['p95']:.1f} / {found['p99']:.1f}"


def phrase_cell(found: dict) -> str:
    phrase = found["ours"]["p95_by_kind"].get("phrase", float("nan"))
    return f"{phrase:.1f} ({found.get('phrase_vs_1w', float('nan')):.2f}x)"


def save(rows: dict[str, dict], base: str) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    head = "# Build at scale (make bench SCALE=N)\n\nSynthetic corpora of shared paragraphs.\n\n"
    (RESULTS / "scale.md").write_text(head + table(rows, base))


def main(argv: list[str] | None = None) -> None:
    """Measure the base size (unless recorded already) and the given size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--base", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--rerun-base", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the indexes in --work")
    args = parser.parse_args(argv)
    path = RESULTS / "scale.json"
    rows = json.loads(path.read_text()) if path.exists() else {}
    for size in dict.fromkeys((args.base, args.scale)):
        if str(size) not in rows or size == args.scale or args.rerun_base:
            rows[str(size)] = run_scale(size, args.jobs, args.work, args.keep)
            save(rows, str(args.base))
    print(table(rows, str(args.base)))


if __name__ == "__main__":
    main()
