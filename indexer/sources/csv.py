"""CSV readers: Lenta.ru, the ODS dumps, the buriy archives, and Taiga's texts + metadata."""

import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

from indexer.article import Article, Skip
from indexer.sources import io
from indexer.sources.fields import BODY_FIELDS, dataset_source, name_list, record_to_article

# The csv module stops at fields over 128 KiB, which a long read passes; a bounded limit
# still keeps an unclosed quote from swallowing a whole file.
FIELD_LIMIT = 64 * 2**20
DELIMITERS = (",", ";", "\t")
TEXT_COLUMNS = frozenset(BODY_FIELDS)
# Taiga's metadata tables: "newmetadata.csv", "metatable_2007.csv", "texts/metadata.csv".
TAIGA_META = re.compile(r"^(?:new)?meta(?:data|table)[\w-]*\.csv$", re.IGNORECASE)


class LineFeed:
    """Feeds decoded lines to csv.reader, keeping the line number and the Skips met."""

    def __init__(self, items: Iterable[tuple[int, str] | Skip]) -> None:
        self.items = iter(items)
        self.number = 0
        self.skips: list[Skip] = []

    def __iter__(self) -> "LineFeed":
        return self

    def __next__(self) -> str:
        for item in self.items:
            if isinstance(item, Skip):
                self.skips.append(item)
                continue
            self.number = item[0]
            return item[1]
        raise StopIteration

    def take_skips(self) -> list[Skip]:
        """The Skips met since the last call."""
        skips, self.skips = self.skips, []
        return skips


def guess_delimiter(header: str, name: str) -> str:
    """The delimiter of a header line: the most frequent of "," ";" and tab."""
    if name.lower().removesuffix(io.compression(name)).endswith(".tsv"):
        return "\t"
    return max(DELIMITERS, key=header.count)


def numbered_rows(feed: LineFeed, reader, path: str) -> Iterator[tuple[int, list[str]] | Skip]:
    """(first line number, row) pairs; a Skip for a row the csv module rejects."""
    while True:
        start = feed.number + 1
        try:
            row = next(reader)
        except StopIteration:
            yield from feed.take_skips()
            return
        except csv.Error as exc:
            row = Skip(path, start, f"bad CSV row: {exc}")
        yield from feed.take_skips()
        yield row if isinstance(row, Skip) else (start, row)


def read_columns(feed: LineFeed, name: str) -> tuple[str, list[str]] | None:
    """The delimiter and the lower-cased column names, from the first line."""
    first = next(feed, None)
    if first is None:
        return None
    delimiter = guess_delimiter(first, name)
    try:
        header = next(csv.reader([first], delimiter=delimiter), [])
    except csv.Error:  # a stray "\r" or quote: split it plainly
        header = first.rstrip("\r\n").split(delimiter)
    return delimiter, [column.strip().lower().lstrip("\ufeff") for column in header]


def read_csv(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of a CSV file with a header row."""
    feed = LineFeed(io.iter_lines(entry))
    header = read_columns(feed, entry.name)
    yield from feed.take_skips()
    if header is None:
        yield Skip(entry.path, None, "empty CSV file")
    elif not TEXT_COLUMNS.intersection(header[1]):
        yield Skip(entry.path, None, f"no text column (columns: {name_list(header[1])})")
    else:
        csv.field_size_limit(FIELD_LIMIT)
        rows = numbered_rows(feed, csv.reader(feed, delimiter=header[0]), entry.path)
        yield from parse_rows(rows, header[1], entry.path, dataset_source(entry.path))


def parse_rows(rows, columns: list[str], path: str, default_source: str):
    """An Article or a Skip for each non-blank row."""
    for item in rows:
        if isinstance(item, Skip):
            yield item
        elif len(item[1]) != len(columns) and any(item[1]):
            yield Skip(path, item[0], f"bad row: {len(item[1])} fields, header has {len(columns)}")
        elif any(item[1]):
            yield record_to_article(
                dict(zip(columns, item[1], strict=True)), path, item[0], default_source
            )


def is_taiga(entries: list[io.Entry]) -> bool:
    """True for a Taiga archive: a texts/ folder and a metadata table."""
    has_texts = any("/texts/" in f"/{entry.path}" for entry in entries)
    return has_texts and any(TAIGA_META.match(entry.name) for entry in entries)


def split_meta(line: str) -> list[str]:
    """The cells of a Taiga metadata line, tab- or ";;"-separated."""
    line = line.rstrip("\r\n")
    return line.split("\t") if "\t" in line else line.split(";;")


def read_taiga_meta(entry: io.Entry) -> dict[str, dict[str, str]]:
    """The rows of a Taiga metadata table by text id."""
    lines = io.text_lines(io.iter_lines(entry))
    header = [name.strip().lower() for name in split_meta(next(lines, ""))]
    rows = (dict(zip(header, split_meta(line), strict=False)) for line in lines if line.strip())
    return {row.get("textid") or row.get("id", ""): row for row in rows}


def taiga_record(meta: dict[str, dict[str, str]], entry: io.Entry, text: str) -> dict:
    """A text's metadata row plus the text: "arzamas_101.txt" finds the row of id "101"."""
    stem = PurePosixPath(entry.name).stem
    row = meta.get(stem) or meta.get(stem.rsplit("_", 1)[-1]) or {}
    return {**row, "text": text}


def read_taiga(entries: list[io.Entry]) -> Iterator[Article | Skip]:
    """The articles of a Taiga archive: each texts/*.txt with its metadata row."""
    meta: dict[str, dict[str, str]] = {}
    for entry in filter(lambda e: TAIGA_META.match(e.name), entries):
        meta = read_taiga_meta(entry) | meta  # the first table read wins
    for entry in entries:
        if "/texts/" in f"/{entry.path}" and entry.name.endswith(".txt"):
            text = io.read_text(entry)
            if isinstance(text, Skip):
                yield text
            else:
                record = taiga_record(meta, entry, text)
                yield record_to_article(record, entry.path, None, dataset_source(entry.path))
