"""Standfirsts and subtitles between a scraped page's headline and its text."""

import re
from itertools import islice

from indexer.sources.chrome import CARD_DAY, is_chrome_line
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import is_date_text, read_date_line
from indexer.sources.pagebody import is_alt_text
from indexer.sources.pageheads import (
    OPENING_LINES,
    SENTENCE_INSIDE,
    headline_score,
    is_captioned,
    is_headline,
    is_paragraph,
    stems,
    told_score,
)
from indexer.sources.plaindates import inner_date
from indexer.sources.separators import is_one_line_sentence
from indexer.sources.titleagain import opening_retold
from indexer.text.morph import has_finite_verb, is_person_name

LEAD_WORDS = 12  # a sentence this long above the text is its lead, not its headline
SUBTITLE_WORDS = 6
SHORT_SUBTITLE_WORDS = 3
SHORT_SUBTITLE_TOLD = 0.5
TOLD_WORDS = (2, SUBTITLE_WORDS)  # a short sentence under the headline, its subtitle
LOWER_WORD = re.compile(r"[а-яё]{3,}[.,]?")
SENTENCE_WORDS = 4
ITEM_GAP = 2  # lines between a listed item's headline and the next item's time
# A listed item's time: "18 сентября в 07:18", "Вчера, 20:15", "12:46".
ITEM_TIME = re.compile(rf"{CARD_DAY}(?:в\s+)?\d{{1,2}}:\d\d", re.I)
META_LINES = (1, 4)  # a byline, a view and a comment counter between a headline and its date
META_WORDS = 3
AGE_MARK = re.compile(r"^(?:\w+ ){0,2}\d{1,2}\+$")  # "Возрастное ограничение 16+", "0+"


STANDFIRST_WORDS = (4, 14)  # a short standfirst's words, over a paragraph …
STANDFIRST_SHARE = 2  # … this many times as long (pagestands: that retells a share of its stems)
BRIEF_WORDS = (4, 6)  # a sentence this short over a paragraph is its standfirst
# A standfirst announcing the text in the outlet's voice: "Показываем, …", "Сравнили …".
ANNOUNCING = re.compile(
    r"^(?:Показываем|Рассказываем|Разбираемся|Объясняем|Собрали|Сравнили|Выяснили|Публикуем|"
    r"Вспоминаем|Расскажем|Покажем|Выясняем)\b"
)
# The text's credit of its source, no standfirst: "Об этом сообщает пресс-служба МЧС".
SOURCE_SENTENCE = re.compile(r"^(?:Об этом|Как) (?:сообщ|рассказ|заяв|передает|пишет)", re.I)


def lead_between(lines: list[str], title: int, start: int) -> int | None:
    """A long sentence between the headline and the text, or a subtitle over the photo: the lead."""
    between = range(title + 1, start)
    found = (
        i
        for i in between
        if (is_lead(lines[i]) or is_subtitle(lines, i, title)) and not is_listed_item(lines, i)
    )
    return next(found, None) or subtitle_under(lines, title, start)


def subtitle_under(lines: list[str], title: int, start: int) -> int | None:
    """A headline-shaped line or a short sentence telling what happened right under the
    headline (chrome, the date line, a photo's alt text between skipped), over the text: its
    subtitle, the lead ("Его признали виновным в экстремизме", "Горели хозпостройки.")."""
    below = next((i for i in range(title + 1, start) if not is_furniture(lines[i])), None)
    if below is None or is_captioned(lines, below) or is_listed_item(lines, below):
        return None
    told = is_told_sentence(lines[below])
    if not told and not is_headline(lines, below) and not is_standfirst(lines, below, start):
        return None
    line = lines[below]
    if line.startswith(lines[title]) or re.search(r"[.!?…] |\s/\s|фото", line, re.I):
        return None  # the headline again, glued to a caption; a caption or a credit
    opening = stems(" ".join(lines[start : start + OPENING_LINES]))
    if told or (len(line.split()) >= SHORT_SUBTITLE_WORDS and has_finite_verb(line)):
        return below  # what happened, told: "Хозпостройка горит открытым пламенем"
    if len(line.split()) < SUBTITLE_WORDS - 1:
        return below if is_short_subtitle(line, opening) else None
    if headline_score(line, opening) == 0:
        return None  # a subtitle tells what the text tells; a picture's caption need not
    return below


def is_listed_item(lines: list[str], i: int) -> bool:
    """True for a headline of a list of the site's latest items, each under its own time or
    glued to it, the next item's time close below ("18 сентября в 07:18" / "Завершился второй
    модуль …" / "-" / "18 сентября в 07:13В Якутии продолжается …")."""
    above = next((line for line in reversed(lines[:i]) if line.strip()), "")
    if not ITEM_TIME.fullmatch(above) and not ITEM_TIME.match(lines[i]):
        return False
    below = islice((line for line in lines[i + 1 :] if line.strip()), ITEM_GAP)
    return any(ITEM_TIME.match(line) for line in below)


def is_furniture(line: str) -> bool:
    """True for what may stand between the headline and its subtitle: chrome, a date line, a
    photo's alt text ("скриншот видео"), a byline of a name alone ("Данил Пономарев"), an age
    mark with its label however spelt ("Возрастрое ограничение 0+")."""
    if is_chrome_line(line) or is_dated(line) or is_alt_text(line):
        return True
    return is_person_name(line) or bool(AGE_MARK.search(line))


def is_dated(line: str) -> bool:
    """True for a date line, alone or with the outlet's name or a rubric ("Общество 18 июня
    2019 г.", "1 сентября 2014Возрастное ограничение16+")."""
    return bool(read_date_line(line) or inner_date(line, under_title=True))


