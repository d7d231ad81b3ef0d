"""Plain text articles: the first non-empty line is the title, the rest the body (Wikinews)."""

import re
from datetime import date
from pathlib import PurePosixPath

from indexer.article import Article, Skip
from indexer.sources.calls import without_closing_call
from indexer.sources.chrome import CELL_BARS, is_site_noise
from indexer.sources.clean import normalize_text
from indexer.sources.datelines import without_agency_credit
from indexer.sources.dates import lone_date
from indexer.sources.doubled import read_once
from indexer.sources.fields import MAX_ARTICLE_CHARS, make_article
from indexer.sources.glued import (
    date_off_headline,
    headline_apart,
    headline_spaced,
    past_glued_chrome,
    unglued,
    with_drop_caps,
    without_counters,
)
from indexer.sources.leadscore import decided
from indexer.sources.linekind import line_classes
from indexer.sources.linetrim import trim_chrome
from indexer.sources.ownerlines import without_split_owner
from indexer.sources.pagebody import before_teaser, is_call, without_empty_marks
from indexer.sources.pageend import (
    ends_text,
    is_channel_signature,
    starts_next_story,
    teaser_run_start,
)
from indexer.sources.pageheads import (
    TIME_BEFORE,
    address_to_text,
    headline_of,
    is_paragraph,
    without_site_name,
)
from indexer.sources.pageleads import standfirst_restated
from indexer.sources.plaindates import date_over, plain_date
from indexer.sources.plainheads import (
    headless,
    headline_after_text,
    is_wikinews,
    past_intertitle,
    past_label,
    plain_lead,
    split_title,
    standfirst_apart,
    standfirst_under,
)
from indexer.sources.plaintop import (
    past_crumbs,
    past_notice,
    past_teaser,
    past_top_line,
    past_wordless,
)
from indexer.sources.separators import date_apart
from indexer.sources.splitdate import SPLIT_LINES, split_date
from indexer.sources.teasers import without_top_teaser
from indexer.sources.titleagain import is_title_again, without_title
from indexer.sources.urls import host_source

DOMAIN = re.compile(
    r"\b(?:[a-z0-9-]+\.)+(?:ru|com|ua|by|kz|su|io|org|news|net|info|pro|tv|fm|me|media|"
    r"online|moscow|spb|uz|kg|md|am|ge|az|tj|de|eu|lv|lt|ee|biz|site|live|today|club|gallery|city|press|space|top|cc|asia|world)\b"
    r"|\b(?:[а-яё0-9-]+\.)+(?:рф|рус)\b",  # Cyrillic hosts: "городскиестраницы.рф"
    re.I,
)
NEXT_STORY_TEXT = 2  # paragraphs of the text above another story's date line and headline
FEED_TAIL = 3  # lines of other news a heading near a plain text's end may stand over


def plain_source(path: str) -> str:
    """The outlet of a text: Викиновости for NEREL, else the site the file is named after,
    else the folder's name (a corpus kept in a folder per site)."""
    if is_wikinews(path):
        return "Викиновости"
    return file_site(path) or PurePosixPath(path).parent.name


def file_site(path: str) -> str:
    """The outlet a file is named after: "005_ntn.ua.txt" -> "ntn.ua", "tass.ru.txt" -> "ТАСС"."""
    words = re.split(r"[_\s]+", PurePosixPath(path).stem.lower())
    host = next((word for word in reversed(words) if DOMAIN.fullmatch(word)), "")
    return host_source(host) or host


def without_chrome(
    title: str, body: str, path: str, own_title: bool = False, above: str = ""
) -> str:
    """The body without the lines its context marks as chrome (a scraped page read as plain
    text: a date line, a menu, other headlines after the text); Wikinews texts are kept whole,
    their photo captions included, as the corpus gives them. `own_title`: the title is the
    text's first sentence, kept in the body; `above`: the line over the body, when not the
    title (a standfirst)."""
    if is_wikinews(path) or len(body) > MAX_ARTICLE_CHARS:
        return body  # kept whole; one too long is skipped with its reason by make_article
    written = [line.strip() for line in body.splitlines() if line.strip()]
    joined = with_drop_caps(written)
    parts = past_glued_chrome([part for line in joined for part in unglued(without_bars(line))])
    lines = before_feed(before_teaser([line for line in map(without_empty_marks, parts) if line]))
    kept = trim_chrome(lines, line_classes([above or title, *lines]))
    kept = kept if own_title else without_title(kept, title)
    kept = kept[:-1] if len(kept) > 1 and is_call(kept[-1]) else kept
    kept = [without_closing_call(line) for line in kept]
    return body if kept == written else "\n".join(kept)


