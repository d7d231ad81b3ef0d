"""Hostile queries are normal input: random Unicode, operators, quotes, parentheses, field
names, huge and empty strings never raise, never give a 500, and are answered in bounded time.
"""

import re
import time
from datetime import date
from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.engine import query as syntax
from indexer.engine.results import MAX_PER_PAGE, SORTS, SearchPage, SearchRequest
from tests.support import site_scripts

SECONDS = 2.0  # the bound on one parse, one search, one request

WORDS = ["выборы", "выборах", "президент", "товарооборот", "Москва", "хакеры", "covid-19",
         "и", "в", "не", "а", "ё", "ЁЖ", "2018"]  # fmt: skip
OPERATORS = ["OR", "AND", "NOT", "or", "|", "||", "-", "--", "!", "!!", "*", "**", "(", ")",
             "((", "))", '"', '""', "'", "`", ":", "::", "\\", "~", "^2", "+", "&&", "-(",
             "!*", "*-", "-!", '-"', "(*)", "[", "]", "{", "}", "/", "?", "%", "#", "@", "<",
             ">"]  # fmt: skip
FIELDS = ["title:", "body:", "lead:", "source:", "rubric:", "date:", "id:", "url:", "TITLE:",
          "Source:", "xyz:", ":", "title::", "source:\"", "rubric:("]  # fmt: skip
ODD_CHARACTERS = ["\x00", "\x1b[31m", "\u202e", "\u200b", "\ufeff", "\u0301", "\ufffd",
                  "😀", "👩‍👩‍👧", "\U0010ffff", "\t", "\n", "\r\n", "\xa0", "ß",
                  "İ", "ǅ"]  # fmt: skip
PIECES = st.sampled_from(WORDS + OPERATORS + FIELDS + ODD_CHARACTERS) | st.text(max_size=8)
HUGE = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(["(", ")", '"', "-", "!", "*", "a OR ", "title:", "выборы ", "ы", '"a" ']),
    st.integers(100, 20_000),
)
QUERIES = st.one_of(
    st.lists(PIECES, max_size=40).map(" ".join),  # operators as separate tokens
    st.lists(PIECES, max_size=40).map("".join),  # glued together: "title:(-"a*
    st.text(max_size=300),  # any Unicode but surrogates
    HUGE,
    st.sampled_from(["", " ", " " * 10_000, "\x00" * 100]),
)
# Surrogates cannot come through HTTP (UTF-8 decoding replaces them), but the CLI passes
# them on: `python -m indexer search $'\xff'` decodes argv with surrogateescape.
SURROGATES = st.characters(categories=["Cs"])
WITH_SURROGATES = st.lists(SURROGATES | st.sampled_from(WORDS + OPERATORS), max_size=20).map(
    " ".join
)


def timed(call, *args):
    """call(*args), failing the test when it takes longer than SECONDS."""
    started = time.perf_counter()
    result = call(*args)
    took = time.perf_counter() - started
    assert took < SECONDS, f"{took:.2f} s for {args!r:.200}"
    return result


@pytest.fixture(scope="module")
def xss_id(engine) -> str:
    """The id of the fixture article with a script in its title."""
    (hit,) = engine.search(SearchRequest(q="хакеры")).hits
    return hit.id


# The parser


def tree_nodes(node) -> int:
    """The number of nodes in a query tree."""
    if isinstance(node, syntax.All | syntax.Any):
        return 1 + sum(tree_nodes(child) for child in node.nodes)
    if isinstance(node, syntax.Not):
        return 1 + tree_nodes(node.node)
    return 1


@settings(max_examples=400, deadline=None)
@given(text=QUERIES | WITH_SURROGATES)
def test_the_parser_takes_anything(text):
    tree = timed(syntax.parse, text)
    node_types = syntax.Word | syntax.Phrase | syntax.Filter | syntax.Not | syntax.All | syntax.Any
    assert tree is None or isinstance(tree, node_types)
    assert all(word.text for word in syntax.positive_words(tree))  # no empty words to look up


@pytest.mark.parametrize(
    "text",
    [" OR ".join(["выборы"] * 5000), "-выборы " * 5000, "(выборы " * 5000,
     "(" * 5000 + "выборы" + ")" * 5000, '"выборы ' * 5000],
)  # fmt: skip
def test_the_parser_bounds_the_tree_of_a_huge_query(text):
    tree = timed(syntax.parse, text)
    assert tree is not None
    assert tree_nodes(tree) <= 10 * (1 + 32)  # groups 10 deep at most, 32 nodes in each


# The search function


def dates() -> st.SearchStrategy:
    return st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


