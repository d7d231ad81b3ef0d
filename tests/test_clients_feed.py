"""The Atom feed per query, read with feedparser as feed readers read it."""

import feedparser
import pytest

from indexer import build_index
from search_ui.app import create_app
from search_ui.feed import xml_text
from tests.support import write_jsonl


def article(n: int, date: str | None, title: str, text: str = "Ледоход на реке.") -> dict:
    record = {"url": f"https://example.ru/river/{n}", "source": "Речной вестник",
              "title": title, "summary": "Лёд тронулся.", "topic": "Природа",
              "content": f"{text} Заметка номер {n}."}  # fmt: skip
    return record | ({"date": date} if date else {})


ARTICLES = [
    article(1, "2024-03-01", "Ледоход начался в Твери"),
    article(2, "2024-03-05", "Ледоход дошёл до Москвы"),
    article(3, None, "Ледоход без даты"),
    article(4, "2024-03-03", "Футбол: матч перенесли", "Поле замёрзло."),
]
LATE = article(5, "2024-04-10", "Ледоход закончился, реки свободны")


@pytest.fixture
def river(tmp_path):
    """An index of the river articles and a client of the site over it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "river.jsonl", ARTICLES)
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir, full=True, jobs=1, progress=False)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    return corpus, index_dir, app.test_client()


def parse(response) -> feedparser.FeedParserDict:
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_the_feed_lists_dated_matches_newest_first(river):
    _, _, client = river
    feed = parse(client.get("/feed", query_string={"q": "ледоход"}))
    assert feed.version == "atom10"
    assert feed.feed.title == "Новости по запросу «ледоход»"
    assert [e.title for e in feed.entries] == ["Ледоход дошёл до Москвы", "Ледоход начался в Твери"]
    assert "Без даты и поэтому не в ленте: 1" in feed.feed.subtitle
    first = feed.entries[0]
    assert first.id.startswith("urn:news-search:article:")
    assert first.link.startswith("http://localhost/article/")
    assert [link.href for link in first.links if link.rel == "related"] == [
        "https://example.ru/river/2"
    ]
    assert first.published_parsed[:3] == (2024, 3, 5)
    assert first.updated_parsed[:3] == (2024, 3, 5)
    assert first.author == "Речной вестник"
    assert first.tags[0].term == "Природа"
    # The snippet, lead and body; feedparser, like most readers, drops the <mark> around the
    # query's words.
    assert first.summary == "Лёд тронулся. Ледоход на реке. Заметка номер 2."


def test_the_feed_keeps_the_filters_of_the_search(river):
    _, _, client = river
    feed = parse(client.get("/feed", query_string={"q": "ледоход", "from": "2024-03-02"}))
    assert [e.title for e in feed.entries] == ["Ледоход дошёл до Москвы"]


def test_the_feed_links_itself_and_its_results_page_by_absolute_urls(river):
    """The self link keeps the filters (not the feed's own order and size); the page link
    shows the same newest-first search, as typed."""
    _, _, client = river
    feed = parse(client.get("/feed", query_string={"q": "ледоход", "source": "Речной вестник"}))
    links = {link.rel: link.href for link in feed.feed.links}
    query = (
        "q=%D0%BB%D0%B5%D0%B4%D0%BE%D1%85%D0%BE%D0%B4"  # ледоход
        "&source=%D0%A0%D0%B5%D1%87%D0%BD%D0%BE%D0%B9+%D0%B2%D0%B5%D1%81%D1%82%D0%BD%D0%B8%D0%BA"
    )
    assert links["self"] == f"http://localhost/feed?{query}"
    assert links["alternate"] == f"http://localhost/?{query}&sort=date&as_typed=1"
    assert feed.feed.id == f"urn:news-search:feed:{query}"


def test_a_feed_reader_polling_gets_304_until_a_rebuild_adds_an_article(river):
    corpus, index_dir, client = river
    first = client.get("/feed", query_string={"q": "ледоход"})
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get("/feed?q=ледоход", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/feed?q=ледоход", headers={"If-Modified-Since": modified}).status_code == 304

    write_jsonl(corpus / "late.jsonl", [LATE])
    build_index([corpus], index_dir, jobs=1, progress=False)
    again = client.get("/feed?q=ледоход", headers={"If-None-Match": etag})
    titles = [e.title for e in parse(again).entries]
    assert titles[0] == "Ледоход закончился, реки свободны"
    assert len(titles) == 3
    assert again.headers["ETag"] != etag


def test_the_results_page_links_its_feed(client):
    html = client.get("/", query_string={"q": "собянин", "source": "Пример"}).get_data(as_text=True)
    link = '<link rel="alternate" type="application/atom+xml" title="Лента: собянин"'
    assert link in html
    assert 'href="/feed?q=%D1%81%D0%BE%D0%B1%D1%8F%D0%BD%D0%B8%D0%BD&amp;source=' in html


def test_the_linked_feed_parses(client):
    feed = parse(client.get("/feed", query_string={"q": "собянин", "source": "Пример"}))
    assert [e.title for e in feed.entries] == ["Собянин встретился с Лукашенко в Минске"]


def test_the_feed_follows_the_query_as_typed_not_its_correction(tmp_path):
    spring = [article(n, f"2024-03-{n:02d}", f"Ледоход номер {n}") for n in range(1, 8)]
    build_index([write_jsonl(tmp_path / "spring.jsonl", spring)], tmp_path / "index",
                full=True, jobs=1, progress=False)  # fmt: skip
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index")}).test_client()
    typed = "ktlj[jl"  # "ледоход" in the Latin layout
    page = client.get("/api/search", query_string={"q": typed}).get_json()
    assert page["corrected_from"] == typed and page["total"] == 7  # the page corrects it
    feed = parse(client.get("/feed", query_string={"q": typed}))
    assert feed.entries == []
    assert feed.feed.subtitle == "Статей со всеми словами запроса пока нет."


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Ледоход\x0bна реке", "Ледоходна реке"), ("a\x00b\x1fc", "abc"), ("\ud800x\ufffe", "x"),
     ("таб\tи\nстрока", "таб\tи\nстрока"), ("эмодзи 🧊", "эмодзи 🧊")],
)  # fmt: skip
def test_text_xml_forbids_is_left_out(text, kept):
    assert xml_text(text) == kept


def test_an_article_with_control_characters_still_gives_a_valid_feed(tmp_path):
    odd = article(1, "2024-03-01", "Ледоход\x0b\x1b[31m в\x00 цвете", "Ледоход\x07 и \x0cлёд.")
    build_index([write_jsonl(tmp_path / "odd.jsonl", [odd])], tmp_path / "index",
                full=True, jobs=1, progress=False)  # fmt: skip
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index")}).test_client()
    feed = parse(client.get("/feed", query_string={"q": "ледоход"}))
    assert len(feed.entries) == 1
    assert "в" in feed.entries[0].title and "\x0b" not in feed.entries[0].title


@pytest.mark.parametrize(
    "params",
    [{}, {"q": ""}, {"q": "   "}, {"q": "\x00"}, {"q": "и в на"}, {"q": "<script>"},
     {"q": "ледоход", "from": "2024-99-99", "year": "abc", "sort": "x", "page": "-1"}],
)  # fmt: skip
def test_any_feed_request_is_a_feed_or_a_clear_error(client, params):
    response = client.get("/feed", query_string=params)
    if response.status_code == 200:
        parse(response)
    else:
        assert response.status_code == 400
        assert "Укажите запрос" in response.get_data(as_text=True)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
