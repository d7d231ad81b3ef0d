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
from itertools import takewhile

from indexer.article import Article, Skip
from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import is_date_line, match_caption, normalize_line
from indexer.sources.datelines import find_dateline
from indexer.sources.fields import make_article
from indexer.sources.linekind import line_classes, trim_chrome
from indexer.sources.pagebody import SENTENCE_END, body_lines, unsigned
from indexer.sources.pagecore import find_core, headline_score, is_bullet, stems
from indexer.sources.pagekind import HEAD_LINES, SUBTITLE_TEXT_LINES
from indexer.sources.pagemeta import page_date, page_source, page_url

# Table cell bars a copy of an old site's layout leaves around lines: "Заголовок | |", "|".
CELL_BARS = re.compile(r"^(?:\|\s*)+|(?:\s*\|)+$")
# The time of the day a headline is stamped with: "22:08 Оперативное предупреждение …".
TIME_BEFORE = re.compile(r"^\d{1,2}:\d\d\s+")
MAX_DESCRIPTION_LINES = 2  # lines allowed between the rubric and the title
MIN_LEAD_WORDS = 6
SUBTITLE_SHARE = 0.5  # of a subtitle's word stems found in the text below it


@dataclass
class Header:
    """Where the article starts, and the rubric and site its header gives."""

    start: int = 0
    rubric: str = ""
    site: str = ""


@dataclass
class Layout:
    """Where the parts of a page are: title, photo caption, dateline, lead."""

    title: int
    caption: int | None = None
    dateline: int | None = None
    lead: int | None = None
    start: int | None = None  # where the text starts, when known apart from the above


def filled(lines: list[str], start: int = 0, stop: int | None = None) -> list[int]:
    """The indexes of the non-empty lines in lines[start:stop]."""
    stop = len(lines) if stop is None else stop
    return [i for i in range(start, stop) if lines[i]]


def is_substantial(line: str) -> bool:
    """True for a line that can be a title: three words or more, not chrome, not a date."""
    return len(line.split()) >= 3 and not is_chrome_line(line) and not is_date_line(line)


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
    """The headline above the article's photo (over a subtitle below it); None if in the body."""
    above = [i for i in filled(lines, header.start, caption_at) if not is_chrome_line(lines[i])]
    in_body = len(above) > MAX_DESCRIPTION_LINES + 1 or any(find_dateline(lines[i]) for i in above)
    candidates = [i for i in above if is_substantial(lines[i])]
    return None if in_body or not candidates else candidates[0]


def first_substantial(lines: list[str], start: int) -> int | None:
    """The index of the first line that can be a title."""
    return next((i for i in range(start, len(lines)) if is_substantial(lines[i])), None)


def locate(lines: list[str], header: Header) -> tuple[int | None, int | None]:
    """The indexes of the title and of the article photo's caption (None without a photo)."""
    caption_at = find_caption(lines, header.start)
    title_at = title_before(lines, header, caption_at) if caption_at is not None else None
    if title_at is not None:
        return title_at, caption_at
    return first_substantial(lines, header.start), None


def find_dateline_at(lines: list[str], start: int) -> int | None:
    """The index of the dateline line near the top of the text, if there is one."""
    stop = min(len(lines), start + HEAD_LINES)
    return next((i for i in range(start, stop) if find_dateline(lines[i])), None)


def is_lead_line(line: str, text: str) -> bool:
    """True for a lead above the dateline: several words ending as a sentence ends, or a
    subtitle without its full stop that the text retells ("Телеведущую признали виновной в
    пропаганде терроризма", TASS; not "Есть обновление от 20:26 -Что произошло за день")."""
    if len(line.split()) < MIN_LEAD_WORDS:
        return False
    return line.endswith(SENTENCE_END) or headline_score(line, stems(text)) >= SUBTITLE_SHARE


def lead_before(lines: list[str], start: int, dateline_at: int) -> int | None:
    """The lead: the paragraph right before the dateline, chrome between skipped."""
    before = [i for i in filled(lines, start, dateline_at) if not is_chrome_line(lines[i])]
    text = " ".join(lines[dateline_at : dateline_at + SUBTITLE_TEXT_LINES])
    return before[-1] if before and is_lead_line(lines[before[-1]], text) else None


