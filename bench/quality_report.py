"""The quality tables: the reporting half of each set, every engine, and our difference
from the best baseline with its paired bootstrap interval."""

from bench import metrics, report
from bench.contenders import LABELS

REPORTED = "report"
ROWS = [
    ("known item, inflected, title+body: MRR@10", "mrr_inflected_all"),
    ("known item, inflected, title+body: Recall@10", "recall_inflected_all"),
    ("known item, inflected, title words in body only: MRR@10", "mrr_inflected_body"),
    ("known item, inflected, title words in body only: Recall@10", "recall_inflected_body"),
    ("control (title's forms), title+body: MRR@10", "mrr_control_all"),
    ("control (title's forms), title+body: Recall@10", "recall_control_all"),
    ("control (title's forms), body only: MRR@10", "mrr_control_body"),
    ("editorial tags: P@10", "p10"),
    ("editorial tags: nDCG@10", "ndcg10"),
    ("editorial tags: P@10, untagged articles (Wikinews…) left out", "p10_judged"),
    ("topic queries as typed (2–4 words): P@10", "topic_p10"),
    ("topic queries as typed (2–4 words): nDCG@10", "topic_ndcg10"),
    ("known item, one paragraph's words inflected: MRR@10", "mrr_passage_inflected"),
    ("known item, one paragraph's words inflected: Recall@10", "recall_passage_inflected"),
    ("known item, one paragraph's words as written: MRR@10", "mrr_passage_control"),
    ("first hit's snippet: share of the paragraph words (inflected) shown", "passage_snippet"),
    ("first hit's snippet: share of the topic query's words shown", "topic_snippet"),
]
SET_NAMES = {"known_items": "known items (title words)", "tags": "editorial tags",
             "topics": "topic queries", "passages": "known items (paragraph words)"}  # fmt: skip


def set_of(key: str) -> str:
    """The query set a figure's key belongs to: "topic_p10" → "topics"."""
    if key.startswith("topic_"):
        return "topics"
    if "passage" in key:
        return "passages"
    return "known_items" if key.startswith(("mrr_", "recall_")) else "tags"


def in_half(values: list[float], labels: list[str], which: str) -> list[float]:
    """The values of the queries in half `which` ("all" for every query)."""
    return [v for v, h in zip(values, labels, strict=True) if which in ("all", h)]


def reported(data: dict, kind: str, key: str) -> list[float]:
    """One engine's per-query values of a figure, reporting half only."""
    values = data["details"][kind]["values"][key]
    return in_half(values, data["halves"][set_of(key)], REPORTED)


def best_baseline(data: dict, key: str) -> str | None:
    """The baseline with the highest reporting-half figure."""
    others = [k for k in data["engines"] if k != "ours"]
    return max(others, key=lambda k: data["figures"][k][REPORTED][key], default=None)


def difference(data: dict, key: str) -> tuple[float, float, float] | None:
    """Ours − the best baseline on one figure, with its 95 % paired bootstrap interval."""
    best = best_baseline(data, key)
    if best is None:
        return None
    return metrics.paired_bootstrap(reported(data, "ours", key), reported(data, best, key))


def difference_cell(data: dict, key: str) -> str:
    """ "+0.041 [+0.010, +0.072] vs Tantivy + Snowball"."""
    found = difference(data, key)
    if found is None:
        return "—"
    mean, low, high = found
    return f"{mean:+.3f} [{low:+.3f}, {high:+.3f}] vs {LABELS[best_baseline(data, key)]}"


def table(data: dict) -> str:
    """One row per figure: every engine's reporting-half mean, then our difference."""
    kinds = data["engines"]
    headers = ["", *(LABELS[k] for k in kinds), "ours − best baseline [95 % CI]"]
    rows = []
    for label, key in ROWS:
        means = [report.number(data["figures"][k][REPORTED][key], 3) for k in kinds]
        rows.append([label, *means, difference_cell(data, key)])
    rows.append(["queries that failed with an error", *(str(data["figures"][k]["errors"])
                 for k in kinds), ""])  # fmt: skip
    return report.markdown_table(headers, rows)


# The targets on a figure of ours alone: (what it says, the figure, the least value).
ABSOLUTE_TARGETS = [
    ("known item, inflected, body only (lead + body): MRR@10 ≥ 0.40", "mrr_inflected_body", 0.40),
    ("known item, inflected, title+body: MRR@10 ≥ 0.96", "mrr_inflected_all", 0.96),
    ("control, title+body: MRR@10 ≥ 0.97", "mrr_control_all", 0.97),
]


def targets(data: dict) -> list[tuple[str, str, bool]]:
    """The issue's quality targets against our reporting-half figures, each with its 95 %
    bootstrap interval (for tags, that of the difference the target sets): how far the
    half's few queries let the figure stray."""
    ours = data["figures"]["ours"][REPORTED]
    best = data["figures"][best_baseline(data, "p10") or "ours"][REPORTED]["p10"]
    tags = (
        f"editorial tags P@10 ≥ best baseline + 0.04 ({best + 0.04:.3f})",
        f"{ours['p10']:.3f}, {difference_cell(data, 'p10')}",
        ours["p10"] >= best + 0.04,
    )
    absolute = [
        (label, with_interval(data, key), ours[key] >= least)
        for label, key, least in ABSOLUTE_TARGETS
    ]
    return [tags, *absolute]


def with_interval(data: dict, key: str) -> str:
    """Our reporting-half figure and its 95 % bootstrap interval: "0.957 [0.928, 0.982]"."""
    mean, low, high = metrics.mean_interval(reported(data, "ours", key))
    return f"{mean:.3f} [{low:.3f}, {high:.3f}]"


def sizes_line(data: dict) -> str:
    """How many queries each set reports on, of how many."""
    parts = [f"{SET_NAMES[name]} {n[REPORTED]} of {sum(n.values())}"
             for name, n in data["sizes"].items()]  # fmt: skip
    return "Reporting halves: " + ", ".join(parts) + " (bench/queries/, bench/README.md)."


def markdown(data: dict) -> str:
    """The quality section of latest.md."""
    info = data["info"]
    builds = ", ".join(f"{LABELS[k]} {v:.0f} s" for k, v in data["build_seconds"].items())
    skipped = f"\n\nLeft out: {data['skipped']}." if data.get("skipped") else ""
    return "\n\n".join([
        f"## Quality: `make eval` ({info['started']}, commit {report.commit_label(info)}"
        f"{', QUICK' if info['quick'] else ''})",
        f"{data['articles']:,} articles. {sizes_line(data)} Index builds (2 jobs): {builds}."
        + skipped,
        table(data),
        "### Targets (reporting halves)",
        report.targets_table(targets(data)),
    ])  # fmt: skip
