"""The article inside a whole page's text: the densest run of paragraphs, and its headline.

A page copied whole (select all, copy) opens with menus, sidebars and other headlines; the
article is where long sentence-ending lines follow one another (the text-density signal of
boilerpipe and jusText). Its headline is the nearest headline-shaped line above that run,
past the bylines, dates, photo captions and credits, and the lead, that stand between.
"""

from dataclasses import dataclass

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import CREDIT
from indexer.sources.pagebody import SENTENCE_END

PARAGRAPH_CHARS = 120  # a line this long, or a shorter one ending a sentence …
SENTENCE_CHARS = 60  # … of at least this length, is a paragraph of text
MAX_GAP = 3  # lines between paragraphs of one text: captions, intertitles, a related link
HEADER_LINES = 15  # how far above the text its headline is looked for
LEAD_WORDS = 12  # a sentence this long above the text is its lead, not its headline
TITLE_WORDS = (3, 30)


@dataclass(frozen=True)
class Core:
    """The indexes of the headline, the lead (or None) and the first and last paragraph."""

    title: int
    lead: int | None
    start: int
    end: int


def is_paragraph(line: str) -> bool:
    """True for a line of article text: long, or a sentence of some length."""
    return len(line) >= PARAGRAPH_CHARS or (
        len(line) >= SENTENCE_CHARS and line.endswith(SENTENCE_END)
    )


def runs(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first, last, characters) of each run of paragraphs with short gaps between them."""
    found: list[tuple[int, int, int]] = []
    for i, line in enumerate(lines):
        if not is_paragraph(line) or is_chrome_line(line):
            continue
        if found and i - found[-1][1] <= MAX_GAP + 1:
            first, _, size = found[-1]
            found[-1] = (first, i, size + len(line))
        else:
            found.append((i, i, len(line)))
    return found


def is_headline(lines: list[str], i: int) -> bool:
    """True for a line shaped like a headline: a few words, no full stop, not furniture."""
    line = lines[i]
    words = len(line.split())
    if not TITLE_WORDS[0] <= words <= TITLE_WORDS[1] or line.endswith((".", ":")):
        return False
    captioned = i + 1 < len(lines) and CREDIT.match(lines[i + 1]) is not None
    return not captioned and not is_chrome_line(line)


def find_core(lines: list[str]) -> Core | None:
    """The article of a whole page's lines (non-empty ones), or None when it has no text run."""
    found = runs(lines)
    if not found:
        return None
    start, end, _ = max(found, key=lambda run: run[2])
    lead = None
    for i in range(start - 1, max(-1, start - 1 - HEADER_LINES), -1):
        if is_paragraph(lines[i]) and len(lines[i].split()) >= LEAD_WORDS:
            lead = i if lead is None else lead
        elif is_headline(lines, i):
            return Core(i, lead, start, end)
    return None
