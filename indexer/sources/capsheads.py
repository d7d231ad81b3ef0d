"""A headline set in capitals over a copy's text ("ПРИЕМ ГРАЖДАН", "«ФЕСТИВАЛЬ НАРОДОВ
КАВКАЗА»"): no headline by its shape (pageheads.is_upper, as an intertitle in the text is set
so), but the headline when the copy has no other and only furniture stands between it and the
text: the first of the lines in capitals there, a subtitle in capitals under it."""

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.dates import is_date_text
from indexer.sources.pageheads import is_upper

ABOVE_LINES = 5  # lines over the text a headline in capitals may stand on
LABEL_WORDS = 3  # words of a label between the headline and the text, at most


def caps_headline(lines: list[str], text_at: int) -> int | None:
    """The index of the headline in capitals over the text starting at `text_at`, or None."""
    above = [i for i in range(text_at - 1, -1, -1) if lines[i]][:ABOVE_LINES]
    caps = None
    for i in above:
        if is_upper(lines[i]) and not is_chrome_line(lines[i]):
            caps = i
        elif caps is not None or not is_furniture(lines[i]):
            break  # above the run in capitals, or no furniture under it
    return caps


def is_furniture(line: str) -> bool:
    """True for a line between a headline and its text that is no text: chrome, a date, a
    label of a few words ("- Категория Общество", "- Информация:")."""
    if is_chrome_line(line) or is_date_text(line):
        return True
    return len(line.split()) <= LABEL_WORDS and not line.endswith(SENTENCE_ENDS)
