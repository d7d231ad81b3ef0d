"""The HTML pages as a person sees them: results, highlights, facets, paging, errors."""

import html
import re
from datetime import date

import pytest
from markupsafe import escape

from indexer.engine.results import ArticleView, FacetValue, Hit, SearchPage, TimelineBar
from search_ui.app import create_app

ELECTIONS = "Выборы президента прошли спокойно"
DECREE = "Президент подписал указ о выборах"


SITE_SCRIPTS = [  # the site's own files, none inline
    '<script src="/static/app.js" defer>',
    '<script src="/static/autocomplete.js" defer>',
]


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def strip_tags(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def titles(page: str) -> list[str]:
    """The result titles in order, as shown."""
    return [strip_tags(t) for t in re.findall(r'class="hit__title"><a [^>]*>(.*?)</a>', page)]


def marked(page: str) -> set[str]:
    """Every word shown inside <mark>, lowercased."""
    return {strip_tags(m).lower() for m in re.findall(r"<mark[^>]*>(.*?)</mark>", page)}


def link(page: str, label: str, css: str) -> str:
    """The href of the link with class css whose text contains label."""
    for href, inner in re.findall(
        rf'<a class="{css}[^"]*" href="([^"]+)"[^>]*>(.*?)</a>', page, re.S
    ):
        if label in strip_tags(inner):
            return html.unescape(href)
    raise AssertionError(f"no {css} link {label!r}")


def hit_ids(page: str) -> list[str]:
    return re.findall(r'class="hit__title"><a href="/article/([0-9a-f]{16})', page)


def test_home_shows_syntax_examples_and_stats(client):
    page = text(client.get("/"))
    assert "13 статей" in page
    for example in ("выборы", "&#34;президент россии&#34;", "-ес", "OR", "!стали", "товар*",
                    "title:", "source:", "rubric:", "Период"):  # fmt: skip
        assert example in page
    assert 'id="q"' in page and "<label" in page


def test_inflected_query_finds_every_form(client):
    page = text(client.get("/?q=выборах"))
    assert set(titles(page)) == {ELECTIONS, DECREE}
    assert "Найдено 2 статьи за" in page
    assert {"выборы", "выборах"} <= marked(page)


def test_query_is_kept_in_the_search_box(client):
    page = text(client.get("/?q=выборах+президента"))
    assert 'value="выборах президента"' in page


def test_one_result_uses_the_singular(client):
    page = text(client.get("/?q=мосту"))
    assert titles(page) == ["В Санкт-Петербурге открылся новый мост"]
    assert "Найдена 1 статья за" in page


def test_sort_by_date_puts_newest_first(client):
    page = text(client.get("/?q=выборах&sort=date"))
    assert titles(page) == [ELECTIONS, DECREE]
    assert "18 марта 2018" in page and "1 февраля 2018" in page
    assert 'aria-current="true" class="is-active">по дате' in page


def test_results_link_to_the_article_with_the_query(client):
    page = text(client.get("/?q=выборах"))
    assert re.search(r'href="/article/[0-9a-f]{16}\?q=%D0%B2%D1%8B', page)
    assert (
        ">оригинал</a>" in page
        and 'href="https://example.ru/politics/2018-03-18/elections"' in page
    )


def test_facets_show_counts(client):
    page = text(client.get("/?q=товарооборот"))
    assert len(titles(page)) == 3
    assert re.search(r'facet__label">Пример</span>\s*<span class="facet__count">2<', page)
    assert re.search(r'facet__label">2024</span>\s*<span class="facet__count">3<', page)


def test_clicking_a_facet_narrows_the_results_and_shows_a_chip(client):
    page = text(client.get("/?q=товарооборот"))
    narrowed = text(client.get(link(page, "Пример", "facet__value")))
    assert set(titles(narrowed)) == {
        "Собянин встретился с Лукашенко в Минске", "Товарооборот двух стран вырос на треть"
    }  # fmt: skip
    assert "Источник: Пример" in narrowed
    assert 'value="товарооборот"' in narrowed
    # The chip takes the filter away again.
    assert len(titles(text(client.get(link(narrowed, "Источник: Пример", "chip"))))) == 3


def test_year_facet_and_active_state(client):
    page = text(client.get("/?q=выборах&year=2018"))
    assert len(titles(page)) == 2
    assert "Год: 2018" in page
    assert re.search(r'facet__value is-active" href="[^"]*" aria-current="true"', page)


def test_pagination_keeps_filters(client):
    first = text(client.get("/?q=товарооборот&per_page=2&sort=date"))
    assert len(titles(first)) == 2
    assert 'aria-current="page"' in first and "страница 1 из 2" in first
    second_url = html.unescape(re.search(r'href="([^"]*page=2)" aria-label="Страница 2"', first)[1])
    assert "sort=date" in second_url and "per_page=2" in second_url
    second = text(client.get(second_url))
    assert len(titles(second)) == 1
    assert set(hit_ids(first)).isdisjoint(hit_ids(second))
    assert 'rel="prev"' in second


def test_page_past_the_end_offers_the_first_page(client):
    page = text(client.get("/?q=выборах&page=50"))
    assert titles(page) == []
    assert "К первой странице" in page


def test_no_results_state_has_suggestions(client):
    page = text(client.get("/?q=абырвалгзюзюка&source=Пример"))
    assert "ничего не найдено" in page
    assert "Искать без фильтров" in page


def test_timeline_bars_link_to_their_period(client):
    page = text(client.get("/?q=выборах"))
    assert "<svg" in page and "<title>" in page
    assert re.search(r"<title>(февраль 2018|март 2018|2018 год): [12] стать[яи]</title>", page)
    assert re.search(r'href="[^"]*from=2018-\d\d-01&amp;to=2018-\d\d-\d\d"', page)


def test_article_page_shows_the_clean_article_with_marks(client):
    results = text(client.get("/?q=выборах&sort=date"))
    page = text(client.get(f"/article/{hit_ids(results)[0]}?q=выборах"))
    assert ELECTIONS in strip_tags(page)
    assert {"выборы", "выборах"} <= marked(page)
    assert "18 марта 2018" in page and "Политика" in page
    assert "Явка оказалась высокой." in page
    assert 'href="https://example.ru/politics/2018-03-18/elections"' in page
    assert "Похожие статьи" in page
    assert "Результаты по запросу «выборах»" in page


def test_article_without_query_has_no_marks(client):
    results = text(client.get("/?q=выборах&sort=date"))
    assert "<mark" not in text(client.get(f"/article/{hit_ids(results)[0]}"))


@pytest.mark.parametrize(
    "path",
    ["/article/0123456789abcdef", "/article/xyz", "/article/0123456789ABCDEF",
     "/article/0123456789abcdef0", "/article/", "/nope"],
)  # fmt: skip
def test_unknown_pages_are_friendly_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Страница не найдена" in response.get_data(as_text=True)


def test_missing_index_gives_503_with_instructions(tmp_path):
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path)}).test_client()
    for path in ("/", "/?q=выборы"):
        response = client.get(path)
        assert response.status_code == 503
        assert "make index" in response.get_data(as_text=True)
        assert "Индекс не найден" in response.get_data(as_text=True)


