"""Turning a dict record (from JSON or CSV) into an Article: field names, sources (urls.py:
what its URL tells)."""

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import PurePosixPath

from indexer.article import Article, Skip, article_id
from indexer.sources import records
from indexer.sources.clean import (
    has_markup,
    normalize_line,
    normalize_text,
    parse_date,
    parse_dateline,
    strip_html,
)
from indexer.sources.embeds import without_embeds
from indexer.sources.legalnotes import without_legal_notes
from indexer.sources.linebreaks import with_line_breaks
from indexer.sources.rubrics import rubric_name
from indexer.sources.scrub import scrub, without_edge_pictographs
from indexer.sources.splitwords import with_split_words_joined
from indexer.sources.urls import clean_url, host_source, url_date, url_host, url_rubric

BODY_FIELDS = ("text", "content", "body", "article", "full_text", "fulltext")
LEAD_FIELDS = ("summary", "lead", "annotation", "description", "announce", "subtitle")
TITLE_FIELDS = ("title", "headline", "textname")
RUBRIC_FIELDS = ("topic", "topics", "rubric", "category", "section", "textrubric", "theme")
KEYWORD_FIELDS = ("tags", "keywords")
DATE_FIELDS = ("date", "published", "pub_date", "pubdate", "published_at", "datetime",
               "textdate", "time", "timestamp")  # fmt: skip
URL_FIELDS = ("url", "link", "href", "source_url")
# Taiga keeps the URL in "source" and the outlet in "segment".
SOURCE_FIELDS = ("source", "edition", "site", "segment", "publisher")

# The files of known datasets without URLs: "ria.json.gz", "russia_today_3.jsonlines.gz".
DATASET_SOURCES = {"ria": "РИА Новости", "russia_today": "RT", "ng": "Независимая газета",
                   "lenta-ru-news": "Lenta.ru", "lenta": "Lenta.ru"}  # fmt: skip
# JSON's "\ud800" escape gives a lone surrogate, which no UTF-8 encoder (hash, index) takes.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The longest article of the shared corpus has 44,000 characters; megabytes of "article"
# are a dump or garbage, and would take minutes and gigabytes to index.
MAX_ARTICLE_CHARS = 1_000_000
MAX_NAMES_SHOWN = 10


def dataset_source(path: str) -> str:
    """The source a file's name implies: ".../russia_today_3.jsonlines.gz" -> "RT"."""
    stem = PurePosixPath(path).name.split(".")[0]
    stem = re.sub(r"[_-]\d+$", "", stem)
    return DATASET_SOURCES.get(stem.lower(), stem)


def text_value(value: object) -> str:
    """A field value as text: a list gives its first item, "-" (ODS for none) gives ""."""
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    if value is None or isinstance(value, dict):
        return ""
    text = without_surrogates(str(value)).strip()
    return "" if text == "-" else text


def without_surrogates(text: str) -> str:
    """Lone surrogates replaced by U+FFFD: '{"title": "\\ud800"}' → "\ufffd"."""
    return LONE_SURROGATE.sub("\ufffd", text)


def name_list(names: list[str]) -> str:
    """Field names for a message, a long list cut short: "c0, c1, … (10000 in all)"."""
    shown = ", ".join(names[:MAX_NAMES_SHOWN]) or "none"
    return f"{shown}, … ({len(names)} in all)" if len(names) > MAX_NAMES_SHOWN else shown


def rubric_value(fields: Mapping[str, object]) -> str:
    """The rubric field; Taiga writes a list as text: "['История', 'Дети']" -> "История"."""
    text = first_text(fields, RUBRIC_FIELDS)
    if match := re.match(r"^\[['\"]([^'\"]*)", text):
        return match[1].strip()
    return text


def first_text(fields: Mapping[str, object], names: tuple[str, ...]) -> str:
    """The first non-empty value among the named fields."""
    for name in names:
        if text := text_value(fields.get(name)):
            return text
    return ""


def first_date(fields: Mapping[str, object]) -> date | None:
    """The first date field value that parses."""
    for name in DATE_FIELDS:
        if fields.get(name) not in (None, "") and (day := parse_date(fields[name])):
            return day
    return None


def parse_keywords(value: object) -> tuple[str, ...]:
    """Tags lower-cased and de-duplicated: "Газ; нефть,газ" -> ("газ", "нефть")."""
    if isinstance(value, str):
        value = re.split(r"[,;]", value.strip().strip("[]"))
    if not isinstance(value, list | tuple):
        return ()
    words = (
        " ".join(without_surrogates(str(v)).strip(" '\"").lower().split())
        for v in value
        if v is not None
    )
    return tuple(dict.fromkeys(w for w in words if w))


