"""Every match of a query as rows for a spreadsheet: CSV that Excel opens, and JSON Lines.

The rows are read from the index a chunk at a time while they are written out,
so an export of 10,000 articles never holds them all in memory.
"""

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date

import numpy as np

EXPORT_LIMIT = 10_000
CHUNK = 200
COLUMNS = ("date", "source", "rubric", "title", "url", "lead")
BOM = "\ufeff"
# A cell starting with one of these is a formula to Excel and LibreOffice: "=HYPERLINK(…)".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class MatchRow:
    """One matching article as exported: no HTML, the lead as written."""

    id: str
    date: date | None
    source: str
    rubric: str
    title: str
    url: str
    lead: str


ROW_FIELDS = fields(MatchRow)


def stored_row(stored: dict) -> MatchRow:
    """A row from the stored fields of one article."""
    when = stored.get("date")
    return MatchRow(
        id=stored["id"],
        date=when.date() if when else None,
        source=stored.get("source", ""),
        rubric=stored.get("rubric", ""),
        title=stored.get("title", ""),
        url=stored.get("url", ""),
        lead=stored.get("lead", ""),
    )


class Matches:
    """The ordered matches of one query in one index generation, read lazily.

    Holding the generation's snapshot keeps its files open (they close when it is
    dropped): an export started before a rebuild finishes from the index it started on.
    """

    def __init__(self, snapshot, docnums: np.ndarray, total: int, lock):
        self.snapshot = snapshot
        self.docnums = docnums
        self.total = total
        self.lock = lock

    @property
    def truncated(self) -> bool:
        """True when the limit left some matches out."""
        return self.total > len(self.docnums)

    def rows(self) -> Iterator[MatchRow]:
        """The rows in order, reading CHUNK articles at a time under the engine's lock."""
        for start in range(0, len(self.docnums), CHUNK):
            with self.lock:
                read = self.snapshot.searcher.stored_fields
                chunk = [read(int(d)) for d in self.docnums[start:][:CHUNK]]
            yield from map(stored_row, chunk)


def limit_note(matches: Matches) -> str:
    """What the file says when the limit was reached."""
    return f"Выгрузка ограничена: первые {len(matches.docnums)} из {matches.total} статей."


def excel_safe(value: str) -> str:
    """A cell Excel shows as text: "=1+1" → "'=1+1", "a\x00b" → "ab" (Excel cuts a cell
    at a NUL); line breaks and tabs are kept inside the quotes."""
    value = CONTROLS.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def row_values(row: MatchRow) -> dict:
    """The fields of a row as a dict: dataclasses.asdict deep-copies each value, a fifth
    of the export's time."""
    return {field.name: getattr(row, field.name) for field in ROW_FIELDS}


def csv_cells(row: MatchRow) -> list[str]:
    """The CSV columns of one row, dates as 2024-12-23."""
    values = {**row_values(row), "date": row.date.isoformat() if row.date else ""}
    return [excel_safe(values[name]) for name in COLUMNS]


def csv_lines(matches: Matches) -> Iterator[str]:
    """The CSV text a line at a time: a BOM and a header first, a note last when truncated."""
    yield BOM + csv_line(COLUMNS)
    for row in matches.rows():
        yield csv_line(csv_cells(row))
    if matches.truncated:
        yield csv_line(["", "", "", limit_note(matches), "", ""])


def csv_line(cells: Iterable[str]) -> str:
    """One CSV record, CRLF-terminated and quoted as Excel expects."""
    out = io.StringIO()
    csv.writer(out).writerow(cells)
    return out.getvalue()


def json_row(row: MatchRow) -> dict:
    """One row as JSON: the id too, the date as "2024-12-23" or null."""
    return {**row_values(row), "date": row.date.isoformat() if row.date else None}


def jsonl_lines(matches: Matches) -> Iterator[str]:
    """One JSON object per line; a last {"note": …} object when truncated."""
    for row in matches.rows():
        yield json.dumps(json_row(row), ensure_ascii=False) + "\n"
    if matches.truncated:
        note = {"note": limit_note(matches), "total": matches.total, "limit": len(matches.docnums)}
        yield json.dumps(note, ensure_ascii=False) + "\n"
