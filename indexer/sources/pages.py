"""Scraped page text: one article with the site's chrome around it (Sputnik, RIA and the like).

The shape, from corpus/sample/000_b337073e38a917f0.txt:
    Государственные флаги ... - Sputnik Беларусь, 1920, 01.07.2021   rubric image caption
    Интеграция Беларуси и России: 25 лет Союзному государству        rubric
    Как сегодня развивается Союзное государство? ...                 rubric description

    Лукашенко: Москва и Минск замахнулись на 7 млрд ...              title

    © Пресс-служба президента БеларусиСергей Собянин и ...           photo credit + caption
    Сергей Собянин и ... - Sputnik Беларусь, 1920, 23.12.2024        caption: the article's date
    Подписаться
    Президент республики отметил, что ...                            lead
    МИНСК, 23 дек – Sputnik. Президент Беларуси ...                  body, from the dateline
    ...
    Самые интересные и важные новости ищите в нашем Telegram-канале  promo
    Лента новостей                                                   the feed: the end
"""

import re
from dataclasses import dataclass
from datetime import date

from indexer.article import Article, Skip
from indexer.sources.clean import (
    is_boilerplate,
    is_date_line,
    match_caption,
    normalize_line,
    parse_date,
    parse_dateline,
)
from indexer.sources.fields import make_article
from indexer.sources.plain import plain_source

PAGE_MARKS = {"подписаться", "лента новостей", "поделиться"}
# After these lines a page lists other news, not the article.
FEED_STARTS = {"лента новостей", "новости партнеров", "новости партнёров"}
MAX_DESCRIPTION_LINES = 2  # lines allowed between the rubric and the title


@dataclass
class Header:
    """Where the article starts, and the rubric and site its header gives."""

    start: int = 0
    rubric: str = ""
    site: str = ""


def is_page(text: str) -> bool:
    """True for a scraped page: it has image captions or buttons like "Подписаться"."""
    lines = (line.strip() for line in text.splitlines())
    return any(line.casefold() in PAGE_MARKS or match_caption(line) for line in lines)


def filled(lines: list[str], start: int = 0, stop: int | None = None) -> list[int]:
    """The indexes of the non-empty lines in lines[start:stop]."""
    stop = len(lines) if stop is None else stop
    return [i for i in range(start, stop) if lines[i]]


def is_substantial(line: str) -> bool:
    """True for a line that can be a title: three words or more, not chrome, not a date."""
    return len(line.split()) >= 3 and not is_boilerplate(line) and not is_date_line(line)


def description_end(lines: list[str], rubric_at: int) -> int:
    """Where the rubric's description ends: at the first blank line, if one is near."""
    stop = min(rubric_at + 2 + MAX_DESCRIPTION_LINES, len(lines))
    return next((i for i in range(rubric_at + 1, stop) if not lines[i]), rubric_at + 1)


def read_header(lines: list[str]) -> Header:
    """The rubric header: an image caption line, the rubric's title and its description."""
    indexes = filled(lines)
    caption = match_caption(lines[indexes[0]]) if indexes else None
    if not caption:
        return Header()
    if len(indexes) < 2:
        return Header(len(lines), "", caption["site"])
    return Header(description_end(lines, indexes[1]), lines[indexes[1]], caption["site"])


def find_caption(lines: list[str], start: int) -> int | None:
    """The index of the first image caption at or after `start`."""
    return next((i for i in range(start, len(lines)) if match_caption(lines[i])), None)


def title_before(lines: list[str], header: Header, caption_at: int) -> int | None:
    """The title above the article's photo: credits and blanks between are skipped."""
    above = [i for i in filled(lines, header.start, caption_at) if not is_boilerplate(lines[i])]
    in_body = len(above) > MAX_DESCRIPTION_LINES + 1 or any(parse_dateline(lines[i]) for i in above)
    if not above or in_body or not is_substantial(lines[above[-1]]):
        return None  # the caption belongs to a picture in the body
    return above[-1]


def first_substantial(lines: list[str], start: int) -> int | None:
    """The index of the first line that can be a title."""
    return next((i for i in range(start, len(lines)) if is_substantial(lines[i])), None)


def body_lines(lines: list[str], start: int) -> list[str]:
    """The article's paragraphs: chrome dropped, stopping where the news feed starts."""
    body = []
    for line in lines[start:]:
        if line.casefold() in FEED_STARTS:
            break
        if line and not is_boilerplate(line) and not is_date_line(line):
            body.append(line)
    return body


def split_lead(body: list[str]) -> tuple[str, list[str]]:
    """The lead, when a paragraph stands before the dateline: ("Президент ...", body)."""
    if len(body) > 1 and not parse_dateline(body[0]) and parse_dateline(body[1]):
        return body[0], body[1:]
    return "", body


def page_date(
    lines: list[str], start: int, caption: re.Match | None, body: list[str]
) -> date | None:
    """The photo caption's date, else a date line's, else the dateline's in the pictures' year."""
    if caption:
        return parse_date(caption["date"])
    if day := next((parse_date(line) for line in lines if is_date_line(line)), None):
        return day
    years = [int(m["date"][-4:]) for line in lines[start:] if (m := match_caption(line))]
    dateline = parse_dateline(body[0], max(years)) if body and years else None
    return dateline[1] if dateline else None


def locate(lines: list[str], header: Header) -> tuple[int | None, int | None]:
    """The indexes of the title and of the article photo's caption (None without a photo)."""
    caption_at = find_caption(lines, header.start)
    title_at = title_before(lines, header, caption_at) if caption_at is not None else None
    if title_at is not None:
        return title_at, caption_at
    return first_substantial(lines, header.start), None


def parse_page(text: str, path: str) -> Article | Skip:
    """An Article from the text of a scraped page."""
    lines = [normalize_line(line) for line in text.splitlines()]
    header = read_header(lines)
    title_at, caption_at = locate(lines, header)
    if title_at is None:
        return Skip(path, None, "empty article")
    caption = match_caption(lines[caption_at]) if caption_at is not None else None
    lead, body = split_lead(body_lines(lines, (caption_at or title_at) + 1))
    dateline = parse_dateline(body[0]) if body else None
    return make_article(
        path,
        None,
        title=lines[title_at],
        lead=lead,
        body="\n".join(body),
        source=(caption["site"] if caption else "") or header.site or plain_source(path),
        rubric=header.rubric,
        date=page_date(lines, header.start, caption, body),
        city=dateline[0] if dateline else "",
        caption=caption["text"] if caption else "",
    )
