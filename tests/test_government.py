"""A preposition before a word of two readings narrows the query to those read in a case the
preposition takes: «из стали» is steel, not the verb «стать»."""

import pytest

from indexer import SearchRequest
from indexer.engine import query as syntax
from indexer.engine.plan import Term, make_plan, nodes
from tests.support import engine_of, titles

STEEL = ("Корпус из нержавеющей стали", "", "Сталь не ржавеет.")
BECAME = ("Спортсмен стал чемпионом", "", "Через год она станет тренером.")
# «стали» of «стать» in a text whose neighbours do not tell it: the index reads it both ways.
PRICES = ("Цены стали снова расти", "", "Рост продолжился.")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("government"), [STEEL, BECAME, PRICES])


def test_after_a_preposition_the_verb_reading_is_not_searched(engine):
    page = engine.search(SearchRequest(q="из стали"))
    assert page.total == 2
    assert [hit.title for hit in page.hits] == [STEEL[0], PRICES[0]]
    # Alone, the word keeps both readings: nothing tells which one is meant.
    assert set(titles(engine, "стали")) == {STEEL[0], BECAME[0], PRICES[0]}


def lemmas_of(query: str) -> dict[str, tuple[str, ...]]:
    found = {}
    for node in nodes(make_plan(query).tree):
        words = node.words if isinstance(node, syntax.Phrase) else (node,)
        found |= {word.text: word.lemmas for word in words if isinstance(word, Term)}
    return found


@pytest.mark.parametrize(
    ("query", "word", "lemmas"),
    [
        ("из стали", "стали", ("сталь",)),
        ('"из стали"', "стали", ("сталь",)),  # in a phrase too
        ("с начала", "начала", ("начало",)),  # not «начать»
        ("без политики", "политики", ("политика",)),  # the genitive: policy, not politicians
        ("стали", "стали", ("стать", "сталь")),
        ("!из стали", "стали", ("стать", "сталь")),  # «!из» is the exact form, not a preposition
    ],
)
def test_the_word_after_a_preposition_keeps_the_readings_it_takes(query, word, lemmas):
    assert lemmas_of(query)[word] == lemmas
