"""URL arguments → SearchRequest, leniently: a bad value falls back to its default."""

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from werkzeug.datastructures import MultiDict

from indexer import MAX_PER_PAGE, MAX_QUERY_CHARS, PER_PAGE, SORTS, SearchRequest
from indexer.engine.periods import parse_bound

MAX_PAGE = 1000
DEFAULT_PER_PAGE = PER_PAGE
MAX_VALUES = 20  # filter values of one kind kept from the URL
MAX_VALUE_CHARS = 200
DATE_FORMATS = "2018, 2018-03, 2018-03-18 или 18.03.2018"
BAD_DATE = "Не удалось прочитать дату «{}»: напишите её так: " + DATE_FORMATS + "."
SWAPPED = "Дата «с» была позже даты «по»: поменяли их местами."
SPACES = "\t\n\r"
YEAR_RE = re.compile(r"[12]\d{3}", re.ASCII)


def read_request(args: MultiDict) -> tuple[SearchRequest, dict[str, str]]:
    """A SearchRequest from the query string, and what to say next to each period field
    ("from" → "Не удалось прочитать дату…"); never raises. A reversed period is swapped."""
    date_from, date_to, problems = parse_period(args)
    request = SearchRequest(
        q=clean_query(args.get("q", "")),
        page=bounded_int(args.get("page"), 1, MAX_PAGE, default=1),
        per_page=bounded_int(args.get("per_page"), 1, MAX_PER_PAGE, default=DEFAULT_PER_PAGE),
        sort=args.get("sort") if args.get("sort") in SORTS else SORTS[0],
        date_from=date_from,
        date_to=date_to,
        sources=clean_values(args.getlist("source")),
        rubrics=clean_values(args.getlist("rubric")),
        years=parse_years(args.getlist("year")),
        tags=clean_values(args.getlist("tag")),
        as_typed=args.get("as_typed") == "1",
        copies=args.get("copies") == "1",
    )
    return request, problems


def parse_request(args: MultiDict) -> SearchRequest:
    """A SearchRequest from the query string; never raises. A reversed period is swapped."""
    return read_request(args)[0]


def parse_period(args: MultiDict) -> tuple[date | None, date | None, dict[str, str]]:
    """The period's first and last day, and its problems: dates that could not be read
    (left out), a reversed period (swapped: from=2019&to=2018 is 2018-01-01 to 2019-12-31)."""
    date_from = parse_bound(args.get("from", ""), end=False)
    date_to = parse_bound(args.get("to", ""), end=True)
    problems = unread_dates(args, {"from": date_from, "to": date_to})
    if date_from and date_to and date_from > date_to:
        date_from = parse_bound(args.get("to", ""), end=False)
        date_to = parse_bound(args.get("from", ""), end=True)
        problems["period"] = SWAPPED
    return date_from, date_to, problems


def unread_dates(args: MultiDict, bounds: dict[str, date | None]) -> dict[str, str]:
    """The period fields typed but not read as a date, with what to say about each."""
    typed = {name: typed_date(args, name) for name in bounds}
    return {
        name: BAD_DATE.format(typed[name]) for name in bounds if typed[name] and not bounds[name]
    }


def remove_controls(text: str) -> str:
    """Control characters out, line breaks and tabs turned into spaces: "a\\x00b\\nc" → "ab c"."""
    return "".join(" " if ch in SPACES else ch for ch in text if is_kept(ch))


def is_kept(ch: str) -> bool:
    """False for control characters other than tabs and line breaks."""
    return ch in SPACES or unicodedata.category(ch) != "Cc"


def clean_query(text: str) -> str:
    """The query text without control characters, squeezed, at most MAX_QUERY_CHARS long."""
    return " ".join(remove_controls(text).split())[:MAX_QUERY_CHARS].strip()


def bounded_int(value: str | None, low: int, high: int, default: int) -> int:
    """An int clamped to [low, high]; "abc", "" and values below low give default."""
    try:
        n = int((value or "").strip())
    except ValueError:
        return default
    return default if n < low else min(n, high)


def typed_date(args: MultiDict, name: str) -> str:
    """A period field as typed, control characters out, to show it back: "32.13.2018"."""
    return clean_query(args.get(name, ""))[:MAX_VALUE_CHARS]


def clean_values(values: Iterable[str]) -> tuple[str, ...]:
    """Filter values stripped, without empties and repeats, at most MAX_VALUES of them."""
    seen = dict.fromkeys(clean_query(v)[:MAX_VALUE_CHARS] for v in values)
    return tuple(v for v in seen if v)[:MAX_VALUES]


def parse_years(values: Iterable[str]) -> tuple[int, ...]:
    """Years as ints; anything that is not a four-digit year is dropped."""
    years = (v.strip() for v in values)
    return tuple(dict.fromkeys(int(y) for y in years if YEAR_RE.fullmatch(y)))[:MAX_VALUES]
