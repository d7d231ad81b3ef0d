"""Proximity groups ("мост керчь"~N, мост NEAR/N керчь, мост /N керчь): which articles they find."""

import numpy as np
import pytest

from indexer.engine.nearby import documents_within
from indexer.engine.query import All, Not, Phrase, Word, parse
from tests.support import engine_of, titles

PARSED = [
    ('"мост керчь"~3', Phrase((Word("мост"), Word("керчь")), near=3)),
    ("мост NEAR/3 керчь", Phrase((Word("мост"), Word("керчь")), near=3)),
    ("мост /3 керчь", Phrase((Word("мост"), Word("керчь")), near=3)),
    ('"мост керчь" ~3', Phrase((Word("мост"), Word("керчь")), near=3)),
    # A chain is one group; the widest distance of it holds.
    ("а NEAR/2 б NEAR/5 в", Phrase((Word("а"), Word("б"), Word("в")), near=5)),
    ('"а б"~1 NEAR/4 в', Phrase((Word("а"), Word("б"), Word("в")), near=4)),
    (
        "title:(мост /2 керчь)",
        Phrase((Word("мост", field="title"), Word("керчь", field="title")), field="title", near=2),
    ),  # fmt: skip
    (
        '-"мост керчь"~2 крым',
        All((Not(Phrase((Word("мост"), Word("керчь")), near=2)), Word("крым"))),
    ),  # fmt: skip
    # A group, a negation or words of two fields beside NEAR: both required.
    ("(а б) NEAR/3 в", All((All((Word("а"), Word("б"))), Word("в")))),
    ("title:мост NEAR/3 керчь", All((Word("мост", field="title"), Word("керчь")))),
    # A fraction is no operator; "~N" after a word (Lucene's edit distance) is dropped.
    ("1/8 финала", All((Word("1"), Word("8"), Word("финала")))),
    ("путин~2", Word("путин")),
    ("мост NEAR/3", Word("мост")),
]


@pytest.mark.parametrize(("text", "tree"), PARSED)
def test_proximity_is_parsed_into_one_group(text, tree):
    assert parse(text) == tree


def keys(*pairs):
    return np.array([doc << 32 | pos for doc, pos in pairs], np.int64)


def test_a_document_matches_where_one_stretch_holds_every_word():
    first, second = keys((1, 2), (1, 40), (2, 7)), keys((1, 6), (2, 30))
    assert documents_within([first, second], 5).tolist() == [1]  # 2..6: five positions
    assert documents_within([first, second], 4).tolist() == []
    # Words of two documents never make one stretch, however close their positions.
    assert documents_within([keys((1, 9)), keys((2, 0))], 1000).tolist() == []


ARTICLES = [
    # How many words stand between «мост» and «Керчь»: 2, 2 reversed, 5, 8.
    ("Мост через пролив", "", "Строительство моста в город Керчь идёт по графику."),
    ("Паромы", "", "Керчь ждёт, когда мост откроют."),
    ("Город", "", "Мост давно нужен был, и вот Керчь его получит."),
    ("Крым", "", "Мост строят уже третий год. Подрядчики работают. Новости из Керчи приходят."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("nearby"), ARTICLES)


def found(engine, query):
    return sorted(titles(engine, query, per_page=100))


@pytest.mark.parametrize("operator", ['"мост керчь"~{}', "мост NEAR/{} керчь", "мост /{} керчь"])
def test_the_words_within_n_others_in_any_order(engine, operator):
    assert found(engine, operator.format(1)) == []
    assert found(engine, operator.format(2)) == ["Мост через пролив", "Паромы"]
    assert found(engine, operator.format(5)) == ["Город", "Мост через пролив", "Паромы"]
    assert found(engine, operator.format(8)) == found(engine, "мост керчь")
    assert found(engine, "мост керчь") == ["Город", "Крым", "Мост через пролив", "Паромы"]


def test_the_group_is_searched_within_one_field(engine):
    # «Мост» of the title and «Керчь» opening the body are no stretch of one field.
    assert found(engine, '"пролив керчь"~20') == []
    assert found(engine, 'title:("мост пролив"~1)') == ["Мост через пролив"]


def test_the_words_are_marked_in_the_snippet(engine):
    hit = engine.search(__import__("indexer").SearchRequest(q="мост /2 керчь")).hits[0]
    assert "<mark>" in hit.snippet and "Керчь</mark>" in hit.snippet


def test_chunks_of_documents_find_what_one_pass_finds(monkeypatch):
    rng = np.random.default_rng(5)
    lists = [np.unique(rng.integers(0, 40, 300) << 32 | rng.integers(0, 200, 300))
             for _ in range(3)]  # fmt: skip
    whole = documents_within(lists, 12).tolist()
    monkeypatch.setattr("indexer.engine.nearby.CHUNK", 50)
    assert documents_within(lists, 12).tolist() == whole and whole
