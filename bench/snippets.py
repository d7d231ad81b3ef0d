"""How many of a query's words a snippet shows: what a reader sees of why the article came up.

A word counts as shown when the snippet's text holds any form of it (the forms our highlighter
marks, pymorphy3's lexeme of the word's lemmas), whatever the engine marked: every engine's
snippet is read the same way, as plain text.
"""

import html
import re

from indexer.engine.highlight import highlighter
from indexer.engine.plan import make_plan, positive_terms

TAG = re.compile(r"<[^>]+>")


def words_shown(query: str, snippet: str) -> float:
    """The share of the query's words (stop words left out) that the snippet shows in any form;
    0 for an empty snippet or a query of stop words only."""
    words = {term.form: term for term in positive_terms(make_plan(query).tree)}
    text = html.unescape(TAG.sub("", snippet))
    if not words or not text:
        return 0.0
    return sum(1 for term in words.values() if highlighter([term]).spans(text)) / len(words)


def first_snippet_shares(engine, queries: list[str]) -> list[float]:
    """Per query, the share of its words the first hit's snippet shows (0 with no hit)."""
    shares = []
    for query in queries:
        found = engine.search(query)
        shares.append(words_shown(query, found.snippets[0]) if found.snippets else 0.0)
    return shares
