"""The exact set of matching articles for a query tree, by set algebra on postings.

Counting, facets and the timeline need every match, not the top ten; reading
posting ids and combining Python sets is far cheaper than scoring them all.
"""

from whoosh import query as wq

from indexer import query as q
from indexer.analysis import exact_term, query_lemmas
from indexer.morph import fold, lemmas, word_forms

MAX_PREFIX_TERMS = 200


class DocSets:
    """Evaluates query trees against one searcher, caching each term's documents."""

    def __init__(self, searcher, all_docs: frozenset[int]):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.all_docs = all_docs
        self.cache: dict[tuple[str, str], frozenset[int]] = {}

    def of(self, node) -> frozenset[int]:
        """The documents matching `node`."""
        if isinstance(node, q.Word):
            return self.word(node)
        if isinstance(node, q.Phrase):
            return frozenset(self.searcher.docs_for_query(phrase_query(node)))
        if isinstance(node, q.Not):
            return self.all_docs - self.of(node.node)
        if isinstance(node, q.All):
            return self.all_of(node.nodes)
        if isinstance(node, q.Any):
            return frozenset().union(*(self.of(child) for child in node.nodes))
        if isinstance(node, q.Filter):
            return self.filter(node)
        return frozenset()

    def all_of(self, nodes) -> frozenset[int]:
        """Intersection, starting from the positive parts; negations subtract."""
        positive = [n for n in nodes if not isinstance(n, q.Not)]
        found = self.all_docs
        for node in sorted(positive, key=self.rough_size):
            found = found & self.of(node)
            if not found:
                return frozenset()
        for node in nodes:
            if isinstance(node, q.Not):
                found = found - self.of(node.node)
        return found

    def rough_size(self, node) -> int:
        return len(self.word(node)) if isinstance(node, q.Word) else len(self.all_docs)

    def word(self, word: q.Word) -> frozenset[int]:
        fields = (word.field,) if word.field else q.TEXT_FIELDS
        return frozenset().union(*(self.word_in(field, word) for field in fields))

    def word_in(self, field: str, word: q.Word) -> frozenset[int]:
        if word.prefix:
            return self.prefix(field, fold(word.text))
        if word.exact:
            return self.exact(field, fold(word.text))
        return self.union(field, query_lemmas(word.text))

    def exact(self, field: str, form: str) -> frozenset[int]:
        """Documents with this very form; see `analysis.form_terms` for why a
        form that is its own only lemma is found by subtraction."""
        if lemmas(form) != (form,):
            return self.term(field, exact_term(form))
        return frozenset(self.searcher.docs_for_query(ExactOwnLemma(field, form)))

    def prefix(self, field: str, start: str) -> frozenset[int]:
        terms = [t for t in self.reader.expand_prefix(field, start)][:MAX_PREFIX_TERMS]
        return self.union(field, [t.decode() if isinstance(t, bytes) else t for t in terms])

    def union(self, field: str, terms) -> frozenset[int]:
        return frozenset().union(*(self.term(field, term) for term in terms))

    def term(self, field: str, text: str) -> frozenset[int]:
        key = (field, text)
        if key not in self.cache:
            self.cache[key] = self.read_postings(field, text)
        return self.cache[key]

    def read_postings(self, field: str, text: str) -> frozenset[int]:
        if (field, text) not in self.reader:
            return frozenset()
        return frozenset(self.reader.postings(field, text).all_ids())

    def filter(self, node: q.Filter) -> frozenset[int]:
        value = fold(node.value)
        key_field = f"{node.field}_key"
        exact = self.term(key_field, value)
        return exact | self.prefix(key_field, value + " ") if value else frozenset()


def phrase_query(phrase: q.Phrase) -> wq.Query:
    """The words in order, each in any of its forms, in one field or any."""
    fields = (phrase.field,) if phrase.field else q.TEXT_FIELDS
    return wq.Or([wq.Sequence([word_span(f, w) for w in phrase.words]) for f in fields])


def word_span(field: str, word: q.Word) -> wq.Query:
    """One position of a phrase: the exact form, or any lemma of the word."""
    form = fold(word.text)
    if word.exact and lemmas(form) != (form,):
        return wq.Term(field, exact_term(form))
    terms = [wq.Term(field, lemma) for lemma in query_lemmas(word.text)]
    return terms[0] if len(terms) == 1 else wq.spans.SpanOr(terms)


class ExactOwnLemma(wq.Term):
    """A form that is its own only lemma ("собянин"), as written.

    Its lemma term also holds every other form, and each of those has an exact
    term; the form is there where the lemma has a position none of them has.
    """

    def __init__(self, fieldname: str, form: str):
        super().__init__(fieldname, form)
        self.form = form

    def docs(self, searcher, deleting=False):
        reader = searcher.reader()
        others = [exact_term(f) for f in word_forms(self.form) if f != self.form]
        for docnum, positions in positions_by_doc(reader, self.fieldname, self.form).items():
            for other in others:
                positions -= positions_in(reader, self.fieldname, other, docnum)
                if not positions:
                    break
            if positions:
                yield docnum


def positions_by_doc(reader, field: str, text: str) -> dict[int, set[int]]:
    if (field, text) not in reader:
        return {}
    matcher = reader.postings(field, text)
    found = {}
    while matcher.is_active():
        found[matcher.id()] = set(matcher.value_as("positions"))
        matcher.next()
    return found


def positions_in(reader, field: str, text: str, docnum: int) -> set[int]:
    if (field, text) not in reader:
        return set()
    matcher = reader.postings(field, text)
    matcher.skip_to(docnum)
    if matcher.is_active() and matcher.id() == docnum:
        return set(matcher.value_as("positions"))
    return set()
