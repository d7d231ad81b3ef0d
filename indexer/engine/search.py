"""Answer queries: parse, match, rank, facet, highlight → plain SearchPage data.

A SearchEngine is shared by all requests of a process. It keeps one Whoosh
searcher, the in-memory DocTable and the postings cache of the newest index
generation, and switches to a newer generation as soon as a build commits one.
"""

import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from whoosh import index

from indexer.engine import budget, quorum, ranking
from indexer.engine.abbreviations import with_names
from indexer.engine.agreement import with_agreement
from indexer.engine.complete import VOCABULARIES, completions
from indexer.engine.compounds import with_compounds
from indexer.engine.doctable import timeline, top
from indexer.engine.export import EXPORT_LIMIT, Matches
from indexer.engine.filters import combined, facet_masks, post_filter_facets, undated
from indexer.engine.highlight import highlighter
from indexer.engine.hits import article_view, export_order, make_hit, ranked_hits
from indexer.engine.initials import with_initials
from indexer.engine.persons import with_genders
from indexer.engine.plan import Plan, make_plan, positive_terms
from indexer.engine.results import (
    MAX_QUERY_CHARS,
    ArticleView,
    Hit,
    SearchPage,
    SearchRequest,
)
from indexer.engine.similar import key_terms
from indexer.engine.snapshot import Leased, Snapshot, open_index
from indexer.engine.spelling import LEXICONS, counting_reader
from indexer.engine.stats import table_stats
from indexer.engine.suggest import suggest
from indexer.engine.twins import with_twins

# Fewer matches than this and the query's unknown words are looked up for a suggestion.
FEW_RESULTS = 10
# A correction's results are shown at once when it finds at least this many.
CORRECTED_MIN = 5
# The correction's own search gets this long, beside the typed query's budget.
CORRECTION_SECONDS = 0.5


class IndexMissing(Exception):
    """There is no index in the directory: `make index` builds one."""


