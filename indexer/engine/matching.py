"""Evaluate a query tree into the set of matching documents and their scores.

Both come out as numpy arrays over document numbers: a boolean mask (which
articles match: exact, so totals, facets and the timeline are right) and a
BM25F score (title above lead above body; the exact form the user typed adds
to its lemma). All of it is set algebra on cached postings; phrases and exact
forms that need word positions, on cached position arrays (phrases.py).
"""

import numpy as np

from indexer.engine import budget, family, persons, ranking
from indexer.engine import query as syntax
from indexer.engine.filters import date_mask, value_mask
from indexer.engine.nearby import near_docs
from indexer.engine.phrases import own_form_docs, phrase_docs
from indexer.engine.plan import Term, Widened, is_plain, without_filters
from indexer.engine.postings import PostingsCache
from indexer.text.morph import weak_lemmas
from indexer.writing.schema import FIELD_WEIGHTS

# What the exact form adds to a lemma match, relative to the lemma's weight.
EXACT_BOOST = 0.2
# A typed word's weak reading («стали» typed: сталь) counts this share of its likeliest. At 1,
# the tuning half's tags P@10 0.5221 → 0.5214 and topics 0.584 → 0.582 with weak texts' words
# (postings.WEAK_TF); at 0.3 both level.
WEAK_LEMMA = 0.3
# The same per field, for the form as typed beside its lemma (not for "!word"). A title in
# the words as typed is what a reader copying a headline wants: title 0.3 against 0.2,
# control known items 0.952 → 0.962, inflected level (tuning half). More in the body
# (0.6) helped paragraphs as written and cost inflected known items 0.004.
EXACT_BOOSTS = {"title": 0.3, "lead": 0.2, "body": 0.2}
PHRASE_BOOST = 2.0
# A name an abbreviation stands for (abbreviations.py) scores as this share of its phrase's
# score over its number of words and PHRASE_BOOST; an article with both has the better of
# the two. At 1 an article writing only «Русской православной церкви» scores about as one
# writing only «РПЦ» (medians 9.1 and 7.4; «мвф» 3.0 and 4.0). Tuning halves (bench.tune)
# against no names: 1 tags P@10 0.5136 → 0.5136, topics P@10 0.5827 → 0.5776 («фк динамо»
# 0.6 → 0.4: any «футбольный клуб» with «Динамо»); 0.5: 0.5156 and 0.5827; 0.25: 0.5149
# and 0.5847; 0.75: 0.5143 and 0.5806; known items and paragraphs level in all.
NAME_WEIGHT = 0.5
# A compound that words typed side by side join («госпереворот» for «государственный
# переворот») or their abbreviation («ЧМ» for «чемпионат мира») scores as this share of it
# for each of them. Tuning halves (bench.tune) against neither: tags P@10 0.5240 → 0.5247,
# topics 0.5837 → 0.5857, the rest level; at 1: topics 0.5847.
COMPOUND_WEIGHT = 0.5
# Switch: the name's score added to the word's instead (0.5: tags 0.5143, topics 0.5796).
NAME_SUM = False


