"""The lead and the body of a scraped page's text: which of the lines opening it is the
standfirst (a dateline's lead, a summary list, one sentence set apart, a subtitle), and the
paragraphs under it with the chrome trimmed and the headline left out."""

from itertools import takewhile

from indexer.sources.datelines import find_dateline
from indexer.sources.linekind import line_classes
from indexer.sources.linetrim import trim_chrome
from indexer.sources.pagebody import SENTENCE_END, source_line, sourced_lead
from indexer.sources.pagecore import is_bullet
from indexer.sources.pageheads import is_paragraph
from indexer.sources.pagelayout import Layout, text_start
from indexer.sources.pagestands import (
    apart_above,
    bare_lead,
    between_on_page,
    intertitle_under_lead,
    is_lead_over_copy,
    set_apart,
    short_standfirst,
    standfirst_under_date,
)
from indexer.sources.separators import STANDFIRST_CHARS
from indexer.sources.titleagain import is_title_again, without_title, written_twice

LABEL_WORDS = 2  # a label setting the standfirst apart from the text


def lead_text(lines: list[str], at: int) -> str:
    """The lead at `at`: its line, or the items of a summary list joined ("• … • …")."""
    if not is_bullet(lines[at]):
        return lines[at]
    items = [line for line in lines[at:] if line]
    return " ".join(takewhile(is_bullet, items))


def split_lead(body: list[str]) -> tuple[str, list[str]]:
    """The lead, when a paragraph stands before the dateline: ("Президент ...", body)."""
    if len(body) > 1 and not find_dateline(body[0]) and find_dateline(body[1]):
        return body[0], body[1:]
    return "", body


def own_text(title: str) -> list[str]:
    """The body of a page whose only paragraph was taken for its title (no headline found):
    that paragraph, better kept as text than lost from it."""
    return [title] if is_paragraph(title) else []


def lead_and_body(
    lines: list[str],
    layout: Layout,
    body: list[str],
    headline: str,
    headless: bool,
    slotted: bool = False,
) -> tuple[str, list[str]]:
    """The lead and the body's paragraphs, chrome trimmed and the headline left out (kept
    when `headless`: a paragraph of text whose first sentence stands in for a headline)."""
    sourced = source_line(body)
    if layout.lead is None and not headless and (bare := bare_lead(lines, layout, body, headline)):
        return bare
    body = trim_chrome(body, line_classes(lines))
    twice = layout.lead is None and written_twice(body, headline)
    above = [line for line in lines[layout.title + 1 : text_start(layout)] if line]
    if layout.lead is None and is_lead_over_copy(above + body[:1], headline):
        return above[0], without_title(body, headline)
    if layout.lead is None and is_lead_over_copy(body, headline):
        return body[0], without_title(body[1:], headline)
    body = without_title(body, headline) or own_text(headline)
    if headless and body[:1] != [headline]:
        body = [headline, *body]
    if layout.lead is not None and not is_title_again(lines[layout.lead], headline):
        return lead_text(lines, layout.lead), body
    if not headless and (first := apart_above(lines, layout, headline)):
        return first, body
    if not headless and (first := standfirst_under_date(lines, layout, body)):
        return first, body
    if at := intertitle_under_lead(body):
        return body[at - 1], body[at:]  # a subtitle over the standfirst left out with it
    lead, body = split_lead(body)
    if not lead and short_standfirst(body, slotted):
        return body[0], body[1:]
    if not lead and is_labelled_apart(lines, body):
        return body[0], body[1:]
    if not lead and (under := set_apart(lines, body)):
        return body[0], under
    if twice and not lead:  # the standfirst written twice over the text is its lead
        return body[0], body[1:]
    return (lead, body) if lead else sourced_lead(body, sourced)


def is_labelled_apart(lines: list[str], body: list[str]) -> bool:
    """True when the text's first paragraph stands apart from the rest by a label of a word or
    two ("Ну, вот и закончилась эта неделя. … читайте в нашем обзоре." / "Главное" / "…"): the
    standfirst over the text."""
    if len(body) < 3 or not body[0].endswith(SENTENCE_END) or len(body[0]) > STANDFIRST_CHARS:
        return False
    between = between_on_page(lines, body[0], body[1])
    if len(between) != 1 or len(between[0].split()) > LABEL_WORDS:
        return False
    return not between[0].endswith(SENTENCE_END) and between[0][:1].isupper()
