"""The service: several workers on one socket, a worker that dies replaced, log lines that
stay one line each, and no redirect built from the Host header."""

import http.client
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from indexer import build_index
from search_ui.app import create_app
from search_ui.serve import REUSE_PORT
from search_ui.wsgi import log, printable, warm_up
from tests.support import SAMPLE_PAGE, Server, child_pids

PRINTABLE = [
    ("/api/search", "/api/search"),
    ("/статья/путин", "/статья/путин"),
    ("/a\nb", "/a\\x0ab"),
    ("/a\r\n2026-01-01 GET /admin 200", "/a\\x0d\\x0a2026-01-01 GET /admin 200"),
    ("/\x1b[31mred", "/\\x1b[31mred"),
    ("/a\x00b\x7f", "/a\\x00b\\x7f"),
    ("/a\u2028b", "/a\\u2028b"),
]


@pytest.mark.parametrize(("path", "logged"), PRINTABLE)
def test_a_logged_path_has_no_control_characters(path, logged):
    assert printable(path) == logged


@pytest.mark.parametrize("path", ["//api//search?q=x", "//", "/static//style.css", "//article//x"])
def test_no_redirect_is_built_from_the_host_header(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    assert not 300 <= response.status_code < 400
    assert "evil.example" not in response.headers.get("Location", "")


def get_json(port: int, path: str) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        assert response.status == 200
        return json.loads(response.read())
    finally:
        conn.close()


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def answers(port: int) -> bool:
    try:
        return get_json(port, "/api/search?q=" + quote("стали"))["total"] > 0
    except OSError:
        return False


@pytest.fixture
def service(tiny_index, tmp_path):
    """`make serve WORKERS=2` on the tiny index: yields (port, supervisor process)."""
    with Server(tiny_index, tmp_path / "serve.log", workers=2) as site:
        wait_for(lambda: answers(site.port))
        yield site.port, site.proc


def listening(port: int) -> int:
    """How many sockets listen on the port: one a worker (SO_REUSEPORT), else the shared one."""
    rows = [row.split() for row in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return sum(row[1].endswith(f":{port:04X}") and row[3] == "0A" for row in rows)


def test_the_server_says_when_another_analysis_made_the_index(tmp_path, caplog):
    index = tmp_path / "index"
    build_index([SAMPLE_PAGE], index, progress=False)
    manifest = json.loads((index / "manifest.json").read_text())
    (index / "manifest.json").write_text(json.dumps({**manifest, "analysis": 3}))
    log.addHandler(caplog.handler)  # the request log does not propagate to the root
    try:
        with caplog.at_level(logging.WARNING, logger=log.name):
            warm_up(create_app({"INDEX_DIR": str(index)}))
    finally:
        log.removeHandler(caplog.handler)
    assert f"{index}: the index was made by another version of the word analysis" in caplog.text


def test_the_supervisor_loads_neither_the_app_nor_the_index():
    # Each worker holds its own app; one in the supervisor would only take memory (70 MB).
    loaded = "import sys, search_ui.serve; print(sorted({m.split('.')[0] for m in sys.modules}))"
    modules = subprocess.run([sys.executable, "-c", loaded], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    for heavy in ("flask", "indexer", "numpy", "pymorphy3", "whoosh"):
        assert f"'{heavy}'" not in modules


def test_workers_share_one_socket_and_a_dead_one_is_replaced(service):
    """The other worker answers while a dead one is replaced; then both do."""
    port, supervisor = service
    both = 2 if REUSE_PORT else 1
    wait_for(lambda: listening(port) == both)
    first = child_pids(supervisor.pid)
    os.kill(first[0], signal.SIGKILL)
    wait_for(lambda: len(set(child_pids(supervisor.pid)) - {first[0]}) == 2)
    assert first[0] not in child_pids(supervisor.pid)
    meanwhile = []
    deadline = time.monotonic() + 60
    while listening(port) < both and time.monotonic() < deadline:
        meanwhile.append(answers(port))
    assert listening(port) == both
    assert all(meanwhile)
    assert all(answers(port) for _ in range(10))


def test_stopping_the_service_stops_every_worker(service):
    port, supervisor = service
    wait_for(lambda: len(child_pids(supervisor.pid)) == 2)
    workers = child_pids(supervisor.pid)
    supervisor.terminate()
    assert supervisor.wait(timeout=30) == 0
    for pid in workers:
        wait_for(lambda pid=pid: not os.path.exists(f"/proc/{pid}") or zombie(pid), 30)


def zombie(pid: int) -> bool:
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")


def test_idle_connections_do_not_lock_clients_out(service):
    """~100 idle connections locked everyone out with waitress's default limit (100 a process)."""
    port, _ = service
    idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(250)]
    try:
        assert answers(port)
    finally:
        for sock in idle:
            sock.close()
