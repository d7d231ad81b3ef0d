"""Helpers for tests and bench/load.py: the site under waitress, a JSONL writer, the CLI runner.

Paths: REPO is this checkout; SHARED_CORPUS the workplace's read-only corpora beside it
(absent in a clone elsewhere: tests that need it skip, see `shared_corpus` in conftest.py).
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_CORPUS = REPO / "corpus"
SAMPLE_PAGE = DEFAULT_CORPUS / "sample" / "000_b337073e38a917f0.txt"
START_SECONDS = 60


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def waitress_command(port: int, threads: int = 8) -> list[str]:
    """`make serve` on a given port: waitress-serve from the virtualenv."""
    script = Path(sys.executable).with_name("waitress-serve")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "waitress"]
    return [*head, f"--listen=127.0.0.1:{port}", f"--threads={threads}", "search_ui.wsgi:app"]


class Server:
    """The site under waitress on a free port, serving `index_dir`; its output goes to `log_path`.

    Started by the constructor, which returns once the site answers; use it as a context
    manager or call stop()."""

    def __init__(self, index_dir: Path, log_path: Path, threads: int = 8, env: dict | None = None):
        self.port = free_port()
        self.log_path = Path(log_path)
        environment = {**os.environ, **(env or {}), "NEWS_SEARCH_INDEX": str(index_dir)}
        with self.log_path.open("w") as log:
            self.proc = subprocess.Popen(
                waitress_command(self.port, threads), cwd=REPO, env=environment, stdout=log,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
        try:
            self.wait_until_up()
        except BaseException:
            self.stop()
            raise

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_until_up(self, seconds: float = START_SECONDS) -> None:
        """Returns once the site answers a page; raises RuntimeError when it exits or is late."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"waitress exited: {self.log_tail()}")
            if self.answers():
                return
            time.sleep(0.1)
        raise RuntimeError(f"waitress did not answer in {seconds} s: {self.log_tail()}")

    def answers(self) -> bool:
        """True when a GET of a static file gets a reply."""
        connection = self.connection(timeout=5)
        try:
            connection.request("GET", "/static/style.css")
            return connection.getresponse().status == 200
        except OSError:
            return False
        finally:
            connection.close()

    def connection(self, timeout: float = 60) -> http.client.HTTPConnection:
        """A new HTTP connection to the site."""
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        """Ends the server, killing it when it does not stop in 15 s."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def write_jsonl(path: Path, records: Iterable[dict]) -> Path:
    """Writes one JSON object a line (UTF-8, Cyrillic as is) and returns the path."""
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    Path(path).write_text("".join(lines), encoding="utf-8")
    return Path(path)


def indexer_command(*args: str) -> list[str]:
    """`python -m indexer ARGS…` with this interpreter."""
    return [sys.executable, "-m", "indexer", *map(str, args)]


def run_indexer(
    *args, cwd: Path = REPO, timeout: float = 600, **popen
) -> subprocess.CompletedProcess:
    """Runs `python -m indexer ARGS…` to its end; the output comes back as text."""
    return subprocess.run(
        indexer_command(*args), cwd=cwd, capture_output=True, text=True, timeout=timeout, **popen
    )
