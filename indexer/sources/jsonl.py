"""JSON Lines readers: one article per line, plain or .gz/.bz2 (RT, ng.ru, RIA)."""

import json
from collections.abc import Iterable, Iterator
from itertools import chain

from indexer.article import Article, Skip
from indexer.sources import io
from indexer.sources.fields import dataset_source, record_to_article


def read_jsonl(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of a JSON Lines file."""
    return parse_jsonl(io.iter_lines(entry), entry.path, dataset_source(entry.path))


def read_json(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of a .json file: JSON Lines, or one JSON array of records."""
    lines = io.iter_lines(entry)
    first = next((item for item in lines if isinstance(item, Skip) or item[1].strip()), None)
    if first is None:
        return iter(())
    if is_array(first) or (not isinstance(first, Skip) and first[1].strip() == "{"):
        lines.close()  # one JSON document over many lines: an array, or a pretty-printed object
        return read_json_array(entry)
    return parse_jsonl(chain([first], lines), entry.path, dataset_source(entry.path))


def is_array(first: tuple[int, str] | Skip) -> bool:
    """True when a .json file opens an array: "[{...}, ..."."""
    return not isinstance(first, Skip) and first[1].lstrip().startswith("[")


def document_records(value: object) -> list:
    """The records of a JSON document: an array, an object holding one, or one object."""
    if isinstance(value, list):
        return value
    lists = [v for v in value.values() if isinstance(v, list)] if isinstance(value, dict) else []
    records = [v for v in lists if v and all(isinstance(item, dict) for item in v)]
    return records[0] if len(records) == 1 else [value]


def parse_jsonl(
    lines: Iterable[tuple[int, str] | Skip], path: str, default_source: str
) -> Iterator[Article | Skip]:
    """An Article or a Skip for each non-blank line."""
    for item in lines:
        if isinstance(item, Skip):
            yield item
        elif item[1].strip():
            yield parse_line(item[1].rstrip("\r\n"), path, item[0], default_source)


def load_json(text: str) -> tuple[object, str]:
    """The parsed value and "", or None and why it did not parse."""
    try:
        return json.loads(text), ""
    except RecursionError:  # "[[[[..." nested thousands deep
        return None, "malformed JSON: nested too deeply"
    except ValueError as exc:  # also ints of more than 4,300 digits
        return None, f"malformed JSON: {getattr(exc, 'msg', exc)}"


def parse_record(record: object, path: str, line: int | None, default_source: str):
    """An Article from a parsed JSON value, or a Skip when it is not an object."""
    if not isinstance(record, dict):
        return Skip(path, line, f"not a JSON object: {type(record).__name__}")
    return record_to_article(record, path, line, default_source)


def parse_line(text: str, path: str, line: int, default_source: str) -> Article | Skip:
    """An Article from one JSON line: {"url": ..., "title": ..., "content": ...}."""
    record, error = load_json(text)
    return Skip(path, line, error) if error else parse_record(record, path, line, default_source)


def read_json_array(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of a .json file holding one document: an array or an object of records."""
    text = io.read_text(entry)
    if isinstance(text, Skip):
        yield text
        return
    records, error = load_json(text)
    if error:
        yield Skip(entry.path, None, error)
        return
    for record in document_records(records):
        yield parse_record(record, entry.path, None, dataset_source(entry.path))
