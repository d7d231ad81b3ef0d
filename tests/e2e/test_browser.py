"""End to end in a real headless Chromium: search, facet, page 2, article, no console errors."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, seconds: float = 20) -> None:
    """Polls url until the server answers, or fails the test."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"the server at {url} did not start in {seconds} s")


@pytest.fixture(scope="module")
def server(tiny_index, tmp_path_factory):
    """The site under waitress, as in production, serving the tiny index."""
    port = free_port()
    log = (tmp_path_factory.mktemp("server") / "server.log").open("w")
    env = {**os.environ, "NEWS_SEARCH_INDEX": str(tiny_index)}
    cmd = [sys.executable, "-m", "waitress", f"--listen=127.0.0.1:{port}", "search_ui.wsgi:app"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/static/style.css")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab that records console errors and uncaught exceptions."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    context.close()


def test_search_facet_paging_and_article(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?per_page=1")
    page.fill("#q", "товарооборота")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=%D1%82%D0%BE%D0%B2"))
    expect(page.locator(".summary")).to_contain_text("Найдено 3 статьи")
    expect(page.locator(".hit")).to_have_count(1)
    expect(page.locator(".hit mark").first).to_be_visible()
    assert "товарооборот" in page.locator(".hit mark").first.inner_text().lower()

    page.locator(".facet__value", has_text="Пример").click()
    expect(page.locator(".summary")).to_contain_text("Найдено 2 статьи")
    expect(page.locator(".chip", has_text="Источник: Пример")).to_be_visible()
    first_title = page.locator(".hit__title").inner_text()

    page.get_by_role("link", name="Страница 2").click()
    expect(page.locator('.pagination [aria-current="page"]')).to_have_text("2")
    expect(page.locator(".chip", has_text="Источник: Пример")).to_be_visible()
    expect(page.locator(".hit")).to_have_count(1)
    assert page.locator(".hit__title").inner_text() != first_title

    title = page.locator(".hit__title").inner_text()
    page.locator(".hit__title a").click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".article mark").first).to_be_visible()
    expect(page.locator(".similar")).to_contain_text("Похожие статьи")
    assert page.errors == []


def test_inflected_query_highlights_and_slash_focuses_the_box(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=выборах&sort=date")
    expect(page.locator(".hit__title")).to_have_text(
        ["Выборы президента прошли спокойно", "Президент подписал указ о выборах"]
    )
    marks = {m.lower() for m in page.locator(".hit mark").all_inner_texts()}
    assert {"выборы", "выборах"} <= marks
    page.locator("body").press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.locator(".timeline a").first.click()
    expect(page.locator(".chip").first).to_contain_text("С 1 ")
    assert page.errors == []


def test_error_pages_render_without_console_errors(server, page):
    response = page.goto(f"{server}/article/0123456789abcdef")
    assert response.status == 404
    assert "Страница не найдена" in page.locator("h1").inner_text()
    # The 404 of the page itself is the only console error a browser reports here.
    assert all("404" in e for e in page.errors)
