"""Export for analysts: CSV and JSON Lines read back with Python's csv and json modules."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

import search_ui.export
from indexer import SearchRequest, build_index
from indexer.engine.export import excel_safe
from search_ui.app import create_app

REPO = Path(__file__).resolve().parents[1]
HEADER = ["date", "source", "rubric", "title", "url", "lead"]


def article(n: int, date: str | None, title: str, lead: str, source: str = "Вестник") -> dict:
    record = {"url": f"https://example.ru/a/{n}", "source": source, "title": title,
              "summary": lead, "topic": "Экономика, финансы",
              "content": f"Биржа и рубль. Заметка {n}."}  # fmt: skip
    return record | ({"date": date} if date else {})


ARTICLES = [
    article(1, "2024-05-01", "Рубль, доллар и евро: что дальше", 'Аналитики сказали: "ждём".'),
    article(2, "2024-05-03", '=HYPERLINK("http://evil") биржа', "-1 процент\nза день"),
    article(3, None, "Биржа без даты", "@все читайте", source="Другой, с запятой"),
]


@pytest.fixture(scope="module")
def market(tmp_path_factory) -> Path:
    """An index of three articles whose titles and leads have commas, quotes and formulas."""
    root = tmp_path_factory.mktemp("market")
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
    (root / "market.jsonl").write_text(lines)
    build_index([root / "market.jsonl"], root / "index", full=True, jobs=1, progress=False)
    return root / "index"


@pytest.fixture
def market_client(market):
    return create_app({"TESTING": True, "INDEX_DIR": str(market)}).test_client()


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_reads_back_with_russian_text_commas_quotes_and_line_breaks(market_client):
    response = market_client.get("/api/export.csv", query_string={"q": "биржа", "sort": "date"})
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.is_streamed
    rows = read_csv(response.data)
    assert rows[0] == HEADER
    assert rows[1:] == [
        ["2024-05-03", "Вестник", "Экономика, финансы", "'=HYPERLINK(\"http://evil\") биржа",
         "https://example.ru/a/2", "'-1 процент\nза день"],
        ["2024-05-01", "Вестник", "Экономика, финансы", "Рубль, доллар и евро: что дальше",
         "https://example.ru/a/1", 'Аналитики сказали: "ждём".'],
        ["", "Другой, с запятой", "Экономика, финансы", "Биржа без даты",
         "https://example.ru/a/3", "'@все читайте"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+7 999", "'+7 999"), ("-1 процент", "'-1 процент"),
     ("@все", "'@все"), ("\x00=1+1", "'=1+1"), ("a\x00b\x1bc", "abc"),
     ("таб\tи\nстрока", "таб\tи\nстрока"), ("Рубль, доллар", "Рубль, доллар"), ("", "")],
)  # fmt: skip
def test_cells_are_text_to_excel(value, cell):
    assert excel_safe(value) == cell


def test_jsonl_reads_back_one_object_per_article(market_client):
    response = market_client.get("/api/export.jsonl", query_string={"q": "биржа", "sort": "date"})
    records = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert [r["title"] for r in records] == [
        '=HYPERLINK("http://evil") биржа',
        "Рубль, доллар и евро: что дальше",
        "Биржа без даты",
    ]
    assert [r["date"] for r in records] == ["2024-05-03", "2024-05-01", None]
    assert records[0]["lead"] == "-1 процент\nза день"
    assert set(records[0]) == {"id", *HEADER}


def test_export_keeps_the_filters(market_client):
    params = {"q": "биржа", "source": "Другой, с запятой"}
    rows = read_csv(market_client.get("/api/export.csv", query_string=params).data)
    assert [r[3] for r in rows[1:]] == ["Биржа без даты"]


def test_a_reached_limit_is_said_in_the_file_and_its_name(market_client, monkeypatch):
    monkeypatch.setattr(search_ui.export, "EXPORT_LIMIT", 2)
    response = market_client.get("/api/export.csv", query_string={"q": "биржа", "sort": "date"})
    rows = read_csv(response.data)
    assert len(rows) == 1 + 2 + 1
    assert rows[-1][3] == "Выгрузка ограничена: первые 2 из 3 статей."
    assert response.headers["X-Total-Count"] == "3"
    disposition = response.headers["Content-Disposition"]
    assert 'filename="news-export-first-2.csv"' in disposition
    assert unquote(disposition.split("UTF-8''")[1]) == "новости-биржа-первые-2.csv"
    jsonl = market_client.get("/api/export.jsonl", query_string={"q": "биржа"})
    last = json.loads(jsonl.get_data(as_text=True).splitlines()[-1])
    assert last == {"note": "Выгрузка ограничена: первые 2 из 3 статей.", "total": 3, "limit": 2}


def test_the_file_name_is_the_query(market_client):
    response = market_client.get("/api/export.jsonl", query_string={"q": 'title:"биржа"'})
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="news-export.jsonl"; ')
    assert unquote(disposition.split("UTF-8''")[1]) == "новости-titleбиржа.jsonl"


def test_export_reads_the_generation_it_started_on(market):
    from indexer import SearchEngine

    matches = SearchEngine(market).matches(SearchRequest(q="биржа"))
    # The engine is gone; the rows are still read from its snapshot.
    assert len(list(matches.rows())) == 3


@pytest.mark.parametrize(
    "params",
    [{}, {"q": ""}, {"q": " \x00 "}, {"q": "и на"}, {"q": "<script>alert(1)</script>"},
     {"q": '"""'}, {"q": "биржа", "sort": "x", "from": "2024-13-40", "year": "abc"}],
)  # fmt: skip
@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_any_export_request_is_a_file_or_a_json_error(market_client, params, kind):
    response = market_client.get(f"/api/export.{kind}", query_string=params)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    if response.status_code == 400:
        assert response.get_json()["error"]["message"].startswith("Укажите запрос")
    else:
        assert response.status_code == 200
        assert response.headers["Content-Disposition"].startswith("attachment;")


def test_the_results_page_links_the_csv(client):
    html = client.get("/", query_string={"q": "стали", "sort": "date"}).get_data(as_text=True)
    href = "/api/export.csv?q=%D1%81%D1%82%D0%B0%D0%BB%D0%B8&amp;sort=date"
    assert f'<a class="clients__csv" href="{href}" download>Скачать CSV</a>' in html


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_the_command_line_exports_the_same(market, kind):
    cmd = [sys.executable, "-m", "indexer", "search", "биржа", "--index", str(market),
           "--format", kind, "--sort", "date", "--limit", "2"]  # fmt: skip
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, check=True)
    if kind == "csv":
        rows = read_csv(done.stdout)
        assert [r[3] for r in rows[1:]] == [
            '\'=HYPERLINK("http://evil") биржа',
            "Рубль, доллар и евро: что дальше",
            "Выгрузка ограничена: первые 2 из 3 статей.",
        ]
    else:
        lines = done.stdout.decode().splitlines()
        assert [json.loads(line).get("title") for line in lines] == [
            '=HYPERLINK("http://evil") биржа',
            "Рубль, доллар и евро: что дальше",
            None,
        ]