def test_config_layers(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWS_SEARCH_INDEX", raising=False)
    assert create_app().config["INDEX_DIR"] == "var/index"
    monkeypatch.setenv("NEWS_SEARCH_INDEX", str(tmp_path))
    assert create_app().config["INDEX_DIR"] == str(tmp_path)
    assert create_app({"INDEX_DIR": "x"}).config["INDEX_DIR"] == "x"
    assert create_app({"DEBUG": True}).debug is False


def test_security_headers(client):
    for path in ("/", "/?q=выборах", "/nope", "/static/style.css"):
        with client.get(path) as response:
            headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"]


def test_pages_have_no_inline_scripts_or_styles(client):
    for path in ("/", "/?q=выборах"):
        page = text(client.get(path))
        assert re.findall(r"<script[^>]*>", page) == SITE_SCRIPTS
        assert " style=" not in page and "<style" not in page


@pytest.mark.parametrize(
    "q",
    ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "title:<b>x</b>"],
)
def test_a_hostile_query_is_escaped(client, q):
    page = text(client.get("/", query_string={"q": q}))
    assert "<script>alert" not in page and "<img" not in page and "<b>" not in page
    assert str(escape(q)) in page


def test_the_xss_fixture_article_is_escaped_everywhere(client):
    found = client.get("/api/search?q=хакеры").get_json()["results"]
    assert len(found) == 1
    title = found[0]["title"]
    results = text(client.get("/?q=хакеры"))
    article = text(client.get(f"/article/{found[0]['id']}?q=хакеры"))
    for page in (results, article):
        assert "<script>alert" not in page and "<b>разметкой" not in page
        assert str(escape(title)) in re.sub(r"</?mark[^>]*>", "", page)


@pytest.mark.parametrize(
    "q",
    ["выборы " * 1500, "a\x00b\x01c\x1b[31m\x7f", "\u202e\u200b", "((((", '"', "*", "-",
     "title:", "OR OR", "!"],
)  # fmt: skip
def test_odd_queries_never_fail(client, q):
    response = client.get("/", query_string={"q": q})
    assert response.status_code == 200
    assert "\x00" not in response.get_data(as_text=True)


