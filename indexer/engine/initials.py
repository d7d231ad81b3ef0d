"""A name typed in full also finds its abbreviation: «чемпионат мира» finds «ЧМ», «великая
отечественная война» «ВОВ», «международный паралимпийский комитет» «МПК».

The abbreviation is the first letters of words typed side by side. It is taken when the index
holds it and the name the articles give it (abbreviations.py: learnt when first searched,
within the first half of the query's time) is the words typed, in any form: «кубок мира» finds
«КМ», «андрей кузнецов» not «АК», which the articles spell «автомат Калашникова». Each word of
the name then matches as typed or as the abbreviation, which stands where each of them does.
"""

import numpy as np

from indexer.engine import budget as query_budget
from indexer.engine import query as syntax
from indexer.engine.abbreviations import NAMES, docs_holding, holding
from indexer.engine.learnt import UNKNOWN
from indexer.engine.plan import Term, Widened, analyse, phrase_words, side_by_side, typed_plain
from indexer.text.abbreviations import MIN_COUNT, SKIPPED
from indexer.text.morph import fold, lemmas

# Switch: no abbreviations for names typed in full when False (kept to measure against).
ENABLED = True
# The most words a name typed in full may have.
MAX_WORDS = 5


def initials(terms: list[Term]) -> str:
    """The first letters of the words as typed: «чемпионат мира» → «чм»."""
    return "".join(term.form[0] for term in terms)


def names_words(name: tuple[str, ...], terms: list[Term]) -> bool:
    """True when the name's words, function words aside, are the words typed, in any form:
    («чемпионата», «мира») for «чемпионат мира»."""
    words = [word for word in name if word not in SKIPPED]
    return len(words) == len(terms) and all(
        lemmas(fold(word))[0] in term.lemmas for word, term in zip(words, terms, strict=True)
    )


class Shortener:
    """Mends runs of query words side by side (plan.side_by_side) in one generation."""

    def __init__(self, snap, reader, quoted: set):
        self.snap = snap
        self.reader = reader
        self.learnt = NAMES.get(snap.postings)
        self.quoted = quoted

    def mend(self, nodes: tuple) -> tuple:
        """Each longest run of words that names an abbreviation, its words widened to it;
        stops looking when the query's time is spent."""
        kept = list(nodes)
        at = 0
        try:
            while at < len(kept):
                at += self.widen_run(kept, at)
        except query_budget.Spent:  # out of time: the words left keep their own spelling
            pass
        return tuple(kept)

    def widen_run(self, kept: list, at: int) -> int:
        """Widen the longest run from `at` that names an abbreviation, in place; returns
        how many nodes to step over."""
        for size in range(min(MAX_WORDS, len(kept) - at), 1, -1):
            run = kept[at : at + size]
            if all(self.free(node) for node in run) and self.abbreviates(run):
                kept[at : at + size] = [self.widened(term, initials(run)) for term in run]
                return size
        return 1

    def free(self, node) -> bool:
        return typed_plain(node, self.quoted)

    def abbreviates(self, run: list[Term]) -> bool:
        """True when the index holds the run's initials and the articles name them so."""
        short = initials(run)
        fields = run[0].fields
        if not any(self.reader.doc_frequency(field, short) for field in fields):
            return False
        abbreviation = analyse(syntax.Word(short))
        name = self.learnt.remembered(abbreviation)
        if name is UNKNOWN:  # read only where the articles may name it so
            if not self.may_name(abbreviation, run):
                return False
            name = self.learnt.of(self.snap, abbreviation)
        return bool(name) and names_words(name, run)

    def may_name(self, abbreviation: Term, run: list[Term]) -> bool:
        """True when at least MIN_COUNT of the articles read for the abbreviation hold every
        word of the run, as those writing the name out do; the others are not read: «су»
        for «сергей устюгов»."""
        docnums = np.asarray(holding(self.snap, abbreviation), np.int64)
        for term in run:
            if len(docnums) < MIN_COUNT:
                return False
            docnums = docnums[np.isin(docnums, docs_holding(self.snap, term.fields, term.lemmas))]
        return len(docnums) >= MIN_COUNT

    @staticmethod
    def widened(term: Term, short: str) -> Widened:
        """The word as typed or the abbreviation, standing where the word was typed."""
        word = syntax.Word(short, field=term.field, span=term.word.span)
        return Widened((term, analyse(word)))


def with_initials(tree, snap, reader):
    """The tree with names typed in full also finding their abbreviations (phrases aside)."""
    if not ENABLED or tree is None or isinstance(tree, Term):
        return tree
    return side_by_side(tree, Shortener(snap, reader, phrase_words(tree)).mend)