def record_url(fields: Mapping[str, object]) -> str:
    """The article URL: a URL field, else a source field holding a URL (Taiga)."""
    for name in URL_FIELDS + SOURCE_FIELDS:
        if url := clean_url(text_value(fields.get(name))):
            return url
    return ""


def record_source(fields: Mapping[str, object], url: str, default: str) -> str:
    """The outlet: known from the URL, else a source field, else the host, else `default`."""
    host = url_host(url)
    if name := host_source(host):
        return name
    for name in SOURCE_FIELDS:
        value = text_value(fields.get(name))
        if value and not is_host_part(value, host):
            return value
    return host or default


def is_host_part(value: str, host: str) -> bool:
    """True for a source value that only repeats the URL: a URL, or buriy's "telecom"."""
    return value.startswith(("http://", "https://")) or value.lower() in host.split(".")


def clean_markup(text: str) -> str:
    """Text with HTML tags stripped and entities unescaped when it has any."""
    return strip_html(text) if has_markup(text) else text


def dateline_city(body: str) -> str:
    """The city of a dateline opening the body: "москва, 31 янв - риа новости." -> "Москва"."""
    found = parse_dateline(body[:300].lstrip())
    return found[0] if found else ""


def record_to_article(
    record: Mapping, path: str, line: int | None, default_source: str = ""
) -> Article | Skip | records.Known:
    """An Article from a JSON or CSV record, or a Skip when it has no text field; a Known
    for a record the file held before, while a scan is `records.reusing` what it saved."""
    key = records.record_key(record, path, default_source)
    reused = records.known(key, path, line)
    if reused is not None:
        return reused
    article = read_record(record, path, line, default_source)
    return replace(article, record_key=key) if isinstance(article, Article) else article


def read_record(
    record: Mapping, path: str, line: int | None, default_source: str
) -> Article | Skip:
    """An Article from a JSON or CSV record, or a Skip when it has no text field."""
    fields = {
        without_surrogates(str(key)).strip().lower().lstrip("\ufeff"): value
        for key, value in record.items()
    }
    if not any(name in fields for name in BODY_FIELDS + TITLE_FIELDS + LEAD_FIELDS):
        return Skip(path, line, f"no text field (fields: {name_list(list(fields))})")
    url = record_url(fields)
    body = without_embeds(clean_markup(with_line_breaks(first_text(fields, BODY_FIELDS))))
    body = with_split_words_joined(body)
    keywords = next((fields[name] for name in KEYWORD_FIELDS if name in fields), None)
    return make_article(
        path,
        line,
        url=url,
        title=first_text(fields, TITLE_FIELDS),
        lead=with_line_breaks(first_text(fields, LEAD_FIELDS)),
        body=body,
        source=record_source(fields, url, default_source),
        rubric=rubric_name(rubric_value(fields) or url_rubric(url)),
        date=first_date(fields) or url_date(url),
        keywords=parse_keywords(keywords),
        city=dateline_city(body),
    )


def clean_texts(title: str, lead: str, body: str) -> tuple[str, str, str]:
    """Title, lead and body normalised; a body-less article's lead becomes its body."""
    title = without_edge_pictographs(normalize_line(scrub(clean_markup(title))))
    lead = without_legal_notes(normalize_text(scrub(clean_markup(lead))))
    body = without_legal_notes(normalize_text(scrub(body)))
    return (title, "", lead) if not body else (title, lead, body)


def make_article(path: str, line: int | None, **parts) -> Article | Skip:
    """A cleaned Article with its id, or a Skip "empty article" when it has no text."""
    size = sum(len(parts.get(name, "")) for name in ("title", "lead", "body"))
    if size > MAX_ARTICLE_CHARS:
        return Skip(path, line, f"article longer than {MAX_ARTICLE_CHARS:,} characters")
    # RT has 4 records with a summary but no content: the summary becomes the body.
    title, lead, body = clean_texts(
        parts.pop("title", ""), parts.pop("lead", ""), parts.pop("body", "")
    )
    if not body and not title:
        return Skip(path, line, "empty article")
    url = parts.pop("url", "")
    parts.update(
        {key: normalize_line(value) for key, value in parts.items() if isinstance(value, str)}
    )
    article = {"title": title, "lead": lead, "body": body, "url": url, "path": path, "line": line}
    return Article(id=article_id(url, title, body), **article, **parts)