class StubEngine:
    """An engine that returns hand-made results, for what the fixtures cannot show."""

    def __init__(self, url: str, title: str = "Заголовок") -> None:
        self.hit = Hit("0123456789abcdef", title, html.escape(title), url, "Источник <i>",
                       "Рубрика", date(2020, 1, 2), 1.0, "фрагмент")  # fmt: skip

    def search(self, request, gone=None):
        facets = {
            "source": [FacetValue("<b>RT</b>", 1)],
            "rubric": [],
            "year": [FacetValue("2020", 1)],
        }
        bars = [TimelineBar("2020-01", date(2020, 1, 1), date(2020, 1, 31), 1)]
        return SearchPage(request, 1, [self.hit], facets, bars, suggestion="<script>x</script>",
                          hint="<b>подсказка</b>")  # fmt: skip

    def article(self, article_id, q=""):
        h = self.hit
        return ArticleView(h.id, h.title, h.title_html, h.url, h.source, h.rubric, h.date,
                           "лид", ["абзац"], ("<kw>",))  # fmt: skip

    def similar(self, article_id, limit=5):
        return [self.hit]

    def stats(self):
        return {"articles": 1, "sources": {"<b>src</b>": 1}, "first_date": None, "last_date": None}


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,x", ""],
)
def test_non_http_urls_never_become_links(app, url):
    app.extensions["search_engine"] = StubEngine(url)
    client = app.test_client()
    for path in ("/?q=x", "/article/0123456789abcdef"):
        page = text(client.get(path))
        assert "javascript:" not in page.lower() and "data:text" not in page
        assert "оригинал" not in page and "Читать в оригинале" not in page


def test_everything_from_the_engine_is_escaped(app):
    app.extensions["search_engine"] = StubEngine("https://x.ru/", title="<script>alert(1)</script>")
    client = app.test_client()
    for path in ("/", "/?q=x", "/article/0123456789abcdef"):
        page = text(client.get(path))
        assert "<script>alert" not in page and "<b>" not in page and "<i>" not in page
        assert "<kw>" not in page and "<script>x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text(client.get("/article/0123456789abcdef"))


def test_results_have_a_heading_and_no_found_line_beside_nothing_found(client):
    found = text(client.get("/?q=выборах"))
    assert re.search(r'<h1 id="summary" class="summary">Найдено 2 статьи', found)
    nothing = text(client.get("/?q=абырвалгзюзюка"))
    assert "ничего не найдено</h1>" in nothing and "Найдено 0" not in nothing


def test_a_stop_words_query_gets_no_typo_advice(client):
    page = text(client.get("/?q=и+в+на"))
    assert "служебные слова" in page and "опечат" not in page


def test_timeline_caption_names_the_busiest_period_and_empty_bars_are_not_links(client):
    page = text(client.get("/?q=президент"))
    assert re.search(r"максимум — \d+ стать[яией]+ в (\w+ \d{4}|\d{4} г\.)", page)
    assert not re.search(r'aria-label="[^"]*: 0 статей"', page)


def test_undated_articles_are_counted_on_the_home_page(client, monkeypatch):
    from search_ui import data

    real = data.get_engine

    class Counted:
        def __init__(self, engine):
            self.engine = engine

        def stats(self):
            return {**self.engine.stats(), "undated": 703}

    monkeypatch.setattr(data, "get_engine", lambda: Counted(real()))
    assert "703 статьи без даты" in text(client.get("/"))


def test_a_bad_date_is_explained_next_to_the_field(client):
    page = text(client.get("/?q=выборы&from=32.13.2018"))
    assert 'id="from-problem"' in page and "Не удалось прочитать дату «32.13.2018»" in page
    assert 'value="32.13.2018"' in page


def test_an_article_without_a_headline_is_linked_as_untitled(app):
    app.extensions["search_engine"] = StubEngine("https://x.ru/", title="")
    client = app.test_client()
    results, article = (text(client.get(p)) for p in ("/?q=x", "/article/0123456789abcdef"))
    assert titles(results) == ["Без заголовка"]
    assert '<h1 class="article__title">Без заголовка</h1>' in article
    assert "<title>Без заголовка — новостной архив</title>" in article


def test_a_story_published_twice_takes_one_place_with_a_link_to_its_copy(copies_client):
    page = text(copies_client.get("/?q=курс+рубля"))
    assert len(titles(page)) == 2 and "Курс рубля вырос к вечеру" in titles(page)
    assert "ещё 1 похожая статья" in page
    shown = text(copies_client.get(link(page, "ещё 1 похожая статья", "copies")))
    assert len(titles(shown)) == 3
    assert "Показаны и почти одинаковые статьи" in shown and "похожая статья" not in shown
    hidden = text(copies_client.get(link(shown, "Скрыть их", "copies-hidden")))
    assert len(titles(hidden)) == 2
