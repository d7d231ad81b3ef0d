"""Proximity: among articles with every query word, the closer the words, the higher the article."""

import pytest

from indexer.engine.proximity import smallest_window
from indexer.engine.results import SearchRequest
from indexer.engine.search import SearchEngine
from indexer.writing.build import build_index
from tests.support import write_jsonl

FILLER = "погода"


def body(*parts: str) -> str:
    """Words and runs of filler: body("собянин", 2, "минск") = "собянин погода погода минск"."""
    return " ".join(" ".join([FILLER] * p) if isinstance(p, int) else p for p in parts)


# Bodies of one length with each word once: only the distance differs. Listed farthest first,
# so that an order by document number would be the wrong one.
ARTICLES = {
    "Далеко": body("собянин", 40, "лукашенко"),
    "Через два слова": body("собянин", 2, "лукашенко", 38),
    "Рядом": body("собянин", "лукашенко", 40),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("proximity")
    records = [{"title": f"Заметка {n}", "text": text} for n, text in enumerate(ARTICLES.values())]
    write_jsonl(folder / "news.jsonl", records)
    build_index([folder / "news.jsonl"], folder / "index", full=True, jobs=1, progress=False)
    return SearchEngine(folder / "index")


def ranked(engine, query: str) -> list[tuple[str, float]]:
    """(article name, score) of the hits, best first."""
    names = {f"Заметка {n}": name for n, name in enumerate(ARTICLES)}
    return [(names[hit.title], hit.score) for hit in engine.search(SearchRequest(q=query)).hits]


@pytest.mark.parametrize("query", ["собянин лукашенко", "лукашенко собянин", "Собянину Лукашенко"])
def test_closer_words_rank_higher_in_either_order_and_any_form(engine, query):
    hits = ranked(engine, query)
    assert [name for name, _ in hits] == ["Рядом", "Через два слова", "Далеко"]
    assert hits[0][1] > hits[1][1] > hits[2][1]


def test_one_word_has_no_distance_to_rank_by(engine):
    assert len({score for _, score in ranked(engine, "собянин")}) == 1


@pytest.mark.parametrize(
    ("positions", "window"),
    [
        ([[0], [1]], 2),
        ([[0], [5]], 6),
        ([[5], [0]], 6),
        ([[0, 30], [28]], 3),
        ([[3], [3]], 1),  # two words at one position: "санкт-петербург" and "петербург"
        ([[0, 10, 20], [9, 21], [11]], 3),
        ([[1, 100], [50], [99, 2]], 50),
    ],
)
def test_smallest_window_holds_one_position_of_each_word(positions, window):
    assert smallest_window(positions) == window
