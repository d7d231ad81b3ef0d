"""Plain text articles: the first non-empty line is the title, the rest the body (Wikinews)."""

import re
from datetime import date
from itertools import takewhile
from pathlib import PurePosixPath

from indexer.article import Article, Skip
from indexer.sources.clean import make_date, month_number, normalize_text, parse_ru_date
from indexer.sources.datelines import find_dateline, without_agency_credit
from indexer.sources.dates import YEAR, labelled_date, opening_date, read_date_line, title_date
from indexer.sources.fields import MAX_ARTICLE_CHARS, host_source, make_article
from indexer.sources.glued import unglued
from indexer.sources.linekind import ends_sentence, line_classes
from indexer.sources.linetrim import trim_chrome
from indexer.sources.pagebody import before_teaser, is_call, without_empty_marks
from indexer.sources.pageheads import (
    is_headline,
    is_paragraph,
)
from indexer.sources.plainheads import (
    headless,
    headline_after_text,
    is_wikinews,
    past_intertitle,
    past_label,
    past_notice,
    past_top_line,
    plain_lead,
    split_title,
    standfirst_apart,
    standfirst_under,
)
from indexer.sources.separators import date_apart
from indexer.sources.titleagain import without_title

# The day a Wikinews text reports, as its style writes it: "В воскресенье, 11 июня 2017 года,".
# A bare date in the first sentence is too often another day: an anniversary, a plan.
NEWS_DAY = re.compile(
    r"\bв?о? ?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье),? "
    r"(\d{1,2} [а-яё]{3,8} (?:19|20)\d\d)(?= года| г\.)",
    re.I,
)
# A full date inside a short line over the text (head_date).
INNER_DATE = re.compile(r"(?<!\d)(\d{1,2}) ([а-яё]{3,8}) ((?:19|20)\d\d)(?!\d)", re.I)
HEAD_DATE_WORDS = 8
HEAD_DATE_MARK = re.compile(r"\d{1,2}:\d\d|(?:19|20)\d\d[А-ЯЁA-Zа-яё]|[/>|»]")
HEAD_LINES = 3
NEWS_DAY_LINES = 2  # the first line may be a photo caption
AFTER_LINES = 3  # non-empty lines after the text where its own date line may stand
DOMAIN = re.compile(
    r"\b(?:[a-z0-9-]+\.)+(?:ru|com|ua|by|kz|su|io|org|news|net|info|pro|tv|fm|me|media|"
    r"online|moscow|spb|uz|kg|md|am|ge|az|tj|de|eu|lv|lt|ee|biz|site|live|today|club|gallery|city|press|space|top|cc|asia|world)\b"
    r"|\b(?:[а-яё0-9-]+\.)+(?:рф|рус)\b",  # Cyrillic hosts: "городскиестраницы.рф"
    re.I,
)


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


def plain_date(title: str, body: str) -> date | None:
    """The date a title-first text gives: a date line under the title, a dateline's, the day
    its opening names as Wikinews does ("В воскресенье, 11 июня 2017 года, в Москве …"), a
    labelled date line anywhere ("Дата создания: …"), the date the text opens with or one
    written in the title."""
    first = body.partition("\n")[0]
    if found := read_date_line(first) or date_under_line(body) or head_date(body):
        return found
    if (dateline := find_dateline(first)) and dateline.year:
        return dateline.date()
    if found := news_day(body.split("\n")[:NEWS_DAY_LINES]):
        return found
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if found := labelled_date(lines) or date_after(lines, last_paragraph(lines) + 1):
        return found
    return opening_date(first) or title_date(title)


def head_date(body: str) -> date | None:
    """The full date inside a short line over the text's first paragraph, glued to a rubric
    or a notice: "Происшествия 30 декабря 2025, 06:44", "22 декабря 2023Возрастное
    ограничение0+"."""
    lines = [line.strip() for line in body.split("\n", HEAD_LINES * 2)[: HEAD_LINES * 2]]
    head = list(takewhile(lambda line: not is_paragraph(line), filter(None, lines)))
    return next((day for line in head[:HEAD_LINES] if (day := inner_date(line))), None)


def date_over(text: str, title: str) -> date | None:
    """The full date in a short line over the headline, crumbs' or a rubric's: "// Израиль //
    23 Февраля 2009 г."."""
    above = text.partition(title)[0].splitlines()[-HEAD_LINES:] if title else []
    return next((day for line in above if (day := inner_date(line.strip()))), None)


def inner_date(line: str) -> date | None:
    """The full date inside a short line (INNER_DATE) with a time, crumbs' marks or a word
    glued to its year beside it (HEAD_DATE_MARK); a photo's caption has none of them
    ("Дэвид Рокфеллер 24 октября 1953 года")."""
    short = len(line.split()) <= HEAD_DATE_WORDS and HEAD_DATE_MARK.search(line)
    match = INNER_DATE.search(line) if short else None
    month = month_number(match[2]) if match else None
    return make_date(int(match[3]), month, int(match[1])) if month else None


def date_under_line(body: str) -> date | None:
    """The date line under a first line that is no paragraph (a repost's stamped headline:
    "18:02 17.02.2026 Садыр Жапаров рассказал …" / "16 февраля 2026")."""
    first, second = ([*body.split("\n", 2), "", ""])[:2]
    return None if is_paragraph(first) else read_date_line(second)


def news_day(opening: list[str]) -> date | None:
    """The day a text's opening names with its weekday, as Wikinews does ("В воскресенье,
    11 июня 2017 года, в Москве …")."""
    match = next((m for line in opening if (m := NEWS_DAY.search(line))), None)
    return parse_ru_date(match[1]) if match else None


def last_paragraph(lines: list[str]) -> int:
    """The index of the text's last line ending a sentence (-1 for none)."""
    return next((i for i in range(len(lines) - 1, -1, -1) if ends_sentence(lines[i])), -1)


def date_after(lines: list[str], text_end: int) -> date | None:
    """The date line standing right after the text, with its year ("20.09.2019"); not a
    related link's, which has a headline under it."""
    after = [i for i in range(text_end, len(lines)) if lines[i]]
    for at, i in enumerate(after[:AFTER_LINES]):
        day = read_date_line(lines[i])
        if day is not None and YEAR.search(lines[i]):
            below = lines[after[at + 1]] if at + 1 < len(after) else ""
            return None if below and is_headline([below], 0) else day
    return None


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
    parts = [part for line in written for part in unglued(line)]
    lines = before_teaser([line for line in map(without_empty_marks, parts) if line])
    kept = trim_chrome(lines, line_classes([above or title, *lines]))
    kept = kept if own_title else without_title(kept, title)
    kept = kept[:-1] if len(kept) > 1 and is_call(kept[-1]) else kept
    return body if kept == written else "\n".join(kept)


def parse_plain(text: str, path: str) -> Article | Skip:
    """An Article from title-first text: "Заголовок\\n\\nТекст..."."""
    written = normalize_text(text)
    title, body = past_notice(*written.partition("\n")[::2])
    if not is_wikinews(path):
        title, body = past_top_line(title, body)
    while title and (body.startswith(title + "\n") or body == title):  # repeated under itself
        body = body[len(title) + 1 :]
    title, body = split_title(title, body)
    title = title.removesuffix(" |")  # a separator with the site's name not copied
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
    lead, text = plain_lead(without_chrome(title, body, path, own_title, apart), path)
    lead = apart or standfirst or lead
    return make_article(
        path,
        None,
        title=title,
        lead=lead,
        body=text,
        source=plain_source(path),
        date=plain_date(title, body) or date_apart(headed) or date_over(written, title),
    )
