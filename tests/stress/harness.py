"""The stress tests' tools: builds and the site run as in production, and the lost-nothing check.

Builds run as `make index` runs them (`python -O -m indexer build corpus --index index`, paths
relative to a work folder), the site as `make serve` runs it (waitress, 8 threads).
"""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from whoosh import index

from indexer.article import Article
from indexer.sources import read_articles
from indexer.writing.build import indexed_fingerprints

REPO = Path(__file__).resolve().parents[2]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
SERVER_ERROR = re.compile(r" 5\d\d [\d.]+ms$")  # a request log line: "GET /api/search 500 3.1ms"


def build_command(*options: str) -> list[str]:
    """The command of `make index` (`make reindex` with --full), run in a work folder."""
    return [sys.executable, "-O", "-m", "indexer", "build", "corpus", "--index", "index", *options]


def run_build(workdir: Path, *options: str) -> subprocess.CompletedProcess:
    """One whole build; fails the test on a non-zero exit."""
    done = subprocess.run(
        build_command(*options), cwd=workdir, env=ENV, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


# Checking that nothing is lost


def unique_articles(corpus: Path) -> list[Article]:
    """The articles a build keeps, in the order of a full build: the first of each id and text."""
    ids, texts, kept = set(), set(), []
    for item in read_articles([corpus]):
        if isinstance(item, Article) and item.id not in ids and item.text_key not in texts:
            ids.add(item.id)
            texts.add(item.text_key)
            kept.append(item)
    return kept


def check_lost_nothing(index_dir: Path, corpus: Path) -> int:
    """Every article of the corpus is in the index, once, as it is now; returns the count."""
    articles = [item for item in read_articles([corpus]) if isinstance(item, Article)]
    ix = index.open_dir(str(index_dir))
    prints = indexed_fingerprints(ix)
    with ix.reader() as reader:
        stored = list(reader.all_stored_fields())
    ids = [fields["id"] for fields in stored]
    texts = {Article(f["id"], f.get("title", ""), f.get("body", "")).text_key for f in stored}
    assert len(ids) == len(set(ids)) == len(texts) == len(prints), "an article is indexed twice"
    versions = defaultdict(set)
    for article in articles:
        versions[article.id].add(article.fingerprint)
    stale = [i for i, fingerprint in prints.items() if fingerprint not in versions.get(i, ())]
    assert not stale, f"{len(stale)} indexed articles are not in the corpus as they are now"
    missing = [a.origin for a in articles if a.id not in prints and a.text_key not in texts]
    assert not missing, f"{len(missing)} articles lost, e.g. {missing[:3]}"
    assert len(ids) == len(unique_articles(corpus))
    return len(ids)


# The site under waitress


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_command(port: int) -> list[str]:
    """`make serve`: waitress workers, one per core, 8 threads each."""
    return [sys.executable, "-m", "search_ui.serve", "--port", str(port), "--threads", "8"]


class Server:
    """The site on a free port, serving `index_dir`."""

    def __init__(self, index_dir: Path, log_path: Path):
        self.port = free_port()
        self.log_path = log_path
        self.log = log_path.open("w")
        env = {**ENV, "NEWS_SEARCH_INDEX": str(index_dir)}
        self.proc = subprocess.Popen(
            serve_command(self.port), cwd=REPO, env=env, stdout=self.log, stderr=self.log
        )
        self.wait_until_up()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_until_up(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log_path.read_text()[-2000:]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        pytest.fail(f"waitress did not start in {seconds} s")

    def connection(self, timeout: float = 60) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def rss_kb(self) -> int:
        """The resident memory (VmRSS) of the server, its workers included, in KiB."""
        return sum(vm_rss_kb(pid) for pid in [self.pid, *child_pids(self.pid)])

    def errors_logged(self) -> list[str]:
        """Tracebacks and 5xx answers in the server's log ("... GET /api/search 500 3.1ms")."""
        lines = self.log_path.read_text(errors="replace").splitlines()
        return [line for line in lines if "Traceback" in line or SERVER_ERROR.search(line)]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def vm_rss_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return int(next(line for line in status if line.startswith("VmRSS:")).split()[1])


def child_pids(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    """GET on a kept-alive connection: the status and the body."""
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()