FILTER_VALUES = st.lists(st.text(max_size=30) | st.sampled_from(["Пример", "RT", ""]), max_size=3)
REQUESTS = st.builds(
    SearchRequest,
    q=QUERIES,
    page=st.integers(1, 1000),
    per_page=st.integers(1, MAX_PER_PAGE),
    sort=st.sampled_from(SORTS),
    date_from=dates(),
    date_to=dates(),
    sources=FILTER_VALUES.map(tuple),
    rubrics=FILTER_VALUES.map(tuple),
    years=st.lists(st.integers(1, 9999), max_size=3).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(request=REQUESTS)
def test_search_answers_any_request(engine, request):
    page = timed(engine.search, request)
    assert isinstance(page, SearchPage)
    assert 0 <= page.total <= engine.stats()["articles"]
    assert len(page.hits) <= min(request.per_page, page.total)
    assert all(hit.id and "<script" not in hit.title_html for hit in page.hits)


@settings(max_examples=60, deadline=None)
@given(text=QUERIES | WITH_SURROGATES)
def test_an_article_takes_any_query_to_mark(engine, xss_id, text):
    view = timed(engine.article, xss_id, text)
    assert view is not None and view.id == xss_id
    assert "<script" not in view.title_html + "".join(view.paragraphs_html)


ELECTIONS = ["Выборы президента прошли спокойно", "Президент подписал указ о выборах"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [("\ud800", []), ("выборы \udcff", ELECTIONS), ('"\udfff выборы"', ELECTIONS),
     ("title:\ud800*", [])],
)  # fmt: skip
def test_a_lone_surrogate_from_the_command_line_is_left_out(engine, text, titles):
    page = timed(engine.search, SearchRequest(q=text))
    assert sorted(hit.title for hit in page.hits) == sorted(titles)
    assert (page.hint is not None) == (not titles)  # "В запросе нет слов для поиска."


# The HTTP endpoints

PARAM_VALUES = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "-1",
            "0",
            "1",
            "2",
            "1e9",
            "NaN",
            "inf",
            "9" * 30,
            " 3 ",
            "٣",
            "３",
            "relevance",
            "date",
            "2018",
            "2018-02-30",
            "2018-13",
            "0000",
            "9999-12-31",
            "Пример",
            "<b>RT</b>",
            "%00",
            "\x00",
        ]
    ),  # fmt: skip
)
PARAMS = st.fixed_dictionaries(
    {"q": QUERIES},
    optional={
        name: st.lists(PARAM_VALUES, min_size=1, max_size=3)
        for name in ("page", "per_page", "sort", "from", "to", "source", "rubric", "year")
    },
)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def answers(client, paths: tuple[str, ...], params: dict):
    """The response to each path with these parameters, each a 200 within SECONDS."""
    for path in paths:
        response = timed(lambda path=path: client.get(path, query_string=params))
        assert response.status_code == 200, (path, params)
        yield response


@FUZZ
@given(params=PARAMS)
def test_the_pages_answer_any_parameters(client, xss_id, params):
    for response in answers(client, ("/", f"/article/{xss_id}"), params):
        page = response.get_data(as_text=True)
        assert re.findall(r"<script[^>]*>", page) == site_scripts()  # the site's own only
        assert "\x00" not in page


@FUZZ
@given(params=PARAMS)
def test_the_api_answers_any_parameters(client, xss_id, params):
    for response in answers(client, ("/api/search", f"/api/article/{xss_id}"), params):
        assert response.mimetype == "application/json"
        assert "<" not in response.get_data(as_text=True)  # JSON never holds raw markup
        assert response.get_json()


CLIENT_PATHS = ("/api/suggest", "/feed", "/api/export.csv", "/api/export.jsonl", "/opensearch.xml")


def fetched(client, path: str, params: dict):
    """The response read to its end (export and feed stream) within SECONDS."""
    response = timed(lambda: client.get(path, query_string=params))
    timed(response.get_data)
    return response


# Five endpoints a request, two of them reading every match: fewer examples, same variety.
@settings(FUZZ, max_examples=60)
@given(params=PARAMS)
def test_the_clients_endpoints_answer_any_parameters(client, params):
    """Suggestions, feed, export: what they promise, or a 400 that says what is missing."""
    for path in CLIENT_PATHS:
        response = fetched(client, path, params)
        assert response.status_code in (200, 400), (path, params)
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        if response.status_code == 400:
            assert "Укажите запрос" in response.get_data(as_text=True)
        elif path in ("/feed", "/opensearch.xml"):
            ElementTree.fromstring(response.data)
        elif path == "/api/suggest":
            assert "<" not in response.get_data(as_text=True)
            assert len(response.get_json(force=True)) == 2


@FUZZ
@given(segment=st.text(min_size=1, max_size=60) | st.sampled_from(["..", ".", "%2e%2e", "/"]))
def test_any_article_path_is_an_article_or_a_404(client, xss_id, segment):
    for prefix in ("/article/", "/api/article/"):
        response = timed(client.get, prefix + quote(segment, safe=""))
        expected = 200 if segment == xss_id else 404
        assert response.status_code == expected, (prefix, segment)
