"""URL arguments → SearchRequest, leniently; and the URLs made back from a request."""

from datetime import date

import pytest
from werkzeug.datastructures import MultiDict

from indexer.engine.periods import parse_bound
from indexer.engine.results import SearchRequest
from search_ui.app import create_app
from search_ui.links import page_numbers, request_args, safe_url, search_url
from search_ui.params import parse_request


def parse(query: str) -> SearchRequest:
    """Parses a query string as Flask would hand it over."""
    from urllib.parse import parse_qsl

    return parse_request(MultiDict(parse_qsl(query, keep_blank_values=True)))


CASES = [
    ("", SearchRequest()),
    ("q=выборы", SearchRequest(q="выборы")),
    ("q=++выборы+++президента++", SearchRequest(q="выборы президента")),
    ("q=a%00b%07c", SearchRequest(q="abc")),
    ("q=a%0Ab%09c%0D%0Ad", SearchRequest(q="a b c d")),
    ("q=" + "я" * 600, SearchRequest(q="я" * 500)),
    ("page=3", SearchRequest(page=3)),
    ("page=0", SearchRequest(page=1)),
    ("page=-5", SearchRequest(page=1)),
    ("page=abc", SearchRequest(page=1)),
    ("page=", SearchRequest(page=1)),
    ("page=2.5", SearchRequest(page=1)),
    ("page=99999999999999999999", SearchRequest(page=1000)),
    ("per_page=2", SearchRequest(per_page=2)),
    ("per_page=0", SearchRequest(per_page=10)),
    ("per_page=x", SearchRequest(per_page=10)),
    ("per_page=1000", SearchRequest(per_page=100)),
    ("sort=date", SearchRequest(sort="date")),
    ("sort=relevance", SearchRequest(sort="relevance")),
    ("sort=DROP+TABLE", SearchRequest(sort="relevance")),
    ("from=2018", SearchRequest(date_from=date(2018, 1, 1))),
    ("to=2018", SearchRequest(date_to=date(2018, 12, 31))),
    ("from=2018-03", SearchRequest(date_from=date(2018, 3, 1))),
    ("to=2018-02", SearchRequest(date_to=date(2018, 2, 28))),
    ("to=2020-02", SearchRequest(date_to=date(2020, 2, 29))),
    (
        "from=2018-03-18&to=2018-03-20",
        SearchRequest(date_from=date(2018, 3, 18), date_to=date(2018, 3, 20)),
    ),
    ("from=2018-13", SearchRequest()),
    ("from=2018-02-30", SearchRequest()),
    ("from=18.03.2018", SearchRequest(date_from=date(2018, 3, 18))),
    (
        "from=1.3.2018&to=03.2018",
        SearchRequest(date_from=date(2018, 3, 1), date_to=date(2018, 3, 31)),
    ),
    ("from=2019&to=2018", SearchRequest(date_from=date(2018, 1, 1), date_to=date(2019, 12, 31))),
    ("from=32.01.2018", SearchRequest()),
    ("as_typed=1&q=x", SearchRequest(q="x", as_typed=True)),
    ("from=yesterday&to=", SearchRequest()),
    ("from=0000", SearchRequest()),
    ("source=RT&source=ТАСС", SearchRequest(sources=("RT", "ТАСС"))),
    ("source=RT&source=RT&source=", SearchRequest(sources=("RT",))),
    ("rubric=Политика", SearchRequest(rubrics=("Политика",))),
    ("year=2018&year=2019", SearchRequest(years=(2018, 2019))),
    ("year=abc&year=18&year=2018", SearchRequest(years=(2018,))),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_parse_request(query, expected):
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2018", False, date(2018, 1, 1)),
        ("2018", True, date(2018, 12, 31)),
        ("2018-3", True, date(2018, 3, 31)),
        (" 2018-03-05 ", True, date(2018, 3, 5)),
        ("2018-00", False, None),
        ("２０１８", False, None),
        ("", False, None),
    ],
)
def test_parse_bound(text, end, expected):
    assert parse_bound(text, end) == expected


def test_many_filter_values_are_capped():
    req = parse("&".join(f"source=s{i}" for i in range(100)))
    assert len(req.sources) == 20


def test_request_args_leave_out_defaults():
    assert request_args(SearchRequest()) == []
    req = SearchRequest(q="x", page=2, per_page=5, sort="date", date_from=date(2018, 1, 1),
                        sources=("RT",), years=(2018,))  # fmt: skip
    assert dict(request_args(req)) == {
        "q": "x", "source": "RT", "year": "2018", "from": "2018-01-01",
        "sort": "date", "per_page": "5", "page": "2",
    }  # fmt: skip


@pytest.mark.parametrize(
    "req",
    [
        SearchRequest(q="выборы", page=3, per_page=2, sort="date"),
        SearchRequest(
            q='"a b" -c', sources=("Второй источник", "RT"), rubrics=("Мир",), years=(2018, 2020)
        ),
        SearchRequest(date_from=date(2018, 3, 1), date_to=date(2018, 3, 31)),
    ],
)
def test_request_round_trips_through_the_url(req):
    query = "&".join(f"{k}={v}" for k, v in request_args(req))
    assert parse(query.replace("+", "%2B").replace(" ", "+")) == req


def test_search_url_goes_back_to_page_one_on_change():
    app = create_app({"INDEX_DIR": "/nonexistent"})
    req = SearchRequest(q="выборы", page=4)
    with app.test_request_context():
        assert search_url(req, sort="date") == "/?q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B&sort=date"
        assert search_url(req, page=5).endswith("&page=5")


@pytest.mark.parametrize(
    ("current", "last", "expected"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (1, 10, [1, 2, 3, None, 10]),
        (6, 20, [1, None, 4, 5, 6, 7, 8, None, 20]),
        (5, 20, [1, 2, 3, 4, 5, 6, 7, None, 20]),
        (4, 10, [1, 2, 3, 4, 5, 6, None, 10]),
        (10, 10, [1, None, 8, 9, 10]),
    ],
)
def test_page_numbers(current, last, expected):
    assert page_numbers(current, last) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.ru/a?b=1", "https://example.ru/a?b=1"),
        ("http://example.ru", "http://example.ru"),
        (" HTTPS://example.ru/x ", "HTTPS://example.ru/x"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("  javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("/relative", None),
        ("", None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("query", "problems", "period"),
    [("from=2018&to=2019", {}, (date(2018, 1, 1), date(2019, 12, 31))),
     ("from=18.03.2018", {}, (date(2018, 3, 18), None)),
     ("from=", {}, (None, None)),
     ("from=32.13.2018", {"from": "Не удалось прочитать дату «32.13.2018»"}, (None, None)),
     ("from=2018&to=вчера", {"to": "Не удалось прочитать дату «вчера»"}, (date(2018, 1, 1), None)),
     ("from=2019&to=2018", {"period": "поменяли их местами"},
      (date(2018, 1, 1), date(2019, 12, 31)))],
)  # fmt: skip
def test_date_problems_are_explained_beside_the_period_searched(query, problems, period):
    from urllib.parse import parse_qsl

    from search_ui.params import read_request

    req, found = read_request(MultiDict(parse_qsl(query, keep_blank_values=True)))
    assert set(found) == set(problems)
    assert all(problems[name] in found[name] for name in problems)
    assert (req.date_from, req.date_to) == period
