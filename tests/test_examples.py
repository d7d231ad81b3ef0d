"""The home page's query examples each find articles in the default corpus a fresh clone indexes."""

import html
import re
from datetime import date

import pytest

from search_ui.app import create_app
from search_ui.examples import period_example, rubric_example, source_example


@pytest.fixture(scope="module")
def default_client(default_index):
    return create_app({"TESTING": True, "INDEX_DIR": str(default_index)}).test_client()


def example_links(page: str) -> list[str]:
    """The hrefs of the syntax examples, as the home page shows them."""
    block = page.split('<dl class="syntax">', 1)[1].split("</dl>", 1)[0]
    return [html.unescape(href) for href in re.findall(r'<a href="([^"]+)"', block)]


def test_the_home_page_describes_the_default_corpus(default_client):
    page = default_client.get("/").get_data(as_text=True)
    assert "934 статьи" in page
    assert "Викиновости" in page and "Sputnik Беларусь" in page


def test_every_home_page_example_finds_articles(default_client):
    links = example_links(default_client.get("/").get_data(as_text=True))
    assert len(links) == 11  # ten syntax examples and the period
    for link in links:
        query = link.split("?", 1)[1]
        found = default_client.get(f"/api/search?{query}").get_json()
        assert found["total"] > 0 and not found["partial"], link


@pytest.mark.parametrize(
    ("rubrics", "expected"),
    [
        ({"Интеграция Беларуси и России: 25 лет": 1}, "rubric:интеграция"),
        ({"Мир": 3, "Бывший СССР": 5}, "rubric:бывший"),
        ({}, "rubric:политика"),
    ],
)
def test_rubric_example_takes_the_biggest_rubric(rubrics, expected):
    assert rubric_example(rubrics) == expected


@pytest.mark.parametrize(
    ("sources", "expected"),
    [({"Викиновости": 933, "Sputnik Беларусь": 1}, "source:Викиновости"),
     ({"RT": 1, "Sputnik Беларусь": 2}, 'source:"Sputnik Беларусь"')],
)  # fmt: skip
def test_source_example_takes_the_biggest_source(sources, expected):
    assert source_example(sources) == expected


def test_the_period_runs_from_the_newest_year_to_its_month():
    period = period_example({"last_date": date(2024, 2, 10)})
    assert (period.start, period.end, period.label) == (
        date(2024, 1, 1), date(2024, 2, 29), "с 2024 по 2024-02"
    )  # fmt: skip
    assert period_example({"last_date": None}) is None
