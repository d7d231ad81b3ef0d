"""A person named by first name and surname is one gender: «дмитрий тарасов» does not find
articles that name only Евгения Тарасова, nor «евгения медведева» those that name only
Дмитрий Медведев (text/surnames.py).

The surname is marked with its gender when the query is planned; an article then holds it
unless every form it writes the surname in is the other gender's only (Тарасовой,
Медведевым). Forms either gender may have (Тарасова) count for both, so nothing is lost
where the text does not tell; and an article naming the person in full, the first name
right before the surname, holds it whatever else it names («Светлана Кузнецова» beside
«Андрей Кузнецов»).
"""

from dataclasses import replace

import numpy as np

from indexer.engine.phrases import SHIFT
from indexer.engine.plan import Term, is_plain, side_by_side
from indexer.text.analysis import exact_term
from indexer.text.surnames import (
    GENDERS,
    form_genders,
    given_readings,
    one_gender_forms,
    person_gender,
)

# Switch: surnames of either gender when False (kept to measure against).
ENABLED = True


def with_genders(tree):
    """The tree with each surname beside a first name or patronymic marked with the
    person's gender, in a list of words or a phrase."""
    return side_by_side(tree, gendered) if ENABLED else tree


def gendered(nodes) -> tuple:
    """Words side by side: each plain one that a neighbour names as a person's surname."""
    forms = [plain_form(node) for node in nodes]
    marked = []
    for at, node in enumerate(nodes):
        near = [n for n in (at - 1, at + 1) if 0 <= n < len(nodes) and forms[n]]
        beside = [forms[n] for n in near]
        person = person_gender(forms[at], beside) if forms[at] and beside else None
        if person:
            given = [lemma for n in near if given_readings(forms[n]) for lemma in nodes[n].lemmas]
            node = replace(node, person=(*person, tuple(given)))
        marked.append(node)
    return tuple(marked)


def plain_form(node) -> str | None:
    """The folded word of a plain query word: not exact, a prefix or a stop word."""
    return node.form if is_plain(node) else None


def other_gender(postings, word: Term) -> np.ndarray:
    """The documents that write the word's surname only in the other gender's forms and
    never name the person in full."""
    lemma, gender, given = word.person
    if not any(one_gender_forms(lemma, gender)):
        # None of the forms is the person's gender's alone («Хиллари Клинтон» in every case):
        # the other gender's forms (Клинтона) tell of another person of the name, not that
        # the article lacks this one.
        return np.zeros(postings.size, bool)
    other = next(g for g in GENDERS if g != gender)
    masked = named_as(postings, word.fields, lemma, other)
    masked &= ~named_as(postings, word.fields, lemma, gender)
    return masked & ~named_in_full(postings.positions, word.fields, lemma, given, masked)


# Where a first name stands to name the person in full: right before the surname. Not after
# it: in a list of names («Светлана Кузнецова, Андрей Рублёв») that is the next person's.
# Tags P@10 on the 1,184 tags 0.5072 → 0.5069: three articles come back that name the person
# in full, untagged («Пловчиха Юлия Ефимова…», Wikinews; «…сменит Андрея Кузнецова»).
FULL_NAME_STEPS = (-1,)


def named_in_full(cache, fields, lemma: str, given: tuple[str, ...], among: np.ndarray):
    """The documents of `among` (a mask) writing one of the first names `given` where
    FULL_NAME_STEPS say, beside the surname, in any field (the positions cache)."""
    found = np.zeros(len(among), bool)
    if not given or not among.any():
        return found
    for field in fields:
        surname = cache.get(field, lemma).keys(among)
        for name in given:
            places = cache.get(field, name)
            for step in FULL_NAME_STEPS:
                keys = surname + step
                found[keys[places.holds(keys)] >> SHIFT] = True
    return found


def named_as(postings, fields, lemma: str, gender: str) -> np.ndarray:
    """The documents that write the surname in a form only `gender` has, in any field."""
    forms, bare = one_gender_forms(lemma, gender)
    found = np.zeros(postings.size, bool)
    for field in fields:
        for form in forms:
            found[postings.get(field, exact_term(form)).ids] = True
        if bare:
            found[as_lemma(postings, field, lemma)] = True
    return found


def as_lemma(postings, field: str, lemma: str) -> np.ndarray:
    """The documents writing the surname as its lemma where that form has no exact term of
    its own: those whose count of the lemma exceeds that of its other forms."""
    whole = postings.get(field, lemma)
    others = np.zeros(postings.size, np.float32)
    for form in form_genders(lemma):
        if form != lemma:
            found = postings.get(field, exact_term(form))
            np.add.at(others, found.ids, found.tfs)
    return whole.ids[whole.tfs > others[whole.ids]]
