"""Ranking: BM25F over fields, cover density, quorum fill and near-duplicate collapse.

Pure parts on tables; the order of real results on a small index of made-up news.
"""

import json

import numpy as np
import pytest

from indexer import SearchEngine, SearchRequest, build_index
from indexer.engine import collapse, cover, quorum, ranking

# (positions of each word, the lengths of the minimal covers)
COVERS = [
    ([[1, 10], [2, 20]], [2, 9, 11]),
    ([[5], [5]], [1]),  # two readings at one position
    ([[1, 3, 9], [2, 8], [4]], [3, 6, 6]),
    ([[1], [100]], [100]),
]


@pytest.mark.parametrize(("lists", "lengths"), COVERS)
def test_minimal_covers(lists, lengths):
    assert cover.covers(lists) == lengths


def test_density_rewards_more_and_shorter_covers():
    assert cover.density([2], 2) == 1.0
    assert cover.density([2, 2], 2) == 2.0
    assert cover.density([11], 2) == pytest.approx(0.1)
    assert cover.density([2] * 10, 2) == cover.COVER_CAP


SKETCHES = [
    ("Путин встретился с Эрдоганом в Сочи", "Путин встретился с Эрдоганом в Сочи.", True),
    ("Путин встретился с Эрдоганом в Сочи", "Курс рубля упал на торгах биржи.", False),
]


@pytest.mark.parametrize(("first", "second", "same"), SKETCHES)
def test_same_story(first, second, same):
    a = collapse.sketch({"title": first, "body": first + " Подробности позже."})
    b = collapse.sketch({"title": second, "body": second + " Подробности позже."})
    assert collapse.same_story(a, b) is same


def test_collapse_keeps_the_first_copy_and_counts_the_rest():
    story, other = frozenset({"а", "б", "в", "г", "д"}), frozenset({"е", "ж", "з", "и", "к"})
    kept, copies = collapse.collapse(np.array([7, 3, 9, 4]), [story, other, story, story])
    assert kept == [7, 3]
    assert copies == {7: 2}


NEWS = [
    # The topic in the lead and body, words side by side: the best answer.
    (
        "Пенсионная реформа: что изменится",
        "Пенсионная реформа повысит возраст выхода на пенсию.",
        "Пенсионная реформа обсуждается давно. Правительство внесло пенсионную реформу в Думу.",
    ),
    # Both words, far apart, in passing.
    (
        "Новости дня",
        "Коротко о главном.",
        "Реформа образования продолжится. " + "Разное. " * 60 + "Пенсионная выплата выросла.",
    ),
    # A title with both words, about something else, a short body.
    ("Реформа пенсионная", "", "Заметка."),
    # Multi-reading word: «стали» is стать and сталь.
    (
        "Цены на сталь выросли",
        "Металлурги сообщили о росте цен.",
        "Сталь подорожала. Сталь нужна заводам. Производство стали выросло.",
    ),
    ("Они стали чемпионами", "Футболисты стали лучшими.", "Игроки стали героями вечера."),
    # Four remembered words, one of them not in the text as such.
    (
        "Находка в Новгороде",
        "Археологи нашли берестяную грамоту.",
        "Грамота двенадцатого века: купец просит брата прислать соль и воск к ярмарке.",
    ),
]


@pytest.fixture(scope="module")
def news_engine(tmp_path_factory) -> SearchEngine:
    folder = tmp_path_factory.mktemp("ranking")
    with (folder / "news.jsonl").open("w", encoding="utf-8") as out:
        for n, (title, lead, body) in enumerate(NEWS):
            record = {"url": f"https://example.ru/{n}", "title": title, "lead": lead,
                      "body": body, "date": "2020-01-01", "source": "test"}  # fmt: skip
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    build_index([folder / "news.jsonl"], folder / "index", full=True, jobs=1, progress=False)
    return SearchEngine(folder / "index")


def titles(engine: SearchEngine, text: str) -> list[str]:
    return [hit.title for hit in engine.search(SearchRequest(q=text)).hits]
