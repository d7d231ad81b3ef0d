"""The per-article table behind filters, facets, timeline and date sort, from a real index;
the filters and facet counts as the search applies them (engine/filters.py)."""

from datetime import date

import numpy as np
import pytest
from whoosh import index

from indexer.engine.doctable import FACET_LIMIT, by_date, facet_values, load_doctable, timeline
from indexer.engine.filters import combined, facet_masks, post_filter_facets
from indexer.engine.results import FacetValue, SearchRequest
from indexer.writing.build import build_index
from tests.support import write_jsonl

# (title, source, rubric, date): six articles, one undated.
ARTICLES = [
    ("Выборы в Москве", "RT", "Политика", "2018-01-15"),
    ("Курс рубля", "RT", "Экономика", "2018-03-02"),
    ("Матч в Минске", "Газета", "Спорт", "2018-03-20"),
    ("Новый мост", "Газета", "Политика", "2019-07-01"),
    ("Старая новость", "Архив", "Политика", "2009-05-05"),
    ("Без даты", "RT", "", ""),
]
RT = {"Выборы в Москве", "Курс рубля", "Без даты"}
MARCH_2018 = (date(2018, 3, 1), date(2018, 3, 31))
MARCH_2018_TITLES = {"Курс рубля", "Матч в Минске"}


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    folder = tmp_path_factory.mktemp("doctable")
    records = [
        {"title": t, "text": f"Текст: {t}.", "source": s, "rubric": r, "date": d}
        for t, s, r, d in ARTICLES
    ]
    write_jsonl(folder / "news.jsonl", records)
    build_index([folder / "news.jsonl"], folder / "index", full=True, jobs=1, progress=False)
    with index.open_dir(str(folder / "index")).reader() as reader:
        titles = {n: fields["title"] for n, fields in reader.iter_docs()}
        table = load_doctable(reader)
    table.titles = titles
    return table


def titles(table, mask: np.ndarray) -> set[str]:
    return {table.titles[int(n)] for n in np.flatnonzero(mask)}


def passing(table, request: SearchRequest) -> np.ndarray:
    """The articles the request's filters let through, as the search combines them."""
    return combined(facet_masks(table, request))


def facet_counts(table, request: SearchRequest) -> dict:
    """The facets of a search matching every article, filtered by the request."""
    return post_filter_facets(table, table.live, facet_masks(table, request), request)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (SearchRequest(), {t for t, *_ in ARTICLES}),
        (SearchRequest(sources=("RT",)), RT),
        (SearchRequest(sources=("RT", "Архив")), RT | {"Старая новость"}),
        (SearchRequest(rubrics=("Политика",)), {"Выборы в Москве", "Новый мост", "Старая новость"}),
        (SearchRequest(sources=("RT",), rubrics=("Политика",)), {"Выборы в Москве"}),
        (SearchRequest(years=(2018,)), {"Выборы в Москве", "Курс рубля", "Матч в Минске"}),
        (SearchRequest(years=(2009, 2019)), {"Старая новость", "Новый мост"}),
        (SearchRequest(date_from=MARCH_2018[0], date_to=MARCH_2018[1]), MARCH_2018_TITLES),
        (SearchRequest(date_from=date(2019, 1, 1)), {"Новый мост"}),
        (SearchRequest(date_to=date(2010, 1, 1)), {"Старая новость"}),
        (SearchRequest(sources=("Нет такого",)), set()),
    ],
)  # fmt: skip
def test_filters_keep_the_matching_articles(table, request_, expected):
    assert titles(table, passing(table, request_)) == expected


def test_facets_count_the_matching_articles_biggest_first(table):
    counts = facet_counts(table, SearchRequest())
    assert counts["source"] == [
        FacetValue("RT", 3),
        FacetValue("Газета", 2),
        FacetValue("Архив", 1),
    ]
    assert counts["rubric"][0] == FacetValue("Политика", 3) and len(counts["rubric"]) == 3
    assert counts["year"] == [FacetValue("2019", 1), FacetValue("2018", 3), FacetValue("2009", 1)]
    assert counts["tag"] == []


def test_a_facet_is_counted_over_the_other_facets_filters(table):
    """Filtered by 2018: the sources count 2018's articles, the years keep every year's
    count so another can be added, 2018 marked chosen."""
    counts = facet_counts(table, SearchRequest(years=(2018,)))
    assert counts["source"] == [FacetValue("RT", 2), FacetValue("Газета", 1)]
    assert counts["year"] == [
        FacetValue("2019", 1), FacetValue("2018", 3, True), FacetValue("2009", 1),
    ]  # fmt: skip


def test_an_active_value_is_listed_even_beyond_the_limit_or_with_no_match():
    counts = {f"r{n:02d}": 100 - n for n in range(FACET_LIMIT + 3)}
    values = facet_values(counts, active=["r14", "нет"])
    assert [v.value for v in values[:FACET_LIMIT]] == [f"r{n:02d}" for n in range(FACET_LIMIT)]
    assert sorted(values[FACET_LIMIT:], key=lambda v: v.value) == [
        FacetValue("r14", 86, True), FacetValue("нет", 0, True),
    ]  # fmt: skip


def test_the_timeline_counts_months_when_they_fit(table):
    mask = passing(table, SearchRequest(years=(2018,)))
    found = timeline(table, np.flatnonzero(mask))
    bars = [(bar.period, bar.count, bar.start, bar.end) for bar in found]
    assert bars == [
        ("2018-01", 1, date(2018, 1, 1), date(2018, 1, 31)),
        ("2018-02", 0, date(2018, 2, 1), date(2018, 2, 28)),
        ("2018-03", 2, date(2018, 3, 1), date(2018, 3, 31)),
    ]


def test_the_timeline_counts_years_when_the_months_would_not_fit(table):
    # 2009 to 2019: 132 months, over MONTHS_IN_TIMELINE
    bars = timeline(table, np.flatnonzero(table.live))
    counts = {"2009": 1, "2018": 3, "2019": 1}
    assert [(bar.period, bar.count) for bar in bars] == [
        (str(year), counts.get(str(year), 0)) for year in range(2009, 2020)
    ]
    assert (bars[0].start, bars[-1].end) == (date(2009, 1, 1), date(2019, 12, 31))


def test_an_undated_article_is_left_out_of_the_timeline(table):
    undated = table.live & (table.days == 0)
    assert titles(table, undated) == {"Без даты"} and timeline(table, np.flatnonzero(undated)) == []


def test_date_order_is_newest_first_and_undated_last(table):
    order = by_date(table, np.flatnonzero(table.live), limit=10)
    assert [table.titles[int(n)] for n in order] == [
        "Новый мост", "Матч в Минске", "Курс рубля", "Выборы в Москве", "Старая новость",
        "Без даты",
    ]  # fmt: skip
