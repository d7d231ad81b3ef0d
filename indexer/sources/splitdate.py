"""A date written over lines of its own, one part a line, as a page's layout sets it
("05 января" / "15:16" / "2022", "29" / "нояб 2015", "8" / "Июль" / "2021")."""

import re
from datetime import date

from indexer.sources.clean import month_number
from indexer.sources.dates import TIME, YEAR, is_date_text, read_date_line

SPLIT_LINES = 4  # a date's day, month, year and time, a line each
# A date over two lines: the day alone ("29"), the month and year under it ("нояб 2015").
BARE_DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])")
MONTH_YEAR = re.compile(r"([а-яёa-z]{3,8})\.?,? ((?:19|20)\d\d)(?: г\.?| года)?", re.I)


def split_date(lines: list[str]) -> date | None:
    """A date written over lines of its own, one part a line ("05 января" / "15:16" /
    "2022", "29" / "нояб 2015"): its parts read together."""
    parts: list[str] = []
    for at, line in enumerate([*lines, ""]):
        if line and is_date_part(lines, at):
            parts.append(line)
            continue
        joined = " ".join(part for part in parts if not TIME.fullmatch(part))
        if len(parts) > 1 and YEAR.search(joined) and (found := read_date_line(joined)):
            return found
        parts = []
    return None


def is_date_part(lines: list[str], at: int) -> bool:
    """True for a line that is a part of a date: a date, a year, a time, a month and year, or
    a bare day number with a month and year right under it ("29" / "нояб 2015"), or with a
    month and a year on a line each ("8" / "Июль" / "2021")."""
    line = lines[at]
    if is_date_text(line) or YEAR.fullmatch(line) or TIME.fullmatch(line) or month_year(line):
        return True
    under = lines[at + 1 : at + 3]
    if BARE_DAY.fullmatch(line):
        return bool(under) and (month_year(under[0]) or day_month_year([line, *under]))
    return day_month_year(lines[at - 1 : at + 2]) if at else False


def day_month_year(lines: list[str]) -> bool:
    """True for a day, a month's name and a year, a line each: "8" / "Июль" / "2021"."""
    if len(lines) != 3 or not BARE_DAY.fullmatch(lines[0]) or not YEAR.fullmatch(lines[2]):
        return False
    return re.fullmatch(r"[А-ЯЁа-яё]{3,8}", lines[1]) is not None and bool(month_number(lines[1]))


def month_year(line: str) -> bool:
    """True for a line of a month word and a year: "нояб 2015", "Ноябрь, 2015"."""
    match = MONTH_YEAR.fullmatch(line.strip())
    return match is not None and month_number(match[1]) is not None
