"""Browser fixtures: the site under waitress on the tiny index, a headless Chromium, a tab."""

import pytest

from tests.browser import browser_required, find_chromium, missing_message, open_tab
from tests.support import Server

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium():
    """The Chromium executable; a skip (a failure under REQUIRE_BROWSER=1) when there is none."""
    path = find_chromium()
    if path is None:
        if browser_required():
            pytest.fail(f"{missing_message()}; REQUIRE_BROWSER is set", pytrace=False)
        pytest.skip(missing_message())
    return path


@pytest.fixture(scope="module")
def server(tiny_index, tmp_path_factory):
    """The site under waitress, as in production, serving the tiny index: its base URL."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    with Server(tiny_index, log, workers=1) as site:
        yield site.url


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh desktop tab that records console errors and uncaught exceptions."""
    tab = open_tab(browser, viewport={"width": 1280, "height": 900})
    yield tab
    tab.context.close()
