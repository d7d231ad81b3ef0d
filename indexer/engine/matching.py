"""Evaluate a query tree into the set of matching documents and their scores.

Both come out as numpy arrays over document numbers: a boolean mask (which
articles match: exact, so totals, facets and the timeline are right) and a
BM25F score (title above lead above body; the exact form the user typed adds
to its lemma). Phrases and exact forms that need word positions are matched
by Whoosh; everything else is set algebra on cached postings.
"""

import numpy as np
from whoosh import query as wq

from indexer.engine import query as q
from indexer.engine.postings import PostingsCache
from indexer.text.analysis import exact_term, query_lemmas
from indexer.text.morph import fold, lemmas, word_forms
from indexer.writing.schema import TEXT_FIELDS

# What the exact form adds to a lemma match, relative to the lemma's weight.
EXACT_BOOST = 0.2
PHRASE_BOOST = 2.0
MAX_PREFIX_TERMS = 100


class Evaluator:
    """Turns query trees into (mask, score) pairs over one index generation."""

    def __init__(self, searcher, postings: PostingsCache, live: np.ndarray):
        self.searcher = searcher
        self.postings = postings
        self.live = live

    def evaluate(self, node) -> tuple[np.ndarray, np.ndarray]:
        """The live documents matching `node`, and the score of each."""
        mask, score = self.node(node)
        return mask & self.live, score

    def node(self, node) -> tuple[np.ndarray, np.ndarray]:
        if isinstance(node, q.Word):
            return self.word(node)
        if isinstance(node, q.Phrase):
            return self.phrase(node)
        if isinstance(node, q.All):
            return self.all_of(node.nodes)
        if isinstance(node, q.Any):
            return self.any_of(node.nodes)
        if isinstance(node, q.Not):
            return ~self.node(node.node)[0], self.zeros()
        if isinstance(node, q.Filter):
            return self.filter(node), self.zeros()
        return self.zeros(bool), self.zeros()

    def zeros(self, kind=np.float32) -> np.ndarray:
        return np.zeros(self.postings.size, kind)

    def all_of(self, nodes) -> tuple[np.ndarray, np.ndarray]:
        mask, score = self.live.copy(), self.zeros()
        for node in nodes:
            node_mask, node_score = self.node(node)
            mask &= node_mask
            score += node_score
        return mask, score

    def any_of(self, nodes) -> tuple[np.ndarray, np.ndarray]:
        mask, score = self.zeros(bool), self.zeros()
        for node in nodes:
            node_mask, node_score = self.node(node)
            mask |= node_mask
            score += node_score
        return mask, score

    def word(self, word: q.Word) -> tuple[np.ndarray, np.ndarray]:
        mask, score = self.zeros(bool), self.zeros()
        for field in fields_of(word.field):
            for term, boost, selects in word_terms(self.searcher.reader(), field, word):
                postings = self.postings.get(field, term)
                if selects:
                    mask[postings.ids] = True
                weight = TEXT_FIELDS[field] * boost
                score[postings.ids] += weight * self.postings.bm25(field, postings)
            if word.exact and own_lemma(fold(word.text)):
                mask[self.docs(ExactOwnLemma(field, fold(word.text)))] = True
        return mask, score

    def phrase(self, phrase: q.Phrase) -> tuple[np.ndarray, np.ndarray]:
        mask = self.zeros(bool)
        mask[self.docs(phrase_query(phrase))] = True
        _, score = self.any_of(phrase.words)
        return mask, score * PHRASE_BOOST * mask

    def filter(self, node: q.Filter) -> np.ndarray:
        """source:rt, rubric:мир: the folded value, or its first words."""
        mask, value, field = self.zeros(bool), fold(node.value), f"{node.field}_key"
        reader = self.searcher.reader()
        for term in [value, *limited(reader.expand_prefix(field, value + " "))]:
            mask[self.postings.get(field, as_text(term)).ids] = True
        return mask

    def docs(self, query: wq.Query) -> list[int]:
        return list(self.searcher.docs_for_query(query))


def fields_of(field: str | None) -> tuple[str, ...]:
    return (field,) if field else tuple(TEXT_FIELDS)


def own_lemma(form: str) -> bool:
    """A form that is its word's only lemma has no exact term of its own."""
    return lemmas(form) == (form,)


def word_terms(reader, field: str, word: q.Word) -> list[tuple[str, float, bool]]:
    """(term, boost, selects) for a word: which terms score it, which decide a match."""
    form = fold(word.text)
    if word.prefix:
        return [(as_text(t), 1.0, True) for t in limited(reader.expand_prefix(field, form))]
    if word.exact:
        return [(form, 1.0, False)] if own_lemma(form) else [(exact_term(form), 1.0, True)]
    terms = [(lemma, 1.0, True) for lemma in query_lemmas(word.text)]
    return terms if own_lemma(form) else [*terms, (exact_term(form), EXACT_BOOST, False)]


def limited(terms, limit: int = MAX_PREFIX_TERMS) -> list:
    found = []
    for term in terms:
        if len(found) >= limit:
            break
        found.append(term)
    return found


def as_text(term) -> str:
    return term.decode() if isinstance(term, bytes) else term


def phrase_query(phrase: q.Phrase) -> wq.Query:
    """The words in order, each in any of its forms, in one field or any."""
    fields = fields_of(phrase.field)
    return wq.Or([wq.Sequence([word_span(f, w) for w in phrase.words]) for f in fields])


def word_span(field: str, word: q.Word) -> wq.Query:
    """One position of a phrase: the exact form, or any lemma of the word."""
    form = fold(word.text)
    if word.exact and not own_lemma(form):
        return wq.Term(field, exact_term(form))
    terms = [wq.Term(field, lemma) for lemma in query_lemmas(word.text)]
    return terms[0] if len(terms) == 1 else LemmaSpans(terms)


class LemmaSpans(wq.spans.SpanOr):
    """Any lemma at one phrase position. Whoosh's SpanOr cannot estimate its
    size, which its Or asks for on larger indexes ("футбольной сборной")."""

    def estimate_size(self, ixreader) -> int:
        return sum(q.estimate_size(ixreader) for q in self.subqs)


class ExactOwnLemma(wq.Term):
    """A form that is its own only lemma ("собянин"), as written.

    Its lemma term also holds every other form, and each of those has an exact
    term; the form is there where the lemma has a position none of them has.
    """

    def docs(self, searcher, deleting=False):
        reader = searcher.reader()
        # One pass over each other form's postings, not one matcher per form and document.
        found = positions_by_doc(reader, self.fieldname, self.text)
        for form in (f for f in word_forms(self.text) if f != self.text):
            taken = positions_by_doc(reader, self.fieldname, exact_term(form))
            for docnum in taken.keys() & found.keys():
                found[docnum] -= taken[docnum]
        return (docnum for docnum, positions in found.items() if positions)


def positions_by_doc(reader, field: str, text: str) -> dict[int, set[int]]:
    if (field, text) not in reader:
        return {}
    matcher = reader.postings(field, text)
    found = {}
    while matcher.is_active():
        found[matcher.id()] = set(matcher.value_as("positions"))
        matcher.next()
    return found