def before_feed(lines: list[str]) -> list[str]:
    """The lines before a heading of other news near the end ("Последние новости" over a
    teaser or two) or another story's date line and headline (next_story), with text above
    it; before a channel's signature under its post ("@irk01": its next posts follow); and
    before the teasers cut short that end a page."""
    signed = next((i for i in range(1, len(lines)) if is_channel_signature(lines[i])), None)
    lines = lines if signed is None else lines[:signed]
    last = len(lines) - FEED_TAIL - 1
    tail = range(max(last, 1), len(lines))
    at = next((i for i in tail if ends_text(lines[i]) or next_story(lines, i)), None)
    lines = lines if at is None else lines[:at]
    return lines[: teaser_run_start(lines)]


def next_story(lines: list[str], i: int) -> bool:
    """True at another story's date line and headline under paragraphs of the text (not the
    text's own date line and headline again over a short copy)."""
    return starts_next_story(lines, i) and sum(map(is_paragraph, lines[:i])) >= NEXT_STORY_TEXT


def without_bars(line: str) -> str:
    """A paragraph without the table cell bar a copy left after it ("… устанавливаются. |");
    a short line keeps its bar, which marks it as the layout's (a credit, a link)."""
    bare = CELL_BARS.sub("", line)
    return bare if is_paragraph(bare) else line


def parse_plain(text: str, path: str) -> Article | Skip:
    """An Article from title-first text: "Заголовок\\n\\nТекст..."."""
    once = without_top_teaser(read_once(without_split_owner(normalize_text(text).split("\n"))))
    written = "\n".join(line for line in once if line)
    kept = past_wordless("\n".join(line for line in written.split("\n") if not is_site_noise(line)))
    title, body = past_teaser(*past_notice(*kept.partition("\n")[::2]))
    if not is_wikinews(path):  # past a page title's site name, crumbs, a line over the title
        named = headline_of(title, body.split("\n"))
        title, body = past_top_line(*past_crumbs(named, body))
        title = headline_of(title, body.split("\n"))  # the line passed to may be a page title too
    # Repeated under itself, alone or as the page's title ("… - gtrkamur.ru").
    while title and without_site_name(body.partition("\n")[0]) == title:
        body = body.partition("\n")[2]
    title, body = headline_spaced(*headline_apart(*date_off_headline(*split_title(title, body))))
    # Not a separator with the site's name copied, nor the comments and views counters.
    title = without_counters(TIME_BEFORE.sub("", title.removesuffix(" |")))
    title = without_agency_credit(title)
    title, body = past_intertitle(title, body, path)
    apart, title, body = standfirst_apart(*past_label(title, body, path), path)
    if not apart:
        title, body = headless(title, body, path)
    if body.partition("\n")[0].startswith(title) and (below := headline_after_text(body, path)):
        title, apart, body = below
    # A sentence of the text stands in for the title, kept in the body.
    own_title = bool(apart) or body.partition("\n")[0] == title
    headed, (standfirst, body) = body, ("", body) if apart else standfirst_under(body, path)
    under_title = body.lstrip().partition("\n")[0].strip()
    lead, text = plain_lead(without_chrome(title, body, path, own_title, apart), path, under_title)
    lead = apart or standfirst or lead
    lines = text.split("\n") if text else []
    # The rules' standfirst looked at again (leadscore), then one the text opens with again or
    # announcing it.
    if not is_wikinews(path):
        lead, lines = standfirst_restated(title, *decided(title, lead, lines, plain=True))
    if not is_title_again(lead, title):
        lead, lines = address_to_text(lead, lines)
    text = "\n".join(lines)
    return make_article(
        path,
        None,
        title=title,
        lead=lead,
        body=text,
        source=plain_source(path),
        date=plain_date(title, body)
        or date_apart(headed)
        or date_over(written, title)
        or date_over_text(lines_over(written, lead or text)),
    )


def lines_over(written: str, text: str) -> list[str]:
    """The copy's lines over the text's first line; none when the copy does not write it so."""
    head, found, _ = written.partition(text.partition("\n")[0]) if text else ("", "", "")
    return head.splitlines() if found else []


def date_over_text(over: list[str]) -> date | None:
    """The date over a copy's text: its one date line (dates.lone_date), or a date written a
    part a line ("27" / "Май 2022")."""
    near = [line.strip() for line in over if line.strip()][-SPLIT_LINES:]
    return lone_date(over) or split_date(near)
