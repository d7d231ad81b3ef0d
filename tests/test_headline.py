"""Title signals of known items: the query's words in its order, and in the form typed."""

import pytest

from indexer import SearchRequest
from indexer.engine import headline
from tests.support import engine_of, titles

# (each word's positions in the title, in the query's order; one of each rising)
ORDERS = [
    ([[0], [3]], True),
    ([[3], [0]], False),  # the title names them the other way round
    ([[3, 7], [0, 5]], True),  # the first word's first place, the second's later one
    ([[2], [2]], False),  # one word's two readings are not two words in order
    ([[0], []], False),  # a word the title lacks
]


@pytest.mark.parametrize(("positions", "ordered"), ORDERS)
def test_the_title_names_the_words_in_the_query_order(positions, ordered):
    assert headline.in_order(positions) is ordered


def test_the_bonus_adds_order_and_form(monkeypatch):
    monkeypatch.setattr(headline, "ORDER", 1.0)
    monkeypatch.setattr(headline, "TYPED", 5.0)
    lemmas = [[[0], [3]], [[0], [3]], [[3], [0]]]
    typed = [[[0], [3]], [[0], []], [[3], [0]]]  # the second holds a word in another form
    assert headline.title_bonus(lemmas, typed) == [6.0, 1.0, 0.0]
    monkeypatch.setattr(headline, "ORDER", 5.0)
    assert headline.title_bonus(lemmas, typed) == [10.0, 5.0, 0.0]


ORDERED = [
    # The same words, as long, one between them: only their order differs.
    ("Пушки и танки показали на выставке", "", "Посетители пришли утром."),
    ("Танки и пушки показали на выставке", "", "Гости собрались вечером."),
]


def test_a_title_in_the_query_order_comes_first(tmp_path_factory, monkeypatch):
    engine = engine_of(tmp_path_factory.mktemp("ordered"), ORDERED)
    query = "танков пушками"
    assert titles(engine, query) == [ORDERED[1][0], ORDERED[0][0]]
    assert titles(engine, "пушками танков") == [ORDERED[0][0], ORDERED[1][0]]
    monkeypatch.setattr(headline, "ORDER", 0.0)
    first, second = engine.search(SearchRequest(q=query)).hits
    assert first.score == second.score  # nothing else tells them apart


TYPED = [
    # Both titles hold both words side by side, the second in the forms typed and longer.
    ("Саммит о глобальном потеплении", "", "Делегаты разъехались."),
    (
        "Глобальное потепление: итоги долгого и трудного саммита в далёком северном городе у "
        "холодного моря",
        "",
        "Ушли.",
    ),
]


def test_a_title_in_the_forms_typed_comes_first(tmp_path_factory, monkeypatch):
    engine = engine_of(tmp_path_factory.mktemp("typed"), TYPED)
    assert titles(engine, "глобальное потепление") == [TYPED[1][0], TYPED[0][0]]
    assert titles(engine, "глобальном потеплении") == [TYPED[0][0], TYPED[1][0]]
    monkeypatch.setattr(headline, "TYPED", 0.0)  # the shorter title
    assert titles(engine, "глобальное потепление") == [TYPED[0][0], TYPED[1][0]]
