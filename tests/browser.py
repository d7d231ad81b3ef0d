"""Where the browser tests find a Chromium, and what they say when there is none.

Looked for, in order: Debian's /usr/bin/chromium, `chromium`, `chromium-browser` or
`google-chrome` on PATH, then one that `playwright install chromium` put in its cache.
NEWS_SEARCH_CHROMIUM_DIRS (folders separated by ":") replaces that whole lookup, to check
a machine without a browser. With none found the browser tests skip, unless REQUIRE_BROWSER=1
(set by .ci/run), which turns the skip into a failure. Nothing here downloads a browser.
"""

import os
import shutil
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome")
DEBIAN = Path("/usr/bin/chromium")
DIRS_VARIABLE = "NEWS_SEARCH_CHROMIUM_DIRS"
REQUIRE_VARIABLE = "REQUIRE_BROWSER"
# The executables inside Playwright's cache (ms-playwright/chromium-1187/chrome-linux/chrome).
PLAYWRIGHT_PATTERNS = (
    "chromium-*/chrome-linux*/chrome",
    "chromium_headless_shell-*/chrome-*linux*/*headless*shell",
)
SKIP_REASON = "no Chromium found"
ENABLE_HINT = "sudo apt-get install chromium   or   .venv/bin/playwright install chromium"


def in_dirs(dirs: list[str]) -> Path | None:
    """The first of NAMES found as an executable in one of dirs."""
    found = (shutil.which(name, path=os.pathsep.join(dirs)) for name in NAMES)
    return next((Path(path) for path in found if path), None)


def playwright_cache() -> Path:
    """Where `playwright install` puts browsers."""
    default = Path.home() / ".cache" / "ms-playwright"
    return Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or default)


def in_playwright_cache() -> Path | None:
    """The newest Chromium that Playwright installed, if any."""
    found = [path for pattern in PLAYWRIGHT_PATTERNS for path in playwright_cache().glob(pattern)]
    return max((path for path in found if os.access(path, os.X_OK)), default=None)


def find_chromium() -> Path | None:
    """A Chromium executable to drive, or None."""
    if DIRS_VARIABLE in os.environ:
        return in_dirs([d for d in os.environ[DIRS_VARIABLE].split(os.pathsep) if d])
    if os.access(DEBIAN, os.X_OK):
        return DEBIAN
    return in_dirs(os.environ.get("PATH", "").split(os.pathsep)) or in_playwright_cache()


def browser_required() -> bool:
    """True where a missing browser is a failure (CI)."""
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


def open_tab(browser, **options):
    """A tab in a new context (ru-RU, plus `options`) whose console errors and uncaught
    exceptions gather in `tab.errors`; close it with tab.context.close()."""
    tab = browser.new_context(locale="ru-RU", **options).new_page()
    tab.set_default_timeout(10_000)
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    return tab


def missing_message() -> str:
    """The reason a browser test gives when it cannot run."""
    return f"{SKIP_REASON} (install one: {ENABLE_HINT})"
