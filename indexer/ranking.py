"""The scoring side of a query: a Whoosh query ranked by BM25F.

The title weighs more than the lead, the lead more than the body; the exact
form the user typed adds to a match of its lemma. Which articles match at all
is decided by `indexer.docsets`; this query only orders them.
"""

from whoosh import query as wq
from whoosh import scoring

from indexer import query as q
from indexer.analysis import exact_term, query_lemmas
from indexer.docsets import phrase_query
from indexer.morph import fold, lemmas
from indexer.schema import TEXT_FIELDS

# What the exact form adds to a lemma match, relative to the lemma's weight.
EXACT_BOOST = 0.5
PHRASE_BOOST = 2.0


def weighting() -> scoring.WeightingModel:
    """BM25F with the usual constants; field weights come from query boosts."""
    return scoring.BM25F(B=0.75, K1=1.2)


def scoring_query(node) -> wq.Query:
    """A Whoosh query that scores the articles matching `node`."""
    if isinstance(node, q.Word):
        return word_query(node)
    if isinstance(node, q.Phrase):
        return boosted(phrase_query(node), PHRASE_BOOST)
    if isinstance(node, (q.All, q.Any)):
        parts = [scoring_query(child) for child in node.nodes if scores(child)]
        if not parts:
            return wq.Every()
        # And lets Whoosh skip whole blocks of postings; the match set is exact anyway.
        return wq.And(parts) if isinstance(node, q.All) else wq.Or(parts)
    return wq.Every()


def scores(node) -> bool:
    """Negations and filters select articles; they add nothing to the score."""
    return not isinstance(node, (q.Not, q.Filter))


def word_query(word: q.Word) -> wq.Query:
    fields = {word.field: TEXT_FIELDS[word.field]} if word.field else TEXT_FIELDS
    return wq.Or([boosted(word_in(field, word), weight) for field, weight in fields.items()])


def word_in(field: str, word: q.Word) -> wq.Query:
    form = fold(word.text)
    if word.prefix:
        return wq.Prefix(field, form)
    exact = wq.Term(field, exact_term(form), boost=1 + EXACT_BOOST if word.exact else EXACT_BOOST)
    if lemmas(form) == (form,):
        return wq.Term(field, form)
    return wq.Or([wq.Term(field, lemma) for lemma in query_lemmas(word.text)] + [exact])


def boosted(query: wq.Query, boost: float) -> wq.Query:
    query.boost = boost
    return query
