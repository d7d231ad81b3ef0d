"""How much one query word says about each document: BM25F over title, lead and body.

The fields' term frequencies are weighed and length-normalised first, then
saturated together (Robertson's BM25F), so a word in a title counts like a few
mentions in the body rather than as a score of its own: a title holding a common
query word no longer outranks articles about the topic. A word with several
readings ("стали" → стать, сталь) is indexed under each lemma at the same
position; it counts once per position (the most frequent reading), not once per
reading, and its idf is that of the documents holding any reading.
"""

import math

import numpy as np

from indexer.writing.schema import FIELD_WEIGHTS

K1 = 1.2
# Length normalisation per field: a title's length says little about its topic.
B = {"title": 0.3, "lead": 0.5, "body": 0.75}
# Field weights: a title word counts as this many body mentions; the lead is the
# article's own summary, so a mention there counts more than one in the body.
# Title 5 (not the schema's 3) since lead and body scores are right (writing.columns.field_lengths):
# control known items 0.965 → 0.980 on the tuning half, tag P@10 level. Title 4 since a
# title holding every word gets a floor of cover bonus (cover.TITLE_FLOOR), tuning halves:
# inflected known items 0.937 → 0.941, control 0.963 → 0.966, tags P@10 0.505 → 0.510,
# topics P@10 0.579 → 0.582 (title 3 and 3.5: control 0.960; title 4 alone: control 0.952).
WEIGHTS = {**FIELD_WEIGHTS, "title": 4.0}
# Switch: the per-field BM25 sum of matching.py when False. Kept out: with the fields
# saturated together, inflected known items fell 0.929 → 0.795 on the tuning half.
COMBINED = False


# The per-field sum (COMBINED False): BM25's b and k1 of each field. k1 1.2: on the tuning
# halves every other value moved each figure by under 0.01 and traded one for another (body
# b 0.3: tags P@10 +0.005, paragraphs −0.009; bench.tune). Lead and body b 0.6, not 0.75: a
# long article is longer for covering its topic, not only for naming words more often. On
# the 1,184 tags P@10 0.5080 → 0.5087, topics 0.581 → 0.583, paragraph known items 0.805 →
# 0.794, the rest level; b 0.5: 0.5090, but body-only known items drawn anew 0.372 → 0.367.
FIELD_B = {"title": 0.75, "lead": 0.6, "body": 0.6}
FIELD_K1 = {"title": K1, "lead": K1, "body": K1}


# A query of one word: no covers tell how central it is to an article, so how often the
# text names it counts (as PostgreSQL's ts_rank_cd counts it): no length normalisation,
# slow saturation in lead and body. Tags P@10 on the tuning half 0.486 → 0.506 (one-word
# tags 0.45 → 0.48); k1 3: 0.499, k1 30: 0.509; nothing else moved (bench.tune).
# k1 20 with the title at half its weight (ALONE_TITLE) below.
ALONE_B = {"title": 0.75, "lead": 0.0, "body": 0.0}
ALONE_K1 = {"title": K1, "lead": 20.0, "body": 20.0}
# A query of one word: the title weighs half as much (2, not 4), as a title names a word in
# passing as often as for its topic, and how often the text names it tells more (derived
# words' titles too, family.py). Tags P@10, the tuning half and the 300 tags drawn anew
# (454): 0.5059 → 0.5143, the tuning half alone level (0.5162), anew 0.5007 → 0.5133;
# picked from 12 pairs of title × (0.35–1) and lead and body k1 (10–30) on a random half of
# the 454 and scored on the other, 500 times: +0.006 (5–95 %: +0.002, +0.010). Topics: one
# query of a stop word and a word («серия а») 1 → 0.5; nothing else moved (bench.tune).
ALONE_TITLE = 0.5


# A query of several plain words: a title holding some of them but not all counts this share
# of its weight («Победа Шараповой» for «день победы»); one holding every word says what the
# article is about and counts in full. On the 1,184 tags (bench.tune --anew 1) P@10 0.5073 →
# 0.5080, paragraph known items 0.787 → 0.805, topics 0.579 → 0.581, the rest level; a
# quarter: 0.5079, paragraphs 0.815.
TITLE_PARTIAL = 0.5