def is_told_sentence(line: str) -> bool:
    """True for a short sentence telling what happened, its full stop kept ("Горели
    хозпостройки.", "Проводится проверка."): a subtitle too short for the headline's shape."""
    words = len(line.split())
    if not line.endswith(".") or not TOLD_WORDS[0] <= words < TOLD_WORDS[1]:
        return False
    return not SENTENCE_INSIDE.search(line) and has_finite_verb(line)


def is_short_subtitle(line: str, opening: set[str]) -> bool:
    """True for a subtitle of three or four words the text's opening retells, most of its
    stems and two at least, a word of it in lower case ("Стартовал отопительный сезон" /
    "В Сургуте стартует отопительный сезон."): a caption or a rubric shares a word or two
    with any text, and a byline names the outlet the text names ("Дин Бицоев "Москва-Баку"")."""
    words = line.split()
    if len(words) < SHORT_SUBTITLE_WORDS or not any(LOWER_WORD.fullmatch(w) for w in words):
        return False
    return told_score(line, opening) >= SHORT_SUBTITLE_TOLD


def is_standfirst(lines: list[str], i: int, start: int) -> bool:
    """True for a sentence standing apart from the text, a byline or a date between them
    ("Исход встречи решил единственный гол." / "Дмитрий Ивьев" / "09:12 04.09.2022")."""
    line = lines[i]
    if not line.endswith(".") or SENTENCE_INSIDE.search(line) or len(line.split()) < SENTENCE_WORDS:
        return False
    between = lines[i + 1 : start]
    return bool(between) and not any(is_paragraph(other) for other in between)


def is_subtitle(lines: list[str], i: int, title: int) -> bool:
    """True for a subtitle over the article's photo credit: one sentence, its full stop or
    none, not the headline again ("В Москве полиция ликвидировала одного из подозреваемых…" /
    "Фото: Алексей Белкин")."""
    line = lines[i]
    if len(line.split()) < SUBTITLE_WORDS or line == lines[title] or not is_captioned(lines, i):
        return False
    if SENTENCE_INSIDE.search(line):
        return False
    return is_headline(lines, i) or (line.endswith(".") and not is_chrome_line(line))


def is_lead(line: str) -> bool:
    """True for a standfirst: a paragraph of some length, not a photo credit."""
    return is_paragraph(line) and len(line.split()) >= LEAD_WORDS and not is_chrome_line(line)


def headline_over_date(lines: list[str], title: int) -> int | None:
    """The headline over a standfirst taken for one: a headline-shaped line opening the page
    (chrome above it aside) over the date line right above the standfirst, bylines and
    counters between ("Алма-Ата и Алматы. Нескучные документы" /
    "7064 просмотров" / "Евгения МОРОЗОВА" / "Воскресенье, 27 Апр 2025, 18:00" / "Как мы
    ходили на экскурсию в городской архив"); else None."""
    if title < 2 or not is_date_text(lines[title - 1]):
        return None
    at = title - 2
    while at >= 0 and title - 2 - at < META_LINES[1] and is_meta(lines, at):
        at -= 1
    if at < 0 or title - 2 - at < META_LINES[0] or not is_headline(lines, at):
        return None
    if is_promo(lines, at, title):
        return None
    return at if all(map(is_chrome_line, lines[:at])) else None  # a rubric's menu over it


def is_promo(lines: list[str], at: int, title: int) -> bool:
    """True for a call over the page that the text under `title` does not retell: "Читай
    газету и получай приз!"."""
    below = stems(" ".join(lines[title + 1 : title + 1 + OPENING_LINES]))
    return lines[at].endswith("!") and headline_score(lines[at], below) == 0


def is_meta(lines: list[str], i: int) -> bool:
    """True for a byline or a counter: a few words, no headline's shape."""
    return len(lines[i].split()) <= META_WORDS and not is_headline(lines, i)


def standfirst_restated(title: str, lead: str, body: list[str]) -> tuple[str, list[str]]:
    """The lead and body with a standfirst the text opens with again (opening_retold) or that
    announces the text (announced) made the lead, whatever the rules or the decision said."""
    return announced(*opening_retold(title, lead, body))


def announced(lead: str, body: list[str]) -> tuple[str, list[str]]:
    """The lead and body of a text that opens with a line announcing it in the outlet's voice
    ("Показываем, с какими ценами …", "Рассказываем о …", "Сравнили цены …"), more text under
    it: that line is the standfirst."""
    if lead or len(body) < 2 or not ANNOUNCING.match(body[0]) or not is_paragraph(body[1]):
        return lead, body
    return body[0], body[1:]


def brief_standfirst(body: list[str]) -> bool:
    """True when the text opens with a sentence of a few words over a paragraph at least twice
    as long and more text ("Жалобы чиновникам так и не помогли." / "Следователи возбудили …"):
    a standfirst more often than the text's first paragraph, and text either way."""
    if len(body) < 3 or not is_paragraph(body[1]) or len(body[1]) < STANDFIRST_SHARE * len(body[0]):
        return False  # a text of one sentence and a paragraph: the paragraph may be the foot
    words = len(body[0].split())
    brief = BRIEF_WORDS[0] <= words <= BRIEF_WORDS[1] and is_one_sentence(body[0])
    return brief and not find_dateline(body[0]) and not SOURCE_SENTENCE.match(body[0])


def is_one_sentence(line: str) -> bool:
    """True for one short sentence with its full stop ("Заказчик — Главстрой Татарстана.")."""
    words = len(line.split())
    return STANDFIRST_WORDS[0] <= words <= STANDFIRST_WORDS[1] and is_one_line_sentence(line)
