"""Whether a page as read holds the fields of its record written by hand: title, date,
source, lead, the body's first and last sentence, and none of the listed chrome.

The records' shape: ../shared/test-pages/*/expected.json; the table test and the select-all
benchmark (bench/selectall.py) score with the same checks.
"""

import json
from collections.abc import Iterable
from pathlib import Path

from indexer.article import Article
from indexer.sources.scrub import without_edge_pictographs
from indexer.sources.urls import url_date

FIELDS = ("title", "date", "source", "lead", "body_start", "body_end", "chrome")
INTERTITLE_CHARS = 60  # an intertitle may stand before the first sentence of the body


def flat(text: str) -> str:
    """Text on one line with single spaces, for comparing."""
    return " ".join(text.split())


def load_records(path: Path) -> list[dict]:
    """The records of an expected.json; none when there is no such file."""
    return json.loads(path.read_text(encoding="utf-8"))["pages"] if path.exists() else []


def spellings(page: dict, field: str) -> list[str]:
    """A field's value in the record and its other accepted spellings (`<field>_alt`: one, or
    a list)."""
    alternatives = page.get(f"{field}_alt") or []
    return [page[field], *([alternatives] if isinstance(alternatives, str) else alternatives)]


def title_ok(article: Article, page: dict) -> bool:
    if not page["title"]:  # no headline on the page: the text's opening words stand in
        opening = page["lead"] if page.get("lead_in_body") and page["lead"] else page["body_start"]
        # A headline's decoration is not its words: "❗6 сентября …" stands in as "6 сентября …".
        return stands_in(flat(article.title), flat(without_edge_pictographs(opening)))
    return flat(article.title) in {flat(title) for title in spellings(page, "title")}


def stands_in(title: str, start: str) -> bool:
    """True for a title made of the text's opening words (a page that has no headline)."""
    return bool(title) and (start.startswith(title) or title.startswith(start))


def date_ok(article: Article, page: dict) -> bool:
    if page["date"] is None:  # no date on the page: none, or the URL's, is right
        return article.date in (None, url_date(page.get("url", "")))
    day = page["date"][:10]  # a record may give the time too: "2014-12-25T13:35"
    return article.date is not None and article.date.isoformat() == day


def source_ok(article: Article, page: dict) -> bool:
    return article.source in spellings(page, "source")


def lead_ok(article: Article, page: dict) -> bool:
    lead, body = flat(article.lead), flat(article.body)
    if lead == flat(page["lead"]):
        return True
    if page.get("lead_in_body") and not lead:
        return body.startswith(flat(page["lead"])[:80])
    return bool(lead) and lead in flat(page.get("lead_note", ""))  # a subtitle taken as lead


def body_start_ok(article: Article, page: dict) -> bool:
    body, start = flat(article.body), flat(page["body_start"])
    if page.get("lead_in_body") and body.startswith(flat(page["lead"])[:80]):
        return True
    # The title left in the body fails, unless the text's first sentence opens with its words
    # (or is the title: a page without a headline, its first sentence standing in for one).
    title = flat(article.title)
    title_left = body.startswith(title) and not stands_in(title, start)
    return start in body[: len(start) + INTERTITLE_CHARS] and not title_left


def body_end_ok(article: Article, page: dict) -> bool:
    return flat(article.body).endswith(flat(page["body_end"]))


def chrome_ok(article: Article, page: dict) -> bool:
    text = flat(" ".join((article.title, article.lead, article.body)))
    lines = {flat(line) for part in (article.title, article.lead, article.body) for line in
             part.split("\n")}  # fmt: skip
    return not [chrome for chrome in page["chrome"] if is_left(flat(chrome), text, lines)]


def is_left(chrome: str, text: str, lines: set[str]) -> bool:
    """True for a chrome item found in the text: a line of marks alone ("-", "| ||") or a
    counter's figure alone ("0"), which any text's dash or number would hold, only as a line
    of its own."""
    alone = chrome.isdigit() or not any(char.isalnum() for char in chrome)
    return chrome in lines if alone else chrome in text


CHECKS = {"title": title_ok, "date": date_ok, "source": source_ok, "lead": lead_ok,
          "body_start": body_start_ok, "body_end": body_end_ok, "chrome": chrome_ok}  # fmt: skip


def fields_right(article: Article, page: dict) -> list[bool]:
    """Which of the record's fields the article has right, in FIELDS' order."""
    return [CHECKS[field](article, page) for field in FIELDS]


def print_compared(readings: Iterable[tuple[str, dict, Article, Article]]) -> None:
    """The fields right by the rules' reading and by another of each page (site, record, the
    rules', the other's), summed per field; each page where they differ printed first."""
    sums = {"rules": [0] * len(FIELDS), "learned": [0] * len(FIELDS)}
    pages = 0
    for site, page, rules, learned in readings:
        pages += 1
        found = {"rules": fields_right(rules, page), "learned": fields_right(learned, page)}
        for name, right in found.items():
            sums[name] = [total + ok for total, ok in zip(sums[name], right, strict=True)]
        if found["rules"] != found["learned"]:
            print(site, page["file"], "rules", found["rules"], "learned", found["learned"])
    for name, total in sums.items():
        print(name, pages, " / ".join(map(str, total)), f"({', '.join(FIELDS)})")