def take_down_partial_titles(score: np.ndarray, titles: list[tuple[np.ndarray, np.ndarray]]):
    """Take the title scores of the documents whose title holds some of the query's words but
    not all down to TITLE_PARTIAL, in `score` (`titles`: each word's documents and scores)."""
    docs = np.concatenate([found for found, _ in titles])
    values = np.concatenate([values for _, values in titles])
    held, where, words = np.unique(docs, return_inverse=True, return_counts=True)
    total = np.bincount(where, weights=values, minlength=len(held))
    some = words < len(titles)
    score[held[some]] -= np.float32(1 - TITLE_PARTIAL) * total[some].astype(np.float32)


def weight(field: str, alone: bool = False) -> float:
    """A field's weight, that of a one-word query if `alone`."""
    return WEIGHTS[field] * (ALONE_TITLE if alone and field == "title" else 1.0)


# A query of one word: a title naming it counts this much when neither lead nor body does
# («Философия европейского подхода» over a text on Ukraine's integration). Tags P@10 on the
# tuning half 0.5156 → 0.5175 (0.25: 0.5162, 0.75: 0.5169), on 300 tags drawn anew 0.4987 →
# 0.4997; the other figures level (bench.tune). With the title at half weight (ALONE_TITLE)
# level on the 454 tags (1.0: +0.0002, 0.25: −0.0002): kept for the text naming the word
# once or twice under a title naming it alone.
TITLE_UNTOLD = 0.5


def field_bm25(postings, field: str, found, alone: bool = False) -> np.ndarray:
    """The BM25 weight of one term (`found`: its Postings in the field) in each of its
    documents, with the field's own b and k1 (those for a one-word query if `alone`)."""
    if not len(found.ids):
        return np.zeros(0, np.float32)
    b = (ALONE_B if alone else FIELD_B).get(field, 0.75)
    k1 = (ALONE_K1 if alone else FIELD_K1).get(field, K1)
    made = found.weights.get((b, k1))
    if made is None:
        norm = postings.norms(field, b, k1)[found.ids]
        weight = np.float32(idf(postings, len(found.ids)) * (k1 + 1))
        made = found.weights[b, k1] = weight * found.tfs / (found.tfs + norm)
    return made


def add_bm25(score: np.ndarray, postings, field: str, found, weight: float, alone: bool = False):
    """Add a term's weighed BM25 in one field to `score` (its documents are distinct, and
    np.add.at is 3x faster than `score[ids] += …` on a list of 70,000)."""
    np.add.at(score, found.ids, np.float32(weight) * field_bm25(postings, field, found, alone))


def normalised_tf(postings, field: str, tfs: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Term frequencies divided by the field's length relative to its average."""
    b = B.get(field, 0.75)
    lengths = postings.lengths[field][ids] / postings.average[field]
    return tfs / (1 - b + b * lengths)


def reading_tfs(postings, field: str, terms, once: bool) -> np.ndarray:
    """Per document, the frequency of the word in one field: the most frequent of its
    readings (they share positions), plus each boosted extra term (the exact form).
    A prefix's terms are different words: `once=False` adds them up."""
    best = np.zeros(postings.size, np.float32)
    extra = np.zeros(postings.size, np.float32)
    for term, boost, selects in terms:
        found = postings.get(field, term)
        if once and selects and boost == 1.0:
            np.maximum.at(best, found.ids, found.tfs)
        else:
            extra[found.ids] += boost * found.tfs
    return best + extra


def word_frequency(postings, word, terms) -> np.ndarray:
    """The weighed, length-normalised frequency of the word over its fields."""
    total = np.zeros(postings.size, np.float32)
    for field in word.fields:
        tfs = reading_tfs(postings, field, terms, once=not word.prefix)
        ids = np.flatnonzero(tfs)
        total[ids] += WEIGHTS[field] * normalised_tf(postings, field, tfs[ids], ids)
    return total


def idf(postings, df: int) -> float:
    """BM25's idf of a word found in `df` documents."""
    return math.log(1 + (postings.live - df + 0.5) / (df + 0.5))


def word_score(postings, word, terms, mask: np.ndarray) -> np.ndarray:
    """The BM25F score of one word in every document; `mask` = the documents holding it."""
    tf = word_frequency(postings, word, terms)
    weight = idf(postings, int(mask.sum()))
    return (weight * tf * (K1 + 1) / (tf + K1)).astype(np.float32)
