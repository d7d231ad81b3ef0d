"""Shared fixtures: a tiny corpus, its index, the Flask app and client."""

from pathlib import Path

import pytest

from indexer.engine.search import SearchEngine
from indexer.writing.build import build_index
from tests.browser import ENABLE_HINT, SKIP_REASON
from tests.support import (
    DEFAULT_CORPUS,
    REPO,
    SAMPLE_PAGE,
    SHARED_CORPUS,
    SHARED_TEST_PAGES,
    engine_of,
)

# The 12 fixture articles and the one Sputnik page: small enough to build in a second.
TINY_CORPUS = [REPO / "tests" / "fixtures" / "tiny", SAMPLE_PAGE]


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory) -> Path:
    """An index of the 12 fixture articles and the sample page, built once."""
    index_dir = tmp_path_factory.mktemp("index")
    build_index(TINY_CORPUS, index_dir, full=True, jobs=1, progress=False)
    return index_dir


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The workplace's real corpora (../shared/corpus); tests needing them skip in other clones."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"no shared corpus at {SHARED_CORPUS}: these tests read the real corpora")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def shared_test_pages() -> Path:
    """The workplace's saved test pages (../shared/test-pages), which the learned decisions are
    trained on with the recorded pages; tests needing them skip in other clones."""
    if not SHARED_TEST_PAGES.is_dir():
        pytest.skip(f"no shared test pages at {SHARED_TEST_PAGES}: the models are trained on them")
    return SHARED_TEST_PAGES


@pytest.fixture(scope="session")
def default_index(tmp_path_factory) -> Path:
    """An index of corpus/ as a fresh clone has it (934 articles, about 20 s), built once."""
    index_dir = tmp_path_factory.mktemp("default-index")
    build_index([DEFAULT_CORPUS], index_dir, full=True, jobs=1, progress=False)
    return index_dir


@pytest.fixture(scope="session")
def engine(tiny_index) -> SearchEngine:
    return SearchEngine(tiny_index)


COPY = ("Курс рубля упал на торгах", "Рубль подешевел к доллару и евро на Московской бирже.",
        "Курс рубля снизился на открытии торгов вторника, сообщает биржа.")  # fmt: skip
OTHER = ("Курс рубля вырос к вечеру", "Рубль отыграл утреннее падение.",
         "К закрытию торгов рубль укрепился: помогла дорожающая нефть.")  # fmt: skip


@pytest.fixture(scope="session")
def copies_client(tmp_path_factory):
    """A site over one story published twice (a word of the title changed) and another story."""
    from search_ui.app import create_app

    copy_of = (COPY[0] + " биржи", *COPY[1:])
    engine = engine_of(tmp_path_factory.mktemp("copies"), [COPY, copy_of, OTHER])
    return create_app({"TESTING": True, "INDEX_DIR": str(engine.index_dir)}).test_client()


@pytest.fixture
def app(tiny_index):
    from search_ui.app import create_app

    return create_app({"TESTING": True, "INDEX_DIR": str(tiny_index)})


@pytest.fixture
def client(app):
    return app.test_client()


def pytest_terminal_summary(terminalreporter) -> None:
    """One loud line at the end when the browser tests could not run for want of a Chromium."""
    skipped = terminalreporter.stats.get("skipped", [])
    missing = [r for r in skipped if SKIP_REASON in str(getattr(r, "longrepr", ""))]
    if missing:
        terminalreporter.write_line(
            f"!!! {len(missing)} browser tests SKIPPED: {SKIP_REASON}. Enable them: {ENABLE_HINT}",
            red=True,
            bold=True,
        )
