"""The site's clock on top of a scraped page: the day the page was copied, not the article's.

A site's header often shows today's date with its weekday ("16 Окт 2025, Чт", "Воскресенье,
22 февраля 2026, 06:17") above its menus; an article's own date line stands by its headline
and seldom names the weekday ("06:41 07.09.2016 Ср" right under a headline is the article's).
So a weekday date opening the page is the clock when a headline does not follow it at once,
or one with its own date line right under it, or when it opens many pages of the folder (a
site's header, each page with another day).
"""

import re
from datetime import date
from itertools import pairwise

from indexer.sources.dates import (
    LABEL,
    MASTHEAD_FIRST,
    WEEKDAY,
    YEAR,
    is_date_text,
    read_date_line,
)
from indexer.sources.linekey import is_learnt
from indexer.sources.pageheads import is_headline, is_paragraph

UNDER_LINES = 2  # the lines under a headline where its own date line stands
ABOVE_HEADLINE = 5  # the lines between a clock opening the page and the headline, at most
CLOCK_LINES = 3  # the lines on top of a page where the site's clock may stand (the weather over it)
TEMPERATURE = re.compile(r"^[-+−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CС]?$")  # the weather: "-1.9 C"
ISSUE = re.compile(r"^№\s*\d+")  # a paper's issue number: "№ 82"
# Today's day a site's header labels so: "Сегодня: 18.11.2024", "Сегодня 18 ноября 2024".
TODAY_LABEL = re.compile(
    r"^Сегодня\s*[:,–—-]?\s*\d{1,2}(?:\.\d{1,2}\.|\s+[а-яё]{3,8}\s+)(?:19|20)\d\d(?:\s*г\.?|\s+года)?$",
    re.I,
)
CLOCK_KEY = "\x00clock"  # the key a folder's learnt lines hold when its pages open with a clock


def is_clock_line(line: str) -> bool:
    """True for a date line naming its weekday: "16 Окт 2025, Чт"; not one labelled as the
    article's ("Опубликовано ср, 12/04/2019 - 17:09") nor a paper's masthead, its issue's day
    ("… газета Северный Край, суббота, 10 ноября 2012")."""
    labelled = LABEL.match(line.strip()) or MASTHEAD_FIRST.match(line.strip())
    return WEEKDAY.search(line) is not None and is_date_text(line) and not labelled


def opening_line(lines: list[str]) -> int | None:
    """The index of the page's first non-empty line, or None."""
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def opens_with_clock(text: str) -> bool:
    """True when a page's text opens with a weekday date line, the weather and its town aside
    (a news theme's top bar: "-1.9 C" / "Камень-на-Оби" / "Четверг, 25 апреля, 2024"), for a
    folder's count."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:CLOCK_LINES]
    if lines and TEMPERATURE.match(lines[0]):
        lines = lines[2:] if len(lines) > 1 and len(lines[1].split()) == 1 else lines[1:]
    return bool(lines) and is_clock_line(lines[0])


def site_clock(lines: list[str], learnt: frozenset[str]) -> int | None:
    """The index of the site's clock opening the page, or None: a weekday date line over a
    line that is no headline ("Дата:", the weather), or one the folder's pages open with; a
    date line over a headline dated earlier under it (copied_after)."""
    # Past the lines every page of the folder opens with (an age mark, the site's tagline).
    first = next(
        (i for i, line in enumerate(lines) if line.strip() and not is_learnt(line, learnt)), None
    )
    if first is None:
        return None
    if not is_clock_line(lines[first]):
        return first if copied_after(lines, first, learnt) else None
    if CLOCK_KEY in learnt:
        return first
    below = opening_line(lines[first + 1 :])
    if below is None:
        return None
    headline = first + 1 + below
    if not is_headline(lines, headline):
        return first
    return first if dated_below(lines, headline) else None


def copied_after(lines: list[str], first: int, learnt: frozenset[str]) -> bool:
    """True for a date line opening the page over the headline and its own, earlier date line
    under it or over it ("15.02.2026 9:16" / headline / "14:10 24 марта 2013", "18 февраля 2026
    13:27" / "°C" / "28 сентября 2021 16:49" / headline): the day the page was printed. The
    lines its folder's pages repeat between them (the site's banners) are passed over."""
    top = read_date_line(lines[first]) if is_date_text(lines[first]) else None
    after = range(first + 1, len(lines))
    found = [i for i in after if lines[i].strip() and not is_learnt(lines[i], learnt)]
    headline = next((i for i in found[:ABOVE_HEADLINE] if is_headline(lines, i)), None)
    if top is None or headline is None:
        return False
    over = [lines[i] for i in found if i < headline]
    under = [line for line in lines[headline + 1 :] if line.strip()][:1]
    days = [day_of(line) for line in over or under]  # the lines over it, else the one under it
    return any(day is not None and day < top for day in days)


def day_of(line: str) -> date | None:
    """The day a date line with its year names, or None."""
    return read_date_line(line) if is_date_text(line) and YEAR.search(line) else None


def dated_below(lines: list[str], headline: int) -> bool:
    """True when a date line with its year stands right under the headline (the article's
    own: "2 сентября 2019 14:50"), so the weekday date over it is the site's clock."""
    under = [line for line in lines[headline + 1 :] if line.strip()][:UNDER_LINES]
    return any(is_date_text(line) and YEAR.search(line) for line in under)


def split_clock(lines: list[str]) -> list[int]:
    """The indexes of a clock written over two lines above the text, a date line and its
    weekday alone under it or over it ("9 августа 2020," / "воскресенье", "ВТОРНИК" / "03. 06.
    2025"), or none; not a paper's issue, its number under its day ("Пятница," / "2 ноября
    2007 г." / "№ 82"), the day of the articles in it."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for n, (at, below) in enumerate(pairwise(filled)):
        if is_paragraph(lines[at]):
            return []
        if is_date_text(lines[at]) and is_weekday(lines[below]):
            return [at, below]
        after = lines[filled[n + 2]] if n + 2 < len(filled) else ""
        if is_weekday(lines[at]) and is_date_text(lines[below]) and not ISSUE.match(after):
            return [at, below]
    return []


def is_weekday(line: str) -> bool:
    """True for a weekday's name alone on its line."""
    return WEEKDAY.fullmatch(line.strip(" ,.")) is not None


def without_clock(lines: list[str], learnt: frozenset[str]) -> list[str]:
    """The page's lines with the site's clock blanked."""
    at = site_clock(lines, learnt)
    blanked = [*(split_clock(lines) if at is None else [at]), *today_lines(lines)]
    return [("" if i in blanked else line) for i, line in enumerate(lines)]


def today_lines(lines: list[str]) -> list[int]:
    """The indexes of the lines labelling today's day above the text (TODAY_LABEL)."""
    text_at = next((i for i, line in enumerate(lines) if is_paragraph(line)), len(lines))
    return [i for i in range(text_at) if TODAY_LABEL.match(lines[i].strip())]
