"""The build at scale: time, characters/s, peak memory of all processes, index and temporary disk.

    python -m bench.scale --scale 100000 [--base 10000] [--jobs 2]   (make bench SCALE=100000)

Builds synthetic corpora (bench/scale_corpus.py) of `--base` and `--scale`
articles from scratch, then again incrementally after 1 % of the articles
changed, each build in its own process; writes bench/results/scale.json and
scale.md with the growth from the base size.
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
from bench.scale_corpus import write_corpus

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


def run_scale(articles: int, jobs: int, work: Path) -> dict:
    """Full build, then an incremental one after 1 % changed, at one corpus size."""
    corpus, index_dir = work / str(articles), work / f"index-{articles}"
    stats = write_corpus(articles, corpus)
    shutil.rmtree(index_dir, ignore_errors=True)
    full = measure_build(corpus, index_dir, jobs, full=True)
    saved = change_articles(corpus, articles, CHANGED_SHARE)
    try:
        incremental = measure_build(corpus, index_dir, jobs, full=False)
    finally:
        restore(saved)
    full["chars_per_s"] = round(stats["chars"] / full["wall_s"])
    shutil.rmtree(index_dir, ignore_errors=True)
    return {"articles": articles, "chars": stats["chars"], "jobs": jobs, "full": full,
            "incremental_1pct": incremental}  # fmt: skip


def growth(row: dict, base: dict) -> dict:
    """Ratios of a size's figures to the base size's."""
    full, first = row["full"], base["full"]
    return {
        "chars_per_s": round(full["chars_per_s"] / first["chars_per_s"], 2),
        "peak_rss": round(full["peak_rss_mb"] / first["peak_rss_mb"], 2),
        "incremental_share": round(row["incremental_1pct"]["wall_s"] / full["wall_s"], 3),
    }


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
    ("peak RSS, all processes, MB (vs base)",
     lambda r, b: f"{r['full']['peak_rss_mb']:,} ({growth(r, b)['peak_rss']}x)"),
    ("peak PSS, all processes, MB", lambda r, b: f"{r['full']['peak_pss_mb']:,}"),
    ("index MB", lambda r, b: f"{r['full']['index_mb']:,}"),
    ("peak temporary MB (x index)",
     lambda r, b: f"{r['full']['temp_mb']:,} ({temp_share(r):.2f}x)"),
    ("incremental after 1 % changed, s (share of full)",
     lambda r, b: f"{r['incremental_1pct']['wall_s']} ({growth(r, b)['incremental_share']:.1%})"),
    ("incremental peak RSS MB", lambda r, b: f"{r['incremental_1pct']['peak_rss_mb']:,}"),
)  # fmt: skip


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
    args = parser.parse_args(argv)
    path = RESULTS / "scale.json"
    rows = json.loads(path.read_text()) if path.exists() else {}
    for size in dict.fromkeys((args.base, args.scale)):
        if str(size) not in rows or size == args.scale or args.rerun_base:
            rows[str(size)] = run_scale(size, args.jobs, args.work)
            save(rows, str(args.base))
    print(table(rows, str(args.base)))


if __name__ == "__main__":
    main()
