"""A surname's gender: «дмитрий тарасов» names a man, and «Евгения Тарасова» is not him.

pymorphy gives a surname's feminine forms the masculine lemma (Тарасовой → тарасов), so the
index holds both genders under one term. A query that names a person by first name and
surname says which gender it means, where the two agree in gender and case; the forms of
the surname as written in an article say which genders it names there, where a form is
one gender's only (тарасовой a woman's, тарасовым a man's; тарасова may be either).
"""

from functools import lru_cache

from indexer.text.morph import fold, lemmas, parses

GENDERS = ("masc", "femn")
# The words beside a surname that tell a person's gender: a first name or a patronymic.
GIVEN_TAGS = ("Name", "Patr")
# A rarer reading of a first name is left out: «дмитрия» as a woman's name Дмитрия (0.024).
MIN_SCORE = 0.05
# A word pymorphy reads as a name less often than this is taken for the common noun it
# mostly is: «любовь» (0.10), «роман» (0.07), «слава» (0.05); «надежда» (0.46) and «вера»
# (0.30) are names as often as not.
NAME_SHARE = 0.3


def surname_readings(form: str) -> list:
    """The readings of a folded word as one person's surname."""
    return [p for p in parses(form) if "Surn" in p.tag and p.tag.number == "sing"]


def given_readings(form: str) -> list:
    """The likelier readings of a folded word as one person's first name or patronymic;
    none for a word read so under NAME_SHARE of the time («любовь путина», «роман»)."""
    found = [p for p in parses(form) if is_given(p)]
    if sum(p.score for p in found) < NAME_SHARE:
        return []
    return [p for p in found if p.tag.number == "sing" and p.score >= MIN_SCORE]


def is_given(parse) -> bool:
    """A reading as a first name or patronymic."""
    return any(tag in parse.tag for tag in GIVEN_TAGS)


def person_gender(surname: str, beside: list[str]) -> tuple[str, str] | None:
    """(the surname's lemma, "masc" or "femn") when a first name or patronymic `beside` it
    agrees with it in one gender only; a nominative agreement goes first, as names are
    typed («евгения медведева»: Евгения Медведева, not Евгения Медведева's father)."""
    surnames = [s for s in surname_readings(surname) if s.tag.gender in GENDERS]
    if not surnames:
        return None
    given = {(g.tag.gender, g.tag.case) for word in beside for g in given_readings(word)}
    agreeing = {
        (fold(s.normal_form), s.tag.gender, s.tag.case == "nomn")
        for s in surnames
        if (s.tag.gender, s.tag.case) in given
    }
    nominative = {(lemma, gender) for lemma, gender, nomn in agreeing if nomn}
    found = nominative or {(lemma, gender) for lemma, gender, _ in agreeing}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=2_000)
def form_genders(lemma: str) -> dict[str, frozenset[str]]:
    """Each folded form of a surname (its lexemes as a surname and, for «Навальный», as an
    adjective) with the genders its singular readings of this lemma have."""
    lexemes = [p.lexeme for p in parses(lemma) if fold(p.normal_form) == lemma and is_surname(p)]
    forms = {fold(f.word) for lexeme in lexemes for f in lexeme}
    return {form: genders_of(form, lemma) for form in forms}


def genders_of(form: str, lemma: str) -> frozenset[str]:
    """The genders of a form's singular readings as a surname or adjective of `lemma`."""
    return frozenset(
        p.tag.gender
        for p in parses(form)
        if fold(p.normal_form) == lemma
        and is_surname(p)
        and p.tag.number == "sing"
        and p.tag.gender in GENDERS
    )


def is_surname(parse) -> bool:
    """A surname's reading, or an adjective's, which a surname such as Навальный declines as."""
    return bool({"Surn", "ADJF"} & parse.tag.grammemes)


def one_gender_forms(lemma: str, gender: str) -> tuple[list[str], bool]:
    """The forms of the surname only `gender` has, and whether the lemma itself is one of
    them (indexed as the lemma alone, with no exact term of its own, when it has no
    other reading)."""
    forms = [form for form, genders in form_genders(lemma).items() if genders == {gender}]
    return forms, lemma in forms and lemmas(lemma) == (lemma,)
