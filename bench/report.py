"""Results out: the raw run as JSON, the latest figures as JSON and Markdown tables."""

import json
import os
import platform
import subprocess
import time
from pathlib import Path

from bench.engines import LABELS

DEFAULT_OUT = Path(__file__).parent / "results"
PARTS = ("speed", "quality")


def run_info(corpus: str, quick: bool) -> dict:
    """When, where and on what a run happened."""
    return {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "corpus": corpus,
        "quick": quick,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "commit": git_commit(),
    }


def finish_info(info: dict) -> dict:
    """Notes the commit at the end too when the code changed during the run."""
    if (now := git_commit()) != info["commit"]:
        info["commit_at_end"] = now
    return info


def commit_label(info: dict) -> str:
    """ "abc123", or "abc123 → def456" when the code changed during the run."""
    label = info["commit"] or "?"
    return label + (f" → {info['commit_at_end']}" if info.get("commit_at_end") else "")


def git_commit() -> str:
    """The commit of the code measured, "+changes" if the engine's files differ from it;
    "" outside a git checkout."""
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if done.returncode:
        return ""
    status = ["git", "status", "--porcelain", "--untracked-files=no", "indexer", "search_ui"]
    changed = subprocess.run(status, capture_output=True, text=True).stdout.strip()
    return done.stdout.strip() + ("+changes" if changed else "")


def number(value, digits: int = 1) -> str:
    """A figure for a table: 12,345.6; "—" when missing."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:,.{digits}f}"


def ratio(ours, theirs) -> str:
    """ours ÷ theirs as "0.12×"; "—" when either is missing or theirs is 0."""
    if ours is None or not theirs:
        return "—"
    return f"{ours / theirs:.2f}×" if ours / theirs >= 0.01 else f"{ours / theirs:.3f}×"


def markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    """A GitHub Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def compare_table(rows: list[tuple], figures: dict[str, dict], engines: list[str]) -> str:
    """One row per (label, key, digits): ours, then each baseline with ours ÷ it."""
    headers = ["", LABELS["ours"]]
    for engine in engines[1:]:
        headers += [LABELS[engine], "ours ÷ it"]
    lines = []
    for label, key, digits in rows:
        ours = figures["ours"].get(key)
        line = [label, number(ours, digits)]
        for engine in engines[1:]:
            theirs = figures.get(engine, {}).get(key)
            line += [number(theirs, digits), ratio(ours, theirs)]
        lines.append(line)
    return markdown_table(headers, lines)


def targets_table(targets: list[tuple[str, str, bool | None]]) -> str:
    """Each target with its figure and whether it is met."""
    verdict = {True: "met", False: "**missed**", None: "not measured"}
    return markdown_table(["target", "measured", ""], [[t, v, verdict[ok]] for t, v, ok in targets])


def save(kind: str, data: dict, markdown: str, out: Path = DEFAULT_OUT) -> Path:
    """The raw run under raw/, the latest summary (no "details") as JSON and Markdown,
    and latest.md with every part."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out / "raw").mkdir(parents=True, exist_ok=True)
    raw = out / "raw" / f"{stamp}-{kind}.json"
    write_json(raw, data)
    write_json(out / f"latest-{kind}.json", {k: v for k, v in data.items() if k != "details"})
    (out / f"latest-{kind}.md").write_text(markdown + "\n", encoding="utf-8")
    write_combined(out)
    return raw


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_combined(out: Path) -> Path:
    """latest.md: the latest speed and quality sections, whichever exist."""
    parts = [out / f"latest-{kind}.md" for kind in PARTS]
    text = "\n".join(p.read_text(encoding="utf-8") for p in parts if p.exists())
    header = (
        "# Benchmark results\n\nWritten by `make bench` and `make eval`; see bench/README.md.\n\n"
    )
    (out / "latest.md").write_text(header + text, encoding="utf-8")
    return out / "latest.md"