class SearchEngine:
    """Searches the index in `index_dir`; safe to share between threads."""

    def __init__(self, index_dir: str | Path):
        self.index_dir = str(index_dir)
        if not index.exists_in(self.index_dir):
            raise IndexMissing(f"no index in {self.index_dir}: run `make index`")
        self.ix = open_index(self.index_dir)
        # Held only around the shared searcher of a snapshot (export, completions):
        # a search leases a searcher of its own and runs without any lock.
        self.lock = threading.RLock()
        self.opening = threading.Lock()
        self.snapshot: Snapshot | None = None

    def current(self) -> Snapshot:
        """The newest generation; reopened only when a build has committed.

        While one thread opens a new generation, the others go on with the last one.
        """
        generation = self.ix.latest_generation()
        snap = self.snapshot
        if snap is not None and snap.generation == generation:
            return snap
        if not self.opening.acquire(blocking=snap is None):
            return snap
        try:
            if self.snapshot is None or self.snapshot.generation != generation:
                self.snapshot = Snapshot.open(self.index_dir, generation)
            return self.snapshot
        finally:
            self.opening.release()

    def search(self, request: SearchRequest, gone=None) -> SearchPage:
        """One page of results for the request within the time budget; never raises on
        query text. `gone()` tells whether the client has hung up, to stop early."""
        started = time.perf_counter()
        with self.current().leased() as snap, budget.limited(budget.Budget(gone=gone)) as spent:
            try:
                page = self.answer(snap, request)
            except budget.Spent:  # out of time outside the matching, which answers in part
                page = SearchPage(request)
        if spent.over and not page.hint:
            page.hint = budget.OVER_TIME
        page.took_ms = round((time.perf_counter() - started) * 1000, 2)
        return page

    def answer(self, snap: Snapshot, request: SearchRequest) -> SearchPage:
        page = SearchPage(request)
        plan = planned(snap, request.q)
        page.hint, page.notice = plan.hint, plan.notice
        masks = facet_masks(snap.table, request)
        if plan.tree is None and (request.q.strip() or not has_filters(request)):
            return page
        filtered = combined(masks)
        tree, mask, score = self.matched(snap, plan, masks, page)
        if tree is not None and not (mask & filtered).any() and (apart := plan.apart()):
            plan = apart  # no «лига 1» as a name: its words anywhere (joined.py)
            tree, mask, score = self.matched(snap, plan, masks, page)
        if tree is not None and not (mask & filtered).any():
            better = self.corrected(snap, page, plan)
            if better is not None:
                return better
            tree, mask, score = self.loosened(snap, plan, page, (tree, mask, score))
        chosen = mask & filtered
        docs = np.flatnonzero(chosen)
        page.total = len(docs)
        allowed = None if page.partial else filtered
        page.hits, page.collapsed = ranked_hits(snap, tree, chosen, score, request, allowed)
        page.facets = post_filter_facets(snap.table, mask, masks, request)
        page.timeline = timeline(snap.table, docs)
        page.undated = undated(snap.table, mask, masks)
        few = page.total < FEW_RESULTS or page.partial
        if tree is not None and few and not page.suggestion and not budget.spent():
            page.suggestion = self.suggestion(snap, plan)
        return page

    def matched(self, snap: Snapshot, plan: Plan, masks, page: SearchPage):
        """The query tree searched, its matches before the URL filters, and their scores."""
        if plan.tree is None:  # filters alone: every article, newest first
            return None, snap.table.live.copy(), np.zeros(snap.table.size, np.float32)
        tree, cut = budget.bounded(plan.tree)
        page.hint = budget.CUT if cut else page.hint
        return (tree, *snap.evaluator().evaluate(tree))

    def loosened(self, snap: Snapshot, plan: Plan, page: SearchPage, found: tuple):
        """The best partial matches when no article has everything (`found` when none can)."""
        fallback = plan.fallback()
        if fallback is None:
            return found
        tree, page.partial = budget.bounded(fallback)[0], True
        evaluator = snap.evaluator()
        mask, score = evaluator.evaluate(tree)
        return tree, mask, quorum.by_words_held(evaluator, tree, score)

    def suggestion(self, snap: Snapshot, plan: Plan) -> str | None:
        return suggest(counting_reader(snap), plan, LEXICONS.get(snap.postings))

    def corrected(self, snap: Snapshot, page: SearchPage, plan: Plan) -> SearchPage | None:
        """For a query that finds nothing, the correction's page when it finds many
        ("Показаны результаты по запросу «президент». Искать «ghtpbltyn»"); else None,
        with the suggestion kept on `page`. Tried before the costlier partial matches."""
        # A first look-up reads a range of the vocabulary (about 0.1-1 s once per generation),
        # so the correction is searched on a budget of its own.
        page.suggestion = self.suggestion(snap, plan)
        if not page.suggestion or page.request.as_typed:
            return None
        fixed = replace(page.request, q=page.suggestion, as_typed=True)
        with budget.limited(budget.Budget(CORRECTION_SECONDS)) as spent:
            better = self.answer(snap, fixed) if finds_enough(snap, fixed) else None
        if better is None or spent.over or better.partial or better.total < CORRECTED_MIN:
            return None
        better.request = replace(fixed, as_typed=False)
        better.corrected_from = page.request.q
        return better

    def article(self, article_id: str, q_text: str = "") -> ArticleView | None:
        """The stored article, the words of `q_text` marked; None if unknown."""
        with self.current().leased() as snap:
            searcher = snap.searcher
            docnum = searcher.document_number(id=article_id)
            if docnum is None:
                return None
            stored = searcher.stored_fields(docnum)
        return article_view(stored, highlighter(positive_terms(make_plan(q_text).tree)))

    def similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles sharing the most telling words of this one."""
        with self.current().leased() as snap:
            docnum = snap.searcher.document_number(id=article_id)
            if docnum is None:
                return []
            score = np.zeros(snap.table.size, np.float32)
            stored = snap.searcher.stored_fields(docnum)
            for term, weight in key_terms(counting_reader(snap), snap.postings.live, stored):
                for field in ("title", "body"):
                    postings = snap.postings.get(field, term)
                    ranking.add_bm25(score, snap.postings, field, postings, weight)
            score[docnum] = 0
            mask = snap.table.live & (score > 0)
            best = top(mask, score, limit, snap.table)
            return [make_hit(snap, d, float(score[d]), None) for d in best]

    def complete(self, text: str, limit: int = 10, wait: bool = True) -> list[str]:
        """Completions of the search box's text: its last word, then whole titles;
        none while a new generation's vocabulary is read, unless `wait`."""
        snap = self.current()
        vocabulary = VOCABULARIES.get(snap.searcher, self.index_dir, snap.generation, wait)
        if vocabulary is None:
            return []
        return completions(vocabulary, text[:MAX_QUERY_CHARS], limit)

    def matches(self, request: SearchRequest, limit: int = EXPORT_LIMIT) -> Matches:
        """Every article with all the words that passes the filters, in the request's sort,
        at most `limit`: for export, with its rows read as they are written out."""
        snap = self.current()
        # Planned with a searcher of its own: an abbreviation's name is read from stored articles.
        with snap.leased() as leased:
            tree = planned(leased, request.q).tree
            if tree is None:
                return Matches(snap, np.empty(0, np.int64), 0, self.lock)
            tree, _ = budget.bounded(tree)
            mask, score = leased.evaluator().evaluate(tree)
            mask &= combined(facet_masks(snap.table, request))
            docnums = export_order(leased, tree, mask, score, request.sort, limit)
        return Matches(snap, docnums, int(mask.sum()), self.lock)

    def version(self) -> tuple[int, float]:
        """The newest index generation and when it was committed (a Unix time): for ETags."""
        generation = self.ix.latest_generation()
        toc = Path(self.index_dir) / f"_{self.ix.indexname}_{generation}.toc"
        return generation, toc.stat().st_mtime

    def stats(self) -> dict:
        """How many articles, from which sources, over which dates."""
        return table_stats(self.current().table)


def planned(snap: Snapshot | Leased, text: str) -> Plan:
    """The query's plan, its prefixes, names typed in the other alphabet, abbreviations'
    names, compounds' words and names' abbreviations looked up in the snapshot's index."""
    reader = counting_reader(snap)
    plan = make_plan(text, reader)
    plan.tree = with_genders(with_agreement(plan.tree))
    plan.tree = with_twins(plan.tree, reader, LEXICONS.get(snap.postings))
    plan.tree = with_names(plan.tree, snap)
    plan.tree = with_compounds(plan.tree, snap, reader)
    plan.tree = with_initials(plan.tree, snap, reader)
    return plan


def finds_enough(snap: Snapshot, request: SearchRequest) -> bool:
    """True when at least CORRECTED_MIN articles hold every word and pass the filters: a
    correction's page, snippets and all, is made only for a correction that will be shown."""
    tree = planned(snap, request.q).tree
    if tree is None:
        return False
    mask, _ = snap.evaluator().evaluate(budget.bounded(tree)[0])
    return int((mask & combined(facet_masks(snap.table, request))).sum()) >= CORRECTED_MIN


def has_filters(request: SearchRequest) -> bool:
    """True when the URL narrows the search by source, rubric, year or period."""
    return bool(
        request.sources
        or request.rubrics
        or request.years
        or request.tags
        or request.date_from
        or request.date_to
    )
