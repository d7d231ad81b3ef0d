"""The speed section of latest.md: tables of `make bench` figures and the targets."""

from bench import report, suggest_speed, versus
from bench.engines import ENGINES, LABELS

# The straightforward single-process Whoosh + pymorphy3 build the issue measured.
REFERENCE_BUILD_S = 530
KINDS = {
    "1w": "1-word queries",
    "2w": "2-word queries",
    "3w": "3-word queries",
    "phrase": '"quoted phrases"',
    "title": "title:word word",
    "date": "date-sorted queries",
}


def build_rows(jobs: int) -> list[tuple]:
    what = f"full build, {jobs} job{'s' if jobs > 1 else ''}"
    return [
        (f"{what}: wall time, s", f"build{jobs}_wall", 1),
        (f"{what}: articles/s", f"build{jobs}_rate", 1),
        (f"{what}: MB of text/s", f"build{jobs}_mbps", 2),
        (f"{what}: CPU time, all processes, s", f"build{jobs}_cpu", 1),
        (f"{what}: peak RSS, sum over processes, MB", f"build{jobs}_rss", 0),
        (f"{what}: peak PSS, sum over processes, MB", f"build{jobs}_pss", 0),
        (f"{what}: index on disk, MB", f"build{jobs}_index_mb", 1),
    ]


def query_rows() -> list[tuple]:
    rows = []
    for key, what in (("plain", "without snippets"), ("snip", "with snippets for the top 10")):
        for stat in ("p50", "p95", "p99", "mean"):
            rows.append((f"query {what}: {stat}, ms", f"q_{key}_{stat}", 1))
    for kind, what in KINDS.items():
        rows.append((f"with snippets, p95 of {what}, ms", f"q_snip_p95_{kind}", 1))
    return rows + [("queries that failed with an error, all passes", "q_errors", 0)]


def joined(s: dict, keys: tuple[str, ...], digits: int = 1) -> str:
    """Several figures in one cell: "3.1 / 8.0 / 12.5"."""
    return " / ".join(report.number(s[k], digits) for k in keys)


def service_table(s: dict) -> str:
    rows = [
        ["concurrent clients × seconds", f"{s['clients']} × {s['seconds']:.0f}"],
        ["requests", f"{s['requests']:,}"],
        ["requests/s", report.number(s["rps"])],
        ["latency p50 / p95 / p99, ms", joined(s, ("p50", "p95", "p99"))],
        ["errors", str(s["errors"])],
        ["server RSS at start / after warm-up / after load, MB",
         joined(s, ("rss_start_mb", "rss_before_mb", "rss_after_mb"), 0)],
    ]  # fmt: skip
    return report.markdown_table(["service (ours)", ""], rows)


def incremental_line(data: dict) -> str:
    inc, full = data["incremental"], data["figures"]["ours"]["build2_wall"]
    return (
        f"Incremental `make index` after changing {inc['touched']} articles "
        f"({inc['updated']} updated): {inc['wall']:.1f} s wall, {inc['cpu']:.1f} s CPU, "
        f"peak RSS {inc['rss']:.0f} MB — {100 * inc['wall'] / full:.1f}% of our full 2-job build."
    )


def growth_table(growth: dict, figures: dict) -> str:
    rows = dict(growth)
    rows["1.0"] = {f"{k}_build": figures[k]["build2_wall"] for k in ENGINES}
    rows["1.0"].update({f"{k}_p95": figures[k]["q_snip_p95"] for k in ENGINES})
    rows["1.0"]["articles"] = figures["ours"]["build2_articles"]
    headers = ["share", "articles"] + [f"build s, {LABELS[k]}" for k in ENGINES]
    headers += [f"p95 ms, {LABELS[k]}" for k in ENGINES]
    lines = []
    for share, row in rows.items():
        line = [f"{float(share):.0%}", f"{row['articles']:,}"]
        line += [report.number(row.get(f"{k}_build")) for k in ENGINES]
        lines.append(line + [report.number(row.get(f"{k}_p95")) for k in ENGINES])
    return report.markdown_table(headers, lines)


def build_target(data: dict) -> tuple:
    """Our 2-job build against the straightforward one, if this run built it."""
    what = "full 2-job build ≥ 3× faster than the straightforward Whoosh + pymorphy3 build"
    ours, lemma = data["figures"]["ours"], data["figures"].get("lemma")
    if lemma is None:
        return (
            what,
            (
                f"{ours['build2_wall']:.0f} s; the issue measured {REFERENCE_BUILD_S} s before "
                "(run with --straightforward to measure it here)"
            ),
            None,
        )
    speedup = lemma["build1_wall"] / ours["build2_wall"]
    return (
        what,
        f"{lemma['build1_wall']:.0f} s ÷ {ours['build2_wall']:.0f} s = {speedup:.1f}×",
        (speedup >= 3),
    )


