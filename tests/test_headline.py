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


def test_a_few_titles_in_order_gain_the_share_of_their_words_typed(monkeypatch):
    monkeypatch.setattr(headline, "ORDER", 0.0)
    monkeypatch.setattr(headline, "TYPED", 0.0)
    monkeypatch.setattr(headline, "SHORTEST", 100.0)
    lemmas = [[[0], [3]], [[1], [2]], [[3], [0]]]  # the third names the words the other way
    words = [8, 4, 2].__getitem__  # each title's words
    assert headline.title_bonus(lemmas, [], words) == [25.0, 50.0, 0.0]
    monkeypatch.setattr(headline, "FEW", 1)  # two titles hold them in order: more than a few
    assert headline.title_bonus(lemmas, [], words) == [0.0, 0.0, 0.0]


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
    monkeypatch.setattr(headline, "SHORTEST", 0.0)  # as long: a recalled headline's share too
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


RECALLED = [
    # Both titles name the words in order; the long one's text names them over and over.
    (
        "Выборы президента в Кении: оппозиция оспорила в Верховном суде итоги голосования",
        "",
        "Выборы президента прошли в августе. " * 6,
    ),
    ("Выборы президента Кении перенесли", "", "Голосование отложили на неделю."),
]


def test_of_a_few_titles_holding_the_words_in_order_the_shortest_comes_first(
    tmp_path_factory, monkeypatch
):
    engine = engine_of(tmp_path_factory.mktemp("recalled"), RECALLED)
    query = "выборах президентом"
    assert titles(engine, query) == [RECALLED[1][0], RECALLED[0][0]]
    monkeypatch.setattr(headline, "FEW", 1)  # as if many titles held them: the text decides
    assert titles(engine, query) == [RECALLED[0][0], RECALLED[1][0]]
