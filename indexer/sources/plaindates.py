"""The date a title-first copy gives: a date line under its title or beside a rubric over its
text, crumbs over the headline, a dateline, the day its opening names, a date line after it.
"""

import re
from datetime import date
from itertools import takewhile

from indexer.sources.clean import make_date, month_number, parse_ru_date
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import (
    WEEKDAY,
    YEAR,
    issue_day,
    labelled_date,
    opening_date,
    read_date_line,
    title_date,
)
from indexer.sources.glued import unglued
from indexer.sources.linekind import ends_sentence
from indexer.sources.pageheads import is_headline, is_paragraph

# The day a Wikinews text reports, as its style writes it: "В воскресенье, 11 июня 2017 года,".
# A bare date in the first sentence is too often another day: an anniversary, a plan.
NEWS_DAY = re.compile(
    r"\bв?о? ?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье),? "
    r"(\d{1,2} [а-яё]{3,8} (?:19|20)\d\d)(?= года| г\.)",
    re.I,
)
# A full date inside a short line over the text (head_date): "30 декабря 2025", "22 янв. 2015",
# "27.01.2026", "28 03 2017".
INNER_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})(?: ([а-яё]{3,8})\.? |([. ])(\d{1,2})\3)((?:19|20)\d\d)(?![\d.]\d)", re.I
)
HEAD_DATE_WORDS = 8
CRUMB_MARKS = frozenset("»>/|•·–—-")
# A day that is not the article's: "Сегодня 29 ноября 2024", "Издается с 24 февраля 1918 года".
SINCE = re.compile(r"(?<!\w)(?:сегодня|с|со)(?:\s*[:–—-])?\s+\d", re.I)
# A blog engine's (uCoz's) archive crumbs, year, month and day: "Главная » 2013 » Сентябрь » 16 »".
ARCHIVE_CRUMBS = re.compile(
    r"^Главная\s*»\s*((?:19|20)\d\d)\s*»\s*([А-ЯЁ][а-яё]+)\s*»\s*(\d{1,2})\s*»"
)
HEAD_DATE_MARK = re.compile(r"\d{1,2}:\d\d|(?:19|20)\d\d[А-ЯЁA-Zа-яё]|[/>|»]")
HEAD_LINES = 3
NEWS_DAY_LINES = 2  # the first line may be a photo caption
AFTER_LINES = 3  # non-empty lines after the text where its own date line may stand


def plain_date(title: str, body: str) -> date | None:
    """The date a title-first text gives: a date line under the title, a dateline's, the day
    its opening names as Wikinews does ("В воскресенье, 11 июня 2017 года, в Москве …"), a
    labelled date line anywhere ("Дата создания: …"), the date the text opens with or one
    written in the title."""
    # A date line glued to the text's first words ("13.11.2025Вечером …") split off them.
    first = unglued(body.partition("\n")[0])[0]
    if found := read_date_line(first) or date_under_line(body) or head_date(body):
        return found
    if (dateline := find_dateline(first)) and dateline.year:
        return dateline.date()
    if found := news_day(body.split("\n")[:NEWS_DAY_LINES]):
        return found
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if found := labelled_date(lines) or date_after(lines, last_paragraph(lines) + 1):
        return found
    # A copy without a headline has its first sentence stand in: a day it names is the text's.
    return opening_date(first) or (None if body.startswith(title) else title_date(title))


def head_date(body: str) -> date | None:
    """The full date inside a short line over the text's first paragraph, glued to a rubric
    or a notice: "Происшествия 30 декабря 2025, 06:44", "22 декабря 2023Возрастное
    ограничение0+"."""
    lines = [line.strip() for line in body.split("\n", HEAD_LINES * 2)[: HEAD_LINES * 2]]
    head = list(takewhile(lambda line: not is_paragraph(line), filter(None, lines)))
    # Right under the title the date may name its weekday: "Новости Четверг, 15 января 2026 16:05".
    found = (inner_date(line, under_title=i == 0) for i, line in enumerate(head[:HEAD_LINES]))
    return next((day for day in found if day), None)


def date_over(text: str, title: str) -> date | None:
    """The full date in a short line over the headline, crumbs' or a rubric's: "// Израиль //
    23 Февраля 2009 г.", "Главное новости 28 июня 2021", or a paper's numbered issue's."""
    above = text.partition(title)[0].splitlines()[-HEAD_LINES:] if title else []
    dated = (inner_date(line.strip(), True) or issue_day(line) for line in above)
    return next(filter(None, dated), None)


def inner_date(line: str, over_title: bool = False, under_title: bool = False) -> date | None:
    """The full date inside a short line (INNER_DATE) with a time, crumbs' marks or a word
    glued to its year beside it (HEAD_DATE_MARK); a photo's caption under the headline has
    none of them ("Дэвид Рокфеллер 24 октября 1953 года"), a rubric's line `over_title` may
    ("Главное новости 28 июня 2021"). A weekday marks the site's clock, unless the line
    stands right `under_title`."""
    if crumbs := ARCHIVE_CRUMBS.match(line):
        month = month_number(crumbs[2])
        return make_date(int(crumbs[1]), month, int(crumbs[3])) if month else None
    marked = over_title or HEAD_DATE_MARK.search(line)
    weekday = WEEKDAY.search(line) and not under_title
    clock = weekday or SINCE.search(line)  # the site's day, a founding date
    words = [word for word in line.split() if word not in CRUMB_MARKS]  # "»" is no word
    short = len(words) <= HEAD_DATE_WORDS and marked and not clock
    match = INNER_DATE.search(line) if short else None
    if match is None:
        return None
    month = month_number(match[2]) if match[2] else int(match[4])
    return make_date(int(match[5]), month, int(match[1])) if month else None


def date_under_line(body: str) -> date | None:
    """The date line under a first line that is no paragraph (a repost's stamped headline:
    "18:02 17.02.2026 Садыр Жапаров рассказал …" / "16 февраля 2026")."""
    first, second = ([*body.split("\n", 2), "", ""])[:2]
    return None if is_paragraph(first) else read_date_line(second)


def news_day(opening: list[str]) -> date | None:
    """The day a text's opening names with its weekday, as Wikinews does ("В воскресенье,
    11 июня 2017 года, в Москве …")."""
    match = next((m for line in opening if (m := NEWS_DAY.search(line))), None)
    return parse_ru_date(match[1]) if match else None


def last_paragraph(lines: list[str]) -> int:
    """The index of the text's last line ending a sentence (-1 for none)."""
    return next((i for i in range(len(lines) - 1, -1, -1) if ends_sentence(lines[i])), -1)


def date_after(lines: list[str], text_end: int) -> date | None:
    """The date line standing right after the text, with its year ("20.09.2019"); not a
    related link's, which has a headline under it and then nothing or the next link's date
    (undated related headlines under the date leave it the text's)."""
    after = [lines[i] for i in range(text_end, len(lines)) if lines[i]]
    for at, line in enumerate(after[:AFTER_LINES]):
        day = read_date_line(line)
        if day is not None and YEAR.search(line):
            below = after[at + 1 : at + 3]
            card = bool(below) and is_headline(below, 0)
            dated = len(below) < 2 or read_date_line(below[1]) is not None
            return None if card and dated else day
    return None
