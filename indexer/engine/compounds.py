"""A compound and the words it joins find each other: «госпереворот» also finds «государственный
переворот», and «химическое оружие» also finds «химоружие».

What a compound joins is learnt from the articles when it is first searched, once per index
generation and within the first half of the query's time, as an abbreviation's name is
(abbreviations.py): the first SOUGHT_DOCS articles holding it are read (text/compounds.py). A
compound typed then matches as typed or as its words, a phrase in any form; an adjective and a
noun typed side by side match as typed or as a compound of them that the index holds
(«государственный» + «переворот» → «госпереворот») whose articles write the pair out.
"""

import numpy as np

from indexer.engine import budget as query_budget
from indexer.engine import query as syntax
from indexer.engine.abbreviations import docs_holding, holding, name_phrase, stored_texts
from indexer.engine.learnt import Learnt
from indexer.engine.plan import Term, Widened, analyse, phrase_words, side_by_side, typed_plain
from indexer.engine.spelling import PerGeneration, counting_reader
from indexer.text.compounds import MIN_COUNT, MIN_HEAD, learnt_parts, splits
from indexer.text.morph import lemmas

# Switch: no compounds when False (kept to measure against).
ENABLED = True


def learn_parts(snap, term: Term) -> tuple[str, str] | None:
    """The words the compound joins, read from the first articles holding it: only where
    the index holds a noun it may end in (most words end in none: «президент») and its
    articles hold that noun apart (held_apart)."""
    reader = counting_reader(snap)
    fields = {
        cut: found for cut in splits(term.lemmas[0]) if (found := in_fields(reader, term, cut[1]))
    }
    if not fields:
        return None
    docnums = holding(snap, term)
    cuts = [cut for cut, where in fields.items() if held_apart(snap, where, cut[1], docnums)]
    return learnt_parts(stored_texts(snap, docnums), cuts) if cuts else None


PARTS = PerGeneration(lambda: Learnt(learn_parts, key=lambda term: term.lemmas[0]))


def in_fields(reader, term: Term, noun: str) -> list[str]:
    """The fields of the word in which the index holds the noun."""
    return [field for field in term.fields if reader.doc_frequency(field, noun)]


def held_apart(snap, fields: list[str], noun: str, docnums: list[int]) -> bool:
    """True when at least MIN_COUNT of the compound's articles read (`docnums`) hold the noun
    it may end in as a word of its own (in `fields`: in_fields), as one writing the pair out
    does: the others are not read («абхазия» for «азия»)."""
    held = docs_holding(snap, fields, (noun,))
    return int(np.isin(docnums, held).sum()) >= MIN_COUNT


def compounds_of(reader, first: Term, second: Term) -> list[Term]:
    """The words of the index that join the beginning of `first` to `second`'s lemma:
    «госпереворот» for «государственный переворот»."""
    found = []
    for adjective in first.lemmas[:1]:
        for noun in second.lemmas[:1]:
            for cut in range(MIN_HEAD, len(adjective) - 1):
                joined = adjective[:cut] + noun
                if any(reader.doc_frequency(field, joined) for field in second.fields):
                    found.append(analyse(syntax.Word(joined, field=second.field,
                                                     span=second.word.span)))  # fmt: skip
    return found


def joins_pair(parts: tuple[str, str] | None, first: Term, second: Term) -> bool:
    """True when the words a compound's articles write out are `first` and `second`."""
    return (
        bool(parts) and lemmas(parts[0])[0] in first.lemmas and second.lemmas[0] in lemmas(parts[1])
    )


class Joiner:
    """Mends runs of query words side by side (plan.side_by_side) in one generation."""

    def __init__(self, snap, reader, quoted: set):
        self.snap = snap
        self.reader = reader
        self.learnt = PARTS.get(snap.postings)
        self.quoted = quoted

    def mend(self, nodes: tuple) -> tuple:
        """Each compound widened to its words, each adjective and noun side by side to their
        compound; stops widening when the query's time is spent."""
        kept = list(nodes)
        try:
            for at, node in enumerate(nodes):
                if self.free(node):
                    kept[at] = self.widened_compound(node)
            for at in range(len(kept) - 1):
                if self.free(kept[at]) and self.free(kept[at + 1]):
                    kept[at : at + 2] = self.joined_pair(kept[at], kept[at + 1])
        except query_budget.Spent:  # out of time: the words left keep their own spelling
            pass
        return tuple(kept)

    def free(self, node) -> bool:
        return typed_plain(node, self.quoted)

    def widened_compound(self, term: Term):
        """The word as typed or the words it joins, as a phrase."""
        parts = self.learnt.of(self.snap, term)
        return Widened((term, name_phrase(term, parts))) if parts else term

    def joined_pair(self, first: Term, second: Term) -> list:
        """The two words, each also matching a compound of them the articles write out."""
        for compound in compounds_of(self.reader, first, second):
            if joins_pair(self.learnt.of(self.snap, compound), first, second):
                return [Widened((first, compound)), Widened((second, compound))]
        return [first, second]


def with_compounds(tree, snap, reader):
    """The tree with compounds and the words they join finding each other (phrases aside)."""
    if not ENABLED or tree is None:
        return tree
    joiner = Joiner(snap, reader, phrase_words(tree))
    if isinstance(tree, Term):  # a query of one word
        return joiner.mend((tree,))[0]
    return side_by_side(tree, joiner.mend)