class Evaluator:
    """Turns query trees into (mask, score) pairs over one index generation."""

    def __init__(self, searcher, postings: PostingsCache, live: np.ndarray, table=None):
        self.searcher = searcher
        self.postings = postings
        self.live = live
        # The DocTable whose facet names source: and rubric: match.
        self.table = table
        self.alone = False
        self.titles = None

    def evaluate(self, node) -> tuple[np.ndarray, np.ndarray]:
        """The live documents matching `node`, and the score of each."""
        words = without_filters(node)  # ranked as if the filters were the page's
        self.alone = isinstance(words, (Term, Widened))  # a query of one word (ranking.ALONE_B)
        # Each word's title scores, (documents, scores), for a query of plain words.
        self.titles = [] if plain_words(words) else None
        mask, score = self.part(node) or (self.zeros(bool), self.zeros())
        if self.titles is not None and len(self.titles) == len(words.nodes):
            ranking.take_down_partial_titles(score, self.titles)
        self.titles = None
        return mask & self.live, score

    def node(self, node) -> tuple[np.ndarray, np.ndarray]:
        if isinstance(node, Term):
            return self.word(node)
        if isinstance(node, syntax.Phrase):
            return self.phrase(node)
        if isinstance(node, syntax.All):
            return self.all_of(node.nodes)
        if isinstance(node, Widened):
            return self.widened(node)
        if isinstance(node, syntax.Any):
            return self.any_of(node.nodes)
        if isinstance(node, syntax.Not):
            return ~self.node(node.node)[0], self.zeros()
        if isinstance(node, syntax.Filter):
            return self.filter(node), self.zeros()
        return self.zeros(bool), self.zeros()

    def part(self, node) -> tuple[np.ndarray, np.ndarray] | None:
        """One part of a group; None once the query's time is up (budget.py)."""
        if budget.spent():
            return None
        try:
            return self.node(node)
        except budget.Spent:
            return None

    def zeros(self, kind=np.float32) -> np.ndarray:
        return np.zeros(self.postings.size, kind)

    def all_of(self, nodes) -> tuple[np.ndarray, np.ndarray]:
        mask, score = self.live.copy(), self.zeros()
        for node in nodes:
            if (found := self.part(node)) is None:  # out of time: what the parts so far found
                break
            node_mask, node_score = found
            mask &= node_mask
            score += node_score
        return mask, score

    def any_of(self, nodes) -> tuple[np.ndarray, np.ndarray]:
        mask, score = self.zeros(bool), self.zeros()
        for node in nodes:
            if (found := self.part(node)) is None:
                break
            node_mask, node_score = found
            mask |= node_mask
            score += node_score
        return mask, score

    def word(self, word: Term) -> tuple[np.ndarray, np.ndarray]:
        mask, score = self.zeros(bool), self.zeros()
        untold = ranking.TITLE_UNTOLD < 1 and self.alone and "title" in word.fields
        separate = untold or self.titles is not None
        title = self.zeros() if separate else score
        told = self.zeros(bool) if untold else None
        for field in word.fields:
            for term, boost, selects in weighted_terms(word):
                if budget.spent():  # a prefix of thousands of terms: those read so far
                    break
                postings = self.postings.get(field, term)
                if selects:
                    mask[postings.ids] = True
                    if told is not None and field != "title":
                        told[postings.ids] = True
                boosted = typed_boost(word, field, boost, selects)
                weight = ranking.weight(field, self.alone) * boosted
                into = title if field == "title" else score
                ranking.add_bm25(into, self.postings, field, postings, weight, self.alone)
            if word.exact and word.exact_term is None:
                found = own_form_docs(self.postings.positions, field, word.form)
                mask[found] = True
                if told is not None and field != "title":
                    told[found] = True
        if untold:  # a title naming a word its text never does uses it as a figure of speech
            title *= np.where(told, np.float32(1), np.float32(ranking.TITLE_UNTOLD))
        if separate:
            score += title
        if self.titles is not None:
            held = np.flatnonzero(title)
            self.titles.append((held, title[held]))
        family.add_derived(score, self.postings, word, self.alone)
        if ranking.COMBINED:
            score = ranking.word_score(self.postings, word, weighted_terms(word), mask)
        if word.part_of:  # «лига 1»: the number only beside its word (joined.py)
            mask &= self.beside(word, mask)
        if word.person:  # «дмитрий тарасов» is not held where only «Тарасовой» is written
            other = persons.other_gender(self.postings, word)
            mask &= ~other
            score[other] = 0
        return mask, score

    def beside(self, part: Term, candidates: np.ndarray) -> np.ndarray:
        """The candidates where a name's part stands beside its word, or joined to it."""
        word, step = part.part_of
        words = (word, part) if step < 0 else (part, word)
        return self.holding(fields_of(part.field), words, candidates, joined=True)

    def holding(
        self, fields, words, candidates: np.ndarray, joined: bool = False, near: int | None = None
    ) -> np.ndarray:
        """The candidates holding the words in this order in one of the fields (phrases.py),
        or in any order within `near` other words (nearby.py)."""
        cache, found = self.postings.positions, self.zeros(bool)
        if near is None:
            found[phrase_docs(cache, fields, words, candidates, joined)] = True
        else:
            found[near_docs(cache, fields, words, candidates, near)] = True
        return found

    def widened(self, node: Widened) -> tuple[np.ndarray, np.ndarray]:
        """The word as typed or any name it stands for, as a phrase: «рпц» or «Русской
        православной церкви»; the name's score scaled to one word's (NAME_WEIGHT)."""
        mask, score = self.word(node.term)
        for name in node.names:
            if (found := self.part(name)) is None:
                break
            named = found[1] * name_share(name)
            mask |= found[0]
            score = score + named if NAME_SUM else np.maximum(score, named)
        return mask, score

    def phrase(self, phrase: syntax.Phrase) -> tuple[np.ndarray, np.ndarray]:
        """The words in this order: positions read only in documents holding them all."""
        candidates, score = self.all_of(phrase.words)
        mask = self.holding(fields_of(phrase.field), phrase.words, candidates, near=phrase.near)
        return mask, score * PHRASE_BOOST * mask

    def filter(self, node: syntax.Filter) -> np.ndarray:
        """source:rt, rubric:мир: the articles whose facet name has these words; date:2017
        those of that period."""
        if self.table is None:
            return self.zeros(bool)
        if node.field == "date":
            return date_mask(self.table, node.value)
        if node.field == "tag":  # tag:"внешняя политика": the whole keyword, in any case
            return self.table.tags.having([node.value], self.table.size)
        return value_mask(self.table, node.field, node.value)


