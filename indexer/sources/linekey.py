"""How a folder's pages compare their lines: numbers as 0, so that a counter or the weather's
degrees inside an otherwise repeated line do not hide it, and dashes and quotes aside; a line
with a date in it whole, as a date shared by a day's pages is the articles'; a date line alone
not at all."""

import re

from indexer.sources.chrome import CELL_BARS
from indexer.sources.clean import normalize_line
from indexer.sources.dates import is_date_text
from indexer.sources.glued import END_COUNTERS
from indexer.sources.pageheads import QUOTES

# A date inside a line: "12.03.2024", "12 марта", "2024-03-12", "24 Dec".
DATED = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|"
    r"авг|сен|окт|ноя|дек|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
NUMBER = re.compile(r"\d+")
# A site's line written with a dash or quotes, or without: "Новости — в нашем канале «Ямал»."
# and "Новости в нашем канале Ямал." are one line.
DASH = re.compile(r"\s+[—–-]\s+")


def line_key(line: str) -> str:
    """A line as the folder's pages are compared by: its numbers as 0 ("Просмотров: 0"), without
    its dashes between words, its quotes and the counters a page strips off its end
    (glued.END_COUNTERS); a line with a date in it whole; a date line alone none."""
    line = CELL_BARS.sub("", normalize_line(line))
    if is_date_text(line):
        return ""
    if DATED.search(line):
        return line
    return END_COUNTERS.sub("", NUMBER.sub("0", QUOTES.sub("", DASH.sub(" ", line))))


def is_learnt(line: str, learnt: frozenset[str]) -> bool:
    """True for a line of the folder's chrome (repeated_lines), a counter's number aside."""
    return bool(learnt) and line_key(line) in learnt
