"""The browser tests find a Chromium by themselves, or skip saying how to get one."""

import pytest

from tests import browser


def executable(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def no_system_chromium(monkeypatch, tmp_path):
    """A machine without Debian's chromium, nothing on PATH and no Playwright cache."""
    monkeypatch.delenv(browser.DIRS_VARIABLE, raising=False)
    monkeypatch.setattr(browser, "DEBIAN", tmp_path / "no" / "chromium")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-path"))
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "ms-playwright"))
    return tmp_path


@pytest.mark.parametrize("name", ["chromium", "chromium-browser", "google-chrome"])
def test_a_chromium_on_path_is_found(no_system_chromium, monkeypatch, name):
    found = executable(no_system_chromium / "bin" / name)
    monkeypatch.setenv("PATH", str(found.parent))
    assert browser.find_chromium() == found


@pytest.mark.parametrize(
    "inside",
    [
        "chromium-1187/chrome-linux/chrome",
        "chromium_headless_shell-1187/chrome-linux/headless_shell",
    ],
)
def test_one_that_playwright_installed_is_found(no_system_chromium, inside):
    found = executable(no_system_chromium / "ms-playwright" / inside)
    assert browser.find_chromium() == found


def test_none_anywhere_is_none(no_system_chromium):
    executable(no_system_chromium / "ms-playwright" / "firefox-1490" / "firefox" / "firefox")
    assert browser.find_chromium() is None


def test_the_dirs_variable_replaces_the_whole_lookup(monkeypatch, tmp_path):
    monkeypatch.setenv(browser.DIRS_VARIABLE, str(tmp_path))
    assert browser.find_chromium() is None  # though /usr/bin/chromium may exist
    found = executable(tmp_path / "chromium-browser")
    assert browser.find_chromium() == found


@pytest.mark.parametrize(
    ("value", "required"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_require_browser_turns_the_skip_into_a_failure(monkeypatch, value, required):
    monkeypatch.setenv(browser.REQUIRE_VARIABLE, value)
    assert browser.browser_required() is required


def test_the_skip_says_how_to_get_a_browser():
    message = browser.missing_message()
    assert "apt-get install chromium" in message and "playwright install chromium" in message
