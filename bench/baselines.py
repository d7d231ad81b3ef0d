"""The obvious alternatives: plain Whoosh with Snowball stemming, and without morphology.

Both index the same articles as the engine, with title and body (lead + body)
as stored TEXT fields, and are searched the way the Whoosh docs show:
`MultifieldParser` in AND mode, the top 10, `hit.highlights("body")` for snippets.
A third, "lemma", is the straightforward Whoosh + pymorphy3 analyzer the issue's
build target is measured against; `make bench` builds it on request only (slow).
"""

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from whoosh import fields, index
from whoosh.analysis import (
    Filter,
    LanguageAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StandardAnalyzer,
)
from whoosh.qparser import MultifieldParser

from indexer import Article, morph_analyzer


class LemmaFilter(Filter):
    """Each word → its most likely lemma, asking pymorphy3 every time, as a first try would."""

    def __call__(self, tokens):
        parse = morph_analyzer().parse
        for t in tokens:
            t.text = parse(t.text)[0].normal_form
            yield t


# LanguageAnalyzer("ru") = RegexTokenizer | LowercaseFilter | StopFilter(ru) | Snowball ru.
ANALYZERS = {
    "snowball": lambda: LanguageAnalyzer("ru"),
    "plain": StandardAnalyzer,
    "lemma": lambda: RegexTokenizer() | LowercaseFilter() | LemmaFilter(),
}
NAMES = {
    "snowball": "Whoosh + Snowball",
    "plain": "Whoosh, no morphology",
    "lemma": "Whoosh + pymorphy3, straightforward",
}
SCOPES = {"all": ["title", "body"], "body": ["body"]}


def make_schema(kind: str) -> fields.Schema:
    """Title and body as stored TEXT, an id to name the hit and a date to sort by."""
    analyzer = ANALYZERS[kind]()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        date=fields.DATETIME(sortable=True),
        title=fields.TEXT(analyzer=analyzer, stored=True),
        body=fields.TEXT(analyzer=analyzer, stored=True),
    )


def document(article: Article) -> dict:
    """The article as the baseline stores it; the lead opens the body."""
    doc = {
        "id": article.id,
        "title": article.title,
        "body": "\n\n".join(part for part in (article.lead, article.body) if part),
    }
    if article.date:
        doc["date"] = datetime.combine(article.date, datetime.min.time())
    return doc


def build(kind: str, articles, index_dir: Path, jobs: int) -> float:
    """A fresh baseline index of the articles; returns the seconds it took."""
    started = time.monotonic()
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(index_dir), make_schema(kind))
    options = {"procs": jobs, "multisegment": True} if jobs > 1 else {}
    writer = ix.writer(**options)  # Whoosh's defaults: 128 MB of postings per process
    for article in articles:
        writer.add_document(**document(article))
    writer.commit()
    return time.monotonic() - started


@dataclass
class Found:
    """The ids of the top hits and their snippets ("" when not asked for)."""

    ids: list[str]
    snippets: list[str]


class Baseline:
    """A baseline index opened for searching, with one long-lived searcher."""

    def __init__(self, kind: str, index_dir: Path):
        self.kind = kind
        self.ix = index.open_dir(str(index_dir))
        self.searcher = self.ix.searcher()
        self.parsers = {
            scope: MultifieldParser(names, self.ix.schema) for scope, names in SCOPES.items()
        }

    def search(self, text: str, scope="all", sort="relevance", snippets=True, limit=10) -> Found:
        """The top `limit` hits of `text` (Whoosh query syntax) in the scope's fields."""
        query = self.parsers[scope].parse(text)
        options = {"sortedby": "date", "reverse": True} if sort == "date" else {}
        results = self.searcher.search(query, limit=limit, **options)
        ids = [hit["id"] for hit in results]
        marked = [hit.highlights("body") for hit in results] if snippets else []
        return Found(ids, marked)

    def close(self) -> None:
        self.searcher.close()
