"""Hostile pages: markup stored in articles and sent in queries is inert on every page and in
the JSON API, every response carries the security headers, and nothing outside the index and
the static folder can be read, through the test client or raw requests to waitress.
"""

import html
import os
import re
import socket
from pathlib import Path

import pytest
from markupsafe import escape

from indexer.engine.results import SearchRequest
from indexer.engine.search import SearchEngine
from indexer.writing.build import build_index
from search_ui.app import create_app
from tests.support import REPO, Server, site_scripts, write_jsonl

TEMPLATES = REPO / "search_ui" / "templates"
STATIC = REPO / "search_ui" / "static"

SCRIPT_TITLE = "<script>alert('title')</script> Хакеры взломали сайт"
EVIL_URL = "https://example.ru/x?a=\"><script>alert('url')</script>"
EVIL_SOURCE = "<b onmouseover=alert('source')>Злой источник</b>"
EVIL_RUBRIC = "<script>alert('rubric')</script>"
# Readers strip tags and unescape entities, so escaped markup is what reaches the index as text.
RECORDS = [
    {
        "url": EVIL_URL,
        "title": html.escape(SCRIPT_TITLE),
        "summary": "&lt;img src=x onerror=alert('lead')&gt; Лид про хакеров",
        "text": "Хакеры &lt;iframe src=javascript:alert('body')&gt;&lt;/iframe&gt; и "
        "&lt;svg onload=alert(1)&gt; в тексте.\n\n"
        "&lt;/p&gt;&lt;script&gt;alert('p')&lt;/script&gt;",
        "source": EVIL_SOURCE,
        "topic": EVIL_RUBRIC,
        "tags": ["<kw onclick=alert(1)>", "хакеры"],
        "date": "2020-01-02",
    },
    {
        "url": "javascript:alert('url')",
        "title": "Хакеры и ссылка на скрипт",
        "text": "Статья о хакерах со ссылкой javascript:alert(1) в тексте.",
        "source": "Обычный источник",
        "date": "2020-01-03",
    },
]
HOSTILE_QUERIES = [
    "<script>alert('q')</script>хакеры",
    "\"><svg onload=alert('q')>хакеры",
    "хакеры' onmouseover='alert(1)",
    "javascript:alert(1)",
    "хакеры </title><b>",
]


def template_tags() -> set[str]:
    """The tag names the site's own templates write, and <mark> from the highlighter."""
    source = "".join(path.read_text() for path in TEMPLATES.glob("*.html"))
    return {name.lower() for name in re.findall(r"<([a-zA-Z][\w-]*)", source)} | {"mark"}


ALLOWED_TAGS = template_tags()
TAG = re.compile(r"<([a-zA-Z][\w-]*)([^>]*)>")


def assert_inert(page: str) -> None:
    """Only the templates' own tags, no event handler, no link but to the site or http(s)."""
    for name, attributes in TAG.findall(page):
        assert name.lower() in ALLOWED_TAGS, f"<{name}{attributes}>"
        names_only = re.sub(r'"[^"]*"', '""', attributes)  # values are quoted and escaped
        assert not re.search(r"\bon\w+\s*=", names_only), f"<{name}{attributes}>"
        assert not re.search(r"=\s*[^\"\s]", names_only), f"<{name}{attributes}>"  # unquoted
        for url in re.findall(r'\b(?:href|src|action)="([^"]*)"', attributes):
            assert url.startswith(("/", "#", "http://", "https://")), f"<{name}{attributes}>"
    assert re.findall(r"<script[^>]*>", page) == site_scripts()


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory) -> Path:
    corpus = write_jsonl(tmp_path_factory.mktemp("hostile_pages") / "news.jsonl", RECORDS)
    index_dir = corpus.parent / "index"
    build_index([corpus], index_dir, full=True, jobs=1, progress=False)
    return index_dir


@pytest.fixture(scope="module")
def ids(hostile_index) -> dict[str, str]:
    """The ids of the two articles: "script" (markup everywhere) and "js" (a javascript: URL)."""
    hits = SearchEngine(hostile_index).search(SearchRequest(q="хакеры", sort="date")).hits
    return {"js": hits[0].id, "script": hits[1].id}


@pytest.fixture
def hostile(hostile_index):
    return create_app({"TESTING": True, "INDEX_DIR": str(hostile_index)}).test_client()


