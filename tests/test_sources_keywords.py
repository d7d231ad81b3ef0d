"""Editorial keywords: a tag filter and facet, links on the article page, never in the ranking."""

import json

import pytest

from indexer.engine.search import SearchEngine
from indexer.writing.build import build_index
from search_ui.app import create_app

RECORDS = [
    {"url": "https://russian.rt.com/world/article/1-a", "title": "Переговоры в Женеве",
     "content": "Дипломаты обсудили санкции и торговлю.", "keywords": ["санкции", "женева"]},
    {"url": "https://russian.rt.com/world/article/2-b", "title": "Торговля с Китаем",
     "content": "Товарооборот вырос, санкции не помешали.", "keywords": ["китай", "торговля"]},
    {"url": "https://russian.rt.com/sport/article/3-c", "title": "Футбол в Казани",
     "content": "Матч прошёл при полных трибунах.", "keywords": ["футбол", "санкции"]},
]  # fmt: skip


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kw")
    corpus = folder / "russia_today_0.jsonlines"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    build_index([corpus], folder / "index", full=True, jobs=1, progress=False)
    return folder / "index"


@pytest.fixture(scope="module")
def engine(index_dir):
    return SearchEngine(index_dir)


@pytest.fixture
def client(index_dir):
    return create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()


def titles(page):
    return sorted(hit.title for hit in page.hits)


def test_the_tag_filter_keeps_the_articles_with_the_tag(engine):
    from indexer import SearchRequest

    page = engine.search(SearchRequest(tags=("Санкции",)))
    assert titles(page) == ["Переговоры в Женеве", "Футбол в Казани"]


def test_tags_are_offered_as_a_facet(engine):
    from indexer import SearchRequest

    page = engine.search(SearchRequest(q="санкции"))
    counts = {facet.value: facet.count for facet in page.facets["tag"]}
    assert counts == {"санкции": 1, "женева": 1, "китай": 1, "торговля": 1}


def test_a_tag_is_not_searched_as_text(engine):
    from indexer import SearchRequest

    # "женева" is a tag of the first article only; its text says "Женеве", found as text.
    assert titles(engine.search(SearchRequest(q="футбол"))) == ["Футбол в Казани"]
    assert titles(engine.search(SearchRequest(q="китай"))) == ["Торговля с Китаем"]
    assert engine.search(SearchRequest(q="торговля санкции")).total == 2  # text, not tags


def test_the_article_page_links_its_tags_to_the_filter(client, engine):
    from indexer import SearchRequest

    (hit,) = engine.search(SearchRequest(q="казани")).hits
    page = client.get(f"/article/{hit.id}").get_data(as_text=True)
    assert 'href="/?tag=%D1%84%D1%83%D1%82%D0%B1%D0%BE%D0%BB"' in page  # tag=футбол


def test_the_tag_url_parameter_filters_the_api(client):
    data = client.get("/api/search?tag=китай").get_json()
    assert [r["title"] for r in data["results"]] == ["Торговля с Китаем"]
    counts = {facet["value"]: facet["count"] for facet in data["facets"]["tag"]}
    # Counted over the other filters, as the source and rubric facets are: others stay addable.
    assert counts == {"санкции": 2, "женева": 1, "китай": 1, "торговля": 1, "футбол": 1}


def test_a_tag_query_filter_narrows_like_the_url_parameter(engine):
    from indexer import SearchRequest

    page = engine.search(SearchRequest(q='торговля tag:"санкции"'))
    assert titles(page) == ["Переговоры в Женеве"]
    assert titles(engine.search(SearchRequest(q="tag:китай"))) == ["Торговля с Китаем"]
