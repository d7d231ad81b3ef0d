"""The browser's search bar: completions, /api/suggest and /opensearch.xml."""

import threading
from concurrent.futures import ThreadPoolExecutor
from xml.etree import ElementTree as ET

import numpy as np
import pytest

from indexer import SearchEngine, build_index
from indexer.engine import complete
from indexer.engine.complete import Packed, Vocabulary, completions, prefix_range
from search_ui.engine import get_engine
from tests.support import engine_of, write_jsonl

OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"


@pytest.fixture
def vocabulary() -> Vocabulary:
    """A hand-made vocabulary: words with the number of articles holding each, and titles."""
    counts = {"выбор": 40, "выборы": 30, "выборах": 12, "выбросы": 3, "президент": 50,
              "президента": 20, "презентация": 2, "москва": 9}  # fmt: skip
    words = sorted(counts)
    titles = {
        "выборы президента прошли": "Выборы президента прошли",
        "москва, мост": "Москва, мост",
    }
    keys = sorted(titles)
    counted = np.array([counts[w] for w in words])
    return Vocabulary(Packed(words), counted, keys, [titles[k] for k in keys])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # The most frequent words first, then titles that start with the text.
        ("выб", ["выбор", "выборы", "выборах", "выбросы", "Выборы президента прошли"]),
        ("през", ["президент", "президента", "презентация"]),
        # Only the last word is completed; the words before it stay as typed.
        (
            "выборы през",
            [
                "выборы президент",
                "выборы президента",
                "выборы презентация",
                "Выборы президента прошли",
            ],
        ),  # fmt: skip
        # Titles are shown as written.
        ("выборы президента прош", ["Выборы президента прошли"]),
        ("Москва, м", ["Москва, москва", "Москва, мост"]),
        # Capitals and ё do not matter.
        ("ВЫБ", ["выбор", "выборы", "выборах", "выбросы", "Выборы президента прошли"]),
        # Query syntax before the word is kept.
        ("title:през", ["title:президент", "title:президента", "title:презентация"]),
        ('"москв', ['"москва']),
        # A word already whole is not offered again, but titles starting with it are.
        ("москва", ["Москва, мост"]),
        ("выборы ", ["Выборы президента прошли"]),
        # Nothing matches, nothing typed: nothing offered.
        ("ъъъ", []),
        ("", []),
        ("  ", []),
    ],
)
def test_completions(vocabulary, typed, expected):
    assert completions(vocabulary, typed) == expected


def test_packed_words_read_like_a_sorted_list():
    words = sorted(["выбор", "выборы", "ёж", "a", "москва-река"])
    packed = Packed(words)
    assert len(packed) == 5
    assert list(packed) == words
    assert prefix_range(packed, "выб") == prefix_range(words, "выб") == (1, 3)
    assert prefix_range(packed, "я") == (4, 4)


def test_short_prefixes_are_ranked_once_and_only_when_words_have_them(vocabulary):
    assert completions(vocabulary, "в") == completions(vocabulary, "в")
    assert completions(vocabulary, "ъъ") == []
    assert set(vocabulary.short) == {"в"}
    assert vocabulary.short["в"] == ["выбор", "выборы", "выборах", "выбросы"]


class PlainSegment:
    """A segment seen only through Whoosh's public reader API."""

    def iter_field(self, name):
        terms = {"title": [(b"!\xd0\xb2\xd1\x8b", 3)], "body": [(b"\xd0\xb2\xd1\x8b", 5)]}
        return [(raw, type("Info", (), {"doc_frequency": lambda self, n=n: n})()) for raw, n in
                terms.get(name, [])]  # fmt: skip


def test_terms_are_read_through_the_public_api_when_whoosh_internals_change():
    assert list(complete.segment_terms(PlainSegment())) == [
        ("title", "!вы".encode(), 3),
        ("body", "вы".encode(), 5),
    ]


def test_completions_stop_at_the_limit(vocabulary):
    assert completions(vocabulary, "в", limit=2) == ["выбор", "выборы"]


@pytest.mark.parametrize(
    ("typed", "first", "title"),
    [
        ("собян", "собянин", "Собянин встретился с Лукашенко в Минске"),
        ("Собянин встр", "Собянин встретился", "Собянин встретился с Лукашенко в Минске"),
        ("выборы през", "выборы президент", None),
    ],
)
def test_the_engine_completes_from_the_index(engine, typed, first, title):
    found = engine.complete(typed)
    words = [f for f in found if f != title]
    assert found[0] == first
    assert all(w.lower().startswith(typed.lower()) for w in words)
    assert (found[-1] == title) if title else (title not in found)


