"""Where each article's body paragraphs begin, kept in the index for the ranking
(engine/paragraphs.py) and read back document by document, segment by segment."""

from indexer import SearchEngine, SearchRequest, build_index
from indexer.engine.paragraphs import one_paragraph
from indexer.text.analysis import paragraph_starts
from indexer.writing import build
from indexer.writing.schema import document, make_schema
from tests.support import write_jsonl


def news(n: int, body: str) -> dict:
    return {"url": f"https://example.ru/{n}", "title": f"Новость {n}", "body": body,
            "date": "2020-01-01", "source": "test"}  # fmt: skip


BODIES = [
    "Мост закрыли на ремонт.\nОбъезд по новой дороге.\nРаботы продлятся месяц.",
    "Один абзац без переносов строк.",
    "Первый абзац.\nВторой, после первого.",
]


def read_back(index_dir) -> dict[str, list[int]]:
    """Each article's body → its paragraph starts as the engine reads them."""
    with SearchEngine(index_dir).current().leased() as snap:
        live = [d for d in range(snap.searcher.reader().doc_count_all()) if snap.table.live[d]]
        return {snap.stored(d)["body"]: snap.paragraphs.starts(d) for d in live}


def test_each_body_gives_back_where_its_paragraphs_begin_in_every_segment(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [news(n, body) for n, body in enumerate(BODIES)])
    build_index([corpus], index_dir, jobs=1, progress=False)
    later = "Новый абзац.\nЕщё один абзац текста.\nИ третий."
    write_jsonl(corpus / "b.jsonl", [news(9, later)])  # a second segment
    build_index([corpus], index_dir, jobs=1, progress=False)
    assert read_back(index_dir) == {
        BODIES[0]: [4, 8], BODIES[1]: [], BODIES[2]: [2], later: [2, 6]
    }  # fmt: skip
    assert all(read_back(index_dir)[body] == paragraph_starts(body) for body in BODIES)


def test_two_positions_are_in_one_paragraph_when_no_paragraph_begins_between_them():
    assert one_paragraph([4, 8], 4, 7) and one_paragraph([4, 8], 0, 3)
    assert not one_paragraph([4, 8], 3, 4) and not one_paragraph([4, 8], 2, 9)
    assert one_paragraph([], 0, 500)


def test_an_index_built_before_the_column_was_kept_reads_every_body_as_one_paragraph(
    tmp_path, monkeypatch
):
    def old_schema():
        schema = make_schema()
        schema.remove("breaks")
        return schema

    monkeypatch.setattr(build, "make_schema", old_schema)
    monkeypatch.setattr(build, "document", lambda article: {
        name: value for name, value in document(article).items() if name != "breaks"
    })  # fmt: skip
    write_jsonl(tmp_path / "a.jsonl", [news(n, body) for n, body in enumerate(BODIES)])
    build_index([tmp_path / "a.jsonl"], tmp_path / "index", jobs=1, progress=False)
    assert read_back(tmp_path / "index") == dict.fromkeys(BODIES, [])
    page = SearchEngine(tmp_path / "index").search(SearchRequest(q="ремонтом мосты дорогой"))
    assert [hit.title for hit in page.hits] == ["Новость 0"]
