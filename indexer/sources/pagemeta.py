"""What a scraped page says of its article beside the text: date, source, URL."""

import re
from collections import Counter
from datetime import date

from indexer.sources.clean import make_date, match_caption, parse_date
from indexer.sources.datelines import Dateline, find_dateline
from indexer.sources.dates import (
    edits_last,
    is_edit_line,
    issue_day,
    labelled_date,
    lone_date,
    opening_date,
    page_years,
    read_date_line,
    title_date,
    without_founding_dates,
)
from indexer.sources.plain import DOMAIN, file_site, plain_source
from indexer.sources.plaindates import NEWS_DAY_LINES, date_after, inner_date, news_day
from indexer.sources.splitdate import SPLIT_LINES, split_date
from indexer.sources.urls import host_source, url_date, url_host

URL_LINE = re.compile(r"^https?://\S+$")
HEAD_ABOVE = 2  # non-empty lines above the title where its date line may stand
ISSUE_DATE = re.compile(r"\s(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)$")
ISSUE_WORDS = 15
# A photo's alt text or caption stamped with the article's date and time ("… фото - Новости
# Zakon.kz от 28.01.2026 22:58 Фото: ДП Алматы"); a caption's date alone is the picture's.
PHOTO_STAMP = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d),?\s+\d{1,2}:\d\d(?!\d)")
PHOTO_WORD = re.compile(r"\bфото\b", re.I)
PARTS_BAR = re.compile(r"\||\s/\s")  # between a line's parts: "25.05.2017 | Общество"


def page_year(lines: list[str]) -> int | None:
    """The latest year of the page's photo captions, else of any date written on it."""
    years = [int(m["date"][-4:]) for line in lines if (m := match_caption(line))]
    years = years or page_years(lines)
    return max(years) if years else None


def page_date(
    lines: list[str],
    title_at: int,
    text_at: int | None,
    caption: re.Match | None,
    text: tuple[int, int] | None = None,
) -> date | None:
    """The photo caption's date, a date line's between the title and the text (or the
    dateline), the dateline's; a labelled date anywhere, a date line right after the text,
    the date the text opens with, the URL's, one written in the headline. `text`: the
    indexes of the body's first line and of the line after its last."""
    if caption:
        return parse_date(caption["date"])
    lines = without_founding_dates(lines)
    year = page_year(lines)
    # past blank lines and an edit's date lines, which stand over the page's own
    above = [i for i in range(title_at) if lines[i] and not is_edit_line(lines[i])][-HEAD_ABOVE:]
    # down to the text's first line: a date line may stand under the standfirst and the byline
    opening = text_at if text_at is not None else (text[0] if text else 0)
    head = lines[above[0] if above else title_at : max(title_at + 3, opening + 1)]
    # a date line with its year before one given the page's year ("Вторник, 26 Августа" over
    # the headline is the site's clock when "13:38 09.09.2024" stands under it)
    dated = edits_last(head)
    if day := next((d for line in dated if (d := read_date_line(line))), None):
        return day
    if day := next((d for line in dated if (d := read_date_line(line, year))), None):
        return day
    if day := next((d for line in head if (d := issue_date(line) or photo_stamp(line))), None):
        return day
    if day := next((d for line in head if (d := piped_date(line, year))), None):
        return day
    title = lines[title_at]
    if day := next((d for line in head if line != title and (d := inner_date(line))), None):
        return day
    if day := next((d for i in above if (d := inner_date(lines[i], over_title=True))), None):
        return day
    over = [line for line in lines[:title_at] if line][-SPLIT_LINES:]
    if day := split_date([line for line in head if line]) or split_date(over):
        return day
    # A copy with no headline may open with the dateline: "Бишкек,01.09.24. /Кабар/. На …".
    dateline = find_dateline(lines[text_at if text_at is not None else title_at])
    if day := dateline.date(year) if dateline else None:
        return day
    return text_date(lines, title_at, text)


def text_date(lines: list[str], title_at: int, text: tuple[int, int] | None) -> date | None:
    """A date the page gives away from its head: labelled, after the text, opening it, in the
    URL, in the headline."""
    if day := labelled_date(lines) or (date_after(lines, text[1]) if text else None):
        return day
    if day := opening_date(lines[text[0]]) if text else None:
        return day
    if day := url_date(page_url(lines)) or title_date(lines[title_at]):
        return day
    if day := lone_date(lines[: text[0]]) if text else None:
        return day
    # The day the text's opening names with its weekday ("В среду, 6 октября 2021 года, …").
    return news_day(lines[text[0] : text[0] + NEWS_DAY_LINES]) if text else None


def issue_date(line: str) -> date | None:
    """The date ending a paper's issue line: "Аргументы и Факты в Удмуртии 28/11/2018",
    "Красная строка № 35 (301) от 21 ноября 2014 года"."""
    if len(line.split()) > ISSUE_WORDS:
        return None
    if numbered := issue_day(line):
        return numbered
    match = ISSUE_DATE.search(line)
    return make_date(int(match[3]), int(match[2]), int(match[1])) if match else None


def piped_date(line: str, year: int | None) -> date | None:
    """The date opening a line of parts set apart by bars or slashes: "25.05.2017 | Общество |
    Ян Авсеюшкин" (the date, the rubric, the author), "25.08.06  / Общество / Перейти в Дзен"."""
    parts = PARTS_BAR.split(line, maxsplit=1)
    return read_date_line(parts[0], year) if len(parts) == 2 and parts[0].strip() else None


def photo_stamp(line: str) -> date | None:
    """The date and time a photo's line is stamped with, as the article's: "… фото - Новости
    Zakon.kz от 28.01.2026 22:58 Фото: ДП Алматы"."""
    match = PHOTO_STAMP.search(line) if PHOTO_WORD.search(line) else None
    return make_date(int(match[3]), int(match[2]), int(match[1])) if match else None


def page_url(lines: list[str]) -> str:
    """A URL standing alone on a line of the page, or ""."""
    return next((line for line in lines if URL_LINE.match(line)), "")


def page_source(lines: list[str], site: str, dateline: Dateline | None, path: str) -> str:
    """The outlet: the photo's or header's site, the dateline's agency, a URL's host, the site
    the file is named after, the known site the page names most ("Читать ria.ru в")."""
    if site:
        return site
    if dateline:
        return dateline.agency
    found = host_source(url_host(page_url(lines))) or file_site(path)
    return found or named_site(lines) or plain_source(path)


def named_site(lines: list[str]) -> str:
    """The known outlet whose domain the page's text names most often, or ""."""
    names = Counter(host_source(host.lower()) for host in DOMAIN.findall("\n".join(lines)))
    names.pop("", None)
    return names.most_common(1)[0][0] if names else ""
