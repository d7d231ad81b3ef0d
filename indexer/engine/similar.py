"""The telling words of an article, for "Похожие статьи"."""

import math
from collections import Counter

from indexer.text.analysis import EXACT, WEAK, term_positions
from indexer.text.stopwords import STOP_WORDS

KEY_TERMS = 15
BODY_CHARS = 4000


def key_terms(reader, total: int, stored: dict) -> list[tuple[str, float]]:
    """The lemmas that are frequent here and rare elsewhere (tf·idf), best first; `reader`
    counts the documents holding a term, of `total` live ones."""
    text = " ".join(
        (stored.get("title", ""), stored.get("lead", ""), stored.get("body", "")[:BODY_CHARS])
    )
    counts = Counter({t: len(p) for t, p in term_positions(text).items() if is_content(t)})
    scored = [(t, n * idf(reader, t, max(1, total))) for t, n in counts.items()]
    best = sorted(scored, key=lambda item: item[1], reverse=True)[:KEY_TERMS]
    top = best[0][1] if best and best[0][1] > 0 else 1.0
    return [(term, weight / top) for term, weight in best if weight > 0]


def is_content(term: str) -> bool:
    return (
        not term.startswith((EXACT, WEAK))
        and len(term) > 2
        and term not in STOP_WORDS
        and not term.isdigit()
    )


def idf(reader, term: str, total: int) -> float:
    frequency = reader.doc_frequency("body", term)
    return math.log(1 + total / (1 + frequency)) if frequency > 1 else 0.0
