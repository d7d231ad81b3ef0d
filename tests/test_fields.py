"""One field map (writing/schema.STORED_FIELDS): what is stored, what a result and the
article page show, and their JSON, all follow it."""

from dataclasses import fields, replace
from datetime import date

import pytest
from whoosh import index

from indexer.article import Article
from indexer.engine.results import ArticleView, Hit, article_values, shown
from indexer.engine.serialize import record
from indexer.writing.schema import STORED_FIELDS, document, make_schema

ARTICLE = Article(
    id="0123456789abcdef",
    title="Собянин встретился с Лукашенко",
    body="Первый абзац.\nВторой абзац.",
    url="https://example.ru/news/1",
    source="RT",
    rubric="Мир",
    lead="Встреча прошла в Минске.",
    date=date(2024, 12, 23),
    keywords=("москва", "минск"),
    city="Минск",
    caption="Собянин и Лукашенко",
)
NAMES = [use.name for use in STORED_FIELDS]


def names(kind) -> set[str]:
    return {field.name for field in fields(kind)}


def stored_back(tmp_path, article: Article) -> dict:
    """The article written to a Whoosh index and read back, as the engine reads it."""
    ix = index.create_in(str(tmp_path), make_schema())
    with ix.writer() as writer:
        writer.add_document(**document(article))
    with ix.searcher() as searcher:
        return searcher.stored_fields(0)


def test_the_schema_stores_exactly_the_declared_fields():
    schema = make_schema()
    stored = {name for name in schema.names() if schema[name].stored}
    assert stored == set(NAMES)


def test_hit_and_article_view_show_what_the_map_says():
    in_hits = {use.name for use in STORED_FIELDS if use.in_hits}
    on_page = {use.name for use in STORED_FIELDS if use.on_page}
    # Besides the stored fields, a hit carries what ranking found out about it.
    computed = {"title_html", "score", "snippet", "missing", "copies"}
    assert names(Hit) == in_hits | computed
    # The page shows the lead and the body as marked HTML.
    assert names(ArticleView) == on_page - {"lead", "body"} | {
        "title_html", "lead_html", "paragraphs_html",
    }  # fmt: skip


def test_every_stored_field_comes_back_as_it_was_written(tmp_path):
    values = article_values(stored_back(tmp_path, ARTICLE))
    assert values == {name: getattr(ARTICLE, name) for name in NAMES}


def test_an_undated_article_comes_back_undated(tmp_path):
    article = replace(ARTICLE, date=None)
    assert "date" not in document(article)
    assert article_values(stored_back(tmp_path, article))["date"] is None


@pytest.mark.parametrize(
    ("kind", "parts"),
    [
        (Hit, {"title_html": "<mark>Собянин</mark>", "score": 1.5, "snippet": "…"}),
        (ArticleView, {"title_html": "т", "lead_html": "л", "paragraphs_html": ["а", "б"]}),
    ],
)
def test_json_is_the_dataclass_field_by_field(tmp_path, kind, parts):
    item = shown(kind, stored_back(tmp_path, ARTICLE), **parts)
    data = record(item)
    assert list(data) == [field.name for field in fields(kind)]
    assert data["date"] == "2024-12-23" and data["url"] == ARTICLE.url
    assert all(data[name] == value for name, value in parts.items())
    if kind is ArticleView:
        assert (data["keywords"], data["city"]) == (["москва", "минск"], "Минск")
