"""Derived words: which lemmas are a word's relatives, and what they change in the ranking."""

import pytest

from indexer import SearchEngine
from indexer.engine import family
from tests.support import engine_of, titles

# (a lemma, relatives it must have, words that share its stem but are no relatives)
FAMILIES = [
    ("ураган", {"ураганный"}, set()),
    ("выборы", {"выборный"}, {"выборгский"}),
    ("россия", {"российский"}, set()),
    ("российский", {"россия"}, set()),
    ("джихад", {"джихадист"}, set()),
    ("президент", {"президентский", "президентство"}, set()),
    ("курс", {"курсовой"}, {"курский", "курск"}),
    ("стих", set(), {"стихия", "стихать"}),
    ("архитектура", {"архитектурный"}, set()),
    # nouns with a form in common are one text word's readings: «суда», «ростов», «антонов»
    ("судно", set(), {"суд"}),
    ("суд", {"судовой"}, {"судно"}),
    ("ростов", {"ростовский"}, {"рост"}),
    ("антонов", {"антоновский"}, {"антон"}),
    ("старт", {"стартовый"}, set()),  # a noun and its adjective («стартов») stay relatives
    # a verb's infinitive is no root here
    ("дать", set(), {"датский", "датчик"}),
    ("стать", set(), {"статический", "статный"}),
]


@pytest.mark.parametrize(("lemma", "relatives", "strangers"), FAMILIES)
def test_relatives_are_the_root_with_a_derivational_suffix(lemma, relatives, strangers):
    found = set(family.family_of(lemma))
    assert relatives <= found
    assert not strangers & found
    assert lemma not in found


def test_a_short_root_has_no_relatives():
    assert family.family_of("мир") != ()  # мирный, мировой exist …
    assert family.relatives(None, "ум") == []  # … but a two-letter root is not looked up


NEWS = [
    # The same words but one: the second names the adjective, the first a house.
    ("Ураган на побережье", "Ураган прошёл по побережью.", "Ураган сорвал крыши домов."),
    ("Ураган у побережья", "Ураган прошёл по побережью.", "Ураган сорвал крыши, ураганный ветер."),
    ("Ураганный ветер", "Ураганный ветер сорвал крыши.", "Ураганное предупреждение."),
    ("Погода на выходные", "Синоптики обещают дождь.", "Ветер умеренный."),
]


@pytest.fixture(scope="module")
def storm_engine(tmp_path_factory) -> SearchEngine:
    return engine_of(tmp_path_factory.mktemp("family"), NEWS)


def test_derived_words_rank_but_do_not_match(storm_engine, monkeypatch):
    monkeypatch.setattr(family, "ENABLED", False)
    assert titles(storm_engine, "ураганы") == ["Ураган на побережье", "Ураган у побережья"]
    monkeypatch.setattr(family, "ENABLED", True)
    # The article naming the adjective too comes first; the one with the adjective
    # alone is still not a match of "ураганы".
    assert titles(storm_engine, "ураганы") == ["Ураган у побережья", "Ураган на побережье"]


def test_exact_words_and_prefixes_have_no_relatives(storm_engine):
    assert titles(storm_engine, "!ураган") == ["Ураган на побережье", "Ураган у побережья"]
    assert len(titles(storm_engine, "ураган*")) == 3


# «суда» reads as суд and, weakly, as судно: the courts' article is not ranked for «судну» as
# holding a word made from it (family.homographs).
HARBOUR = [
    ("Суда в порту", "", "Суда стоят у причала."),
    ("Судно в порту", "", "Судно стоит у причала."),
]


def test_a_homograph_is_no_derived_word(tmp_path):
    engine = engine_of(tmp_path, HARBOUR)
    assert titles(engine, "судну") == [HARBOUR[1][0], HARBOUR[0][0]]
