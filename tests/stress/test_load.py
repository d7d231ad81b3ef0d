"""The site under load, as `make serve` runs it: 8 clients with kept-alive connections on
loopback send a mix of searches, pages, articles, static files and 404s: 1,000 requests to
warm up, then 30 s of concurrent requests, then on to 10,000. Every request gets the status
it should, none takes over 10 s, and the server's memory after 10,000 requests is within 10%
of its memory after 1,000.

The warm-up opens its connections afresh four times: the kernel deals each connection to one
of the worker processes, and eight dealt once can leave one worker with almost none of the
warm-up, to fill its caches later.
"""

import http.client
import itertools
import json
import threading
import time
from urllib.parse import quote, urlencode

import pytest
from harness import get

pytestmark = pytest.mark.stress

CLIENTS = 8
WARM_UP, TOTAL = 1_000, 10_000
WARM_ROUNDS = 4
BURST_SECONDS = 30
LIMIT_SECONDS = 600  # the whole run, however slow the machine
SLOW = 10.0  # a request slower than this counts as an error
QUERIES = ["россии", "президент выборы", '"государственной думы"', "нефть OR газ",
           "суд -москва", "эконом*", "title:путин", "!россии", "(сша | китай) санкции"]  # fmt: skip
HOSTILE = ["а*", "*", "(" * 200, '"' * 99, "OR " * 100, "-россии", "я" * 500,
           "title: source: rubric:", "<script>alert(1)</script>"]  # fmt: skip
RUSSIA = quote("россии")


def request_mix(server) -> list[tuple[str, int]]:
    """(path, expected status) pairs: what visitors and the API's users ask for."""
    conn = server.connection()
    try:
        status, body = get(conn, f"/api/search?q={RUSSIA}&per_page=10")
    finally:
        conn.close()
    assert status == 200
    page = json.loads(body)
    ids = [hit["id"] for hit in page["results"]]
    source = page["facets"]["source"][0]["value"]
    year = page["facets"]["year"][0]["value"]
    mix = []
    for q in QUERIES:
        mix += [(f"/api/search?q={quote(q)}", 200), (f"/?q={quote(q)}", 200)]
        mix += [(f"/api/search?q={quote(q)}&sort=date&page=3", 200)]
    mix += [("/?" + urlencode({"q": "россии", "source": source, "year": year}), 200)]
    mix += [(f"/api/search?q={RUSSIA}&per_page=100", 200)]
    mix += [(f"/api/search?q={quote(q)}", 200) for q in HOSTILE]
    mix += [(f"/article/{i}?q={RUSSIA}", 200) for i in ids[:5]]
    mix += [(f"/api/article/{i}", 200) for i in ids[5:]]
    mix += [("/", 200), ("/static/style.css", 200), ("/static/app.js", 200)]
    mix += [("/nope", 404), ("/article/0123456789abcdef", 404), ("/api/article/zzz", 404)]
    return mix


class Load:
    """Concurrent clients going round the request mix, each from its own place in it."""

    def __init__(self, server, mix: list[tuple[str, int]]):
        self.server, self.mix = server, mix
        self.sent = 0
        self.errors: list[str] = []
        self.slowest = 0.0
        self.lock = threading.Lock()

    def run(self, until: int, seconds: float = LIMIT_SECONDS) -> int:
        """Sends requests until `until` in all or for `seconds`; returns how many it sent."""
        before, deadline = self.sent, time.monotonic() + seconds
        threads = [threading.Thread(target=self.client, args=(n, until, deadline)) for n in
                   range(CLIENTS)]  # fmt: skip
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return self.sent - before

    def take_turn(self, until: int, deadline: float) -> bool:
        with self.lock:
            if self.sent >= until or time.monotonic() >= deadline:
                return False
            self.sent += 1
            return True

    def client(self, offset: int, until: int, deadline: float) -> None:
        conn = self.server.connection(timeout=3 * SLOW)
        try:
            for n in itertools.count(offset * 7, 1):
                if not self.take_turn(until, deadline):
                    return
                path, expected = self.mix[n % len(self.mix)]
                started = time.perf_counter()
                try:
                    status, _ = get(conn, path)
                except (OSError, http.client.HTTPException) as error:
                    self.record(f"{path}: {error!r}")
                    conn.close()
                    conn = self.server.connection(timeout=3 * SLOW)
                    continue
                took = time.perf_counter() - started
                self.slowest = max(self.slowest, took)
                if status != expected or took > SLOW:
                    self.record(f"{path}: HTTP {status} in {took:.1f} s, wanted {expected}")
        finally:
            conn.close()

    def record(self, error: str) -> None:
        with self.lock:
            self.errors.append(error)


def test_the_site_answers_every_request_and_keeps_its_memory(base, serve):
    server = serve(base / "index")
    load = Load(server, request_mix(server))
    started = time.monotonic()
    for round_ in range(1, WARM_ROUNDS + 1):
        load.run(until=WARM_UP * round_ // WARM_ROUNDS)
    rss_warm = server.rss_kb()
    burst = load.run(until=TOTAL, seconds=BURST_SECONDS)
    load.run(until=TOTAL)
    rss_end = server.rss_kb()
    seconds = time.monotonic() - started

    print(
        f"\nload: {load.sent} requests in {seconds:.0f} s ({burst} in the {BURST_SECONDS} s "
        f"burst, {CLIENTS} clients), {len(load.errors)} errors, slowest {load.slowest:.2f} s; "
        f"RSS {rss_warm / 1024:.1f} MiB after {WARM_UP}, {rss_end / 1024:.1f} MiB after {TOTAL}"
    )
    assert load.sent == TOTAL, f"only {load.sent} requests in {LIMIT_SECONDS} s"
    assert not load.errors, load.errors[:10]
    assert not server.errors_logged(), server.errors_logged()[:10]
    assert abs(rss_end - rss_warm) <= 0.10 * rss_warm
