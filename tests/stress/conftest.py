"""Stress fixtures: the ng.ru corpus with its index, built once, and the site under waitress."""

import shutil
from pathlib import Path

import pytest
from harness import SHARED_CORPUS, Server, run_build


@pytest.fixture(scope="session")
def base(tmp_path_factory) -> Path:
    """A folder with corpus/ (ng.ru: 1,987 articles, 1,589 once de-duplicated) and index/."""
    if not (SHARED_CORPUS / "ng").is_dir():
        pytest.skip(f"no shared corpus at {SHARED_CORPUS}")
    root = tmp_path_factory.mktemp("base")
    (root / "corpus").mkdir()
    for path in sorted((SHARED_CORPUS / "ng").glob("*.jsonlines.gz")):
        shutil.copy(path, root / "corpus")
    run_build(root, "--full")
    return root


@pytest.fixture
def workdir(base, tmp_path) -> Path:
    """A copy of the base corpus and index, free to change."""
    shutil.copytree(base, tmp_path / "work")
    return tmp_path / "work"


@pytest.fixture
def serve(tmp_path):
    """Starts the site on an index; every server started is stopped after the test."""
    servers = []

    def start(index_dir: Path) -> Server:
        servers.append(Server(index_dir, tmp_path / f"server{len(servers)}.log"))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
