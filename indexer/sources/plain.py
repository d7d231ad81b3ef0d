"""Plain text articles: the first non-empty line is the title, the rest the body (Wikinews)."""

import re
from datetime import date
from pathlib import PurePosixPath

from indexer.article import Article, Skip
from indexer.sources.clean import normalize_text, parse_ru_date
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import is_date_text, read_date_line
from indexer.sources.fields import make_article

# NEREL ships the texts of Russian Wikinews: "NEREL-v1.1-texts.tar.gz/NEREL-v1.1/dev/1003.txt"
WIKINEWS_MARKS = ("wikinews", "nerel")
# A full date in words, as a news text's first sentence names the day: "11 июня 2017 года".
FULL_DATE = re.compile(r"(?<!\d)\d{1,2} [а-яё]{3,8} (?:19|20)\d\d(?= года| г\.)", re.I)


def plain_source(path: str) -> str:
    """The outlet of a plain text: Викиновости for NEREL, else the folder's name."""
    if any(mark in path.lower() for mark in WIKINEWS_MARKS):
        return "Викиновости"
    return PurePosixPath(path).parent.name


def first_sentence(body: str) -> str:
    """The first sentence of a text, roughly: up to the first ". " of its first line."""
    line = body.split("\n", 1)[0]
    return line[: line.find(". ") + 1] if ". " in line else line


def plain_date(body: str) -> date | None:
    """The date a title-first text gives: a date line under the title, a dateline's, or the
    full date its first sentence names ("В воскресенье, 11 июня 2017 года, в Москве …")."""
    first, _, rest = body.partition("\n")
    if found := read_date_line(first):
        return found
    if (dateline := find_dateline(first)) and dateline.year:
        return dateline.date()
    sentence = first_sentence(first if not is_date_text(first) else rest)
    match = FULL_DATE.search(sentence)
    return parse_ru_date(match[0]) if match else None


def parse_plain(text: str, path: str) -> Article | Skip:
    """An Article from title-first text: "Заголовок\\n\\nТекст..."."""
    title, _, body = normalize_text(text).partition("\n")
    return make_article(
        path, None, title=title, body=body, source=plain_source(path), date=plain_date(body)
    )
