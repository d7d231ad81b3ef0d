"""The site as `make serve` runs it, on a free port: for the service load (bench/load.py) and the
tests (tests/support.py re-exports it; bench never imports the tests)."""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.measure import children_of, rss_kb

REPO = Path(__file__).resolve().parents[1]
START_SECONDS = 60
SERVER_ERROR = re.compile(r" 5\d\d [\d.]+ms$")  # a request log line: "GET /api/search 500 3.1ms"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_command(port: int, threads: int = 8, workers: int | None = None) -> list[str]:
    """`make serve` on a given port: waitress processes (one per core unless `workers`)."""
    command = [
        sys.executable,
        "-m",
        "search_ui.serve",
        "--port",
        str(port),
        "--threads",
        str(threads),
    ]
    return command + (["--workers", str(workers)] if workers else [])


class Server:
    """The site as `make serve` runs it, on a free port, serving `index_dir`; its output goes
    to `log_path`. The constructor returns once the site answers; use it as a context manager
    or call stop()."""

    def __init__(
        self, index_dir: Path, log_path: Path, threads: int = 8, workers: int | None = None
    ):
        self.port = free_port()
        self.log_path = Path(log_path)
        env = {**os.environ, "NEWS_SEARCH_INDEX": str(index_dir)}
        with self.log_path.open("w") as log:
            self.proc = subprocess.Popen(
                serve_command(self.port, threads, workers), cwd=REPO, env=env, stdout=log,
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
            return get(connection, "/static/style.css")[0] == 200
        except (OSError, http.client.HTTPException):
            return False
        finally:
            connection.close()

    def connection(self, timeout: float = 60) -> http.client.HTTPConnection:
        """A new HTTP connection to the site."""
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def rss_kb(self) -> int:
        """The resident memory of the server and its workers, in KiB."""
        return sum(rss_kb(pid) for pid in [self.pid, *child_pids(self.pid)])

    def errors_logged(self) -> list[str]:
        """Tracebacks and 5xx answers in the server's log."""
        lines = self.log_path.read_text(errors="replace").splitlines()
        return [line for line in lines if "Traceback" in line or SERVER_ERROR.search(line)]

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


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is `pid`, whichever thread started them: a server's
    workers, a build's indexing processes."""
    return children_of().get(pid, [])


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    """One GET on a kept-alive connection: the status and the body."""
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()
