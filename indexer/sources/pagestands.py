"""Standfirsts a scraped page's text opens with, told by their shape and their neighbours:
one short sentence the paragraph under it retells, or in the slot the page's next story fills
too; a long line without its full stop; a sentence between the headline and its copy; a
subtitle and a standfirst over the first intertitle. And the breadcrumbs glued to a headline."""

import re
from itertools import takewhile

from indexer.sources.chrome import is_chrome_line
from indexer.sources.datelines import find_dateline
from indexer.sources.dates import is_date_text
from indexer.sources.linekind import density, line_classes
from indexer.sources.linetrim import trim_chrome
from indexer.sources.pagebody import SENTENCE_END
from indexer.sources.pageheads import (
    CREDIT_GLUED,
    SENTENCE_INSIDE,
    headline_score,
    is_headline,
    is_paragraph,
    is_upper,
    stems,
)
from indexer.sources.pagelayout import Layout, text_start
from indexer.sources.pageleads import (
    LEAD_WORDS,
    STANDFIRST_SHARE,
    STANDFIRST_WORDS,
    brief_standfirst,
    is_lead,
    is_one_sentence,
)
from indexer.sources.separators import STANDFIRST_CHARS, is_one_line_sentence, is_separator
from indexer.sources.titleagain import is_title_again

RUBRIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
CRUMB_LOOK = 3  # the lines under a headline where it may stand again without breadcrumbs …
CRUMB_WORDS = 4  # … that are this many words at most, no punctuation
CRUMB_MARKS = "-–—/⁄|›»"  # the marks between crumbs, not counted: "Главная — Новости —"
CRUMB_PUNCT = re.compile(r"[^\w\s-]")
TITLE_WORDS = 3
# A rubric's crumb before the headline on its line: "Сельское хозяйство » Уборка идет по плану",
# "Новости аграрного рынка → Покупай, но проверяй" (a closing quote has no space before it), a
# rubric's word before a slash: "Новости / ОБНАРУЖЕН БЕЗЫМЯННЫЙ КРАСНОАРМЕЕЦ".
RUBRIC_CRUMB = re.compile(
    r"^[^.!?:»→]{2,60}\s[»→]\s+(?=\S)|^(?:Новости|Главная|События|Анонсы|Статьи)\s/\s+(?=\S)"
)
RUBRIC_CRUMB_WORDS = 7
STANDFIRST_TOLD = 0.75
STANDFIRST_DENSITY = 0.15  # of a standfirst's words in the stop list, at least


def intertitle_under_lead(body: list[str]) -> int | None:
    """Where an intertitle in capitals stands under a subtitle (one sentence, no full stop)
    and a paragraph, a paragraph under it: the subtitle and the standfirst, not the text ("На
    примере … компаний?" / "Серию исков … подал Банк России …" / "МЕТОД СРАВНИТЕЛЬНЫЙ …" /
    "Как стало известно …"); else None. The index of the intertitle."""
    if len(body) < 4 or not is_upper(body[2]) or not is_paragraph(body[3]):
        return None
    subtitle = not body[0].endswith(".") and not SENTENCE_INSIDE.search(body[0])
    return 2 if subtitle and is_lead(body[1]) and not is_upper(body[0]) else None


def bare_lead(
    lines: list[str], layout: Layout, body: list[str], headline: str
) -> tuple[str, list[str]] | None:
    """The standfirst without its full stop (is_bare_standfirst) opening the text or right
    over it, the headline's copies and chrome aside, and the body under it; else None."""
    above = [line for line in lines[layout.title + 1 : text_start(layout)] if line]
    head = [line for line in above if not is_title_again(line, headline)]
    head = [line for line in head if not is_chrome_line(line)]
    untitled = [line for line in body if not is_title_again(line, headline)]
    if len(head) > 1 or not is_bare_standfirst(head + untitled):
        return None
    return (head + untitled)[0], trim_chrome(untitled[1 - len(head) :], line_classes(lines))


def is_bare_standfirst(body: list[str]) -> bool:
    """True when the text opens with a standfirst written without its full stop: a long line
    of words ending none, over a paragraph ("Известный челнинский предприниматель о 7
    ключевых проблемах бизнеса … и о том, как стать крупнейшим дилером КАМАЗа")."""
    first = body[0] if len(body) >= 2 else ""
    if not first or first.endswith(SENTENCE_END) or not first[-1:].isalnum():
        return False  # a sentence, or a line cut at its comma
    if len(first.split()) < LEAD_WORDS or is_chrome_line(first) or CREDIT_GLUED.search(first):
        return False
    if density(first) < STANDFIRST_DENSITY:
        return False  # not a run of keywords, nor a photo's alt text with its credit
    return is_paragraph(body[1]) and body[1].endswith(SENTENCE_END)


def is_lead_over_copy(body: list[str], headline: str) -> bool:
    """True when the text opens with a sentence over the headline written again: the
    standfirst between the headline and its copy over the text ("Народные кадры - в нашем
    репортаже." / "Казанский первый день осени: …" / "Первый день осени в Казани, …")."""
    if len(body) < 3 or not is_title_again(body[1], headline) or is_title_again(body[0], headline):
        return False
    return body[0].endswith(SENTENCE_END) and len(body[0].split()) >= STANDFIRST_WORDS[0]


def without_crumbs(title: str, below: list[str]) -> str:
    """The headline without the breadcrumbs a copy glued before it: a rubric's crumb and its
    mark (RUBRIC_CRUMB), or words it stands alone under: "Домой Жизнь татар Муслима
    Латыпова: «…»" / "Муслима Латыпова: «…»"."""
    title = without_rubric_crumb(title)
    alone = next((line for line in below if line and title.endswith(" " + line)), None)
    if alone is None or len(alone.split()) < TITLE_WORDS:
        return title
    crumbs = [word for word in title[: -len(alone)].split() if not is_crumb_mark(word)]
    return (
        alone if len(crumbs) <= CRUMB_WORDS and not CRUMB_PUNCT.search(" ".join(crumbs)) else title
    )


