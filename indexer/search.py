"""Answer queries: parse, match, rank, facet, highlight → plain SearchPage data.

A SearchEngine is shared by all requests of a process. It keeps one Whoosh
searcher and the in-memory DocTable of the newest index generation, and
switches to a newer generation as soon as a build commits one.
"""

import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from whoosh import index
from whoosh import query as wq

from indexer import query as q
from indexer.docsets import DocSets
from indexer.doctable import DocTable, apply_filters, facets, load_doctable, timeline
from indexer.highlight import mark, snippet, words_pattern
from indexer.morph import fold
from indexer.ranking import scoring_query, weighting
from indexer.results import MAX_QUERY_CHARS, ArticleView, Hit, SearchPage, SearchRequest
from indexer.similar import key_terms
from indexer.stopwords import STOP_WORDS
from indexer.suggest import suggest

FEW_RESULTS = 3
ONLY_STOP_WORDS = "В запросе только служебные слова (и, в, на…): добавьте слово со смыслом."
NOTHING_TO_SEARCH = "В запросе нет слов для поиска."


class IndexMissing(Exception):
    """There is no index in the directory: `make index` builds one."""


@dataclass
class Snapshot:
    """One index generation, opened for searching."""

    generation: int
    searcher: object
    table: DocTable


class SearchEngine:
    """Searches the index in `index_dir`; safe to share between threads."""

    def __init__(self, index_dir: str | Path):
        self.index_dir = str(index_dir)
        if not index.exists_in(self.index_dir):
            raise IndexMissing(f"no index in {self.index_dir}: run `make index`")
        self.ix = index.open_dir(self.index_dir)
        self.lock = threading.RLock()
        self.snapshot: Snapshot | None = None

    def current(self) -> Snapshot:
        """The newest generation; reopened only when a build has committed."""
        generation = self.ix.latest_generation()
        if self.snapshot is None or self.snapshot.generation != generation:
            searcher = index.open_dir(self.index_dir).searcher(weighting=weighting())
            old, self.snapshot = self.snapshot, Snapshot(
                generation, searcher, load_doctable(searcher.reader())
            )
            if old:
                old.searcher.close()
        return self.snapshot

    def search(self, request: SearchRequest) -> SearchPage:
        """One page of results for the request; never raises on query text."""
        started = time.perf_counter()
        with self.lock:
            page = self.answer(self.current(), request)
        page.took_ms = round((time.perf_counter() - started) * 1000, 2)
        return page

    def answer(self, snap: Snapshot, request: SearchRequest) -> SearchPage:
        page = SearchPage(request)
        tree, page.hint = searchable_tree(request.q[:MAX_QUERY_CHARS])
        if tree is None:
            return page
        docs = DocSets(snap.searcher, snap.table.all_docs)
        matched = docs.of(tree)
        if not matched and isinstance(tree, q.All):
            tree, page.partial = q.Any(tree.nodes), True
            matched = docs.of(without_negations(tree))
        matched = apply_filters(snap.table, matched, request)
        page.total = len(matched)
        page.hits = self.ranked_hits(snap, tree, matched, request)
        page.facets = facets(snap.table, matched, request)
        page.timeline = timeline(snap.table, matched)
        if page.total < FEW_RESULTS:
            page.suggestion = suggest(snap.searcher.reader(), request.q[:MAX_QUERY_CHARS])
        return page

    def ranked_hits(self, snap, tree, matched, request) -> list[Hit]:
        start = (request.page - 1) * request.per_page
        if not matched or start >= len(matched):
            return []
        if request.sort == "date":
            scored = by_date(snap.table, matched, start + request.per_page)
        else:
            scored = by_relevance(snap.searcher, tree, matched, start + request.per_page)
        pattern = words_pattern(highlight_words(tree))
        return [make_hit(snap.searcher, docnum, score, pattern) for docnum, score in scored[start:]]

    def article(self, article_id: str, q_text: str = "") -> ArticleView | None:
        """The stored article, the words of `q_text` marked; None if unknown."""
        with self.lock:
            searcher = self.current().searcher
            docnum = searcher.document_number(id=article_id)
            if docnum is None:
                return None
            stored = searcher.stored_fields(docnum)
        tree, _ = searchable_tree(q_text[:MAX_QUERY_CHARS])
        return article_view(stored, words_pattern(highlight_words(tree)))

    def similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles sharing the most telling words of this one."""
        with self.lock:
            searcher = self.current().searcher
            docnum = searcher.document_number(id=article_id)
            if docnum is None:
                return []
            terms = key_terms(searcher, searcher.stored_fields(docnum))
            query = wq.Or([wq.Term(f, t, boost=w) for t, w in terms for f in ("title", "body")])
            results = searcher.search(query, limit=limit + 1)
            found = [(hit.docnum, hit.score) for hit in results if hit.docnum != docnum]
            return [make_hit(searcher, d, s, None) for d, s in found[:limit]]

    def stats(self) -> dict:
        """How many articles, from which sources, over which dates."""
        with self.lock:
            table = self.current().table
        dates = table.dates.values()
        return {
            "articles": len(table.ids),
            "sources": dict(Counter(table.sources.values()).most_common()),
            "first_date": min(dates, default=None),
            "last_date": max(dates, default=None),
        }


def searchable_tree(text: str):
    """The query tree without stop words, or None with a hint for the user."""
    tree = q.parse(text)
    if tree is None:
        return None, (NOTHING_TO_SEARCH if text.strip() else None)
    kept = drop_stop_words(tree)
    if kept is None:
        return None, ONLY_STOP_WORDS
    return kept, None


def drop_stop_words(node):
    """Stop words out of a list of words; a query of stop words alone is None."""
    if isinstance(node, q.Word) and is_stop_word(node):
        return None
    if isinstance(node, q.All):
        kept = [child for child in node.nodes if not is_stop_word(child)]
        return q.simplify(q.All(tuple(kept))) if kept else None
    return node


def is_stop_word(node) -> bool:
    plain = isinstance(node, q.Word) and not node.exact and not node.prefix
    return plain and fold(node.text) in STOP_WORDS


def without_negations(node):
    return q.Any(tuple(child for child in node.nodes if not isinstance(child, q.Not)))


def highlight_words(tree) -> list[q.Word]:
    return [w for w in q.positive_words(tree) if not is_stop_word(w)] if tree else []


def by_relevance(searcher, tree, matched, limit: int) -> list[tuple[int, float]]:
    """BM25F order among the matching documents."""
    results = searcher.search(scoring_query(tree), limit=limit, filter=set(matched))
    return [(hit.docnum, hit.score) for hit in results]


def by_date(table: DocTable, matched, limit: int) -> list[tuple[int, float]]:
    """Newest first; undated articles last."""
    newest = sorted(matched, key=lambda d: (table.dates.get(d, date.min), d), reverse=True)
    return [(docnum, 0.0) for docnum in newest[:limit]]


def make_hit(searcher, docnum: int, score: float, pattern) -> Hit:
    stored = searcher.stored_fields(docnum)
    when = stored.get("date")
    return Hit(
        id=stored["id"],
        title=stored.get("title", ""),
        title_html=mark(stored.get("title", ""), pattern),
        url=stored.get("url", ""),
        source=stored.get("source", ""),
        rubric=stored.get("rubric", ""),
        date=when.date() if when else None,
        score=round(float(score), 4),
        snippet=snippet(stored.get("body", ""), stored.get("lead", ""), pattern),
    )


def article_view(stored: dict, pattern) -> ArticleView:
    when = stored.get("date")
    paragraphs = [p for p in stored.get("body", "").split("\n") if p.strip()]
    return ArticleView(
        id=stored["id"],
        title=stored.get("title", ""),
        title_html=mark(stored.get("title", ""), pattern),
        url=stored.get("url", ""),
        source=stored.get("source", ""),
        rubric=stored.get("rubric", ""),
        date=when.date() if when else None,
        lead_html=mark(stored.get("lead", ""), pattern),
        paragraphs_html=[mark(p, pattern) for p in paragraphs],
        keywords=tuple(k for k in stored.get("keywords", "").split(",") if k),
        city=stored.get("city", ""),
        caption=stored.get("caption", ""),
    )

