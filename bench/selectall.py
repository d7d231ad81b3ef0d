"""Saved article pages as a person copies them with select-all, read by the page reader.

`python -m bench.selectall` renders each page of ../shared/test-pages/html in a headless
Chromium (offline: scripts off, no request leaves the machine, as a saved page opens without
its servers), keeps the text select-all and copy gives (the body's innerText: menus, related
headlines, footers and all), reads it as a .txt file of a folder, and scores every field
against the page's hand-written record with the table test's checks (bench/page_fields.py).
The reader was never tuned on these texts: the figures measure it on a shape of input it has
not seen. Results: bench/results/selectall.md.
"""

import argparse
import shutil
from pathlib import Path

from bench.page_fields import CHECKS, FIELDS, load_records
from indexer.article import Article
from indexer.sources import read_file

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "test-pages" / "html"
OUT = REPO / "var" / "bench" / "selectall"
RESULTS = REPO / "bench" / "results" / "selectall.md"
VIEWPORT = {"width": 1280, "height": 900}


def chromium() -> str | None:
    """Debian's Chromium or one on PATH; None lets Playwright use its own download."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def render(pages: Path, out: Path, executable: str | None = None) -> list[Path]:
    """Each saved page's select-all text, written as <name>.txt in `out`."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable or chromium(), args=["--no-sandbox"])
        context = browser.new_context(java_script_enabled=False, locale="ru-RU", viewport=VIEWPORT)
        context.route("**/*", offline)
        for page in sorted(pages.glob("*.html")):
            written.append(copied_text(context, page, out / f"{page.stem}.txt"))
        browser.close()
    return written


def offline(route) -> None:
    """Only the saved file itself loads: images, styles and scripts from the web are refused."""
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def copied_text(context, page: Path, target: Path) -> Path:
    tab = context.new_page()
    tab.goto(page.as_uri(), wait_until="load")
    target.write_text(tab.evaluate("document.body.innerText"), encoding="utf-8")
    tab.close()
    return target


def scores(texts: Path, records: list[dict]) -> dict[str, dict[str, bool]]:
    """Each page's fields as read from its select-all text: right or wrong."""
    marks = {}
    for record in records:
        (article,) = read_file(texts / f"{Path(record['file']).stem}.txt")
        assert isinstance(article, Article), article
        marks[record["file"]] = {field: CHECKS[field](article, record) for field in FIELDS}
    return marks


def report(marks: dict[str, dict[str, bool]]) -> str:
    """A Markdown table: a row per page, a column per field, the totals under it."""
    head = ["| page | " + " | ".join(FIELDS) + " |", "|---" * (len(FIELDS) + 1) + "|"]
    rows = [f"| {name} | " + " | ".join("✓" if ok[f] else "✗" for f in FIELDS) + " |"
            for name, ok in marks.items()]  # fmt: skip
    totals = [sum(ok[f] for ok in marks.values()) for f in FIELDS]
    total = f"| right of {len(marks)} | " + " | ".join(str(n) for n in totals) + " |"
    return "\n".join([*head, *rows, total])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="HTML pages, expected.json")
    parser.add_argument("--out", type=Path, default=OUT, help="where the copied texts are written")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    render(args.pages, args.out)
    table = report(scores(args.out, load_records(args.pages / "expected.json")))
    title = f"## Select-all copies of {args.pages.name}/ read as page text"
    args.results.write_text(f"{title}\n\n{table}\n", encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