def targets(data: dict) -> list[tuple]:
    """The issue's speed targets against this run's figures."""
    ours, snow = data["figures"]["ours"], data["figures"]["snowball"]
    inc, service = data["incremental"], data["service"]
    share = inc["wall"] / ours["build2_wall"]
    return [
        ("query p95 with snippets ≤ 1/10 of Whoosh + Snowball's",
         f"{ours['q_snip_p95']:.1f} vs {snow['q_snip_p95']:.1f} ms "
         f"({ours['q_snip_p95'] / snow['q_snip_p95']:.2f}×)",
         ours["q_snip_p95"] <= snow["q_snip_p95"] / 10),
        ("query p50 with snippets ≤ 10 ms", f"{ours['q_snip_p50']:.1f} ms",
         ours["q_snip_p50"] <= 10),
        build_target(data),
        ("incremental build < 5% of a full build", f"{100 * share:.1f}%", share < 0.05),
        ("service ≥ 100 requests/s", f"{service['rps']:.0f}/s", service["rps"] >= 100),
        ("service errors = 0", str(service["errors"]), service["errors"] == 0),
        ("server memory < 500 MB", f"{service['rss_after_mb']:.0f} MB",
         service["rss_after_mb"] < 500),
        ("service ≥ 150 requests/s (16 clients, 2 cores)", f"{service['rps']:.0f}/s",
         service["rps"] >= 150),
    ] + versus_targets(data.get("versus"))  # fmt: skip


def versus_targets(found: dict | None) -> list[tuple]:
    """The interleaved run against the scale issue's targets."""
    if not found:
        return []
    ours, tantivy = found["ours"]["p95"], found["tantivy"]["p95"]
    phrase = found.get("phrase_vs_1w", float("nan"))
    return [
        (f"page p95 ≤ {versus.TARGET_VS_TANTIVY}× Tantivy's (interleaved)",
         f"{ours:.1f} vs {tantivy:.1f} ms ({found['ratio_p95']:.2f}×)",
         found["ratio_p95"] <= versus.TARGET_VS_TANTIVY),
        (f"phrase p95 ≤ {versus.TARGET_PHRASE_VS_WORD}× our one-word p95", f"{phrase:.2f}×",
         phrase <= versus.TARGET_PHRASE_VS_WORD),
    ]  # fmt: skip


def versus_section(data: dict) -> str:
    """Ours and Tantivy queried interleaved: the latency table and the targets."""
    build = data["tantivy_build"]
    return (
        "### Ours and Tantivy, interleaved query by query (bench/versus.py)\n\n"
        "Ours: the whole page (top 10 with snippets, total, facets, timeline); Tantivy: "
        f"top 10 with snippets and the total. Tantivy builds in {build['seconds']:.1f} s, "
        f"{build['index_bytes'] / 2**20:.0f} MB.\n\n" + versus.markdown(data["versus"])
    )


def build_engines(figures: dict) -> list[str]:
    """The engines of the build table: the straightforward build too when it ran."""
    return list(ENGINES) + (["lemma"] if "lemma" in figures else [])


def markdown(data: dict) -> str:
    """The whole speed section."""
    info, figures = data["info"], data["figures"]
    parts = [
        f"## Speed: `make bench` ({info['started']}, commit {report.commit_label(info)}, "
        f"{info['cpus']} CPUs{', QUICK' if info['quick'] else ''})",
        f"{data['articles']:,} articles, {data['text_mb']:.1f} MB of text (UTF-8); "
        f"{data['queries']} queries. Ratios are ours ÷ baseline, measured in the same run.",
        "### Build",
        report.compare_table(build_rows(1) + build_rows(2), figures, build_engines(figures)),
        incremental_line(data),
        "### Queries (warm, 2-job indexes, top 10)",
        report.compare_table(query_rows(), figures, list(ENGINES)),
    ]
    if not data["ours_without_snippets"]:
        parts.append("Our engine has no switch to leave snippets out: only measured with them.")
    if "versus" in data:
        parts += [versus_section(data)]
    parts += ["### Service", service_table(data["service"])]
    if "clients" in data:
        parts += ["### Clients (suggestions, export)", suggest_speed.summary_line(data["clients"])]
    if "growth" in data:
        parts += ["### Growth (2 jobs)", growth_table(data["growth"], figures)]
    parts += ["### Targets", report.targets_table(targets(data))]
    return "\n\n".join(parts)