def lay_out(lines: list[str], header: Header, title_at: int, caption_at: int | None) -> Layout:
    """Where the dateline and lead are, given the title and the photo."""
    start = (caption_at if caption_at is not None else title_at) + 1
    dateline_at = find_dateline_at(lines, start)
    lead_at = lead_before(lines, start, dateline_at) if dateline_at is not None else None
    return Layout(title_at, caption_at, dateline_at, lead_at)


def text_start(layout: Layout) -> int:
    """Where the body starts: at the dateline, else after the photo or the title."""
    if layout.start is not None:
        return layout.start
    if layout.dateline is not None:
        return layout.dateline
    return (layout.caption if layout.caption is not None else layout.title) + 1


def lead_text(lines: list[str], at: int) -> str:
    """The lead at `at`: its line, or the items of a summary list joined ("• … • …")."""
    if not is_bullet(lines[at]):
        return lines[at]
    items = [line for line in lines[at:] if line]
    return " ".join(takewhile(is_bullet, items))


def split_lead(body: list[str]) -> tuple[str, list[str]]:
    """The lead, when a paragraph stands before the dateline: ("Президент ...", body)."""
    if len(body) > 1 and not find_dateline(body[0]) and find_dateline(body[1]):
        return body[0], body[1:]
    return "", body


def whole_page_layout(lines: list[str]) -> tuple[Layout, int] | None:
    """The layout of a page copied whole, from its densest run of paragraphs, and where the run
    ends; None when the page has no such run."""
    kept = filled(lines)
    core = find_core([lines[i] for i in kept])
    if core is None:
        return None
    start = kept[core.start]
    dateline = start if find_dateline(lines[start]) else None
    lead = kept[core.lead] if core.lead is not None else None
    return Layout(kept[core.title], None, dateline, lead, start), kept[core.end] + 1


def without_learnt(lines: list[str], start: int, chrome: frozenset[str]) -> list[str]:
    """The lines after the rubric header with the folder's chrome blanked; captions kept."""
    if not chrome:
        return lines
    rest = ["" if line in chrome and not match_caption(line) else line for line in lines[start:]]
    return lines[:start] + rest


def page_line(line: str) -> str:
    """A line of the page on one line, without table cell bars: "Текст. | |" -> "Текст."."""
    return CELL_BARS.sub("", normalize_line(line))


def parse_page(text: str, path: str, chrome: frozenset[str] = frozenset()) -> Article | Skip:
    """An Article from the text of a scraped page; `chrome`: lines learnt from its folder."""
    lines = [page_line(line) for line in text.splitlines()]
    header = read_header(lines)
    lines = without_learnt(lines, header.start, chrome)
    title_at, caption_at = locate(lines, header)
    if title_at is None:
        return Skip(path, None, "empty article")
    layout, stop, core = lay_out(lines, header, title_at, caption_at), len(lines), None
    if caption_at is None and layout.dateline is None and not header.site:
        core = whole_page_layout(lines)
        layout, stop = core or (layout, stop)
    caption = match_caption(lines[caption_at]) if caption_at is not None else None
    start = text_start(layout)
    body = unsigned(body_lines(lines[:stop], start, bounded=core is not None))
    body = trim_chrome(body, line_classes(lines))
    lead, body = (
        (lead_text(lines, layout.lead), body) if layout.lead is not None else split_lead(body)
    )
    dateline = find_dateline(body[0]) if body else None
    site = (caption["site"] if caption else "") or header.site
    return make_article(
        path,
        None,
        title=TIME_BEFORE.sub("", lines[layout.title]),
        lead=lead,
        body="\n".join(body),
        url=page_url(lines),
        source=page_source(lines, site, dateline, path),
        rubric=header.rubric,
        date=page_date(lines, layout.title, start if core else layout.dateline, caption),
        city=dateline.city if dateline else "",
        caption=caption["text"] if caption else "",
    )
