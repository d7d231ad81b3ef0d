"""Plain text articles: the first non-empty line is the title, the rest the body (Wikinews)."""

import re
from datetime import date
from pathlib import PurePosixPath

from indexer.article import Article, Skip
from indexer.sources.chrome import is_chrome_line, unglued
from indexer.sources.clean import normalize_text, parse_ru_date
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import YEAR, labelled_date, opening_date, read_date_line, title_date
from indexer.sources.fields import MAX_ARTICLE_CHARS, host_source, make_article
from indexer.sources.linekind import ELLIPSES, ends_sentence, line_classes, trim_chrome
from indexer.sources.pagebody import without_title
from indexer.sources.pageheads import (
    headline_score,
    is_headline,
    is_paragraph,
    opens_headless,
    stand_in_title,
    stems,
)

# NEREL ships the texts of Russian Wikinews: "NEREL-v1.1-texts.tar.gz/NEREL-v1.1/dev/1003.txt"
WIKINEWS_MARKS = ("wikinews", "nerel")
# The day a Wikinews text reports, as its style writes it: "В воскресенье, 11 июня 2017 года,".
# A bare date in the first sentence is too often another day: an anniversary, a plan.
NEWS_DAY = re.compile(
    r"\bв?о? ?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье),? "
    r"(\d{1,2} [а-яё]{3,8} (?:19|20)\d\d)(?= года| г\.)",
    re.I,
)
NEWS_DAY_LINES = 2  # the first line may be a photo caption
# A line of sentences: a notice, not a headline ("Ведутся работы. Приносим извинения!").
NOTICE_SENTENCES = re.compile(r"[.!?…]\s+[А-ЯЁA-Z]")
SENTENCE_ENDS = (".", "!", "?", "…")
NOTICE_BREAKS = 2  # sentence breaks in a notice: three sentences
NOTICE_TEXT_CHARS = 600  # the text's opening a headline below a notice is compared with
RETOLD_SHARE = 0.5
UNTOLD_RATIO = 0.5  # of the headline's retold share, at most, for a first line passed over
SPLIT_TITLE_WORDS = 6  # the words of each line of a headline split over two
STANDFIRST_WORDS = 8  # a standfirst cut with an ellipsis has this many words …
STANDFIRST_TEXT = 2  # … and this many paragraphs below it
STANDFIRST_MAX_WORDS = 30
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
    if any(mark in path.lower() for mark in WIKINEWS_MARKS):
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
    if found := read_date_line(first):
        return found
    if (dateline := find_dateline(first)) and dateline.year:
        return dateline.date()
    if found := news_day(body.split("\n")[:NEWS_DAY_LINES]):
        return found
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if found := labelled_date(lines) or date_after(lines, last_paragraph(lines) + 1):
        return found
    return opening_date(first) or title_date(title)


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


def without_chrome(title: str, body: str, path: str, own_title: bool = False) -> str:
    """The body without the lines its context marks as chrome (a scraped page read as plain
    text: a date line, a menu, other headlines after the text); Wikinews texts are kept whole,
    their photo captions included, as the corpus gives them. `own_title`: the title is the
    text's first sentence, kept in the body."""
    if any(mark in path.lower() for mark in WIKINEWS_MARKS) or len(body) > MAX_ARTICLE_CHARS:
        return body  # kept whole; one too long is skipped with its reason by make_article
    lines = [part for line in body.splitlines() if line.strip() for part in unglued(line.strip())]
    kept = trim_chrome(lines, line_classes([title, *lines]))
    kept = kept if own_title else without_title(kept, title)
    return body if kept == lines else "\n".join(kept)


def past_notice(title: str, body: str) -> tuple[str, str]:
    """The title and body past a site's notice in whole sentences standing above the headline
    ("Ведутся технические работы. … Приносим извинения за неудобства!")."""
    if len(NOTICE_SENTENCES.findall(title)) < NOTICE_BREAKS or not title.endswith(SENTENCE_ENDS):
        return title, body  # a title may be two sentences: "Стив Джобс уходит. Что ждет Apple?"
    # The headline below is the text's, the notice tells of something else; a text copied
    # without its headline opens with its own sentences (a link after them is not its title).
    return headline_below(title, body, lambda below, own: own < RETOLD_SHARE <= below)


