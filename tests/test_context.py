"""A word of two kinds in a text («стали»: стать, сталь) is indexed as the one its neighbours
tell, and as both where they tell nothing."""

import pytest

from indexer.text.analysis import term_positions
from indexer.text.context import in_context, kinds
from tests.support import engine_of, titles

STEEL = ("Корпус из стали", "", "Детали сделаны из нержавеющей стали.")
BECAME = (
    "Они стали чемпионами",
    "",
    "Цены стали расти. Жертвами стали трое. Жертвами теракта "
    "стали 30 человек, среди которых стали известны имена двоих.",
)
UNTOLD = ("Производство стали упало", "", "Выпуск снизился.")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("context"), [STEEL, BECAME, UNTOLD])


def test_the_noun_is_not_found_where_the_text_means_the_verb(engine):
    assert set(titles(engine, "сталь")) == {STEEL[0], UNTOLD[0]}
    assert set(titles(engine, "стать")) == {BECAME[0], UNTOLD[0]}
    assert set(titles(engine, "стали")) == {STEEL[0], BECAME[0], UNTOLD[0]}
    assert titles(engine, '"стали чемпионами"') == [BECAME[0]]


@pytest.mark.parametrize(
    ("before", "after", "lemmas"),
    [
        ("из", "и", ("сталь",)),  # a preposition that takes the genitive
        ("нержавеющей", None, ("сталь",)),  # an adjective agreeing in an oblique case
        ("новые", "работать", ("стать",)),  # in the nominative it may be the subject
        ("многие", None, None),
        ("они", "чемпионами", ("стать",)),
        (None, "работать", ("стать",)),  # an infinitive after it
        (None, "лучше", ("стать",)),  # a comparative
        (None, "известны", ("стать",)),  # a short adjective
        ("жертвами", None, ("стать",)),  # after a word only in the instrumental
        ("не", None, ("стать",)),
        (None, "очень", ("стать",)),  # an adverb: «стали очень популярными»
        (None, "бы", ("стать",)),  # a particle
        (None, "авторы", ("стать",)),  # its subject in the nominative: «стали авторы проекта»
        (None, "многочисленные", ("стать",)),
        (None, "трое", ("стать",)),  # a numeral
        (None, "главным", ("стать",)),  # an attribute no feminine noun takes: «главным событием»
        (None, "нержавеющей", None),  # a feminine attribute may be steel's own
        ("производство", "ещё", None),  # «производство стали ещё на 30 млн»: a noun's too
        (None, "также", None),
        (None, "более", None),  # «стали более 100 млн тонн»
        ("которых", None, ("стать",)),  # «жертвами которых стали»
        ("которой", None, ("стать",)),  # not an adjective agreeing with steel
        ("много", None, None),  # «много стали»
        (None, "2018", None),  # a number: «начала 2018 года» as well as «стали 13 человек»
        (None, "химические", ("стать",)),  # a plural adjective in the nominative
        ("производство", "упало", None),  # nothing tells
        ("цены", "выросли", None),  # «цены стали выросли»: steel's prices
        (None, None, None),  # punctuation on both sides
    ],
)
def test_the_neighbours_that_tell(before, after, lemmas):
    assert in_context("стали", before, after) == lemmas


@pytest.mark.parametrize(
    ("after", "further", "lemmas"),
    [
        ("более", ("политизированными",), ("стать",)),  # a comparison: «стали более …»
        ("менее", ("актуальны",), ("стать",)),
        ("более", ("100", "млн"), None),  # «стали более 100 млн тонн»
        ("визитной", ("карточкой",), ("стать",)),  # the attribute's noun in the instrumental
        ("мощной", ("политической", "силой"), ("стать",)),
        ("нержавеющей", ("марки",), None),  # «стали нержавеющей марки»: steel's own
    ],
)
def test_the_words_further_on_that_tell(after, further, lemmas):
    assert in_context("стали", None, after, further) == lemmas


@pytest.mark.parametrize(
    ("before", "after", "lemmas"),
    [
        ("россия", "военную", ("начать",)),  # its subject before, its object after
        ("партия", "кампанию", ("начать",)),
        ("ополчение", "операцию", None),  # a neuter subject: «ополчение начало»
        ("полиция", "расследование", ("начать",)),
        ("опасность", "войны", None),  # a genitive after: «опасность начала войны»
        ("россия", "с", None),  # a preposition after tells nothing
        ("россии", "операцию", None),  # no nominative before
    ],
)
def test_a_subject_before_and_an_object_after_tell_the_verb(before, after, lemmas):
    assert in_context("начала", before, after) == lemmas


@pytest.mark.parametrize(
    ("word", "before", "earlier", "lemmas"),
    [
        ("стали", "теракта", ("жертвами",), ("стать",)),  # «жертвами теракта стали»
        ("стали", "дисквалификации", ("для", "поводом"), ("стать",)),
        ("стали", "теракта", ("после",), None),  # no predicate before
        ("начала", "столетия", ("годом",), None),  # «годом столетия начала»: no link verb
    ],
)
def test_a_link_verbs_predicate_a_few_words_before_tells_it(word, before, earlier, lemmas):
    assert in_context(word, before, None, (), earlier) == lemmas


@pytest.mark.parametrize(
    ("word", "further", "lemmas"),
    [
        ("стали", ("алюминия",), ("сталь",)),  # «импорт стали и алюминия»
        ("начала", ("окончания",), ("начало",)),  # «сроки начала и окончания»
        ("стали", ("работать",), None),  # «стали и работать»: an infinitive is no like
    ],
)
def test_a_like_joined_by_and_tells_the_declined_word(word, further, lemmas):
    assert in_context(word, None, "и", further) == lemmas


def test_the_neighbours_of_a_place_stop_at_punctuation():
    from indexer.text.analysis import WORD, neighbours

    text = "Жертвами теракта на рынке стали 30 человек. Из «стали»"
    words, gaps = WORD.findall(text), WORD.split(text)
    assert neighbours(words, gaps, 4) == (
        "рынке",
        "30",
        ("человек",),
        ("на", "теракта", "жертвами"),
    )
    assert neighbours(words, gaps, 8) == (None, None, (), ())


def test_only_a_word_of_a_verbs_and_a_declined_words_lemmas_has_two_kinds():
    assert kinds("стали") == (("стать",), ("сталь",))
    assert kinds("начала") == (("начать",), ("начало",))
    assert kinds("сталь") is None  # one lemma
    assert kinds("мира") is None  # nouns only
    assert kinds("тайип") is None  # a name the dictionary lacks, guessed a verb


def test_punctuation_between_tells_nothing():
    found = term_positions("Сделано из «стали». Из стали!")
    assert found["сталь"] == [4]
    assert found["~сталь"] == [2]  # untold: both readings, steel the weak one
    assert found["стать"] == [2]
