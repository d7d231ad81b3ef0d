"""The query analysed once: each word with its field, lemmas, exact term and forms; filters apart.

Matching, proximity, highlighting, suggestions and the partial fallback all
read this plan; none of them looks a query word up in the morphology again.
The query is cut to MAX_QUERY_CHARS here and nowhere else.
"""

from dataclasses import dataclass, replace
from functools import cached_property

from indexer.engine import budget as query_budget
from indexer.engine import joined
from indexer.engine import query as syntax
from indexer.engine.government import governed
from indexer.engine.participles import as_typed
from indexer.engine.periods import period
from indexer.engine.results import MAX_QUERY_CHARS
from indexer.text.analysis import exact_term
from indexer.text.morph import fold_word, lemmas, word_forms
from indexer.text.stopwords import STOP_WORDS
from indexer.writing.schema import FIELD_WEIGHTS

ONLY_STOP_WORDS = "В запросе только служебные слова (и, в, на…): добавьте слово со смыслом."
NOTHING_TO_SEARCH = "В запросе нет слов для поиска."
TOO_SHORT_PREFIX = "Слишком короткое начало слова: уточните — найдены не все статьи со словами {}."
UNREAD_DATE = (
    "Не удалось прочитать дату «{}»: искали без неё. Напишите её так: date:2018, date:2018-03, "
    "date:18.03.2018, date:>=2017-03, date:<2018 или date:2016..2018."
)
# Index terms a whole query's prefixes may stand for together: "п*" alone has tens of thousands;
# 1,000 are read in about 0.2 s on the shared corpus, 3,000 ran past the 1 s budget.
MAX_EXPANSION = 1000


@dataclass(frozen=True)
class Term:
    """One query word, analysed: what it is searched and marked by."""

    word: syntax.Word
    lemmas: tuple[str, ...]
    # "!выборах" for a form that is not its own only lemma; None for "собянин".
    exact_term: str | None
    stop: bool = False
    # The index terms a prefix stands for: lemmas and exact forms starting so.
    expansion: tuple[str, ...] = ()
    # A surname beside a first name: (its lemma, "masc" or "femn", the lemmas of the first
    # name or patronymic typed beside it) (persons.py).
    person: tuple[str, str, tuple[str, ...]] | None = None
    # A number or closing letter typed beside a word («лига 1», «серия а»): that word, and
    # where it stands from this one (-1 before, 1 after); found only there (joined.py).
    part_of: "tuple[Term, int] | None" = None

    @property
    def text(self) -> str:
        return self.word.text

    @property
    def form(self) -> str:
        return fold_word(self.word.text)

    @property
    def field(self) -> str | None:
        return self.word.field

    @property
    def exact(self) -> bool:
        return self.word.exact

    @property
    def prefix(self) -> bool:
        return self.word.prefix

    @property
    def plain(self) -> bool:
        """A word searched in its forms: not an exact form, a prefix or a stop word."""
        return not (self.exact or self.prefix or self.stop)

    @property
    def fields(self) -> tuple[str, ...]:
        """The text fields this word is searched in."""
        return (self.field,) if self.field else tuple(FIELD_WEIGHTS)

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every folded form of the word's lemmas: what a snippet marks."""
        if self.exact or self.prefix:
            return frozenset({self.form})
        return frozenset({self.form}.union(*(word_forms(lemma) for lemma in self.lemmas)))


@dataclass(frozen=True)
class Widened(syntax.Any):
    """A query word that also matches a name it stands for: (the Term, a Phrase of the
    name's words); «рпц» or «Русская православная церковь» (abbreviations.py)."""

    @property
    def term(self) -> Term:
        return self.nodes[0]

    @property
    def names(self) -> tuple:
        return self.nodes[1:]


def is_plain(node) -> bool:
    """True for a word searched in its forms: not exact, a prefix or a stop word."""
    return isinstance(node, Term) and node.plain


def typed_plain(node, quoted: set) -> bool:
    """A plain word typed outside quotes (`quoted`: the words of the tree's phrases), which
    what it stands for may widen (compounds.py, initials.py)."""
    return (
        isinstance(node, Term) and node.plain and not node.word.quoted and node.word not in quoted
    )


def side_by_side(tree, mend):
    """The tree with `mend` applied to each run of words side by side: a list of words and a
    phrase's words (persons.py, agreement.py); alternatives and exclusions are walked into."""
    if isinstance(tree, syntax.Phrase):
        return replace(tree, words=mend(tree.words))
    if isinstance(tree, Widened):  # a word and what it stands for, mended already
        return tree
    if isinstance(tree, syntax.All):
        return syntax.All(tuple(side_by_side(node, mend) for node in mend(tree.nodes)))
    if isinstance(tree, syntax.Any):
        return syntax.Any(tuple(side_by_side(node, mend) for node in tree.nodes))
    if isinstance(tree, syntax.Not):
        return syntax.Not(side_by_side(tree.node, mend))
    return tree


