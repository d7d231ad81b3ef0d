"""Pseudo-relevance feedback: the words the best matches share rank the other matches."""

import pytest

from indexer import SearchEngine, SearchRequest, build_index
from indexer.engine import feedback
from indexer.engine.plan import make_plan
from tests.support import engine_of, titles, write_jsonl

PENSIONS = "Пенсионный фонд назвал возраст выхода пенсионеров на пенсию."
# The best matches share «пенсионер», «возраст» and «фонд»; of two articles naming «реформа»
# once in their body, the one about pensions should come before the one about schools.
NEWS = [
    *[(f"Реформа пенсий: выпуск {n}", PENSIONS, "Реформа обсуждается. " * 5) for n in range(4)],
    *[(f"Заметка {n}", "Погода была тёплой.", "Жители гуляли по набережной.") for n in range(20)],
    ("Школы", "Учителя готовят уроки к сентябрю.", "Учителя обсудили, что реформа изменит."),
    ("Пенсионеры", "Пенсионный фонд и возраст выхода пенсионеров.", "Говорят, реформа идёт."),
    *[
        (f"Новость {n}", "Город готовится к празднику.", f"Реформа {n} началась.")
        for n in range(16)
    ],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("feedback"), NEWS)


def test_the_words_of_the_best_matches_lift_an_article_about_them(engine, monkeypatch):
    monkeypatch.setattr(feedback, "DOCS", 4)
    monkeypatch.setattr(feedback, "ENABLED", False)
    before = titles(engine, "реформа", per_page=50)
    assert before.index("Школы") < before.index("Пенсионеры")
    monkeypatch.setattr(feedback, "ENABLED", True)
    after = titles(engine, "реформа", per_page=50)
    assert after.index("Пенсионеры") < after.index("Школы")
    assert sorted(after) == sorted(before)  # the same matches, only their order moved


# The same story, its pension words in the bodies alone: the best matches' leads share none.
IN_BODIES = [
    *[
        (f"Реформа: выпуск {n}", f"Сюжет номер {n}.", f"Реформа обсуждается. {PENSIONS}")
        for n in range(4)
    ],
    *NEWS[4:24],
    ("Школы", "Учителя готовят уроки.", "Учителя обсудили, что реформа изменит."),
    ("Пенсионеры", "Говорят о старости.", f"{PENSIONS} Говорят, реформа идёт."),
    *NEWS[26:],
]


def test_the_words_of_the_best_matches_bodies_count_too(tmp_path, monkeypatch):
    monkeypatch.setattr(feedback, "DOCS", 4)
    monkeypatch.setattr(feedback, "BODY_CHARS", 0)  # titles and leads alone
    before = titles(engine_of(tmp_path / "before", IN_BODIES), "реформа", per_page=50)
    assert before.index("Школы") < before.index("Пенсионеры")
    monkeypatch.setattr(feedback, "BODY_CHARS", 4000)
    after = titles(engine_of(tmp_path / "after", IN_BODIES), "реформа", per_page=50)
    assert after.index("Пенсионеры") < after.index("Школы")


# Every match names «выборы» once, so the best few are all equal: which of them the feedback
# reads must not depend on the order the index holds the articles in.
LEADS = ("Явка и бюллетени подсчитаны.", "Кандидаты провели дебаты.", "Наблюдатели нашли урны.")
EQUALS = [(f"Новость {n}", LEADS[n % 3], f"Выборы прошли в округе {n}.") for n in range(24)]


def engine_in_order(folder, order) -> SearchEngine:
    """The EQUALS articles (each keeps its own URL, so its id) written in this order."""
    records = (
        {"url": f"https://example.ru/{n}", "title": EQUALS[n][0], "lead": EQUALS[n][1],
         "body": EQUALS[n][2], "date": "2020-01-01", "source": "test"}
        for n in order
    )  # fmt: skip
    news = write_jsonl(folder / "news.jsonl", records)
    build_index([news], folder / "index", full=True, jobs=1, progress=False)
    return SearchEngine(folder / "index")


def test_equal_best_matches_give_one_order_whatever_the_index_order(tmp_path):
    ids = []
    for name, order in (("ahead", range(24)), ("reversed", range(23, -1, -1))):
        (tmp_path / name).mkdir()
        page = engine_in_order(tmp_path / name, order).search(SearchRequest(q="выборы"))
        ids.append([hit.id for hit in page.hits])
    assert ids[0] == ids[1]


# (query, the most words allowed, whether feedback may re-score it)
GATES = [
    ("реформа", 1, True),
    ("пенсионная реформа", 1, False),  # more words than allowed
    ("пенсионная реформа", 4, True),
    ("реформ*", 4, False),  # a prefix
    ('"пенсионная реформа"', 4, False),  # a phrase
    ("title:реформа", 4, False),  # a field
    ("реформа -школа", 4, False),  # an exclusion
    ("реформа OR закон", 4, False),
]


@pytest.mark.parametrize(("query", "most", "open_to"), GATES)
def test_only_plain_words_get_feedback(query, most, open_to, monkeypatch):
    monkeypatch.setattr(feedback, "MAX_WORDS", most)
    assert bool(feedback.query_terms(make_plan(query).tree)) is open_to
