"""Columns read whole (indexer/writing/columns.py) give what Whoosh gives document by
document: on an index of several segments, one of them without leads, with deletions."""

import numpy as np
import pytest
from whoosh import index

from indexer.writing.build import build_index
from indexer.writing.columns import column_values, field_lengths, live_mask
from tests.support import write_jsonl


def article(number: int, lead: bool) -> dict:
    record = {
        "id": f"a{number}",
        "title": f"Заголовок номер {number}",
        "text": "Абзац текста. " * (number % 7 + 1),
        "source": ["RT", "Газета", "Вестник"][number % 3],
        "date": f"20{10 + number % 9}-0{1 + number % 9}-1{number % 10}",
    }
    if lead:
        record["lead"] = "Короткое вступление " * (number % 3 + 1)
    return record


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    """Three builds, three segments: with leads, without, then a change that deletes."""
    folder = tmp_path_factory.mktemp("columns")
    corpus, index_dir = folder / "corpus", folder / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(n, lead=True) for n in range(12)])
    build_index([corpus], index_dir, full=True, jobs=1, progress=False)
    write_jsonl(corpus / "b.jsonl", [article(n, lead=False) for n in range(12, 20)])
    build_index([corpus], index_dir, jobs=1, progress=False)
    changed = [article(n, lead=True) for n in range(12)]
    changed[3]["title"] = "Исправленный заголовок"
    write_jsonl(corpus / "a.jsonl", changed[:10])  # two removed, one changed
    build_index([corpus], index_dir, jobs=1, progress=False)
    with index.open_dir(str(index_dir)).reader() as reader:
        assert len(reader.leaf_readers()) >= 2 and reader.has_deletions()
        yield reader


def one_by_one(reader, name: str, translate: bool) -> dict:
    """What Whoosh's own column readers give for every live document."""
    values = {}
    for segment, offset in reader.leaf_readers():
        if segment.has_column(name):
            column = segment.column_reader(name, translate=translate)
            for docnum in range(segment.doc_count_all()):
                if not segment.is_deleted(docnum):
                    values[docnum + offset] = column[docnum]
    return values


@pytest.mark.parametrize("name, translate", [("id", True), ("source", True), ("date", False)])
def test_columns_read_whole_equal_whooshs_document_by_document(reader, name, translate):
    found = column_values(reader, name, translate)
    assert found == one_by_one(reader, name, translate)
    assert len(found) == reader.doc_count() == 18


def numbers(reader) -> dict[int, int]:
    """docnum → the number in the article's title, for every live article."""
    titles = {d: reader.stored_fields(d)["title"] for d in column_values(reader, "id")}
    return {d: int(t.split()[-1]) if t[-1].isdigit() else 3 for d, t in titles.items()}


def test_ids_are_the_live_articles(reader):
    assert sorted(numbers(reader).values()) == [*range(10), *range(12, 20)]


@pytest.mark.parametrize("field", ["title", "lead", "body"])
def test_field_lengths_equal_whooshs_and_are_zero_where_absent_or_deleted(reader, field):
    lengths = field_lengths(reader, [field])[field]
    live = live_mask(reader)
    expected = [
        (reader.doc_field_length(d, field) or 0) if live[d] else 0
        for d in range(reader.doc_count_all())
    ]
    assert np.array_equal(lengths, np.array(expected, np.float32))
    assert not np.isnan(lengths).any()


def test_articles_without_a_lead_have_lead_length_zero(reader):
    lengths = field_lengths(reader, ["lead"])["lead"]
    by_number = numbers(reader)
    no_lead = [d for d, n in by_number.items() if n >= 12]
    with_lead = [d for d, n in by_number.items() if n < 12]
    assert (lengths[no_lead] == 0).all() and (lengths[with_lead] > 0).all()
