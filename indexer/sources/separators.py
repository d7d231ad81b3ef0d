"""Lines that set a one-sentence standfirst apart from the text under it: a views counter
("3116 просмотров") or a line opening with a full date ("13 март 2003 Электронная версия
газеты …"), on pages and in title-first texts alike."""

import re
from datetime import date

from indexer.sources.dates import read_date_line
from indexer.sources.pageheads import SENTENCE_INSIDE, is_paragraph

LOOK_LINES = 6  # the lines of a title-first text's opening a standfirst and its separator fill
STANDFIRST_CHARS = 300  # a standfirst is no longer
COUNTER = re.compile(r"^\d[\d\s]*(?:[^\W\d_]+)?$")
DATED = re.compile(
    r"^(?:\d{1,2} [а-яё]{3,8} (?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d)\b", re.I
)


def is_one_line_sentence(line: str) -> bool:
    """True for one sentence with its full stop, no longer than a standfirst."""
    return line.endswith(".") and len(line) <= STANDFIRST_CHARS and not SENTENCE_INSIDE.search(line)


def is_separator(line: str) -> bool:
    """True for a views counter or a line opening with a full date, no paragraph of text."""
    shaped = COUNTER.match(line) is not None or DATED.match(line) is not None
    return shaped and not is_paragraph(line)


def separator_date(line: str) -> date | None:
    """The full date a separating line opens with: "13 март 2003 Электронная …" -> 2003-03-13."""
    match = DATED.match(line)
    return read_date_line(match[0]) if match else None


def date_apart(body: str) -> date | None:
    """The full date opening the line that sets a title-first text's standfirst apart from it
    ("Край готовится …." / "13 март 2003 Электронная версия газеты …"), or None."""
    filled = [line for line in body.split("\n", LOOK_LINES)[:LOOK_LINES] if line.strip()]
    if len(filled) < 2 or not is_one_line_sentence(filled[0]) or not is_separator(filled[1]):
        return None
    return separator_date(filled[1])
