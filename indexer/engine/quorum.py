"""Quorum fill: after the articles with every word, those missing just one.

A reader remembers four words of an article and one of them is not in it as
typed ("ураганы" where it says "ураганное"): all-words matching finds nothing of
it. When fewer articles than a page have every word, the page goes on with the
articles that have all but one, best first by the score of the words they hold
(so one lacking a common word comes before one lacking a telling one, and a strong
match lacking a common word before a weak one lacking a rarer one); each hit says
which word it lacks. One order by score against the groups of one missing word, the
commonest first: body-only known items 0.300 → 0.311 on the tuning half (bench.tune).
"""

from dataclasses import dataclass

import numpy as np

from indexer.engine import family
from indexer.engine import query as q
from indexer.engine.doctable import by_score
from indexer.engine.plan import Term, Widened, is_filter, without_filters

# Switch: no fill when False (kept to measure against). On the tuning half, body-only
# known items: Recall@10 0.41 → 0.48.
ENABLED = True
# Fewer words than this: no fill. Two words too: with under a page of articles holding
# both, those holding one follow, best first: body-only known items on the
# tuning half 0.298 → 0.300, Recall@10 0.49 → 0.51, nothing else moved.
MIN_WORDS = 2
# An article holding a derived word of the word it lacks ("ураганное" for "ураганы") is
# filled as if it held the word; the page still says the word is missing.
DERIVED_HOLDS = False


@dataclass
class Fill:
    """The articles shown after the full matches, and the word each one lacks."""

    docnums: np.ndarray
    missing: dict[int, str]


NO_FILL = Fill(np.zeros(0, np.int64), {})


def slots(tree) -> list:
    """The parts of an all-words query a match needs, when there are enough for a quorum:
    words, and groups of one word's fields ("(lead:w | body:w)"); none with a NOT or a filter
    (page_fill takes the query's filters out first)."""
    if not isinstance(tree, q.All) or not all(is_slot(n) for n in tree.nodes):
        return []
    return list(tree.nodes) if len(tree.nodes) >= MIN_WORDS else []


def is_slot(node) -> bool:
    """A word, any of the fields of one word, or a word or the name it stands for."""
    if isinstance(node, Widened):
        return True
    if isinstance(node, q.Any):
        terms = [t for t in node.nodes if isinstance(t, Term)]
        return len(terms) == len(node.nodes) and len({t.form for t in terms}) == 1
    return isinstance(node, Term) and not node.stop


def slot_text(node) -> str:
    """The word of a slot as typed."""
    return (node.nodes[0] if isinstance(node, q.Any) else node).text


def quorum(evaluator, words: list, full: np.ndarray, allowed: np.ndarray, score, want: int):
    """Up to `want` articles with all words but one, none of `full`, within `allowed`:
    the best by the score of the words they hold, whichever word each lacks."""
    masks = np.array([evaluator.evaluate(word)[0] for word in words])
    held = masks
    if DERIVED_HOLDS:
        held = masks | np.array([related(evaluator, word) for word in words])
    chosen = np.flatnonzero((held.sum(axis=0) >= len(words) - 1) & ~full & allowed)
    best = by_score(evaluator.table, chosen, score)[:want]
    lacking = np.argmin(masks[:, best], axis=0).tolist()
    missing = {d: slot_text(words[n]) for d, n in zip(best.tolist(), lacking, strict=True)}
    return Fill(best.astype(np.int64), missing)


def related(evaluator, word) -> np.ndarray:
    """The live articles holding one of the word's derived words (family.py): with
    DERIVED_HOLDS they count as holding the word."""
    return family.derived_mask(evaluator.postings, word) & evaluator.live


def page_fill(snap, tree, full: np.ndarray, allowed, score, want: int) -> Fill:
    """The fill of a page of one index generation (a Snapshot) that full matches leave
    short by `want` places; `allowed` = the URL's filters (None: a partial page, no fill)."""
    words = slots(without_filters(tree)) if ENABLED and want > 0 and allowed is not None else []
    if not words:
        return NO_FILL
    evaluator = snap.evaluator()
    return quorum(evaluator, words, full, allowed & typed_filters(evaluator, tree), score, want)


def typed_filters(evaluator, tree) -> np.ndarray | bool:
    """The articles the query's own filters (source:, date:…) let through, as the URL's
    filters are (True when it has none)."""
    kept = [n for n in getattr(tree, "nodes", ()) if is_filter(n)]
    return evaluator.evaluate(q.All(tuple(kept)))[0] if kept else True


# Partial matches (no article has every word): each word an article holds adds this,
# about a title match of a common word, so those holding more words mostly come first.
# 20 (and 1000) against 0: body-only known items 0.311 → 0.314 on the tuning half.
HELD_WEIGHT = 20.0


def by_words_held(evaluator, tree, score: np.ndarray) -> np.ndarray:
    """The scores of a partial query's matches (plan.fallback: an Any of the words) raised
    by how many of its words each article holds."""
    parts = getattr(tree, "nodes", ())  # the fallback cut short by the budget may be one word
    loose = [tree] if isinstance(tree, q.Any) else [n for n in parts if isinstance(n, q.Any)]
    if not HELD_WEIGHT or len(loose) != 1:
        return score
    held = np.sum([evaluator.evaluate(node)[0] for node in loose[0].nodes], axis=0)
    return score + HELD_WEIGHT * held.astype(np.float32)
