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
from dataclasses import replace
from itertools import islice

from indexer.article import Article, Skip
from indexer.sources.calls import without_closing_call
from indexer.sources.capsheads import caps_headline
from indexer.sources.chrome import CELL_BARS, HOME_CRUMBS, is_chrome_line
from indexer.sources.clean import SENTENCE_ENDS, match_caption, normalize_line
from indexer.sources.clock import without_clock
from indexer.sources.datelines import Dateline, find_dateline
from indexer.sources.dates import is_date_text
from indexer.sources.doubled import read_once
from indexer.sources.endscore import ended, lines_after
from indexer.sources.fields import make_article
from indexer.sources.glued import (
    apart_from_repeat,
    past_glued_chrome,
    unglued,
    with_drop_caps,
    without_glued_crumbs,
)
from indexer.sources.leadscore import decided
from indexer.sources.learnt import learnt_marks
from indexer.sources.linekey import is_learnt
from indexer.sources.linekind import ends_sentence
from indexer.sources.ownerlines import without_split_owner
from indexer.sources.pagebody import (
    body_lines,
    sited_captions,
    unsigned,
)
from indexer.sources.pageend import ends_text, is_channel_signature
from indexer.sources.pageheads import (
    SALUTATION,
    TIME_BEFORE,
    TITLE_WORDS,
    address_to_text,
    headline_of,
    is_headline,
    is_paragraph,
    opens_headless,
    stand_in_title,
)
from indexer.sources.pagelayout import (
    Header,
    Layout,
    dated_headline,
    lay_out,
    locate,
    read_header,
    text_start,
    whole_page_layout,
)
from indexer.sources.pageleads import is_dated, standfirst_restated
from indexer.sources.pagemeta import page_date, page_source, page_url
from indexer.sources.pagesplit import lead_and_body
from indexer.sources.pagestands import (
    CRUMB_LOOK,
    has_standfirst_slot,
    without_crumbs,
)
from indexer.sources.splitdate import SPLIT_LINES, is_date_part
from indexer.sources.titleagain import is_title_again
from indexer.text.morph import has_finite_verb

# A breadcrumb trail's mark opening each of its lines: "/ Архив", "/ 2015 год", "/ <headline>".
CRUMB_MARK = re.compile(r"^/\s+(?=\S)")
CRUMB_SPLIT = re.compile(r"\s+[/»>|→›]\s+")  # the marks between crumbs on a line
HEADLINE_CRUMBS = 3  # a trail ending in the headline: the home page and a rubric or two
SALUTATION_LOOK = 2  # lines above the text where the address opening it may stand


def without_learnt(
    lines: list[str], start: int, chrome: frozenset[str], fixed: bool = False
) -> list[str]:
    """The lines after the rubric header with the folder's chrome blanked; captions, a date's
    parts and the headings of other news or a channel's signature after the text kept (where
    it ends), and with `fixed` the first line (opens_with_fixed_text)."""
    if not chrome:
        return lines
    rest = lines[start:]
    marks = learnt_marks(rest, chrome)
    if fixed and (first := next((i for i, line in enumerate(rest) if line), None)) is not None:
        marks[first] = False
    # A date over the text written a part a line ("27" / "Май 2022") repeats on a day's
    # pages: kept (the text's first paragraph ends where the page's date may stand).
    # (a first line without a sentence's end is the headline, however long: "Интервью ректора
    # НИЯУ МИФИ М.Н. Стриханова радиостанции "Эхо Москвы"" is no text)
    first = next((i for i, line in enumerate(rest) if line), 0)
    first += 0 if rest and rest[first].endswith(SENTENCE_ENDS) else 1
    text_at = next((i for i in range(first, len(rest)) if is_paragraph(rest[i])), len(rest))
    kept = [
        ""
        if mark
        and not match_caption(line)
        and not (i > text_at and (ends_text(line) or is_channel_signature(line)))
        and not (i < text_at and is_date_part(rest, i))
        and not (SALUTATION.match(line) and not learnt_below(rest, marks, i))
        else line
        for i, (line, mark) in enumerate(zip(rest, marks, strict=True))
    ]
    return lines[:start] + kept


def learnt_below(lines: list[str], marks: list[bool], at: int) -> bool:
    """True when the line after `at` is learnt too: an address a site's notices may all open
    with is their text's, unless what it opens is the folder's fixed widget (a hotline's
    notice under "Уважаемые жители района!" on every page)."""
    below = next((i for i in range(at + 1, len(lines)) if lines[i]), None)
    return below is not None and marks[below]


def without_sited_captions(lines: list[str]) -> list[str]:
    """The lines with a photo caption written again with the site's name after a dash, under
    the credit line that ends with it, blanked ("© AFP 2023 / …Сотрудник полиции замеряет
    скорость машин" / "Сотрудник полиции замеряет скорость машин - Sputnik Латвия"): no
    headline, nor text."""
    sited = sited_captions(lines)
    return ["" if i in sited else line for i, line in enumerate(lines)]


