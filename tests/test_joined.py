"""A number or a closing letter typed beside a word names something with it: «лига 1»,
«9 мая», «серия а». The articles found hold the pair, in any form of the word."""

import pytest

from indexer.engine.plan import make_plan
from indexer.engine.results import SearchRequest
from tests.support import engine_of, titles

LIGUE = ("Итоги тура Лиги 1", "", "Лидер Лиги 1 «ПСЖ» снова выиграл.")
EUROPA = ("Жеребьёвка 1/16 финала Лиги Европы", "", "В Лиге Европы сыграют 32 клуба.")
SERIE = ("«Ювентус» ведёт в серии А", "", "В серии А сыграно 20 туров.")
SERIES = ("Новая серия фильма", "", "Серия вышла в пятницу, а зрители ждали её год.")
PIPE_DASH = ("«Северный поток — 2» достроен", "", "Газопровод готов.")
PIPE_HYPHEN = ("Германия о «Северном потоке-2»", "", "Власти дали разрешение.")
PIPE_OLD = ("Северный поток сократил прокачку", "", "Прокачка упала в 2 раза.")
VICTORY = ("Парад 9 Мая прошёл в Москве", "", "Парад открыл министр обороны.")
MAY = ("Выставка откроется в мае", "", "Посетителей ждут 9 дней.")

ARTICLES = [LIGUE, EUROPA, SERIE, SERIES, PIPE_DASH, PIPE_HYPHEN, PIPE_OLD, VICTORY, MAY]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("joined"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("лига 1", {LIGUE}),  # not the «1» of «1/16 финала Лиги Европы»
        ("лиге 1", {LIGUE}),
        ("серия а", {SERIE}),  # not «серия … , а»
        ("серии а", {SERIE}),
        ("северный поток 2", {PIPE_DASH, PIPE_HYPHEN}),  # «поток — 2», «потоке-2»
        ("9 мая", {VICTORY}),  # not «в мае … 9 дней»
        ("в 2 раза", {PIPE_OLD}),  # the number goes with the word after a stop word
    ],
)
def test_a_number_or_closing_letter_is_found_beside_its_word(engine, query, found):
    page = engine.search(SearchRequest(q=query))
    assert page.total == len(found)
    assert {hit.title for hit in page.hits if not hit.missing} == {title for title, _, _ in found}


def test_an_article_with_the_number_elsewhere_is_told_to_miss_it(engine):
    # The page's fill of articles holding some of the words says which is missing.
    page = engine.search(SearchRequest(q="лига 1"))
    assert [(hit.title, hit.missing) for hit in page.hits] == [(LIGUE[0], ""), (EUROPA[0], "1")]


def test_without_the_pair_anywhere_the_words_are_found_apart(engine):
    # No article writes «Лига 32»: the one with both words stands in for it, not partial.
    page = engine.search(SearchRequest(q="лига 32"))
    assert (page.total, page.partial, page.hits[0].title) == (1, False, EUROPA[0])


def test_quoted_exact_and_field_words_are_not_joined(engine):
    assert set(titles(engine, "title:лига 1")) == {LIGUE[0], EUROPA[0]}
    assert set(titles(engine, "лига !1")) == {LIGUE[0], EUROPA[0]}


@pytest.mark.parametrize(
    ("query", "joined"),
    [
        ("лига 1", [("1", "лига", -1)]),
        ("9 мая", [("9", "мая", 1)]),
        ("в 2 раза", [("2", "раза", 1)]),
        ("серия а", [("а", "серия", -1)]),
        ("выборы 2018", []),  # a year stands apart from its word as often as beside it
        ("серия а b", []),  # «а» is a conjunction when words follow
        ("путин 1 2", [("1", "путин", -1)]),
    ],
)
def test_which_words_are_joined(query, joined):
    terms = make_plan(query).terms
    parts = [(t.text, t.part_of[0].text, t.part_of[1]) for t in terms if t.part_of]
    assert parts == joined
