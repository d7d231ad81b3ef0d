"""The production server under a bounded load: `make serve` (waitress workers, one per core), and
a closed-loop client of N threads, each sending its next query when the last is answered.
"""

import http.client
import itertools
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.metrics import latency_summary
from bench.serving import Server, get

THREADS = 8


def search_path(query: dict) -> str:
    """The API URL of one query: /api/search?q=…&sort=date."""
    params = {"q": query["q"]}
    if query.get("sort", "relevance") != "relevance":
        params["sort"] = query["sort"]
    return "/api/search?" + urlencode(params)


def server_rss_mb(site: Server) -> float:
    """The server's resident memory in MB: the supervisor and its workers together."""
    return site.rss_kb() / 1024


class Load:
    """Latencies and errors gathered by the client threads."""

    def __init__(self, paths: list[str]):
        self.paths = itertools.cycle(paths)
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors = 0

    def next_path(self) -> str:
        with self.lock:
            return next(self.paths)

    def record(self, ms: float, ok: bool) -> None:
        with self.lock:
            self.latencies.append(ms)
            self.errors += not ok

    def client(self, port: int, deadline: float) -> None:
        """One client: requests back to back until the deadline, reconnecting after an error."""
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                ok = get(connection, self.next_path())[0] == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
            self.record((time.perf_counter() - started) * 1000, ok)
        connection.close()


def run_load(port: int, queries: list[dict], clients: int, seconds: float) -> dict:
    """`clients` threads hitting /api/search for `seconds`: requests/s, latency, errors."""
    load = Load([search_path(q) for q in queries])
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=load.client, args=(port, deadline)) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {
        "clients": clients,
        "seconds": elapsed,
        "requests": len(load.latencies),
        "rps": len(load.latencies) / elapsed,
        "errors": load.errors,
        **latency_summary(load.latencies),
    }


def measure_service(index_dir: Path, queries: list[dict], clients: int, seconds: float) -> dict:
    """Server memory at start, then a warm-up pass and the load, then memory again;
    the server's log (a line per request, waitress's queue warnings) goes beside the index."""
    with Server(index_dir, index_dir.parent / "server.log", threads=THREADS) as site:
        rss_start = server_rss_mb(site)
        run_load(site.port, queries, 1, min(seconds / 3, 10))
        rss_before = server_rss_mb(site)
        result = run_load(site.port, queries, clients, seconds)
        result.update(rss_start_mb=rss_start, rss_before_mb=rss_before,
                      rss_after_mb=server_rss_mb(site))  # fmt: skip
        return result