def page_line(line: str) -> str:
    """A line of the page on one line, without table cell bars or a breadcrumb's mark: "Текст. |
    |" -> "Текст.", "/ Архив" -> "Архив"."""
    return CRUMB_MARK.sub("", CELL_BARS.sub("", normalize_line(line)))


def crumbs_apart(lines: list[str], chrome: frozenset[str]) -> list[str]:
    """The lines with a trail of crumbs from the home page that ends in the page's headline,
    written nowhere else on the page ("Главная » События » Хочу признаться городу в любви"),
    split in two: the crumbs, then the headline on a line of its own, where it can be taken for
    one. Not a trail the folder's pages share, which ends in a rubric."""
    out = []
    for line in lines:
        crumbs, last = crumbs_and_last(line)
        if not crumbs or is_learnt(line, chrome) or is_written_elsewhere(last, line, lines):
            out.append(line)
        else:
            out += [" » ".join(crumbs), last]
    return out


def is_written_elsewhere(headline: str, line: str, lines: list[str]) -> bool:
    """True when a line of the page other than `line` holds the headline (cut short or not)."""
    words = headline.rstrip(".…")
    return any(other != line and words in other for other in lines)


def crumbs_and_last(line: str) -> tuple[list[str], str]:
    """The crumbs of a home page's trail of two or three crumbs, and the last one when it is
    shaped like a headline; else no crumbs. Not a uCoz archive's path, which dates the page
    ("Главная » 2024 » Декабрь » 25 » …")."""
    if not HOME_CRUMBS.match(line):
        return [], ""
    *crumbs, last = CRUMB_SPLIT.split(line)
    if not 2 <= len(crumbs) <= HEADLINE_CRUMBS or len(last.split()) < TITLE_WORDS[0]:
        return [], ""  # a deep path ends in a rubric: "… / Общественные организации / …"
    if not last[:1].isupper():
        return [], ""
    return ([], "") if any(char.isdigit() for char in "".join(crumbs)) else (crumbs, last)


def bounds(lines: list[str], start: int, body: list[str]) -> tuple[int, int] | None:
    """The indexes of the body's first line and of the line after its last, or None."""
    if not body or body[0] not in lines[start:]:
        return None
    first = lines.index(body[0], start)
    last = next((i for i in range(len(lines) - 1, first - 1, -1) if lines[i] == body[-1]), None)
    return None if last is None else (first, last + 1)


def opens_with_fixed_text(lines: list[str], chrome: frozenset[str]) -> bool:
    """True when the copy opens with a sentence its folder's pages all open their text with (a
    digest's fixed opening: "… предлагает вашему вниманию традиционный обзор …"): the text's,
    not chrome, and no headline, which would differ from page to page. A site's tagline has
    more of the site's lines under it ("слушать online смотреть online"); a digest's text."""
    first, second = (*islice((line for line in lines if line), 2), "", "")[:2]
    return (
        is_learnt(first, chrome)
        and not is_chrome_line(first)
        and is_paragraph(first)
        and ends_sentence(first)
        and not is_learnt(second, chrome)
    )


def first_copy(lines: list[str], first: int, title: int) -> int:
    """Where the headline stands first when the page writes it again lower down (its date line
    stands by the first copy): the line found first, when it is the headline; else `title`."""
    return first if first < title and lines[first] == lines[title] else title


def read_lines(text: str, chrome: frozenset[str]) -> tuple[list[str], list[str], Header, bool]:
    """A page's lines as copied, the same with the site's clock and its folder's chrome
    blanked, its rubric header, and whether it opens with its folder's fixed text."""
    parts = crumbs_apart(
        [part for line in with_drop_caps(text.splitlines()) for part in unglued(page_line(line))],
        chrome,
    )
    split = read_once(without_split_owner(parts))
    copied = without_glued_crumbs(past_glued_chrome(apart_from_repeat(split)))
    lines = without_sited_captions(without_clock(copied, chrome))
    header = read_header(lines)
    fixed = opens_with_fixed_text(lines, chrome)
    return copied, without_learnt(lines, header.start, chrome, fixed), header, fixed