def test_the_markup_reaches_the_index_as_text(hostile_index, ids):
    engine = SearchEngine(hostile_index)
    view = engine.article(ids["script"])
    assert view.title == SCRIPT_TITLE and view.url == EVIL_URL
    assert (view.source, view.rubric) == (EVIL_SOURCE, EVIL_RUBRIC)
    assert "<iframe" in "".join(view.paragraphs_html).replace("&lt;", "<")
    assert engine.article(ids["js"]).url == ""  # readers keep http(s) URLs only


def page_paths(ids: dict[str, str]) -> list[str]:
    script, js = ids["script"], ids["js"]
    return [
        "/",
        "/?q=хакеры",
        "/?q=хакеры&sort=date",
        f"/?q=хакеры&source={EVIL_SOURCE}",
        f"/?q=хакеры&rubric={EVIL_RUBRIC}",
        "/?q=хакерз",  # a suggestion
        f"/article/{script}",
        f"/article/{script}?q=хакеры скрипт",
        f"/article/{js}",
    ]


def test_stored_markup_is_inert_on_every_page(hostile, ids):
    for path in page_paths(ids):
        response = hostile.get(path)
        assert response.status_code == 200, path
        assert_inert(response.get_data(as_text=True))


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_a_hostile_query_is_inert_on_every_page(hostile, ids, q):
    for path in ("/", f"/article/{ids['script']}", "/nope"):
        response = hostile.get(path, query_string={"q": q})
        assert response.status_code in (200, 404)
        assert_inert(response.get_data(as_text=True))


def test_the_article_page_shows_the_markup_as_text(hostile, ids):
    page = hostile.get(f"/article/{ids['script']}?q=хакеры").get_data(as_text=True)
    shown = html.unescape(re.sub(r"</?mark>", "", page))
    for text in (SCRIPT_TITLE, EVIL_SOURCE, EVIL_RUBRIC, "<kw onclick=alert(1)>"):
        assert text in shown, text
    assert f'href="{escape(EVIL_URL)}"' in page  # quotes and brackets escaped in the link


@pytest.mark.parametrize("q", ["хакеры", *HOSTILE_QUERIES])
def test_the_api_never_holds_raw_markup(hostile, ids, q):
    for path in ("/api/search", f"/api/article/{ids['script']}", f"/api/article/{ids['js']}"):
        response = hostile.get(path, query_string={"q": q})
        raw = response.get_data(as_text=True)
        assert response.status_code == 200 and "<" not in raw and ">" not in raw
        data = response.get_json()
        search = path == "/api/search"
        for url in [hit["url"] for hit in data["results"]] if search else [data["url"]]:
            assert "javascript:" not in url, (path, url)
        for value in (data.get("title_html", ""), *data.get("paragraphs_html", [])):
            assert "<script" not in value and "<iframe" not in value and "<svg" not in value


def test_the_api_search_gives_the_javascript_url_article_without_its_url(hostile, ids):
    results = hostile.get("/api/search", query_string={"q": "хакеры"}).get_json()["results"]
    assert {hit["id"]: hit["url"] for hit in results} == {ids["js"]: "", ids["script"]: EVIL_URL}


def test_the_api_gives_the_stored_text_back_unchanged(hostile, ids):
    data = hostile.get(f"/api/article/{ids['script']}").get_json()
    assert (data["title"], data["url"], data["source"]) == (SCRIPT_TITLE, EVIL_URL, EVIL_SOURCE)
    assert data["rubric"] == EVIL_RUBRIC and "<kw onclick=alert(1)>" in data["keywords"]
    assert data["title_html"].startswith("&lt;script&gt;alert(")


# Headers on every kind of response


def responses(client, ids) -> dict[str, object]:
    paths = page_paths(ids) + [
        "/api/search?q=хакеры",
        f"/api/article/{ids['script']}",
        "/static/app.js",
        "/static/style.css",
        "/nope",
        "/api/nope",
        "/article/xyz",
        "/static/../../etc/passwd",
    ]
    found = {path: client.get(path) for path in paths}
    found["POST /"] = client.post("/")
    found["POST /api/search"] = client.post("/api/search")
    return found


