"""End to end in a real headless Chromium: search, facet, page 2, article, no console errors."""

import re

import pytest

pytestmark = pytest.mark.e2e


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
