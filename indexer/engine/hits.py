"""The page's hits: relevance order with the closeness re-ranking, near-copies collapsed,
the quorum fill after the full matches, and each hit's highlighted title and snippet."""

import numpy as np

from indexer.engine import address, budget, collapse, cover, feedback, quorum
from indexer.engine.doctable import by_date, by_score, top
from indexer.engine.highlight import highlighter, mark, snippet
from indexer.engine.plan import positive_terms, without_filters
from indexer.engine.proximity import RERANKED
from indexer.engine.results import PER_PAGE, ArticleView, Hit, SearchRequest, shown
from indexer.engine.snapshot import Leased, Snapshot


def ranked_hits(
    snap: Snapshot, tree, mask, score, request: SearchRequest, allowed=None
) -> tuple[list[Hit], int]:
    """The requested page of hits, by relevance or newest first, and the near-copies left
    out of every match when all were ranked (collapse.py); by relevance, a short page goes
    on with articles missing one word, within `allowed` (quorum.py)."""
    start = (request.page - 1) * request.per_page
    limit = start + request.per_page
    left_out = 0
    by_dates = request.sort == "date" or without_filters(tree) is None  # filters alone
    if by_dates:
        docnums = by_date(snap.table, np.flatnonzero(mask), limit)
    else:
        docnums, score, copies, left_out = collapsed_page(
            snap, tree, mask, score, limit, request.copies
        )
        fill = quorum.page_fill(snap, tree, mask, allowed, score, limit - len(docnums))
        docnums = np.concatenate([docnums, fill.docnums]).astype(np.int64)
    pattern = highlighter(positive_terms(tree))
    notes = ({}, {}) if by_dates else (fill.missing, copies)
    hits = [make_hit(snap, int(d), float(score[d]), pattern, *notes) for d in docnums[start:]]
    return hits, left_out


def collapsed_page(snap: Snapshot, tree, mask, score, limit: int, shown_all: bool):
    """The first `limit` matches by relevance with near-copies collapsed (all of them when
    `shown_all`), their final scores, the copies each stands for, and how many copies all
    the matches hold when every one was ranked (else 0). While copies leave the page short
    and more matches wait, more are ranked: the quorum fill must not take the places of
    full matches."""
    extra = collapse.spare(shown_all)
    while True:
        ranked, final = by_relevance(snap, tree, mask, score, limit + extra)
        every = len(ranked) < limit + extra
        kept, copies = collapse.collapsed(snap, ranked, limit, shown_all, every)
        if every or len(kept) >= limit:
            return kept, final, copies, sum(copies.values()) if every else 0
        extra += max(extra, limit)


def by_relevance(snap: Snapshot, tree, mask, score, limit: int):
    """BM25F order, the best few re-ranked by how close the words stand and by the words
    of their address; returns the document numbers and the final scores.

    Only a first page's worth (PER_PAGE and the spare matches that fill the places of its
    copies) and RERANKED more are re-ranked, whatever page and page size are asked for:
    page=1000 costs what page 1 costs, and every page is cut from one order, so paging
    neither repeats nor skips an article. A bonus only adds, so the re-ranked stay above
    the rest, which keep their BM25F order.
    """
    score = feedback.rescored(snap, without_filters(tree), mask, score)  # the same array when off
    words = cover.words_of(tree)
    if tree is None or budget.spent():
        return top(mask, score, limit, snap.table), score
    first = PER_PAGE + collapse.SPARE
    ranked = top(mask, score, max(limit, first + cover.MAX_WINDOW), snap.table)
    window = cover.window(score, ranked, first, RERANKED)
    head = ranked[:window]
    named = address.bonus(snap, tree, head)
    if not words and named is None:
        return ranked[:limit], score
    score = score.copy()
    if words:
        score[head] += cover.bonus(snap, words, head)
    if named is not None:
        score[head] += named
    head = by_score(snap.table, head, score)
    return np.concatenate([head, ranked[window:]])[:limit], score


def export_order(snap, tree, mask, score, sort: str, limit: int) -> np.ndarray:
    """The pages' order for up to `limit` matches: newest first, or by relevance."""
    if sort == "date":
        return by_date(snap.table, np.flatnonzero(mask), limit)
    return by_relevance(snap, tree, mask, score, limit)[0]


def make_hit(snap: Leased, docnum: int, score: float, pattern, missing=None, copies=None) -> Hit:
    """One result; `missing` and `copies` map documents to the word they lack (quorum
    fill) and to how many near-copies of them were left out (collapse)."""
    stored = snap.stored(docnum)
    title_html = mark(stored.get("title", ""), pattern)
    marked = snippet(stored.get("body", ""), stored.get("lead", ""), pattern)
    notes = {"missing": (missing or {}).get(docnum, ""), "copies": (copies or {}).get(docnum, 0)}
    return shown(Hit, stored, title_html=title_html, score=round(float(score), 4), snippet=marked,
                 **notes)  # fmt: skip


def article_view(stored: dict, pattern) -> ArticleView:
    paragraphs = [p for p in stored.get("body", "").split("\n") if p.strip()]
    return shown(
        ArticleView,
        stored,
        title_html=mark(stored.get("title", ""), pattern),
        lead_html=mark(stored.get("lead", ""), pattern),
        paragraphs_html=[mark(p, pattern) for p in paragraphs],
    )