def test_every_response_carries_the_security_headers(hostile, ids, tmp_path):
    found = responses(hostile, ids)
    missing = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")}).test_client()
    found["503 page"], found["503 api"] = missing.get("/?q=x"), missing.get("/api/search?q=x")
    for label, response in found.items():
        headers = response.headers
        csp = headers.get("Content-Security-Policy", "")
        for directive in ("default-src 'self'", "script-src 'self'", "object-src 'none'",
                          "base-uri 'none'", "frame-ancestors 'none'"):  # fmt: skip
            assert directive in csp, (label, directive)
        assert "unsafe" not in csp, label
        assert headers.get("X-Content-Type-Options") == "nosniff", label
        assert headers.get("X-Frame-Options") == "DENY", label
        response.close()


# Ids and paths

NOT_IDS = ["xyz", "0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "0123456789abcdeg",
           "０１２３４５６７８９ａｂｃｄｅｆ", "0123456789abcdef%00", "%000123456789abcdef",
           "0123456789abcdef.json", "%200123456789abcdef", "0123456789abcdef;x", "0x0123456789abcd",
           "..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
           "....//....//etc//passwd", "*", "%2a", "0123456789abcdef/"]  # fmt: skip


@pytest.mark.parametrize("not_an_id", NOT_IDS)
def test_article_urls_take_ids_only(hostile, not_an_id):
    for prefix in ("/article/", "/api/article/"):
        response = hostile.get(prefix + not_an_id, follow_redirects=True)
        assert response.status_code == 404, prefix + not_an_id


TRAVERSALS = [
    "/static/../../etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2e%2e/__init__.py",
    "/static/..%2f__init__.py",
    "/static/..%5c__init__.py",
    "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
    "/static/../templates/base.html",
    "/static/%2e%2e/templates/base.html",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/app.js%00.txt",
    "/static/app.js/../../app.py",
    "/article/..%2f..%2fetc%2fpasswd",
    "/api/article/..%2f..%2fetc%2fpasswd",
    "/article/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/..%2f..%2fetc%2fpasswd",
    "//etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
]


def secrets(index_dir: Path) -> list[str]:
    """Lines of files outside what the site serves, which no response may contain."""
    return [
        "root:x:0:0",  # /etc/passwd
        "def create_app(",  # search_ui/app.py
        "{% block",  # a template's source
        "[build-system]",  # pyproject.toml
        f'"{index_dir.parent}',  # the manifest beside the index: a corpus path in quotes
    ]


def traversals_to(index_dir: Path) -> list[str]:
    """The paths above, plus relative ones from the static folder to the index's files."""
    up = os.path.relpath(index_dir, STATIC)
    encoded = up.replace("/", "%2f")
    return TRAVERSALS + [f"/static/{up}/manifest.json", f"/static/{encoded}/_MAIN_1.toc"]


def test_nothing_outside_the_site_can_be_read(hostile, hostile_index):
    for path in traversals_to(hostile_index):
        response = hostile.get(path, follow_redirects=True)
        body = response.get_data(as_text=True)
        assert response.status_code in (400, 404), path
        assert not any(secret in body for secret in secrets(hostile_index)), path


# The same against waitress: raw request lines, nothing normalised by a client library


@pytest.fixture(scope="module")
def server(hostile_index, tmp_path_factory):
    """waitress serving the hostile index, as in production: its port."""
    log = tmp_path_factory.mktemp("waitress") / "server.log"
    with Server(hostile_index, log, workers=1) as site:
        yield site.port


def raw_get(port: int, target: str) -> tuple[int, str, str]:
    """The status, the headers and the body of GET `target`, sent byte for byte."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            request = f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            sock.sendall(request.encode())
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
    except OSError:
        return 0, "", ""
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return int(head.split()[1]), head.decode("latin-1"), body.decode("utf-8", "replace")


def test_raw_traversal_requests_to_waitress_read_nothing(server, hostile_index):
    targets = traversals_to(hostile_index) + [
        "http://127.0.0.1/static/../__init__.py",  # absolute form
        "/static/.%2e/__init__.py",
        "/static/%252e%252e/__init__.py",  # double encoded
        "/static/..\\__init__.py",
    ]
    for target in targets:
        status, _, body = raw_get(server, target)
        assert status in (301, 302, 308, 400, 404), (target, status)
        assert not any(secret in body for secret in secrets(hostile_index)), target


def test_waitress_sends_the_headers_too(server):
    status, head, _ = raw_get(server, "/?q=x")
    head = head.lower()
    assert status == 200
    assert "content-security-policy: default-src 'self'" in head
    assert "x-content-type-options: nosniff" in head and "x-frame-options: deny" in head
