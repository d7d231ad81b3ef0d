"""Pseudo-relevance feedback: the words that mark the best matches rank the rest.

The first ranking's best few articles are taken as relevant (Rocchio's and RM3's
assumption); the lemmas their titles, leads and bodies' starts share and the index holds rarely
("пенсионная реформа" → возраст, пенсионер, пфр) become optional, low-weight
terms. They only re-score the articles the query already matched, never add to
them: the operators stay exact and the total does not move.
"""

import bisect
import math
from collections import Counter
from functools import lru_cache

import numpy as np

from indexer.engine import budget, ranking
from indexer.engine import query as q
from indexer.engine.doctable import top
from indexer.engine.plan import Term, as_word
from indexer.engine.recent import Recent
from indexer.engine.spelling import PerGeneration, counting_reader
from indexer.text.analysis import EXACT, WORD
from indexer.text.morph import fold, read_readings
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
# The fields whose feedback words re-score.
FIELDS = ("title", "lead", "body")
# How much of a body the feedback words are taken from, beside the title and the lead (the
# length similar.py reads): tags P@10 on 1,184 tags outside the reporting half 0.5115 → 0.5139,
# + 0.0024 (95 %: + 0.0009, + 0.0039), each half of them + 0.0023; 1,000 / 2,000 characters /
# whole bodies + 0.0013 / + 0.0013 / + 0.0018. Cost: a one-word query asked the first time,
# 19 → 27 ms on average (300 of them in a fresh process; the new words' analyses); asked
# again, nothing (COUNTS, CHOSEN): the speed set's warm p95 5.5 ms either way, the server
# under load 480 MB either way.
BODY_CHARS = 4000
# Fewer matches than this and the query names its articles well enough alone.
MIN_MATCHES = 20
# The lemma counts of this many best matches are kept per generation, about 4 KB each (as
# Counters, 18 KB: the server grew by 40 MB under load).
COUNTED = 1024
COUNTS = PerGeneration(lambda: Recent(COUNTED))
# The feedback lemmas of this many queries (their best matches) are kept per generation.
CHOSEN = PerGeneration(lambda: Recent(COUNTED))
# The words of best matches whose lemmas are kept, about 250 bytes each. In morph's own cache,
# the speed set's queries took 30,000 more words and the server 40 MB more under load.
FEEDBACK_WORDS = 30_000


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
    """The content lemmas of an article's title, lead and the start of its body, each with its
    frequency (a word's likeliest lemma: the index's terms of every reading took 0.074 ms for
    a title and lead, this 0.051)."""
    text = fold("\n".join(source_texts(stored)))
    words = Counter(WORD.findall(text))
    found = Counter()
    for word, n in words.items():
        lemma = likeliest_lemma(word)
        if is_content(lemma):
            found[lemma] += n
    return found


@lru_cache(maxsize=FEEDBACK_WORDS)
def likeliest_lemma(word: str) -> str:
    """A folded word's likeliest lemma, kept apart from morph's cache of the words the index
    and the queries read: the bodies' rarer words would fill that one."""
    return read_readings(word)[0][0]


def source_texts(stored: dict) -> list[str]:
    """The texts feedback words are taken from: the title, the lead, the body's first
    BODY_CHARS."""
    return [stored.get("title", ""), stored.get("lead", ""), stored.get("body", "")[:BODY_CHARS]]


def is_content(term: str) -> bool:
    return (
        not term.startswith(EXACT) and len(term) > 2 and term not in STOP_WORDS
        and not term.isdigit()
    )  # fmt: skip


def counted(snap, docnum: int) -> tuple[tuple[str, ...], np.ndarray]:
    """doc_counts of a document as its lemmas and their counts, kept for the generation: a
    query asked again reads no text."""
    return COUNTS.get(snap.postings).get(docnum, lambda d: compact(doc_counts(snap.stored(d))))


def compact(found: Counter) -> tuple[tuple[str, ...], np.ndarray]:
    return tuple(found), np.fromiter(found.values(), np.int32, len(found))


def chosen_once(snap, docs: np.ndarray, own: set[str]) -> list[tuple[str, float]]:
    """`chosen`, kept for the generation by the documents and the query's lemmas: weighing
    the bodies' hundreds of shared lemmas took 0.6 ms a query."""
    key = (tuple(docs.tolist()), frozenset(own))
    return CHOSEN.get(snap.postings).get(key, lambda _: chosen(snap, docs, own))


def chosen(snap, docs: np.ndarray, own: set[str]) -> list[tuple[str, float]]:
    """The TERMS lemmas that best mark the documents (Σ tf share × idf), with weights
    summing to 1; the query's own lemmas left out."""
    share, held = Counter(), Counter()
    for terms, counts in (counted(snap, int(d)) for d in docs):
        total = int(counts.sum()) or 1
        for term, n in zip(terms, (counts / total).tolist(), strict=True):
            share[term] += n
            held[term] += 1
    candidates = {term: value for term, value in share.items() if held[term] >= MIN_DOCS}
    best = best_marks(snap, candidates, own)
    total = sum(v for _, v in best) or 1.0
    return [(t, v / total) for t, v in best]


def best_marks(snap, shares: dict[str, float], own: set[str]) -> list[tuple[str, float]]:
    """The TERMS lemmas of the highest share × idf, best first. A body look-up a lemma is
    costly, so the lemmas are taken by falling share and the rest left once even no body
    holding them could raise them to the TERMS-th: with the bodies read, hundreds of lemmas
    are shared."""
    live, frequency = snap.postings.live, body_frequency(snap)
    ceiling = math.log(1 + live)  # the idf of a lemma no body holds
    scored: list[tuple[float, str]] = []  # (-score, lemma), kept sorted
    for term, value in sorted(shares.items(), key=lambda item: (-item[1], item[0])):
        if len(scored) >= TERMS and value * ceiling < -scored[TERMS - 1][0]:
            break
        if term not in own:
            bisect.insort(scored, (-value * math.log(1 + live / (1 + frequency(term))), term))
    # Equal values in the lemmas' order: the same lemmas whatever order the index holds articles in.
    return [(term, -negative) for negative, term in scored[:TERMS]]


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
        terms = chosen_once(snap, top(mask, score, DOCS, snap.table), own)
        extra = np.zeros_like(score)
        for term, share in terms:
            for field in FIELDS:
                found = snap.postings.get(field, term)
                weight = WEIGHT * share * len(words) * ranking.WEIGHTS[field]
                ranking.add_bm25(extra, snap.postings, field, found, weight)
    except budget.Spent:  # out of time: the first ranking stands
        return score
    return score + extra * mask