def as_word(node) -> Term | None:
    """The word a part of the tree stands for: a Term, or the word of a Widened; else None."""
    if isinstance(node, Widened):
        return node.term
    return node if isinstance(node, Term) else None


def analyse(word: syntax.Word) -> Term:
    """The lemmas, exact term and stop-word status of one word."""
    form = fold_word(word.text)
    found = lemmas(form)
    own = found == (form,)  # as the index has it: then the form has no exact term of its own
    plain = not word.exact and not word.prefix
    return Term(word, as_typed(form, found), None if own else exact_term(form),
                plain and form in STOP_WORDS)  # fmt: skip


@dataclass
class Plan:
    """A query ready to search: the tree with Term leaves, and what to tell the person."""

    text: str
    tree: object | None
    hint: str | None = None
    notice: str | None = None

    @property
    def terms(self) -> list[Term]:
        """Every word of the query, in the order typed."""
        return leaves(self.tree, negated=True)

    @property
    def positive_terms(self) -> list[Term]:
        """The words a match may contain (negated ones left out): what is marked."""
        return positive_terms(self.tree)

    @property
    def filters(self) -> list[syntax.Filter]:
        return [n for n in nodes(self.tree) if isinstance(n, syntax.Filter)]

    def fallback(self):
        """The best partial matches: any of the positive parts; filters and exclusions stay."""
        if not isinstance(self.tree, syntax.All):
            return None
        kept = [n for n in self.tree.nodes if isinstance(n, (syntax.Not, syntax.Filter))]
        loose = [n for n in self.tree.nodes if not isinstance(n, (syntax.Not, syntax.Filter))]
        if len(loose) < 2:
            return None
        return syntax.All((*kept, syntax.Any(tuple(loose))))

    def apart(self) -> "Plan | None":
        """The plan with a name's parts searched anywhere («лига 1» where no article holds
        it as a name: joined.py); None when the query has none."""
        parts = {term.word: analyse(term.word) for term in self.terms if term.part_of}
        if not parts:
            return None
        return replace(self, tree=drop_stop_words(swap_terms(self.tree, parts)))

    def render(self, words: dict[tuple[int, int], str]) -> str:
        """The query text with some words replaced, its syntax kept: "title:выбор"."""
        text = self.text
        for (start, end), new in sorted(words.items(), reverse=True):
            text = text[:start] + new + text[end:]
        return text


def make_plan(text: str, reader=None) -> Plan:
    """Parse and analyse the query; `reader` (the index's) expands prefixes."""
    text = text[:MAX_QUERY_CHARS]
    tree = syntax.parse(text)
    if tree is None:
        return Plan(text, None, hint=NOTHING_TO_SEARCH if text.strip() else None)
    tree = drop_stop_words(side_by_side(analysed(joined.with_names_joined(tree)), governed))
    if tree is None:
        return Plan(text, None, hint=ONLY_STOP_WORDS)
    plan = Plan(text, tree)
    if reader is not None:
        plan.tree, capped = expand_prefixes(tree, reader)
        plan.notice = TOO_SHORT_PREFIX.format(", ".join(capped)) if capped else None
    if unread := unread_dates(plan):
        plan.notice = " ".join(filter(None, [plan.notice, UNREAD_DATE.format(unread[0])]))
    return plan


def unread_dates(plan: Plan) -> list[str]:
    """The values of the query's date: filters that are no date (each searched without)."""
    return [f.value for f in plan.filters if f.field == "date" and period(f.value) is None]


def analysed(node):
    """The tree with each Word replaced by its Term; a name's parts typed apart («лига 1»)
    become the word and its part, in the list of words they stand in."""
    if isinstance(node, syntax.Word):
        return analyse(node)
    if isinstance(node, syntax.Phrase) and node.joined:
        return syntax.All(name_parts(*node.words))
    if isinstance(node, syntax.Phrase):
        return replace(node, words=tuple(analyse(w) for w in node.words))
    if isinstance(node, syntax.Not):
        return syntax.Not(analysed(node.node))
    if isinstance(node, syntax.All):  # a name's list of words is one with its own
        return syntax.All(tuple(t for child in node.nodes for t in in_list(analysed(child))))
    if isinstance(node, syntax.Any):
        return syntax.Any(tuple(analysed(child) for child in node.nodes))
    return node


