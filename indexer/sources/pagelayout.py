"""Where the parts of a scraped page stand: its rubric header, title, photo caption, dateline,
lead and the start of its text.
"""

import re
from dataclasses import dataclass

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import is_date_line, match_caption
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import YEAR, is_city_clock, is_date_text, read_date_line
from indexer.sources.headchoice import best_headline
from indexer.sources.pagebody import SENTENCE_END
from indexer.sources.pagecore import find_core
from indexer.sources.pageheads import (
    OPENING_LINES,
    SOURCE_CREDIT,
    headline_score,
    stems,
    told_score,
)
from indexer.sources.pagekind import HEAD_LINES, SUBTITLE_TEXT_LINES
from indexer.sources.pageleads import lead_between

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
    """True for a line that can be a title: three words or more, not chrome, not a date, not
    the text's source ("Источник: Николай RZ9CM"), not the site's clock."""
    words = sum(1 for word in line.split() if re.search(r"[^\W\d_]", word))  # "<< | Март |" no
    if words < 3 or is_chrome_line(line) or is_date_line(line) or SOURCE_CREDIT.match(line):
        return False
    return not is_city_clock(line)


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
    if dateline_at is not None and caption_at is None:
        title_at = retold_title(lines, title_at, dateline_at if lead_at is None else lead_at)
    return Layout(title_at, caption_at, dateline_at, lead_at)


def retold_title(lines: list[str], title_at: int, text_at: int) -> int:
    """Of the headline-shaped lines from the first title-like one down to a dated text (its
    standfirst or dateline), the one the text retells most (best_headline) when it retells
    it more than the first: not another story's photo caption over the headline
    ("Празднование Дня флага" / "Мнение: запрет отчуждения территорий …"); else the first."""
    kept = filled(lines, title_at)
    found = best_headline([lines[i] for i in kept], kept.index(text_at), retold=True)
    if found is None:
        return title_at
    opening = stems(" ".join(lines[i] for i in filled(lines, text_at)[:OPENING_LINES]))
    more = told_score(lines[kept[found]], opening) > told_score(lines[title_at], opening)
    return kept[found] if more else title_at


def text_start(layout: Layout) -> int:
    """Where the body starts: at the dateline, else after the photo or the title."""
    if layout.start is not None:
        return layout.start
    if layout.dateline is not None:
        return layout.dateline
    return (layout.caption if layout.caption is not None else layout.title) + 1


def dated_headline(lines: list[str], title: int, core: Layout) -> Layout:
    """The core's layout under the headline found first when a full date line (a byline after
    it or not) stands right under it and the core's headline is lower (an item's of a digest,
    retold by its own paragraph): the standfirst between them (under the headline's copy, if
    written again) its lead; with none, the core's headline the text's first line, as it is
    one when the headline stands over it (a paragraph left without its full stop)."""
    below = next((i for i in range(title + 1, core.title) if lines[i]), None)
    if below is None or core.start is None:
        return core
    dated = is_date_text(lines[below]) or read_date_line(lines[below]) is not None
    if not dated or not YEAR.search(lines[below]):  # a site's day: no year
        return core
    after = next((i for i in range(below + 1, core.title) if lines[i]), core.title)
    if after == core.title:  # the date line over the core's headline is that headline's
        return core
    again = next((i for i in range(below + 1, core.start) if lines[i]), below)
    lead = lead_between(lines, again if lines[again] == lines[title] else below, core.start)
    start = core.start if lead is not None or lines[core.title] == lines[title] else core.title
    return Layout(title, None, core.dateline, lead, start)


def whole_page_layout(lines: list[str], opens_copy: bool = False) -> tuple[Layout, int] | None:
    """The layout of a page copied whole, from its densest run of paragraphs, and where the run
    ends; None when the page has no such run. `opens_copy`: its first line is the text's."""
    kept = filled(lines)
    core = find_core([lines[i] for i in kept], opens_copy)
    if core is None:
        return None
    start = kept[core.start]
    dateline = start if find_dateline(lines[start]) else None
    lead = kept[core.lead] if core.lead is not None else None
    return Layout(kept[core.title], None, dateline, lead, start), kept[core.end] + 1