def is_crumb_mark(word: str) -> bool:
    """True for a mark between crumbs: a dash, a slash, a guillemet, a site engine's "arrow"."""
    return not word.strip(CRUMB_MARKS) or word == "arrow"


def without_rubric_crumb(title: str) -> str:
    """The headline without a rubric's crumb and its mark before it (RUBRIC_CRUMB)."""
    if (crumb := RUBRIC_CRUMB.match(title)) and len(crumb[0].split()) <= RUBRIC_CRUMB_WORDS:
        rest = title[crumb.end() :]
        return rest if len(rest.split()) >= TITLE_WORDS else title
    return title


def short_standfirst(body: list[str], slotted: bool = False) -> bool:
    """True when the text opens with one short sentence that the paragraph under it, far
    longer, retells whole: a summary ("Заказчик — Главстрой Татарстана." / "На реставрацию
    … потратят 94 млн рублей. Заказчиком выступает Главстрой Татарстана, …")."""
    if brief_standfirst(body):
        return True
    if len(body) < 3 or not is_one_sentence(body[0]) or find_dateline(body[0]):
        return False
    if not is_paragraph(body[1]):
        return False
    if slotted:  # the page's next story has one too: the site's standfirst under its headline
        return True
    if len(body[1]) < STANDFIRST_SHARE * len(body[0]):
        return False
    return headline_score(body[0], stems(body[1])) >= STANDFIRST_TOLD


def has_standfirst_slot(rest: list[str]) -> bool:
    """True when the page's next story, after the text, gives one short sentence under its
    dated headline ("09 Сентября 2024, 17:29" / "Выручка ИТ-компаний …" / "За последние пять
    лет она выросла в два раза.")."""
    kept = [line for line in rest if line]
    triples = zip(range(len(kept)), kept, kept[2:], strict=False)
    return any(
        is_date_text(line) and is_headline(kept, i + 1) and is_one_sentence(under)
        for i, line, under in triples
    )


def set_apart(lines: list[str], body: list[str]) -> list[str] | None:
    """The body under a standfirst of one sentence set apart from the text by a views counter
    or a dated line ("Со 2 июля … атмосферы." / "3116 просмотров" / "Режим НМУ …"); else None."""
    if len(body) < 2 or not is_one_line_sentence(body[0]):
        return None
    text = 2 if is_separator(body[1]) and len(body) > 2 else 1
    between = between_on_page(lines, body[0], body[text])
    if len(between) != 1 or not is_separator(between[0]) or not is_paragraph(body[text]):
        return None
    return body[text:]


def between_on_page(lines: list[str], above: str, below: str) -> list[str]:
    """The non-empty lines the page has between two lines of its text ([] when `above` is not
    on it or `below` does not follow it)."""
    if above not in lines:
        return []
    first = lines.index(above)
    after = next((i for i in range(first + 1, len(lines)) if lines[i] == below), None)
    return [line for line in lines[first + 1 : after] if line] if after else []


def apart_above(lines: list[str], layout: Layout, headline: str) -> str | None:
    """The standfirst by the headline, one sentence over a views counter, a dated line or the
    headline written again as the photo's caption ("Сегодня ночью придет зима" / "Синоптики
    обещают похолодание …." / "Сегодня ночью придет зима" / the text), there a subtitle too
    ("Двигатели замерзли, но помощь пришла"); else None."""
    above = [line for line in lines[layout.title + 1 : text_start(layout)] if line]
    if len(above) == 2 and is_one_line_sentence(above[0]):
        return above[0] if is_separator(above[1]) or is_title_again(above[1], headline) else None
    over = [line for line in lines[: layout.title] if line][-2:]
    if above or len(over) < 2 or not is_title_again(over[0], headline):
        return None
    return over[1] if is_one_line_sentence(over[1]) or is_headline(over, 1) else None


def standfirst_under_date(lines: list[str], layout: Layout, body: list[str]) -> str | None:
    """The line right under the headline's date line, one sentence with or without its full
    stop, left out of the text that starts below it, past one intertitle at most ("14 мая
    2023, 11:02" / "Самые обсуждаемые события недели … — в обзоре «Восток-Медиа»" / "Писатель
    считает …" / the text), past the date's rubric and a photo's credit too; not the headline
    written again: the standfirst, better kept than lost; else None."""
    if not body or body[0] not in lines[layout.title + 1 :]:
        return None
    first = lines.index(body[0], layout.title + 1)
    between = [line for line in lines[layout.title + 1 : first] if line]
    dates = len(list(takewhile(is_date_text, between)))
    rest = [line for line in between[dates:] if not is_chrome_line(line)]  # a photo's credit
    if len(rest) > 1 and RUBRIC_WORD.fullmatch(rest[0]):
        rest = rest[1:]  # the rubric under the date ("18 апреля 2022, 11:31" / "Благоустройство")
    if not dates or not 1 <= len(rest) <= 2 or (len(rest) == 2 and not is_headline(rest, 1)):
        return None
    line = rest[0]
    if len(line.split()) < STANDFIRST_WORDS[0] or len(line) > STANDFIRST_CHARS:
        return None
    if is_title_again(line, lines[layout.title]):
        return None
    if density(line) < STANDFIRST_DENSITY or CREDIT_GLUED.search(line):
        return None  # a run of keywords, a photo's alt text with its credit
    return None if SENTENCE_INSIDE.search(line) or is_chrome_line(line) else line