def in_list(node) -> tuple:
    return node.nodes if isinstance(node, syntax.All) else (node,)


def name_parts(first: syntax.Word, second: syntax.Word) -> tuple[Term, Term]:
    """A word and the number or letter typed beside it, in the order typed: the part is
    no stop word («серия а»), and holds where the word stands from it."""
    if joined.is_part(first):
        word = analyse(second)
        return replace(analyse(first), stop=False, part_of=(word, 1)), word
    word = analyse(first)
    return word, replace(analyse(second), stop=False, part_of=(word, -1))


def drop_stop_words(node):
    """Stop words out of a list of words (kept in phrases); a query of stop words alone is None."""
    if isinstance(node, Term) and node.stop:
        return None
    if isinstance(node, syntax.All):
        kept = [child for child in node.nodes if not (isinstance(child, Term) and child.stop)]
        return syntax.simplify(syntax.All(tuple(kept))) if kept else None
    return node


def nodes(node):
    """Every node of the tree, depth first."""
    if node is None:
        return
    yield node
    children = node.nodes if isinstance(node, (syntax.All, syntax.Any)) else ()
    children = (node.node,) if isinstance(node, syntax.Not) else children
    for child in children:
        yield from nodes(child)


def without_filters(tree):
    """The query's words alone, its filters (source:, date:…, negated or not) left out: what
    the ranking weighs, so that «путин source:rt» ranks as «путин» with the source chosen on
    the page; None for filters alone."""
    if isinstance(tree, syntax.All):
        return syntax.simplify(syntax.All(tuple(n for n in tree.nodes if not is_filter(n))))
    return None if is_filter(tree) else tree


def is_filter(node) -> bool:
    """A filter, its negation, or either of a few values: source:(rt нг)."""
    if isinstance(node, syntax.Not):
        return is_filter(node.node)
    if isinstance(node, syntax.Any):
        return all(map(is_filter, node.nodes))
    return isinstance(node, syntax.Filter)


def phrase_words(tree) -> set:
    """The query words typed inside quoted phrases, which keep their own spelling."""
    return {
        term.word for node in nodes(tree) if isinstance(node, syntax.Phrase) for term in node.words
    }


def leaves(node, negated: bool) -> list[Term]:
    """The Terms of the tree; with negated=False, those under a Not are left out."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, syntax.Phrase):
        return list(node.words)
    if isinstance(node, syntax.Not):
        return leaves(node.node, negated) if negated else []
    if isinstance(node, (syntax.All, syntax.Any)):
        return [term for child in node.nodes for term in leaves(child, negated)]
    return []


def expand_prefixes(tree, reader) -> tuple[object, list[str]]:
    """Each prefix's index terms, within MAX_EXPANSION for the whole query;
    the prefixes that could not be expanded in full, as typed ("п*")."""
    budget, capped, expanded = MAX_EXPANSION, [], {}
    for term in leaves(tree, negated=True):
        if query_budget.spent():  # out of time: the prefixes left find nothing
            break
        if term.prefix and term.word not in expanded:
            found, complete = prefix_terms(reader, term, budget)
            budget -= len(found)
            expanded[term.word] = replace(term, expansion=found)
            capped += [] if complete else [term.text + "*"]
    return swap_terms(tree, expanded), capped


def prefix_terms(reader, term: Term, budget: int) -> tuple[tuple[str, ...], bool]:
    """Lemmas and exact forms starting with the prefix, in every field it is searched in
    (`reader`: a spelling.CountingReader)."""
    found: dict[str, None] = {}
    for start in (term.form, exact_term(term.form)):
        for field in term.fields:
            for index_term in reader.live_terms(field, start):
                if len(found) >= budget:
                    return tuple(found), False
                found[index_term] = None
    return tuple(found), True


def swap_terms(node, expanded: dict):
    """The tree with the Terms of `expanded` (by their word) in place of the old ones:
    prefixes expanded, a name's parts made words of their own again (`Plan.apart`)."""
    if isinstance(node, Term):
        return expanded.get(node.word, node)
    if isinstance(node, syntax.Not):
        return syntax.Not(swap_terms(node.node, expanded))
    if isinstance(node, (syntax.All, syntax.Any)):
        return type(node)(tuple(swap_terms(child, expanded) for child in node.nodes))
    return node


def positive_terms(tree) -> list[Term]:
    """The words a match of `tree` may contain, negated and stop words left out."""
    return [t for t in leaves(tree, negated=False) if not t.stop]
