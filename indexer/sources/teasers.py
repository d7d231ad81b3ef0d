"""A related story at a copy's top, before the page's own text: its headline and its teaser
cut short ("В брянском поселке Белые Берега откроется модельная детская библиотека" /
"Церемония открытия состоится в 12:00. В новой библиотеке созданы все условия для чтения, ..."
/ "22 марта 2024 года — этот день …"), blanked: the copy has no headline of its own, and the
related one is neither its title nor its lead."""

import re

from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.pageheads import TEXT_BLOCK_CHARS, headline_score, is_paragraph, stems

TEXT_LOOK = 3  # paragraphs of the text under the teaser that would retell its headline
RELATED_SHARE = 0.3  # of the headline's stems at most these retell: another story's
CUT_END = re.compile(r"[\s,](?:\.\.\.|…)$")  # "… созданы все условия для чтения, ..."


def without_top_teaser(lines: list[str]) -> list[str]:
    """The lines with a related story's headline and cut teaser at the top blanked."""
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 3:
        return lines
    head, teaser, *text = (lines[i] for i in filled[: 2 + TEXT_LOOK])
    if not is_cut_at_word_end(teaser) or head.endswith(SENTENCE_ENDS) or not is_text(text):
        return lines  # a teaser over a line of chrome is the page's own text cut short
    if headline_score(head, stems(" ".join(text))) >= RELATED_SHARE:
        return lines  # the page's own headline and the lead cut short over its text
    return ["" if i in filled[:2] else line for i, line in enumerate(lines)]


def is_text(lines: list[str]) -> bool:
    """True for an article's text: paragraphs of a text block's length together."""
    return is_paragraph(lines[0]) and len(" ".join(lines)) >= TEXT_BLOCK_CHARS


def is_cut_at_word_end(line: str) -> bool:
    """True for a paragraph cut short at a word's end, an ellipsis after a space or a comma;
    stricter than pageend.is_cut_teaser, as an ellipsis glued to a word may close a sentence of
    the page's own ("Дети не любят овощи…")."""
    return is_paragraph(line) and CUT_END.search(line) is not None
