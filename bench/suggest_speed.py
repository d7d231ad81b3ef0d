"""`make bench`, the clients part: suggestions typed key by key, and the export's rows a second.

    python -m bench.suggest_speed --index var/bench/speed/ours-2

Both go through the site (Flask's test client, in process): the figures include
the view and the JSON or CSV, not the network.
"""

import argparse
import json
import time
from pathlib import Path

from bench.metrics import latency_summary
from search_ui.app import create_app

TARGET_P95_MS = 20
MAX_TYPED = 400
# Broad queries: thousands of matches each, up to the export limit of 10,000 rows.
EXPORT_QUERIES = ("россия", "президент", "заявил")


def typed_prefixes(queries: list[dict]) -> list[str]:
    """What the box holds after each key a person types: "в", "вы", "выб", … "выборы през"."""
    found = []
    for query in queries:
        text = query["q"]
        found += [text[:n] for n in range(1, len(text) + 1) if text[n - 1] != " "]
    return found[:MAX_TYPED]


def timed_get(client, path: str, params: dict) -> tuple[float, bytes]:
    """Milliseconds of one GET read to the end, and its body."""
    started = time.perf_counter()
    response = client.get(path, query_string=params)
    body = response.get_data()
    assert response.status_code == 200, (path, params, response.status_code)
    return (time.perf_counter() - started) * 1000, body


def ready_ms(client) -> float:
    """Milliseconds until the first suggestions: the site reads the index's words in a
    thread of its own on the first call and answers with none meanwhile."""
    started = time.perf_counter()
    while not json.loads(timed_get(client, "/api/suggest", {"q": "а"})[1])[1]:
        time.sleep(0.05)
    return (time.perf_counter() - started) * 1000


def suggestion_figures(client, queries: list[dict]) -> dict:
    """The wait for the first suggestions, then p50/p95/p99 of every typed prefix."""
    first_ms = ready_ms(client)
    ms = [timed_get(client, "/api/suggest", {"q": text})[0] for text in typed_prefixes(queries)]
    summary = {f"suggest_{k}": v for k, v in latency_summary(ms).items()}
    return {**summary, "suggest_first_ms": first_ms, "suggest_requests": len(ms),
            "suggest_target_p95": TARGET_P95_MS}  # fmt: skip


def export_figures(client) -> dict:
    """CSV rows a second over the broad queries, the whole stream read."""
    rows, seconds = 0, 0.0
    for q in EXPORT_QUERIES:
        ms, body = timed_get(client, "/api/export.csv", {"q": q})
        rows += body.count(b"\r\n") - 1  # not the header; a lead's own line break is \n
        seconds += ms / 1000
    return {"export_rows": rows, "export_seconds": seconds, "export_rows_per_s": rows / seconds}


def measure(index_dir: Path, queries: list[dict]) -> dict:
    """Every clients figure on the index; printed as one line too."""
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    client = app.test_client()
    figures = {**suggestion_figures(client, queries), **export_figures(client)}
    print(summary_line(figures), flush=True)
    return figures


def summary_line(figures: dict) -> str:
    """ "suggestions p95 3.1 ms (target ≤ 20; p50 0.3; ready 4.8 s after the first call),
    export 4,100 rows/s (17472 rows)" """
    return (
        f"suggestions p95 {figures['suggest_p95']:.1f} ms (target ≤ {TARGET_P95_MS};"
        f" p50 {figures['suggest_p50']:.1f};"
        f" ready {figures['suggest_first_ms'] / 1000:.1f} s after the first call),"
        f" export {figures['export_rows_per_s']:,.0f} rows/s ({figures['export_rows']} rows)"
    )


def main(argv: list[str] | None = None) -> None:
    """Command line: measure an existing index with the saved speed queries."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--queries", type=Path, default=Path("bench/queries/speed.json"))
    args = parser.parse_args(argv)
    figures = measure(args.index, json.loads(args.queries.read_text()))
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
