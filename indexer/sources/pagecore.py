"""The article inside a whole page's text: the densest run of paragraphs, and its headline.

A page copied whole (select all, copy) opens with menus, sidebars and other headlines; the
article is where long sentence-ending lines follow one another (the text-density signal of
boilerpipe and jusText). Its headline is the nearest headline-shaped line above that run,
past the bylines, dates, photo captions and credits, and the lead, that stand between.
"""

import re
from dataclasses import dataclass

from indexer.sources.chrome import PHOTO_NUMBER, is_chrome_line
from indexer.sources.clean import CREDIT, NAME_CREDIT
from indexer.sources.pagebody import SENTENCE_END

PARAGRAPH_CHARS = 120  # a line this long, or a shorter one ending a sentence …
SENTENCE_CHARS = 60  # … of at least this length, is a paragraph of text
MAX_GAP = 5  # lines between paragraphs of one text: captions, intertitles, a related box
HEADER_LINES = 20  # how far above the text its headline is looked for
OPENING_LINES = 4  # the paragraphs a headline is compared with
STEM = 5
LEAD_WORDS = 12  # a sentence this long above the text is its lead, not its headline
TITLE_WORDS = (3, 30)
SUBTITLE_WORDS = 6
SENTENCE_WORDS = 4
BULLETS = ("•", "·", "▪", "●", "◦")


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
    return not is_chrome_line(line)


def is_captioned(lines: list[str], i: int) -> bool:
    """True for a line with a photo credit or numbered caption under it ("… - Фото 1"):
    a photo's caption, or a headline."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if CREDIT.match(below) or NAME_CREDIT.search(below):
        return True
    return PHOTO_NUMBER.search(below) is not None


def stems(text: str) -> set[str]:
    """Word stems, roughly: "Родченкова" -> "родче"; enough to see a headline retold."""
    return {word[:STEM].casefold() for word in re.findall(r"\w{3,}", text)}


def headline_score(line: str, text: set[str]) -> float:
    """How much of a headline the article's opening retells: the share of its stems found."""
    own = stems(line)
    return len(own & text) / len(own) if own else 0.0


def is_quoted_headline(lines: list[str], i: int) -> bool:
    """True for a headline long enough to pass for a paragraph, as its closing quote ends it
    like a sentence ("Возбуждено уголовное дело … на трассе «Нева»"): one sentence, retold
    by the next line."""
    line = lines[i]
    one_sentence = not re.search(r"[.!?…] ", line)
    return line.endswith(("»", '"', "”")) and one_sentence and is_retold(lines, i, i + 1)


def is_retold(lines: list[str], i: int, start: int) -> bool:
    """True when line i is shaped like a headline and the text from `start` retells it."""
    opening = stems(" ".join(lines[start : start + OPENING_LINES]))
    return is_headline(lines, i) and headline_score(lines[i], opening) > 0


def best_headline(lines: list[str], start: int) -> int | None:
    """The headline above the text: of the headline-shaped lines there, the one its opening
    retells most (a sidebar's or related link's headline tells another story); the upper of
    equals, as a related link stands below the headline."""
    opening = stems(" ".join(lines[start : start + OPENING_LINES]))
    above = [i for i in range(max(0, start - HEADER_LINES), start) if is_headline(lines, i)]
    # A line over a photo credit is more often the photo's caption; the headline stands
    # over the credit only where the page has no other ("Суд …" / "Фото: ТАСС/…", m24.ru).
    for candidates in ([i for i in above if not is_captioned(lines, i)], above):
        scored = [(headline_score(lines[i], opening), -i) for i in candidates]
        if scored and max(scored)[0] > 0:
            return -max(scored)[1]
    # A text that retells no headline (it tells the story on): the headline right above it.
    return start - 1 if start and is_headline(lines, start - 1) else None


def lead_between(lines: list[str], title: int, start: int) -> int | None:
    """A long sentence between the headline and the text, or a subtitle over the photo: the lead."""
    between = range(title + 1, start)
    return next((i for i in between if is_lead(lines[i]) or is_subtitle(lines, i, title)), None)


def is_subtitle(lines: list[str], i: int, title: int) -> bool:
    """True for a subtitle over the article's photo credit: one sentence, its full stop or
    none, not the headline again ("В Москве полиция ликвидировала одного из подозреваемых…" /
    "Фото: Алексей Белкин")."""
    line = lines[i]
    if len(line.split()) < SUBTITLE_WORDS or line == lines[title] or not is_captioned(lines, i):
        return False
    if re.search(r"[.!?…] ", line):
        return False
    return is_headline(lines, i) or (line.endswith(".") and not is_chrome_line(line))


def is_lead(line: str) -> bool:
    """True for a standfirst: a paragraph of some length, not a photo credit."""
    return is_paragraph(line) and len(line.split()) >= LEAD_WORDS and not is_chrome_line(line)


def find_core(lines: list[str]) -> Core | None:
    """The article of a whole page's lines (non-empty ones), or None when it has no text run."""
    found = runs(lines)
    if not found:
        return None
    start, end, _ = max(found, key=lambda run: run[2])
    if start < end and is_quoted_headline(lines, start):
        return Core(start, None, next_paragraph(lines, start, end), end)
    title = best_headline(lines, start)
    if title is None and start < end:
        # The run may open with a teaser or a ticker above the headline: try below it.
        start = next_paragraph(lines, start, end)
        title = best_headline(lines, start)
    return None if title is None else core_below(lines, title, start, short_after(lines, end))


def short_after(lines: list[str], end: int) -> int:
    """The text's end taken over the short sentences after its last paragraph ("В ближайшее
    время задержанный будет доставлен в столицу.")."""
    while end + 1 < len(lines) and is_short_sentence(lines[end + 1]):
        end += 1
    return end


def is_short_sentence(line: str) -> bool:
    """True for a line of a few words ending a sentence or a list's item, not page furniture
    ("Так, в числе призеров:", "- Анатолий Мороз, лицей … – призер олимпиады по географии;")."""
    if len(line.split()) < SENTENCE_WORDS or not line.endswith((".", ";", ":")):
        return False
    return not is_chrome_line(line)


def core_below(lines: list[str], title: int, start: int, end: int) -> Core:
    """The core under its headline: a summary list or a standfirst above the photo as lead."""
    if is_bullet(lines[start]) and (after := after_bullets(lines, start, end)) is not None:
        return Core(title, start, after, end)  # a summary box ("Коротко: • …") is the lead
    if (lead := lead_between(lines, title, start)) is None and photo_follows(lines, start, end):
        return Core(title, start, next_paragraph(lines, start, end), end)
    return Core(title, lead, start, end)


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
    """True when the text's first paragraph is followed by a photo credit before the next one:
    the standfirst above the picture, as RBC lays it out."""
    gap = lines[first + 1 : next_paragraph(lines, first, end)]
    if not any(CREDIT.match(line) for line in gap):
        return False
    one_sentence = not re.search(r"[.!?…] ", lines[first])  # a short standfirst: one sentence
    return is_lead(lines[first]) or (one_sentence and len(lines[first].split()) >= SUBTITLE_WORDS)


def next_paragraph(lines: list[str], first: int, end: int) -> int:
    """The index of the paragraph after `first` within the text."""
    return next((i for i in range(first + 1, end + 1) if is_paragraph(lines[i])), first)
