"""The words of a page's address as a sign of its topic (text/address.py): many sites end
the address with their editors' keywords (`…/379259-sssr-vzyatie-berlina-zapad`), so an
address naming what the query names says what the article is about.

The best matches get a bonus for the share of the query's words their address names. An
article whose address has no words (a site that numbers its pages, a dump without
addresses, an address that only spells the title or names none of its words) is neither
helped nor harmed: it gets what the best matches with words in their address get on average.
"""

import numpy as np

from indexer.engine import cover
from indexer.engine import query as q
from indexer.engine.plan import Term, Widened
from indexer.text.address import ADDRESSED, word_key

FIELD = "address"
# The bonus of an address naming every query word, in units of the cover bonus. On the
# 1,184 pool tags, P@10 0.5145 → 0.5198 at 3 (+ 0.0053 [+ 0.0019, + 0.0092]), 0.5194 at 4,
# 0.5202 at 5, 0.5183 at 7; known items level at 3 (tuning half and drawn anew). A factor of
# 1 + the share instead: + 0.0053, but known items as written drawn anew 0.972 → 0.964.
# With an address naming none of its title's words left out too (text/address.py): 0.5196.
WEIGHT = 3.0
# Shorter words typed are prepositions and letters: «в», «по», «и».
SHORTEST_WORD = 3


def bonus(snap, tree, docnums: np.ndarray) -> np.ndarray | None:
    """The bonus of each of `docnums`; None when the query has no word to look for or none
    of them has words in its address."""
    keys = query_keys(tree)
    if not keys or not len(docnums):
        return None
    addressed = snap.postings.get(FIELD, ADDRESSED).holds(docnums)
    if not addressed.any():
        return None
    named = sum(naming(snap, word, docnums) for word in keys) / len(keys)
    named[~addressed] = named[addressed].mean()
    return cover.BOOST * WEIGHT * named


def naming(snap, keys: set[str], docnums: np.ndarray) -> np.ndarray:
    """Which of `docnums`'s addresses name a word: hold one of its lemmas' keys."""
    return np.logical_or.reduce([snap.postings.get(FIELD, key).holds(docnums) for key in keys])


def query_keys(tree) -> list[set[str]]:
    """Per word typed (not a name it was widened to), the keys of its lemmas. A word looked
    for in some fields only («body:выборы») is not looked for in the address."""
    by_place = {}
    for term in typed_words(tree):
        if len(term.text) >= SHORTEST_WORD and not term.stop and term.word.field is None:
            keys = {word_key(lemma) for lemma in term.lemmas} - {""}
            by_place.setdefault(term.word.span, set()).update(keys)
    return [keys for keys in by_place.values() if keys]


def typed_words(node) -> list[Term]:
    """The words of the tree as typed, those under a Not left out."""
    if isinstance(node, Widened):
        return [node.term]
    if isinstance(node, Term):
        return [node]
    if isinstance(node, q.Phrase):
        return list(node.words)
    if isinstance(node, (q.All, q.Any)):
        return [term for child in node.nodes for term in typed_words(child)]
    return []
