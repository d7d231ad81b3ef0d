"""What a scraped page says of its article beside the text: date, source, URL."""

import re
from datetime import date

from indexer.sources.clean import match_caption, parse_date
from indexer.sources.datelines import Dateline, find_dateline
from indexer.sources.dates import page_years, read_date_line
from indexer.sources.fields import host_source, url_date, url_host
from indexer.sources.plain import plain_source

URL_LINE = re.compile(r"^https?://\S+$")


def page_date(
    lines: list[str], title_at: int, dateline_at: int | None, caption: re.Match | None
) -> date | None:
    """The photo caption's date, a date line's near the title, the dateline's, the URL's."""
    if caption:
        return parse_date(caption["date"])
    years = [int(m["date"][-4:]) for line in lines if (m := match_caption(line))] or page_years(
        lines
    )
    year = max(years) if years else None
    head = lines[max(0, title_at - 2) : (dateline_at or title_at) + 3]
    if day := next((d for line in head if (d := read_date_line(line, year))), None):
        return day
    dateline = find_dateline(lines[dateline_at]) if dateline_at is not None else None
    return (dateline.date(year) if dateline else None) or url_date(page_url(lines))


def page_url(lines: list[str]) -> str:
    """A URL standing alone on a line of the page, or ""."""
    return next((line for line in lines if URL_LINE.match(line)), "")


def page_source(lines: list[str], site: str, dateline: Dateline | None, path: str) -> str:
    """The outlet: the photo's or header's site, the dateline's agency, a URL's host."""
    if site:
        return site
    if dateline:
        return dateline.agency
    host = url_host(page_url(lines))
    return host_source(host) or plain_source(path)