def name_share(name) -> float:
    """What a word's name counts for beside the word: a phrase's share (NAME_WEIGHT), or
    a compound's or an abbreviation's (COMPOUND_WEIGHT), which stands for the word and
    those typed beside it; a code's name (a phrase and a number) as one word more."""
    if isinstance(name, Term):
        return COMPOUND_WEIGHT
    if isinstance(name, syntax.All):
        phrase, _number = name.nodes
        return NAME_WEIGHT / (PHRASE_BOOST * len(phrase.words) + 1)
    return NAME_WEIGHT / (PHRASE_BOOST * len(name.words))


def plain_words(node) -> bool:
    """True for a query of two or more plain words, no operators: the words of a topic."""
    return (
        isinstance(node, syntax.All)
        and len(node.nodes) > 1
        and all(is_plain(n) and not n.field for n in node.nodes)
    )


def typed_boost(word: Term, field: str, boost: float, selects: bool) -> float:
    """A term's boost in a field: the form as typed beside its lemmas has the field's own."""
    return boost if selects or word.exact else EXACT_BOOSTS.get(field, boost)


def fields_of(field: str | None) -> tuple[str, ...]:
    return (field,) if field else tuple(FIELD_WEIGHTS)


def weighted_terms(word: Term) -> list[tuple[str, float, bool]]:
    """(term, boost, selects) for a word: which terms score it, which decide a match."""
    if word.prefix:
        # A form as written ("!люди" for люд*) counts as much as the lemma would.
        return [(term, 1.0, True) for term in word.expansion]
    if word.exact:
        return [(word.exact_term, 1.0, True)] if word.exact_term else [(word.form, 1.0, False)]
    weak = weak_lemmas(word.form)
    terms = [(lemma, WEAK_LEMMA if lemma in weak else 1.0, True) for lemma in word.lemmas]
    return [*terms, (word.exact_term, EXACT_BOOST, False)] if word.exact_term else terms
