"""An abbreviation also finds the name it stands for: «рпц» finds «Русская православная
церковь», «мвф» «Международный валютный фонд», «ии» «искусственный интеллект».

The names are learnt from the articles themselves when a word is first searched, once per
index generation and within the first half of the query's time (learnt.py; not at build
time: no index field, and an incremental build stays equal to a full one): SOUGHT_DOCS
articles holding the word are read and the name most of them define or write out is taken
(text/abbreviations.py). The word then matches as typed or as the name, a phrase of its
lemmas in any form (plan.Widened).

A code of letters and a number («ОИ-2018», «ЧМ-2018», «АК-47») also finds its name with the
number anywhere in the article: «Олимпийские игры … 2018», as the reports of the games write
it. Its name is read from the articles holding the code, and taken only when at least half of
them write it out: a model's code («МС-21», «РС-24») is seldom spelt out, and a phrase a few of
its articles happen to spell («по мнению специалистов») is no name of it.
"""

import re

import numpy as np

from indexer.engine import budget as query_budget
from indexer.engine import query as syntax
from indexer.engine.learnt import Learnt
from indexer.engine.plan import Term, Widened, analyse, leaves, phrase_words, swap_terms
from indexer.engine.spelling import PerGeneration
from indexer.text.abbreviations import learnt_name
from indexer.text.morph import PERSON_TAGS, parses

# Switch: no widening when False (kept to measure against).
ENABLED = True
# Articles read for a name: the first 40 of «рпц» by id give «Русская православная церковь»
# 19 times; reading one costs about 1 ms (a first look-up 20-90 ms).
SOUGHT_DOCS = 40
ABBREVIATION = re.compile(r"[а-яё]{2,6}")
# A word of this many letters that pymorphy reads only as a person's name may still be an
# abbreviation: «ии» reads as Ия.
SHORT = 3
# A code: an abbreviation, a hyphen and a number («ои-2018»).
CODE = re.compile(r"([а-яё]{2,6})-(\d{1,4})")
# The share of a code's articles that must write its name out.
CODE_SHARE = 0.5


def may_abbreviate(term: Term) -> bool:
    """A plain short word that pymorphy may read as an abbreviation («мгу», also «мга»),
    does not know («вэф»), or reads only as a person's name when very short («ии»: Ия)."""
    if not term.plain or term.word.quoted:
        return False
    if not ABBREVIATION.fullmatch(term.form):
        return False
    tags = [str(p.tag) for p in parses(term.form)]
    if any("Abbr" in tag or "UNKN" in tag for tag in tags):
        return True
    return len(term.form) <= SHORT and all(any(n in t for n in PERSON_TAGS) for t in tags)


def docs_holding(snap, fields, terms) -> np.ndarray:
    """The documents holding any of the index terms in any of the fields, sorted."""
    ids = [snap.postings.get(field, term).ids for field in fields for term in terms]
    return np.unique(np.concatenate(ids)) if ids else np.zeros(0, np.int64)


def holding(snap, term: Term) -> list[int]:
    """The first SOUGHT_DOCS live articles holding the word by id: the same sample whatever
    the document numbers (an incremental build numbers them otherwise than a full one)."""
    docnums = docs_holding(snap, term.fields, term.lemmas)
    live = docnums[snap.table.live[docnums]]
    places = snap.table.by_id[live]
    if len(live) > SOUGHT_DOCS:  # a partition, not a sort: «россия» is in most articles
        first = np.argpartition(places, SOUGHT_DOCS)[:SOUGHT_DOCS]
        live, places = live[first], places[first]
    return live[np.argsort(places)].tolist()


def stored_texts(snap, docnums):
    """The title, lead and body of each article; stops when the query's time is spent."""
    for docnum in docnums:
        query_budget.check()
        stored = snap.searcher.stored_fields(docnum)
        yield "\n".join(stored.get(f, "") for f in ("title", "lead", "body"))


def code_of(term: Term) -> re.Match | None:
    """The word as a code, typed so or in its other alphabet's spelling (twins.py: "ak-47"
    is «ак-47»); None for another word."""
    return next(filter(None, (CODE.fullmatch(form) for form in (term.form, *term.lemmas))), None)


def learn_name(snap, term: Term) -> tuple[str, ...] | None:
    """The name the word stands for, read from the first articles holding it; a code's name
    is that of its letters («ои» for «ои-2018») in the articles holding the code."""
    texts = stored_texts(snap, holding(snap, term))
    if code := code_of(term):
        return learnt_name(texts, code[1], share=CODE_SHARE)
    return learnt_name(texts, term.form)


NAMES = PerGeneration(lambda: Learnt(learn_name, key=lambda term: term.form))


def name_phrase(term: Term, name: tuple[str, ...]) -> syntax.Phrase:
    """The name as a phrase of the word's field, each word standing where the word was typed
    (a suggestion rewrites the typed word, never the name)."""
    words = [syntax.Word(word, field=term.field, span=term.word.span) for word in name]
    return syntax.Phrase(tuple(analyse(word) for word in words), term.field)


def what_it_names(term: Term, name: tuple[str, ...]):
    """The name as a phrase; a code's, with the code's number anywhere in the same article."""
    phrase = name_phrase(term, name)
    if not (code := code_of(term)):
        return phrase
    number = analyse(syntax.Word(code[2], field=term.field, span=term.word.span))
    return syntax.All((phrase, number))


def may_stand_for_a_name(term: Term) -> bool:
    """An abbreviation or a code typed as a plain word."""
    return may_abbreviate(term) or (
        term.plain and not term.word.quoted and code_of(term) is not None
    )


def with_names(tree, snap):
    """The tree with each plain abbreviation or code (phrases aside) also matching its name."""
    if not ENABLED or tree is None:
        return tree
    widened = {}
    quoted = phrase_words(tree)
    learnt = NAMES.get(snap.postings)
    for term in leaves(tree, negated=True):
        if term.word in widened or term.word in quoted or not may_stand_for_a_name(term):
            continue
        try:
            name = learnt.of(snap, term)
        except query_budget.Spent:  # out of time: the words left keep their own spelling
            break
        if name:
            widened[term.word] = Widened((term, what_it_names(term, name)))
    return swap_terms(tree, widened) if widened else tree
