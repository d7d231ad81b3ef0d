"""What the tag queries' misses hold: could the text's own figures rank the tags better?

    python -m bench.tagmisses --index var/tune-index

For each tag of the tuning half, the best DEPTH of our ranking with what the text holds
(title, lead and body mentions of every query word, the body's length, the share of its
paragraphs naming every word); then a logistic re-ranking over those, fitted on one half of
the tags and scored on the other (SPLITS random splits, both ways). P@10 before and after
each: a re-ranking the text supports gains here; if it does not, the misses are the
editors' choice of articles, not something the words show.
"""

import argparse
import json
import math
import random
from pathlib import Path

import numpy as np

from bench.corpus import unique_articles
from bench.engines import Ours
from bench.linetrain import fit
from bench.tune import tuning_sets, unbounded
from indexer.text.analysis import term_positions, word_terms

DEPTH = 60
SPLITS = 3


def mentions(text: str, lemmas: list[set[str]]) -> tuple[int, int]:
    """How often the least named query word is named in `text` (positions, not readings),
    and the text's length in words."""
    places = term_positions(text or "")
    counts = [len(set().union(*(places.get(term, ()) for term in word))) for word in lemmas]
    return min(counts, default=0), len(set().union(*places.values()))


def paragraph_share(body: str, lemmas: list[set[str]]) -> float:
    """The share of the body's paragraphs naming every query word."""
    paragraphs = [p for p in (body or "").split("\n") if p.strip()]
    naming = sum(1 for p in paragraphs if mentions(p, lemmas)[0])
    return naming / max(1, len(paragraphs))


def row(rank: int, article, lemmas: list[set[str]]) -> list[float]:
    """One candidate's figures: bias, rank, title, lead and body mentions, length, spread."""
    title, lead = mentions(article.title, lemmas)[0], mentions(article.lead, lemmas)[0]
    body, length = mentions(article.body, lemmas)
    alone = len(lemmas) == 1
    return [1.0, -math.log1p(rank), title > 0, title > 1, math.log1p(lead), math.log1p(body),
            math.log1p(length), paragraph_share(article.body, lemmas),
            alone * math.log1p(body), alone * (title > 0)]  # fmt: skip


def tag_rows(engine, tags: list[dict], articles: dict) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per tag, its candidates' figures and which of them the editors tagged."""
    data = {}
    for tag in tags:
        lemmas = [set(word_terms(w)) for w in tag["q"].split()]
        ids = engine.search(tag["q"], snippets=False, limit=DEPTH).ids
        relevant = set(tag["relevant"])
        data[tag["q"]] = (np.array([row(r, articles[d], lemmas) for r, d in enumerate(ids)], float),
                          np.array([d in relevant for d in ids], float))  # fmt: skip
    return data


def precision(data: dict, names: list[str], weights: np.ndarray | None = None) -> float:
    """Mean P@10 of these tags, in our order or re-ranked by `weights`."""
    values = []
    for name in names:
        matrix, relevant = data[name]
        order = np.argsort(-(matrix @ weights), kind="stable") if weights is not None else None
        values.append(float((relevant[order] if order is not None else relevant)[:10].mean()))
    return sum(values) / len(values)


def cross_check(data: dict) -> list[tuple[float, float]]:
    """(P@10 as ranked, P@10 re-ranked) of each held-out half."""
    names, found = sorted(n for n in data if len(data[n][1])), []
    for seed in range(SPLITS):
        random.Random(seed).shuffle(names)
        for train, test in ((names[::2], names[1::2]), (names[1::2], names[::2])):
            weights = fit(np.vstack([data[n][0] for n in train]),
                          np.concatenate([data[n][1] for n in train]))  # fmt: skip
            found.append((precision(data, test), precision(data, test, weights)))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    args = parser.parse_args(argv)
    unbounded()
    articles = {a.id: a for a in unique_articles(["../shared/corpus"])}
    data = tag_rows(Ours(args.index), tuning_sets()["tags"], articles)
    pairs = cross_check(data)
    print(json.dumps({"halves": [[round(a, 3), round(b, 3)] for a, b in pairs],
                      "gain": round(sum(b - a for a, b in pairs) / len(pairs), 4)}))  # fmt: skip


if __name__ == "__main__":
    main()
