"""The article inside a whole page's text: the densest run of paragraphs, and its headline.

A page copied whole (select all, copy) opens with menus, sidebars and other headlines; the
article is where long sentence-ending lines follow one another (the text-density signal of
boilerpipe and jusText). Its headline is the nearest headline-shaped line above that run,
past the bylines, dates, photo captions and credits, and the lead, that stand between.
"""

import re
from collections import Counter
from dataclasses import dataclass

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import CREDIT
from indexer.sources.headchoice import best_headline
from indexer.sources.linetrim import LIST_ITEM
from indexer.sources.pageend import ends_text
from indexer.sources.pageheads import CREDIT_GLUED, is_paragraph, is_quoted_headline
from indexer.sources.pageleads import SUBTITLE_WORDS, headline_over_date, is_lead, lead_between

MAX_GAP = 5  # lines between paragraphs of one text: captions, intertitles, a related box
SENTENCE_WORDS = 4
HEADLESS_PARAGRAPHS = 8  # paragraphs of a run passed over in search of the headline above
BULLETS = ("•", "·", "▪", "●", "◦")


@dataclass(frozen=True)
class Core:
    """The indexes of the headline, the lead (or None) and the first and last paragraph."""

    title: int
    lead: int | None
    start: int
    end: int


def runs(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first, last, characters) of each run of paragraphs with short gaps between them."""
    found: list[tuple[int, int, int]] = []
    # A line the page writes again with no full stop is its headline, not its text ("…: зачем
    # возвращается Ratel.kz?" three times); a standfirst written twice ends as a sentence.
    twice = {line for line, n in Counter(lines).items() if n > 1 and not line.endswith(".")}
    feed_at = -1  # a heading of other news or of the comments ends a run
    for i, line in enumerate(lines):
        if ends_text(line):
            feed_at = i
        if not is_paragraph(line) or is_chrome_line(line) or line in twice:
            continue
        if found and i - found[-1][1] <= MAX_GAP + 1 and feed_at < found[-1][1]:
            first, _, size = found[-1]
            found[-1] = (first, i, size + len(line))
        else:
            found.append((i, i, len(line)))
    return found


def find_core(lines: list[str], opens_copy: bool = False) -> Core | None:
    """The article of a whole page's lines (non-empty ones), or None when it has no text run;
    `opens_copy`: the first line is the text's, the copy has no headline."""
    found = runs(lines)
    if not found:
        return None
    start, end, _ = max(found, key=lambda run: run[2])
    if start < end and is_quoted_headline(lines, start):
        return Core(start, None, next_paragraph(lines, start, end), end)
    title, tries = best_headline(lines, start), 0
    if title is None and start == 0 and opens_copy:  # a copy starting at its text: no headline
        return Core(0, None, 0, short_after(lines, end))
    while title is None and start < end and tries < HEADLESS_PARAGRAPHS:
        # The run may open with teasers, a poll or a quote above the headline: try below them,
        # for a headline the text there retells (not any line over teasers after the text).
        start, tries = next_paragraph(lines, start, end), tries + 1
        title = best_headline(lines, start, retold=tries > 1)
    return None if title is None else core_below(lines, title, start, short_after(lines, end))


def short_after(lines: list[str], end: int) -> int:
    """The text's end taken over the short sentences and list items after its last paragraph
    ("В ближайшее время задержанный будет доставлен в столицу.")."""
    while end + 1 < len(lines) and (
        is_short_sentence(lines[end + 1]) or is_listed(lines[end], lines[end + 1])
    ):
        end += 1
    return end


def is_listed(before: str, line: str) -> bool:
    """True for an item of a list the text introduces: "… три уголовных дела:" / "• по факту
    хулиганства,"."""
    return LIST_ITEM.match(line) is not None and (before.endswith(":") or LIST_ITEM.match(before))


def is_short_sentence(line: str) -> bool:
    """True for a line of a few words ending a sentence or a list's item, not page furniture
    ("Так, в числе призеров:", "- Анатолий Мороз, лицей … – призер олимпиады по географии;")."""
    if len(line.split()) < SENTENCE_WORDS or not line.endswith((".", ";", ":")):
        return False
    return not is_chrome_line(line)


def core_below(lines: list[str], title: int, start: int, end: int) -> Core:
    """The core under its headline: a summary list or a standfirst above the photo as lead;
    a standfirst under the date line, with the headline over that date, the lead."""
    if (over := headline_over_date(lines, title)) is not None:
        return Core(over, title, start, end)
    if is_bullet(lines[start]) and (after := after_bullets(lines, start, end)) is not None:
        return Core(title, start, after, end)  # a summary box ("Коротко: • …") is the lead
    if (lead := lead_between(lines, title, start)) is None and photo_follows(lines, start, end):
        return Core(title, start, next_paragraph(lines, start, end), end)
    return Core(title, lead, start if lead is not None else short_before(lines, title, start), end)


def short_before(lines: list[str], title: int, start: int) -> int:
    """The text's start taken up over a short first sentence right under the headline ("Об
    этом сообщает пресс-служба МЧС России по Севастополю."): better kept than lost."""
    while (
        start - 1 > title
        and is_short_sentence(lines[start - 1])
        and not is_bullet(lines[start - 1])
    ):
        start -= 1
    return start


def is_bullet(line: str) -> bool:
    """True for an item of a list: "• Мосгорсуд отменил приговор …"."""
    return line.startswith(BULLETS)


def after_bullets(lines: list[str], first: int, end: int) -> int | None:
    """The first paragraph after the list that opens the text, or None."""
    return next(
        (
            i
            for i in range(first + 1, end + 1)
            if is_paragraph(lines[i]) and not is_bullet(lines[i])
        ),
        None,
    )


def photo_follows(lines: list[str], first: int, end: int) -> bool:
    """True when the text's first paragraph is followed by a photo credit (or a caption with
    its credit) before the next one: the standfirst above the picture, as RBC lays it out."""
    gap = lines[first + 1 : next_paragraph(lines, first, end)]
    if not any(CREDIT.match(line) or CREDIT_GLUED.search(line) for line in gap):
        return False
    one_sentence = not re.search(r"[.!?…] ", lines[first])  # a short standfirst: one sentence
    return is_lead(lines[first]) or (one_sentence and len(lines[first].split()) >= SUBTITLE_WORDS)


def next_paragraph(lines: list[str], first: int, end: int) -> int:
    """The index of the paragraph after `first` within the text."""
    return next((i for i in range(first + 1, end + 1) if is_paragraph(lines[i])), first)
