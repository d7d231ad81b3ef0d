"""Autocomplete in a real headless Chromium: keyboard, mouse and touch, desktop and phone widths."""

import json
import re
import time
import urllib.request

import pytest

from tests.browser import open_tab

pytestmark = pytest.mark.e2e

TITLE = "Собянин встретился с Лукашенко в Минске"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture(scope="module", autouse=True)
def suggestions_ready(server):
    """Waits until the server has read its index's words: it offers none until then."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{server}/api/suggest?q=%D1%81") as response:  # "с"
            if json.load(response)[1]:
                return
        time.sleep(0.2)
    pytest.fail("no suggestions 30 s after the server started")


@pytest.fixture
def phone(browser):
    """A tab of a touch phone 390 px wide, recording console errors."""
    tab = open_tab(browser, **PHONE)
    yield tab
    tab.context.close()


def type_into_box(tab, server: str, text: str):
    """Opens the home page and types `text` key by key; returns the suggestions list."""
    from playwright.sync_api import expect

    tab.goto(server + "/")
    tab.locator("#q").press_sequentially(text, delay=20)
    # The list of the whole text, not of a prefix typed before it.
    expect(tab.get_by_role("listbox")).to_have_attribute("data-query", text)
    options = tab.get_by_role("option")
    expect(options.first).to_be_visible()
    return options


def test_arrows_choose_a_suggestion_and_enter_searches_it(server, page):
    from playwright.sync_api import expect

    options = type_into_box(page, server, "собян")
    box = page.get_by_role("combobox", name="Что искать")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(options.first).to_have_text("собянин")
    expect(options.last).to_have_text(TITLE)

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
    expect(page.locator("[role=option][aria-selected=true]")).to_have_count(1)

    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=%D1%81%D0%BE%D0%B1%D1%8F%D0%BD%D0%B8%D0%BD$"))
    expect(page.locator(".hit__title", has_text=TITLE)).to_be_visible()
    assert page.errors == []


def test_escape_closes_the_list_and_keeps_the_text(server, page):
    from playwright.sync_api import expect

    type_into_box(page, server, "собян")
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(page.locator("#q")).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#q")).to_have_value("собян")
    # Enter with no suggestion chosen searches the text as typed.
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?q="))
    assert page.errors == []


def test_a_click_on_a_title_searches_it(server, page):
    from playwright.sync_api import expect

    options = type_into_box(page, server, "Собянин встр")
    options.filter(has_text=TITLE).click()
    expect(page.locator(".hit__title").first).to_have_text(TITLE)
    expect(page.locator("#q")).to_have_value(TITLE)
    assert page.errors == []


def test_a_tap_on_a_phone_searches_the_suggestion(server, phone):
    from playwright.sync_api import expect

    options = type_into_box(phone, server, "собян")
    list_box = phone.get_by_role("listbox").bounding_box()
    assert list_box["x"] >= 0 and list_box["x"] + list_box["width"] <= 390
    first = options.first.bounding_box()
    assert first["height"] >= 40  # a finger's target, not a mouse's
    options.first.tap()
    expect(phone.locator(".hit__title", has_text=TITLE)).to_be_visible()
    expect(phone.locator("#q")).to_have_value("собянин")
    assert phone.errors == []


def test_without_javascript_the_box_is_a_plain_form(server, browser):
    from playwright.sync_api import expect

    context = browser.new_context(java_script_enabled=False, locale="ru-RU")
    tab = context.new_page()
    try:
        tab.goto(server + "/")
        expect(tab.locator("#q")).not_to_have_attribute("role", "combobox")
        tab.fill("#q", "собянин")
        tab.press("#q", "Enter")
        expect(tab.locator(".hit__title", has_text=TITLE)).to_be_visible()
        expect(tab.get_by_role("listbox")).to_have_count(0)
    finally:
        context.close()