@pytest.fixture
def ready_client(app):
    """A client of a site whose engine has read its vocabulary."""
    with app.app_context():
        get_engine().complete("а", wait=True)
    return app.test_client()


def test_suggestions_wait_for_no_vocabulary(tiny_index, monkeypatch):
    """The site never holds a request while a generation's words are read: it answers
    with no suggestions and has them once the reading is done."""
    release = threading.Event()
    real = complete.build_vocabulary
    monkeypatch.setattr(complete, "build_vocabulary", lambda r: release.wait(10) and real(r))
    engine = SearchEngine(tiny_index)
    assert engine.complete("собян", wait=False) == []
    release.set()
    assert engine.complete("собян")[0] == "собянин"


def test_suggest_answers_in_the_opensearch_format(ready_client):
    client = ready_client
    response = client.get("/api/suggest", query_string={"q": "собян"})
    assert response.status_code == 200
    assert response.mimetype == "application/x-suggestions+json"
    text, found = response.get_json(force=True)
    assert text == "собян"
    assert found[0] == "собянин"
    assert "Собянин встретился с Лукашенко в Минске" in found
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("q", ["", "   ", "\x00\x01", "<script>", "а" * 5000, '"""', "*", "-"])
def test_suggest_takes_any_text(client, q):
    response = client.get("/api/suggest", query_string={"q": q})
    assert response.status_code == 200
    text, found = response.get_json(force=True)
    assert isinstance(text, str) and len(text) <= 500
    assert all(isinstance(s, str) for s in found)
    assert "<" not in response.get_data(as_text=True)


def test_opensearch_description(client):
    response = client.get("/opensearch.xml")
    assert response.mimetype == "application/opensearchdescription+xml"
    root = ET.fromstring(response.data)
    assert root.tag == f"{OPENSEARCH}OpenSearchDescription"
    assert root.find(f"{OPENSEARCH}ShortName").text == "Новостной архив"
    urls = {u.get("type"): u.get("template") for u in root.iter(f"{OPENSEARCH}Url")}
    assert urls["text/html"] == "http://localhost/?q={searchTerms}"
    assert urls["application/x-suggestions+json"] == "http://localhost/api/suggest?q={searchTerms}"


def test_every_page_links_the_opensearch_description(client):
    for path in ("/", "/?q=собянин"):
        html = client.get(path).get_data(as_text=True)
        assert '<link rel="search" type="application/opensearchdescription+xml"' in html
        assert 'href="/opensearch.xml"' in html


def test_one_thread_builds_a_generations_vocabulary_while_the_others_wait(tiny_index, monkeypatch):
    built = []
    real = complete.build_vocabulary
    monkeypatch.setattr(
        complete, "build_vocabulary", lambda reader: built.append(1) or real(reader)
    )
    engine = SearchEngine(tiny_index)  # a new engine: a searcher no vocabulary was built for
    with ThreadPoolExecutor(8) as pool:
        found = list(pool.map(engine.complete, ["собян"] * 16))
    assert built == [1]
    assert all(f == found[0] for f in found) and found[0][0] == "собянин"


def test_a_rebuild_brings_its_new_words(tmp_path):
    def article(n: int, title: str) -> dict:
        return {"url": f"https://example.ru/{n}", "source": "Вестник", "title": title,
                "content": f"{title}. Текст заметки."}  # fmt: skip

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1, "Ледоход на Волге")])
    build_index([corpus], tmp_path / "index", full=True, jobs=1, progress=False)
    engine = SearchEngine(tmp_path / "index")
    assert engine.complete("ледо") == ["ледоход", "Ледоход на Волге"]
    write_jsonl(corpus / "b.jsonl", [article(2, "Ледокол вышел в море")])
    build_index([corpus], tmp_path / "index", jobs=1, progress=False)
    assert engine.complete("ледо") == ["ледокол", "ледоход", "Ледокол вышел в море",
                                       "Ледоход на Волге"]  # fmt: skip


def test_a_rare_reading_is_not_offered_as_a_word(tmp_path):
    # «Киеве», «Киев» read weakly as кий (a cue): the articles use «Киев», not «кий».
    engine = engine_of(tmp_path, [("В Киеве прошёл митинг", "", "Митинг в Киеве. Киев, Киев.")])
    found = engine.complete("ки", wait=True)
    assert "киев" in found and "кий" not in found
