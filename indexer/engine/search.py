"""Answer queries: parse, match, rank, facet, highlight → plain SearchPage data.

A SearchEngine is shared by all requests of a process. It keeps one Whoosh
searcher, the in-memory DocTable and the postings cache of the newest index
generation, and switches to a newer generation as soon as a build commits one.
"""

import threading
import time
import weakref
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh import index
from whoosh.filedb.filestore import FileStorage

from indexer.engine import query as q
from indexer.engine.doctable import DocTable, by_date, facets, filter_mask, load_doctable, timeline
from indexer.engine.highlight import highlighter, mark, snippet
from indexer.engine.matching import Evaluator
from indexer.engine.postings import PostingsCache
from indexer.engine.proximity import RERANKED, proximity_bonus, query_words
from indexer.engine.results import MAX_QUERY_CHARS, ArticleView, Hit, SearchPage, SearchRequest
from indexer.engine.similar import key_terms
from indexer.engine.suggest import suggest
from indexer.text.morph import fold
from indexer.text.stopwords import STOP_WORDS
from indexer.writing.schema import TEXT_FIELDS

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
    postings: PostingsCache

    @classmethod
    def open(cls, index_dir: str, generation: int) -> "Snapshot":
        searcher = open_index(index_dir).searcher()
        reader = searcher.reader()
        snapshot = cls(
            generation, searcher, load_doctable(reader), PostingsCache(reader, tuple(TEXT_FIELDS))
        )
        # Its files close when the snapshot is dropped, whoever held it last.
        weakref.finalize(snapshot, searcher.close)
        return snapshot

    def evaluator(self) -> Evaluator:
        return Evaluator(self.searcher, self.postings, self.table.live)


class SearchEngine:
    """Searches the index in `index_dir`; safe to share between threads."""

    def __init__(self, index_dir: str | Path):
        self.index_dir = str(index_dir)
        if not index.exists_in(self.index_dir):
            raise IndexMissing(f"no index in {self.index_dir}: run `make index`")
        self.ix = open_index(self.index_dir)
        self.lock = threading.RLock()
        self.snapshot: Snapshot | None = None

    def current(self) -> Snapshot:
        """The newest generation; reopened only when a build has committed."""
        generation = self.ix.latest_generation()
        if self.snapshot is None or self.snapshot.generation != generation:
            self.snapshot = Snapshot.open(self.index_dir, generation)
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
        evaluator = snap.evaluator()
        mask, score = evaluator.evaluate(tree)
        if not mask.any() and isinstance(tree, q.All):
            tree, page.partial = without_negations(tree), True
            mask, score = evaluator.evaluate(tree)
        mask &= filter_mask(snap.table, request)
        page.total = int(mask.sum())
        page.hits = ranked_hits(snap, tree, mask, score, request)
        page.facets = facets(snap.table, mask, request)
        page.timeline = timeline(snap.table, mask)
        if page.total < FEW_RESULTS:
            page.suggestion = suggest(snap.searcher.reader(), request.q[:MAX_QUERY_CHARS])
        return page

    def article(self, article_id: str, q_text: str = "") -> ArticleView | None:
        """The stored article, the words of `q_text` marked; None if unknown."""
        with self.lock:
            searcher = self.current().searcher
            docnum = searcher.document_number(id=article_id)
            if docnum is None:
                return None
            stored = searcher.stored_fields(docnum)
        tree, _ = searchable_tree(q_text[:MAX_QUERY_CHARS])
        return article_view(stored, highlighter(highlight_words(tree)))

    def similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles sharing the most telling words of this one."""
        with self.lock:
            snap = self.current()
            docnum = snap.searcher.document_number(id=article_id)
            if docnum is None:
                return []
            score = np.zeros(snap.table.size, np.float32)
            for term, weight in key_terms(snap.searcher, snap.searcher.stored_fields(docnum)):
                for field in ("title", "body"):
                    postings = snap.postings.get(field, term)
                    score[postings.ids] += weight * snap.postings.bm25(field, postings)
            score[docnum] = 0
            mask = snap.table.live & (score > 0)
            return [make_hit(snap, d, float(score[d]), None) for d in top(mask, score, limit)]

    def stats(self) -> dict:
        """How many articles, from which sources, over which dates."""
        with self.lock:
            table = self.current().table
        live = table.live
        sources = Counter(table.sources.values[c] for c in table.sources.codes[live].tolist())
        rubrics = Counter(table.rubrics.values[c] for c in table.rubrics.codes[live].tolist())
        first, last = table.date_range(live)
        return {
            "articles": int(live.sum()),
            "sources": dict(sources.most_common()),
            "rubrics": {name: n for name, n in rubrics.most_common() if name},
            "first_date": first,
            "last_date": last,
        }


def open_index(index_dir: str) -> index.Index:
    """The index read through plain file reads: Whoosh's memory maps of the
    compound segment files put the whole index in the server's RSS (568 MB
    for the shared corpus, against 26 MB this way), for no speed gained."""
    return FileStorage(index_dir, supports_mmap=False).open_index()


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
    """The best partial matches: any of the positive parts."""
    return q.Any(tuple(child for child in node.nodes if not isinstance(child, q.Not)))


def highlight_words(tree) -> list[q.Word]:
    return [w for w in q.positive_words(tree) if not is_stop_word(w)] if tree else []


def ranked_hits(snap: Snapshot, tree, mask, score, request: SearchRequest) -> list[Hit]:
    """The requested page of hits, by relevance or newest first."""
    start = (request.page - 1) * request.per_page
    limit = start + request.per_page
    if request.sort == "date":
        docnums = by_date(snap.table, np.flatnonzero(mask), limit)
    else:
        docnums, score = by_relevance(snap, tree, mask, score, limit)
    pattern = highlighter(highlight_words(tree))
    return [make_hit(snap, int(d), float(score[d]), pattern) for d in docnums[start:]]


def by_relevance(snap: Snapshot, tree, mask, score, limit: int):
    """BM25F order, the best few re-ranked by how close the words stand;
    returns the document numbers and the final scores."""
    words = query_words(tree)
    if not words:
        return top(mask, score, limit), score
    candidates = top(mask, score, limit + RERANKED)
    score = score.copy()
    score[candidates] += proximity_bonus(snap.searcher.reader(), words, candidates)
    return candidates[np.lexsort((candidates, -score[candidates]))][:limit], score


def top(mask: np.ndarray, score: np.ndarray, limit: int) -> np.ndarray:
    """The `limit` best-scoring matches, best first; ties by document number."""
    candidates = np.flatnonzero(mask)
    if len(candidates) > limit:
        best = np.argpartition(-score[candidates], limit - 1)[:limit]
        candidates = candidates[best]
    order = np.lexsort((candidates, -score[candidates]))
    return candidates[order]


def make_hit(snap: Snapshot, docnum: int, score: float, pattern) -> Hit:
    stored = snap.searcher.stored_fields(docnum)
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
