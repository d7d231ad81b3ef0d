"""Dates as people type them, for the period fields and the query's own `date:` filter.

2018, 2018-03, 2018-03-18, 18.03.2018, 03.2018    that year, month or day
>2017, >=2017-03, <2018, <=18.03.2018             after, from, before, up to
2017..2018, 2017-01-01..2017-06-30                from the first through the second
"""

import calendar
import re
from datetime import date, timedelta

# "2018", "2018-03", "2018-03-18"; and as Russians write them: "18.03.2018", "03.2018".
DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", re.ASCII)
DOTTED_RE = re.compile(r"(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})", re.ASCII)
COMPARED = re.compile(r"([<>]=?)(.+)")
RANGE = ".."
DAY = timedelta(days=1)


def parse_bound(text: str, end: bool) -> date | None:
    """A date from "2018" (Jan 1, or Dec 31 as an end), "2018-02" (Feb 1 or 28), "2018-02-03",
    "03.02.2018" or "02.2018"."""
    parts = date_parts(text.strip())
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        month = 12 if end else 1
    if year < 1 or not 1 <= month <= 12:  # "0000", "2018-13", "2018-00"
        return None
    if day is None:
        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return date(year, month, day)
    except ValueError:  # "2018-02-30"
        return None


def date_parts(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of "2018-02-03" or "03.02.2018"; missing parts None."""
    match = DATE_RE.fullmatch(text)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        return year, month, day
    match = DOTTED_RE.fullmatch(text)
    if match:
        day, month, year = (int(g) if g else None for g in match.groups())
        return year, month, day
    return None


def period(text: str) -> tuple[date, date] | None:
    """The first and last day a `date:` value stands for (module docstring); None when
    it cannot be read. A reversed range is read the right way round."""
    if compared := COMPARED.fullmatch(text):
        return compared_period(*compared.groups())
    first, _, last = text.partition(RANGE) if RANGE in text else (text, "", text)
    low, high = parse_bound(first, end=False), parse_bound(last, end=True)
    if low is None or high is None:
        return None
    if low > high:
        low, high = parse_bound(last, end=False), parse_bound(first, end=True)
    return low, high


def compared_period(sign: str, text: str) -> tuple[date, date] | None:
    """The days after (">"), from (">="), before ("<") or up to ("<=") a date's period."""
    low, high = parse_bound(text, end=False), parse_bound(text, end=True)
    if low is None or high is None:
        return None
    if sign == ">=":
        return low, date.max
    if sign == "<=":
        return date.min, high
    if sign == ">":
        return (high + DAY, date.max) if high < date.max else None
    return (date.min, low - DAY) if low > date.min else None
