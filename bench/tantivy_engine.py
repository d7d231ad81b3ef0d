"""Tantivy as a baseline: Snowball Russian stemming, BM25, its snippet generator, total count.

The same articles as the other baselines, with title and body (lead + body) as
stored text fields analysed by `simple | lowercase | remove_long | stemmer("russian")`,
searched the way Tantivy's docs show: the query parser over title and body in AND
mode, the top 10, `SnippetGenerator` on the body. `search` answers with the same
`Found` as bench.baselines.Baseline, plus the total count in `last_total`.
"""

import time
from datetime import datetime
from pathlib import Path

import tantivy

from bench.baselines import Found
from indexer import Article

TOKENIZER = "ru_stem"
LABEL = "Tantivy + Snowball"
FIELDS = {"all": ["title", "body"], "body": ["body"]}
# Tantivy's default for the simple tokenizer pipeline: longer tokens are dropped.
LONGEST_TOKEN = 40
WRITER_HEAP = 256 * 2**20
SNIPPET_CHARS = 200


def analyzer() -> tantivy.TextAnalyzer:
    """Words lower-cased and cut to their Snowball Russian stems."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(LONGEST_TOKEN))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("russian"))
        .build()
    )


def make_schema() -> tantivy.Schema:
    """An id to name the hit, a date to sort by, title and body as stored stemmed text."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_date_field("date", fast=True)
    builder.add_text_field("title", stored=True, tokenizer_name=TOKENIZER)
    builder.add_text_field("body", stored=True, tokenizer_name=TOKENIZER)
    return builder.build()


def open_index(index_dir: Path, create: bool = False) -> tantivy.Index:
    """The index in `index_dir` (a new one if `create`), with the Russian analyzer."""
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = tantivy.Index(make_schema(), path=str(index_dir), reuse=not create)
    ix.register_tokenizer(TOKENIZER, analyzer())
    return ix


def document(article: Article) -> tantivy.Document:
    """The article as Tantivy stores it; the lead opens the body, as in the Whoosh baselines."""
    body = "\n\n".join(part for part in (article.lead, article.body) if part)
    doc = tantivy.Document(id=article.id, title=article.title, body=body)
    # An article without a date sorts last under sort=date.
    doc.add_date(
        "date", datetime.combine(article.date or datetime(1970, 1, 1), datetime.min.time())
    )
    return doc


def build(articles, index_dir: Path, jobs: int) -> float:
    """A fresh Tantivy index of the articles with `jobs` writer threads; returns seconds."""
    started = time.monotonic()
    ix = open_index(index_dir, create=True)
    writer = ix.writer(WRITER_HEAP, num_threads=jobs)
    for article in articles:
        writer.add_document(document(article))
    writer.commit()
    writer.wait_merging_threads()
    return time.monotonic() - started


class TantivyEngine:
    """A Tantivy index opened for searching, with one searcher for the whole run."""

    def __init__(self, index_dir: Path):
        self.ix = open_index(index_dir)
        self.ix.reload()
        self.searcher = self.ix.searcher()
        self.schema = self.ix.schema
        self.last_total = 0

    def parse(self, text: str, scope: str) -> tantivy.Query:
        """The query in Tantivy's syntax, every word required, leniently (never raises)."""
        query, _errors = self.ix.parse_query_lenient(
            text, FIELDS[scope], conjunction_by_default=True
        )
        return query

    def search(self, text: str, scope="all", sort="relevance", snippets=True, limit=10) -> Found:
        """The top `limit` hits with body snippets; the total count is kept in `last_total`."""
        query = self.parse(text, scope)
        order = {"order_by_field": "date", "order": tantivy.Order.Desc} if sort == "date" else {}
        result = self.searcher.search(query, limit, count=True, **order)
        self.last_total = result.count
        docs = [self.searcher.doc(address) for _key, address in result.hits]
        ids = [doc["id"][0] for doc in docs]
        return Found(ids, self.snippets(query, docs) if snippets else [])

    def snippets(self, query: tantivy.Query, docs: list) -> list[str]:
        """An HTML fragment of each document's body around the query's words."""
        generator = tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body")
        generator.set_max_num_chars(SNIPPET_CHARS)
        return [generator.snippet_from_doc(doc).to_html() for doc in docs]

    def close(self) -> None:
        """Nothing to close: Tantivy frees its files with the objects."""