def parse_page(text: str, path: str, chrome: frozenset[str] = frozenset()) -> Article | Skip:
    """An Article from the text of a scraped page; `chrome`: lines learnt from its folder."""
    copied, lines, header, fixed = read_lines(text, chrome)
    title_at, caption_at = locate(lines, header)
    if title_at is None:
        return Skip(path, None, "empty article")
    layout, stop, core = lay_out(lines, header, title_at, caption_at), len(lines), None
    if caption_at is None and layout.dateline is None and not header.site:
        core = whole_page_layout(lines, fixed)
        layout, stop = core or (layout, stop)
        if core and title_at < layout.title:
            layout = dated_headline(lines, title_at, layout)
    layout = addressed_layout(lines, layout)
    caption = match_caption(lines[caption_at]) if caption_at is not None else None
    start = with_salutation(lines, text_start(layout), layout.title)
    body = unsigned(body_lines(lines[:stop], start, bounded=core is not None))
    headline = HOME_CRUMBS.sub("", TIME_BEFORE.sub("", lines[layout.title]))
    headline = without_crumbs(headline, lines[layout.title + 1 : layout.title + 1 + CRUMB_LOOK])
    # A copy that starts at the text, with no headline: its first sentence stands in.
    under = [line for line in lines[layout.title + 1 :] if line][:SPLIT_LINES]
    # A paragraph of text taken for the title; not a headline with its date under it.
    opening = opens_headless(headline, under[0] if under else "") and not (
        under and is_date_part(under, 0)
    )
    # Nothing above that could be a headline: menu words, an ad's label ("Реклама").
    headless = not any(is_headline(copied, i) for i in range(layout.title) if copied[i]) and (
        opening or layout.title == layout.start
    )
    if headless and (caps := caps_headline(lines, layout.title)) is not None:
        title = lines[caps]  # a headline in capitals, furniture between it and the text
    elif headless:
        title = stand_in_title(headline) or headline
    else:  # the site's name a page title adds, dropped
        title = headline_of(headline, lines[layout.title + 1 :], chrome)
    span = bounds(lines, start, body)
    slotted = span is not None and has_standfirst_slot(lines[span[1] :])
    # The opening paragraph stays in the body, headline-shaped lines above it or not.
    lead, body = lead_and_body(lines, layout, body, headline, headless or opening, slotted)
    dateline = find_dateline(body[0]) if body else None
    if dateline and len(body) > 1 and is_edition_line(body[0], dateline):
        body = body[1:]
    site = (caption["site"] if caption else "") or header.site
    # The rules' standfirst looked at again by the learned decision (leadscore).
    lead, text = decided(title, lead, [without_closing_call(line) for line in body])
    # A standfirst the text opens with again, or announcing it, is the lead whatever it said.
    lead, text = standfirst_restated(title, lead, text)
    # Neither the headline written again over the text, a date line (its byline or counter
    # beside it) nor chrome is a lead.
    if is_title_again(lead, title) or is_date_text(lead) or is_dated(lead) or is_chrome_line(lead):
        lead = ""
    else:
        lead, text = address_to_text(lead, text)
    # The text's end looked at again by the learned decision (endscore).
    text = ended(title, lead, text, lines_after(lines, text))
    return make_article(
        path,
        None,
        title=title,
        lead=lead,
        body="\n".join(text),
        url=page_url(lines),
        source=page_source(lines, site, dateline, path),
        rubric=header.rubric,
        date=page_date(
            lines,
            first_copy(lines, title_at, layout.title),
            start if core else layout.dateline,
            caption,
            bounds(lines, start, body),
        ),
        city=dateline.city if dateline else "",
        caption=caption["text"] if caption else "",
    )


def with_salutation(lines: list[str], start: int, title: int) -> int:
    """The text's start moved up over the address opening it, on a line of its own right
    above or a sentence of greeting above ("Уважаемые арзамасцы!" / "Поздравляю вас с днем
    рождения города!" / text): an address is the text's, never chrome."""
    above = [i for i in range(title + 1, start) if lines[i]][-SALUTATION_LOOK:]
    at = next((i for i in reversed(above) if SALUTATION.match(lines[i])), None)
    if at is None or not all(lines[i].endswith(("!", ".")) for i in above if i > at):
        return start
    return with_salutation(lines, at, title)


def addressed_layout(lines: list[str], layout: Layout) -> Layout:
    """A copy without a headline that opens with an address over its first paragraph
    ("Уважаемые жители района!" / "Обращаюсь к вам …"): the address stands in for the title
    and opens the text, not the paragraph under it."""
    above = [i for i in range(layout.title) if lines[i]]
    if not above or not SALUTATION.match(lines[above[-1]]) or layout.caption is not None:
        return layout
    if (layout.start or 0) > layout.title + 1 or not opens_address(lines[layout.title]):
        return layout
    return replace(layout, title=above[-1], start=layout.title)


def opens_address(line: str) -> bool:
    """True for a paragraph under an address, or its first sentence alone ("Поздравляю вас с
    Днем России!"): not a headline."""
    return opens_headless(line, "") or (line.endswith((".", "!")) and has_finite_verb(line))


def is_edition_line(line: str, dateline: Dateline) -> bool:
    """True for a regional edition's dateline alone on its line, its town not in capitals
    ("Уфа, 13 марта - АиФ - Уфа."): no text of the article. An agency's, in capitals, opens
    the text as the agency writes it ("МОСКВА, 18 марта – РИА Новости.")."""
    return not line[dateline.end :].strip(" .–—-") and not line.split()[0].strip(",.").isupper()
