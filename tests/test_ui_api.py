"""The JSON API: the same search as the page, one error shape for every failure."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_ui.app import create_app

RESULT_KEYS = {"id", "title", "title_html", "url", "source", "rubric", "date", "score", "snippet",
               "missing", "copies"}  # fmt: skip
PAGE_KEYS = {"query", "total", "page", "per_page", "pages", "took_ms", "results", "facets",
             "timeline", "suggestion", "partial", "hint", "notice", "corrected_from",
             "undated", "date_problems"}  # fmt: skip


def get_json(client, path, status=200, **kwargs):
    response = client.get(path, **kwargs)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()


def assert_error(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]


def test_search_returns_the_page_as_json(client):
    data = get_json(client, "/api/search?q=выборах&sort=date")
    assert set(data) == PAGE_KEYS
    assert (data["query"], data["total"], data["page"], data["per_page"]) == ("выборах", 2, 1, 10)
    assert [r["title"] for r in data["results"]] == [
        "Выборы президента прошли спокойно", "Президент подписал указ о выборах"
    ]  # fmt: skip
    first = data["results"][0]
    assert set(first) == RESULT_KEYS
    assert first["date"] == "2018-03-18" and first["rubric"] == "Политика"
    assert first["url"] == "https://example.ru/politics/2018-03-18/elections"
    assert "<mark>" in first["snippet"] and isinstance(first["score"], float)
    assert data["took_ms"] >= 0 and data["partial"] is False


def test_facets_and_timeline_shapes(client):
    data = get_json(client, "/api/search?q=товарооборот&source=Пример")
    assert set(data["facets"]) == {"source", "rubric", "year", "tag"}
    sources = {f["value"]: f for f in data["facets"]["source"]}
    assert sources["Пример"] == {"value": "Пример", "count": 2, "active": True}
    assert data["total"] == 2
    assert data["facets"]["year"] == [{"value": "2024", "count": 2, "active": False}]
    assert data["timeline"] == [
        {"period": "2024-11", "start": "2024-11-01", "end": "2024-11-30", "count": 1},
        {"period": "2024-12", "start": "2024-12-01", "end": "2024-12-31", "count": 1},
    ]


def test_paging_parameters(client):
    data = get_json(client, "/api/search?q=товарооборот&per_page=2&page=2")
    assert (data["total"], data["page"], data["per_page"], data["pages"]) == (3, 2, 2, 2)
    assert len(data["results"]) == 1


def test_bad_parameters_fall_back_to_defaults(client):
    data = get_json(client, "/api/search?q=выборах&page=x&per_page=-1&sort=up&from=soon&year=y")
    assert (data["page"], data["per_page"], data["total"]) == (1, 10, 2)


def test_date_problems_are_reported_as_on_the_page(client):
    """A date that cannot be read is named and left out; a reversed period is swapped."""
    clean = get_json(client, "/api/search?q=выборах&from=2018")
    assert clean["date_problems"] == {} and clean["total"] == 2
    unread = get_json(client, "/api/search?q=выборах&from=32.13.2018&to=вчера")
    assert set(unread["date_problems"]) == {"from", "to"} and unread["total"] == 2
    assert "Не удалось прочитать дату «32.13.2018»" in unread["date_problems"]["from"]
    assert "«вчера»" in unread["date_problems"]["to"]
    swapped = get_json(client, "/api/search?q=выборах&from=2019&to=2018")
    assert list(swapped["date_problems"]) == ["period"]
    assert "поменяли их местами" in swapped["date_problems"]["period"]
    assert [r["date"][:4] for r in swapped["results"]] == ["2018", "2018"]


def test_article_as_json(client):
    hit = get_json(client, "/api/search?q=выборах&sort=date")["results"][0]
    article = get_json(client, f"/api/article/{hit['id']}?q=выборах")
    assert article["id"] == hit["id"] and article["title"] == hit["title"]
    assert "<mark>" in article["title_html"]
    assert article["date"] == "2018-03-18" and "выборы" in article["keywords"]
    assert article["paragraphs_html"] and isinstance(article["similar"], list)
    assert hit["id"] not in {s["id"] for s in article["similar"]}


def test_json_is_readable_and_never_holds_raw_markup(client):
    response = client.get("/api/search?q=хакеры")
    raw = response.get_data(as_text=True)
    assert "хакеры" in raw  # Cyrillic as is, not \\u escapes
    assert "<" not in raw and ">" not in raw
    result = response.get_json()["results"][0]
    assert result["title"].startswith("Хакеры")
    assert "<script" not in result["title_html"] and "<script" not in result["snippet"]


@pytest.mark.parametrize(
    "path",
    ["/api/article/0123456789abcdef", "/api/article/xyz", "/api/article/0123456789ABCDEF",
     "/api/article/..%2F..%2Fetc%2Fpasswd", "/api/nope", "/api/", "/api"],
)  # fmt: skip
def test_not_found_has_the_error_shape(client, path):
    assert_error(client.get(path), 404)


def test_an_unknown_article_is_told_alike_on_the_page_and_in_the_api(client):
    said = "Такой статьи нет в индексе."
    assert client.get("/api/article/0123456789abcdef").get_json()["error"]["message"] == said
    assert said in client.get("/article/0123456789abcdef").get_data(as_text=True)


def test_wrong_method_has_the_error_shape(client):
    response = client.post("/api/search?q=x")
    assert_error(response, 405)
    assert "GET" in response.headers["Allow"]


def test_missing_index_has_the_error_shape(tmp_path):
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")}).test_client()
    for path in ("/api/search?q=выборы", "/api/article/0123456789abcdef"):
        response = client.get(path)
        assert_error(response, 503)
        assert "make index" in response.get_json()["error"]["message"]


class BrokenEngine:
    def search(self, request):
        raise RuntimeError("boom")


def test_server_error_has_the_error_shape(tiny_index):
    app = create_app({"INDEX_DIR": str(tiny_index)})
    app.extensions["search_engine"] = BrokenEngine()
    app.logger.disabled = True  # the traceback is expected
    client = app.test_client()
    assert_error(client.get("/api/search?q=x"), 500)
    page = client.get("/?q=x")
    assert page.status_code == 500 and "Ошибка" in page.get_data(as_text=True)
    assert "boom" not in page.get_data(as_text=True)


def test_api_errors_carry_security_headers(client):
    headers = client.get("/api/nope").headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(max_size=80))
def test_any_query_text_answers_200(client, q):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code == 200
    assert isinstance(response.get_json()["results"], list)


def test_a_huge_query_is_cut_not_refused(client):
    data = get_json(client, "/api/search", query_string={"q": "выборах " * 1500})
    assert len(data["query"]) <= 500


def test_near_copies_are_counted_and_listed_when_asked_for(copies_client):
    folded = get_json(copies_client, "/api/search?q=курс+рубля")["results"]
    assert [r["copies"] for r in folded] == [1, 0]
    listed = get_json(copies_client, "/api/search?q=курс+рубля&copies=1")["results"]
    assert len(listed) == 3 and {r["copies"] for r in listed} == {0}
