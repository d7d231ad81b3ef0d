"""Scraped page or plain text? A page shows its shape: photo captions and credits, buttons,
time stamps, datelines, or a headline the text retells standing below a first line of chrome.
"""

import re

from indexer.sources.chrome import (
    BUTTONS,
    HOME_CRUMBS,
    LABEL,
    PHOTO_NUMBER,
    STAMP,
    is_top_chrome,
)
from indexer.sources.clean import (
    CREDIT,
    NAME_CREDIT,
    PAGE_CHROME,
    ROUNDED_COUNTER,
    match_caption,
)
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import is_city_clock, is_date_text
from indexer.sources.pagecore import find_core
from indexer.sources.pageheads import headline_score, is_paragraph, stems, told_score
from indexer.sources.plainheads import is_standfirst_line

# A headline with the time of the day before it: "22:08 Оперативное предупреждение …".
TIMED_TITLE = re.compile(r"^\d{1,2}:\d\d\s+\w+\s+\w+")
PAGE_MARKS = {
    "подписаться", "лента новостей", "поделиться", "горячие новости", "добавить комментарий",
    "оставить комментарий", "последние новости",
}  # fmt: skip
HEAD_LINES = 12  # how far down a page its shape (datelines, stamps, credits) is looked for
SUBTITLE_TEXT_LINES = 4  # the lines of text a title or subtitle is compared with
MAX_TITLE_WORDS = 30
MARK_CHARS = 40  # a line longer than this is no stamp, label, counter or button
TITLE_TEXT_LINES = 2  # the paragraphs a plain text's title is compared with
RETOLD_TITLE = 0.3  # the share of a plain text's title its text retells, at the least


def is_page(text: str) -> bool:
    """True for a scraped page, by its shape: captions, buttons, stamps, credits, datelines."""
    lines = [line.strip(" |\t") for line in text.splitlines() if line.strip(" |\t")]
    if any(line.casefold() in PAGE_MARKS or is_credit(line) for line in lines):
        return True
    if lines and (is_top_chrome(lines[0]) or TIMED_TITLE.match(lines[0]) or opens_dated(lines[0])):
        return True  # no plain text opens with chrome (a skip link, tags), a clock time or a date
    if any(is_page_mark(line) for line in lines[1:HEAD_LINES]) or opens_with_chrome(lines):
        return True
    return has_dated_head(lines)


def opens_dated(line: str) -> bool:
    """True for a date line, or the site's clock naming its city or today ("Таганрог
    Четверг, 28 ноября"), on top of a copy."""
    return is_date_text(line) or is_city_clock(line)


def has_dated_head(lines: list[str]) -> bool:
    """True for a date line among short lines over the text, not right under the first line:
    a masthead's or a headline's date ("Свежий выпуск: …" / "9 августа 2020,"). A plain text
    writes its date line under its title (Wikinews) or none."""
    first = next((i for i, line in enumerate(lines[:HEAD_LINES]) if is_paragraph(line)), 0)
    if not any(is_date_text(line) for line in lines[2:first]):
        return False
    opening = stems(" ".join(lines[first : first + TITLE_TEXT_LINES]))
    return headline_score(lines[0], opening) < RETOLD_TITLE  # the first line no title


def is_credit(line: str) -> bool:
    """True for a photo's caption or credit, which no plain text has, wherever it stands."""
    return CREDIT.match(line) is not None or match_caption(line) is not None


def opens_with_chrome(lines: list[str]) -> bool:
    """True when the headline the text retells stands below the first line: a page copied
    with its menu, a time stamp or a notice on top ("Телеканал НТН", "Войти в почту")."""
    # A first line the text retells is the title of a plain text, whatever the core says
    # (a Wikinews photo caption above the text may retell it better: "Судья ЕСПЧ Дмитрий Дедов");
    # seen first, it spares most plain texts the search for the core (0.8 ms each).
    if not lines or is_title_retold(lines, 1) or is_standfirst_line(lines[0]):
        return False  # a paragraph on top: the copy opens with its text (a standfirst)
    core = find_core(lines)
    return core is not None and core.title > 0 and not is_title_retold(lines, core.start)


def is_title_retold(lines: list[str], start: int) -> bool:
    """True when the first line, a title even with its full stop ("Умерла Людмила Зыкина."),
    is retold by the text's first paragraphs from `start` (not by a headline between)."""
    first = next((i for i in range(start, len(lines)) if is_paragraph(lines[i])), len(lines))
    opening = stems(" ".join(lines[first : first + TITLE_TEXT_LINES]))
    words = len(lines[0].split())
    # A one-word line the text names once is a section's label over the headline ("Новости").
    score = headline_score if words > 1 else told_score
    return words <= MAX_TITLE_WORDS and score(lines[0], opening) > 0


def is_page_mark(line: str) -> bool:
    """True for a line only a page has: a dateline, a time stamp, a photo credit or numbered
    caption, the crumbs from the home page, a button, a label ("Добавлено:", "[Блогово]"), a
    rounded view counter."""
    # A date line alone does not make a page: Wikinews texts have one under the title.
    if find_dateline(line) or CREDIT.match(line) or is_caption(line) or HOME_CRUMBS.match(line):
        return True
    if len(line) > MARK_CHARS:  # a paragraph: the short marks below need not be tried
        return False
    if STAMP.match(line) and any(c.isdigit() for c in line):
        return True
    if line.casefold() in PAGE_CHROME:  # "Новости" under the headline
        return True
    return bool(LABEL.match(line) or ROUNDED_COUNTER.match(line) or BUTTONS.match(line))


def is_caption(line: str) -> bool:
    """True for a photo's caption with its number or its credit glued ("… - Фото 1",
    "… / Александр Ердяков / АиФ")."""
    if line[-1:].isdigit() and PHOTO_NUMBER.search(line):
        return True
    return " / " in line and NAME_CREDIT.search(line) is not None