def past_top_line(title: str, body: str) -> tuple[str, str]:
    """The title and body past a first line the text does not retell, when the headline below
    it is retold: tags or an image's alt text over the headline ("flag na mashinu … новости
    ДНР, ЛНР, украина" / "ДНР и ЛНР отвергли предложения Киева о диалоге")."""
    return headline_below(
        title, body, lambda below, own: below >= RETOLD_SHARE and own < UNTOLD_RATIO * below
    )


def headline_below(title: str, body: str, retold) -> tuple[str, str]:
    """The body's first line as the title and the rest as the body, when that line is a
    headline and `retold(its score, the title's score)` against the text's opening says
    the text retells it rather than the title; else the title and body as they are."""
    first, _, rest = body.lstrip("\n").partition("\n")
    if not is_headline([first], 0) or not rest.strip():
        return title, body
    text = stems(rest[:NOTICE_TEXT_CHARS])
    if not retold(headline_score(first, text), headline_score(title, text)):
        return title, body
    return first, rest


def plain_lead(body: str, path: str) -> tuple[str, str]:
    """The lead of a headline-first page: a one-sentence standfirst cut with an ellipsis over
    the text ("Широкое внимание … привлекли новости о продаже резиденции …"), else ("", body)."""
    first, _, rest = body.partition("\n")
    if any(mark in path.lower() for mark in WIKINEWS_MARKS) or not first.endswith(ELLIPSES):
        return "", body
    one_sentence = not NOTICE_SENTENCES.search(first) and len(first.split()) >= STANDFIRST_WORDS
    paragraphs = sum(1 for line in rest.splitlines() if ends_sentence(line))
    return (first, rest) if one_sentence and paragraphs >= STANDFIRST_TEXT else ("", body)


def split_title(title: str, body: str) -> tuple[str, str]:
    """A headline of two sentences split over two lines ("«Свободным» - 10 лет." / "И это
    не срок"): a short title with its full stop over a few words with no end of sentence."""
    first, _, rest = body.lstrip("\n").partition("\n")
    short = len(title.split()) <= SPLIT_TITLE_WORDS and len(first.split()) <= SPLIT_TITLE_WORDS
    if not (short and title.endswith(".") and first[:1].isupper() and rest.strip()):
        return title, body
    if first[-1:] in '.!?…:;,»"' or not is_headline([first], 0):
        return title, body
    return f"{title} {first}", rest


def standfirst_under(body: str, path: str) -> tuple[str, str]:
    """The standfirst under the title, kept from the chrome trimming: a line of some words with
    no end of sentence over paragraphs of text ("Почти бесконечная страница о … редакции")."""
    first, _, rest = body.lstrip("\n").partition("\n")
    paragraphs = [line for line in rest.splitlines()[:STANDFIRST_TEXT] if line.strip()]
    if any(mark in path.lower() for mark in WIKINEWS_MARKS) or first[-1:] in ".!?…:;,":
        return "", body
    words = len(first.split())
    if not STANDFIRST_WORDS <= words <= STANDFIRST_MAX_WORDS or is_chrome_line(first):
        return "", body
    told = len(paragraphs) == STANDFIRST_TEXT and all(map(is_paragraph, paragraphs))
    return (first, rest) if told else ("", body)


def headless(title: str, body: str, path: str) -> tuple[str, str]:
    """A text copied without its headline, its first line a paragraph of several sentences (or
    one sentence): that paragraph back in the body, its first sentence the title (Wikinews
    texts as given)."""
    below = body.lstrip().partition("\n")[0]
    if any(mark in path.lower() for mark in WIKINEWS_MARKS) or not opens_headless(title, below):
        return title, body
    return stand_in_title(title) or title, f"{title}\n{body}"


def parse_plain(text: str, path: str) -> Article | Skip:
    """An Article from title-first text: "Заголовок\\n\\nТекст..."."""
    title, body = past_notice(*normalize_text(text).partition("\n")[::2])
    if not any(mark in path.lower() for mark in WIKINEWS_MARKS):
        title, body = past_top_line(title, body)
    while title and (body.startswith(title + "\n") or body == title):  # repeated under itself
        body = body[len(title) + 1 :]
    title, body = split_title(title, body)
    title, body = headless(title, body, path)
    own_title = body.partition("\n")[0] == title  # a sentence of the text stands in for it
    standfirst, body = standfirst_under(body, path)
    lead, text = plain_lead(without_chrome(title, body, path, own_title), path)
    lead = standfirst or lead
    return make_article(
        path,
        None,
        title=title,
        lead=lead,
        body=text,
        source=plain_source(path),
        date=plain_date(title, body),
    )
