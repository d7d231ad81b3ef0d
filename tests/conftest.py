"""Shared fixtures: a tiny corpus, its index, the Flask app and client."""

from pathlib import Path

import pytest

from indexer.engine.search import SearchEngine
from indexer.writing.build import build_index

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
TINY_CORPUS = [REPO / "tests" / "fixtures" / "tiny", REPO / "corpus" / "sample"]


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory) -> Path:
    """An index of the 12 fixture articles and the sample page, built once."""
    index_dir = tmp_path_factory.mktemp("index")
    build_index(TINY_CORPUS, index_dir, full=True, jobs=1, progress=False)
    return index_dir


@pytest.fixture(scope="session")
def engine(tiny_index) -> SearchEngine:
    return SearchEngine(tiny_index)


@pytest.fixture
def app(tiny_index):
    from search_ui import create_app

    return create_app({"TESTING": True, "INDEX_DIR": str(tiny_index)})


@pytest.fixture
def client(app):
    return app.test_client()
