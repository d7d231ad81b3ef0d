"""Pseudo-relevance feedback: the words that mark the best matches rank the rest.

The first ranking's best few articles are taken as relevant (Rocchio's and RM3's
assumption); the lemmas their titles and leads share and the index holds rarely
("пенсионная реформа" → возраст, пенсионер, пфр) become optional, low-weight
terms. They only re-score the articles the query already matched, never add to
them: the operators stay exact and the total does not move.
"""

import math
from collections import Counter

import numpy as np

from indexer.engine import budget, ranking
from indexer.engine import query as q
from indexer.engine.doctable import top
from indexer.engine.plan import Term, as_word
from indexer.engine.spelling import counting_reader
from indexer.text.analysis import EXACT, WORD
from indexer.text.morph import fold, lemmas
from indexer.text.stopwords import STOP_WORDS

# Switch: no feedback when False. For one-word queries, tags P@10 on the tuning half and
# the 1,030 tags outside both saved halves (1,184, `bench.tune --anew 1`): 0.5043 → 0.5070,
# + 0.0027 (95 %: + 0.0008, + 0.0048), every other figure level. 3-10 lemmas of 4-8
# articles at 0.25-0.6 all gave + 0.002 to + 0.003. Cost: warm, the speed set's p95 with
# snippets level (3.5 ms) and p50 2.5 → 2.7 ms (bench.tune --speed); the first time a
# one-word query is asked, 8.3 → 15 ms on average (its lemmas' postings read from the
# index). Queries of 2-4 words: + 0.0004 more, but known items 0.977 → 0.974 (tuning half).
ENABLED = True
# How many of the best matches are taken as relevant.
DOCS = 5
# How many feedback lemmas re-score the matches.
TERMS = 5
# A feedback lemma must be in this many of the DOCS: one article's own words drift.
MIN_DOCS = 2
# What all the feedback lemmas weigh together, against one query word's own lemma.
WEIGHT = 0.25
# The most query words for feedback: with two or more, the words it adds pulled articles
# above known items whose titles hold every word.
MAX_WORDS = 1
# The fields whose feedback words re-score, and those the feedback words are taken from.
FIELDS = ("title", "lead", "body")
SOURCE_FIELDS = ("title", "lead")
# Fewer matches than this and the query names its articles well enough alone.
MIN_MATCHES = 20


def query_terms(tree) -> list[Term] | None:
    """The plain words of a query of plain words (one, or all of a few); None for any
    operator, prefix, exact form or field."""
    nodes = tree.nodes if isinstance(tree, q.All) else (tree,)
    words = [word for n in nodes if (word := as_word(n)) is not None]
    if len(words) != len(nodes) or not 0 < len(words) <= MAX_WORDS:
        return None
    if any(w.prefix or w.exact or w.field for w in words):
        return None
    return [w for w in words if not w.stop]


def doc_counts(stored: dict) -> Counter:
    """The content lemmas of an article's title and lead, each with its frequency (a word's
    likeliest lemma: the index's terms of every reading took 0.074 ms an article, this 0.051)."""
    text = fold("\n".join(stored.get(f, "") for f in SOURCE_FIELDS))
    words = Counter(WORD.findall(text))
    found = Counter()
    for word, n in words.items():
        lemma = lemmas(word)[0]
        if is_content(lemma):
            found[lemma] += n
    return found


def is_content(term: str) -> bool:
    return (
        not term.startswith(EXACT) and len(term) > 2 and term not in STOP_WORDS
        and not term.isdigit()
    )  # fmt: skip


def chosen(snap, docs: np.ndarray, own: set[str]) -> list[tuple[str, float]]:
    """The TERMS lemmas that best mark the documents (Σ tf share × idf), with weights
    summing to 1; the query's own lemmas left out."""
    counts = [doc_counts(snap.stored(int(d))) for d in docs]
    share, held = Counter(), Counter()
    for found in counts:
        total = sum(found.values()) or 1
        for term, n in found.items():
            share[term] += n / total
            held[term] += 1
    live, frequency = snap.postings.live, body_frequency(snap)
    scored = {}
    for term, value in share.items():
        if held[term] < MIN_DOCS or term in own:
            continue
        scored[term] = value * math.log(1 + live / (1 + frequency(term)))
    # Equal values in the lemmas' order: the same lemmas whatever order the index holds articles in.
    best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:TERMS]
    total = sum(v for _, v in best) or 1.0
    return [(t, v / total) for t, v in best]


def body_frequency(snap):
    """How many live articles' bodies hold a term (spelling.CountingReader)."""
    reader = counting_reader(snap)
    return lambda term: reader.doc_frequency("body", term)


def rescored(snap, tree, mask: np.ndarray, score: np.ndarray) -> np.ndarray:
    """The scores with the feedback lemmas' weights added to the matches (a new array)."""
    words = query_terms(tree) if ENABLED else None
    if not words or int(mask.sum()) < MIN_MATCHES:
        return score
    try:
        own = {lemma for w in words for lemma in w.lemmas}
        terms = chosen(snap, top(mask, score, DOCS, snap.table), own)
        extra = np.zeros_like(score)
        for term, share in terms:
            for field in FIELDS:
                found = snap.postings.get(field, term)
                weight = WEIGHT * share * len(words) * ranking.WEIGHTS[field]
                ranking.add_bm25(extra, snap.postings, field, found, weight)
    except budget.Spent:  # out of time: the first ranking stands
        return score
    return score + extra * mask
