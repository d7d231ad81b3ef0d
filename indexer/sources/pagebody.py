"""The text of a scraped page below its headline: its paragraphs kept up to where it ends
(pageend.py); chrome, photo captions with their credit, an image's alt text, another story's
teaser, the labels and calls after the text and an aggregator's signatures left out.

    …last paragraph of the article.
    ЭкономикаРоссияAPIЯндекс.МаркетOzon                     tags glued by the copy: chrome
    «Всему на ощупь учились …». Фото: «БИЗНЕС Online»      a caption with its credit
    Обсудим?                                                a call to comment
"""

import re

from indexer.sources.chrome import (
    READ_MORE,
    SENTENCE_WORD,
    is_chrome_line,
    is_closing_credit,
)
from indexer.sources.datelines import find_dateline
from indexer.sources.pageend import (
    SENTENCE_END,
    box_end,
    is_feed_start,
    is_related_card,
    is_short,
    related_card_size,
    starts_menu,
    starts_next_story,
    starts_story_after_call,
    teaser_run_start,
)

CALL_WORDS = 2
# The outlet an aggregator signs a paragraph with, after its last sentence:
# "… для дальнейшего разбирательства. Российская газета", "… телеграм-канале. Ura.Ru".
SIGNATURE = re.compile(r"(?<=[.!?…»\"”])\s+[A-ZА-ЯЁ][\w.\-]*(?:\s+[\w.\-«»\"]+){0,3}$")
SIGNED_SHARE = 0.5  # of the paragraphs signed, at least two: a page signing each one
# A byline or a quote's speaker: "Дмитрий Курканин, директор МАУК «Городские парки»".
BYLINE = re.compile(r"^[А-ЯЁ][а-яё]+ (?:[А-ЯЁ]\. ?)?[А-ЯЁ][а-яё]+, [а-яё]")


# An empty image's markdown ("![]() Синоптики …") and a label with nothing after it ending the
# text ("… поднимется до −2. Источник: |"): the page's widgets, not its words.
EMPTY_IMAGE = re.compile(r"!\[\]\([^()\s]*\)\s*")
EMPTY_LABEL = re.compile(r"(?<=[.!?…»\"”])\s+(?:Источник|Фото|Автор|Текст)\s*:\s*\|?\s*$")


# A photo's caption ending with its credit: "… преодолевать». Фото: «БИЗНЕС Online»".
CAPTION_CREDIT = re.compile(
    r"[.!?…»\"]\s*(?:Фото|Фото и видео|Источник фото)\s*:[^.!?]{0,60}$", re.I
)
SITE_WORDS = 3  # of the site's name after a photo caption written again: "… - Sputnik Таджикистан"
CAPTION_WORDS = 3  # of that caption, at least
OPENING_CHARS = 40  # a pull quote's first letters, as its caption writes them
# An image's alt text left by the copy: a few words in lower case, no punctuation ("стела
# музей вов"); a text's line starts with a capital or a dash.
ALT_TEXT = re.compile(r"^[а-яёa-z][а-яёa-z0-9]*(?: [а-яёa-z0-9]+){1,4}$")


def is_alt_text(line: str) -> bool:
    """True for an image's alt text: ALT_TEXT, none of its words a sentence's ("и другие")."""
    return ALT_TEXT.match(line) is not None and not any(map(SENTENCE_WORD.match, line.split()))


def without_empty_marks(line: str) -> str:
    """The line without an empty image's markdown and an empty label at its end."""
    line = EMPTY_IMAGE.sub("", line) if "![" in line else line
    return EMPTY_LABEL.sub("", line) if line.endswith(("|", ":")) else line


def body_lines(lines: list[str], start: int, bounded: bool = False) -> list[str]:
    """The article's paragraphs: chrome dropped, stopping at the feed, a menu or a footer.
    In `bounded` text (its end known) a "Читайте также" box is skipped, not an end."""
    body: list[str] = []
    rest = [line for line in lines[start:] if line]
    teasers = teaser_run_start(rest)
    i = 0
    while i < len(rest):
        line = rest[i]
        feed = is_feed_start(line)
        if feed and bounded:
            i = box_end(rest, i)
            continue
        if feed or (body and (starts_menu(rest, i) or starts_next_story(rest, i))):
            break
        if body and (starts_story_after_call(rest, i) or i >= teasers):
            break
        if body and another_dateline(body[0], line):
            body = body[:-1] if not body[-1].endswith(SENTENCE_END) else body
            break  # the next story, under its headline
        if body and is_teaser(body[-1], line):
            body.pop()  # another story's teaser, cut short, over its link
            break
        if body and is_related_card(rest, i):
            i += related_card_size(rest, i)
            continue
        line = without_empty_marks(line)
        if line and not is_chrome_line(line) and not is_alt_text(line):
            body.append(line)
        i += 1
    return without_labels(without_captions(without_sited_captions(body)))


def without_sited_captions(body: list[str]) -> list[str]:
    """The body without a photo caption written again with the site's name after a dash
    beside a line that ends with the caption ("© Sputnik / Махпора КиромоваШкольники … на
    стадион" / "Школьники … на стадион - Sputnik Таджикистан" / "Школьники … на стадион")."""
    sited = sited_captions(body)
    return [line for i, line in enumerate(body) if i not in sited]


def sited_captions(lines: list[str]) -> set[int]:
    """The indexes of the lines that are such captions (is_sited), the non-empty lines above
    and below each its neighbours."""
    filled = [i for i, line in enumerate(lines) if line]
    near = [filled[max(0, n - 1) : n] + filled[n + 1 : n + 2] for n in range(len(filled))]
    return {
        i
        for i, beside in zip(filled, near, strict=True)
        if is_sited(lines[i], [lines[j] for j in beside])
    }


def is_sited(line: str, beside: list[str]) -> bool:
    """True for a caption with the site's name after a dash that a line beside ends with."""
    caption, dash, site = line.rpartition(" - ")  # the page's lines have single spaces
    if not dash or len(site.split()) > SITE_WORDS or len(caption.split()) < CAPTION_WORDS:
        return False
    return site[:1].isupper() and any(other.endswith(caption) for other in beside)


def another_dateline(first: str, line: str) -> bool:
    """True for a paragraph opening with a dateline of another day than the text's own
    ("Ростовская область, 15 марта 2026, DON24.RU. …" under a text of 1 апреля 2024): the
    next story a page runs on with."""
    found = [find_dateline(text) for text in (first, line)]
    days = [(dateline.day, dateline.month, dateline.year) for dateline in found if dateline]
    return len(days) == 2 and days[0] != days[1]


def without_captions(body: list[str]) -> list[str]:
    """The body without photo captions that end with their credit ("«Всему на ощупь учились …».
    Фото: «БИЗНЕС Online»"), nor the pull quote the caption writes again (its opening words)."""
    captions = [line for line in body if CAPTION_CREDIT.search(line)]
    if not captions:
        return body
    openings = {opening(line) for line in captions}
    return [line for line in body if line not in captions and opening(line) not in openings]


def opening(line: str) -> str:
    """A line's opening letters, its spaces aside (a copy may write "на ощупь" once as
    "наощупь")."""
    return "".join(line.split()).casefold()[:OPENING_CHARS]


def is_teaser(paragraph: str, line: str) -> bool:
    """True for a paragraph cut short over a link to read on ("… вы найдете в еженедельном" /
    "Подробнее »"): another story's teaser, not the text's end."""
    return READ_MORE.fullmatch(line) is not None and not paragraph.endswith(SENTENCE_END)


def before_teaser(lines: list[str]) -> list[str]:
    """The lines up to another story's teaser over its link (is_teaser), if one follows the
    first line."""
    pairs = zip(range(1, len(lines)), lines[1:], lines[2:], strict=False)
    return next((lines[:i] for i, line, after in pairs if is_teaser(line, after)), lines)


def without_labels(body: list[str]) -> list[str]:
    """The body without the labels and links after its last paragraph ("DMCA", "Наверх"),
    nor the call to comment closing it ("Обсудим?")."""
    end = len(body)
    while end > 1 and (is_short(body[end - 1]) or is_call(body[end - 1])):
        end -= 1
    return body[:end]


def is_call(line: str) -> bool:
    """True for a question of a word or two to the reader: "Обсудим?", "А вы как думаете?"."""
    return len(line.split()) <= CALL_WORDS and line.endswith("?") and line[:1].isupper()


def signature(paragraph: str) -> re.Match | None:
    """The name standing after the paragraph's last sentence, or None."""
    match = SIGNATURE.search(paragraph)
    return match if match and paragraph[-1].isalnum() else None


def unsigned(body: list[str]) -> list[str]:
    """The paragraphs without the outlet names an aggregator signs each of them with; a
    single name after a sentence is left alone (it may be the text's own words)."""
    found = [signature(paragraph) for paragraph in body]
    signed = sum(1 for match in found if match)
    if signed < 2 or signed < SIGNED_SHARE * len(body):
        return body
    return [p[: m.start()] if m else p for p, m in zip(body, found, strict=True)]


def source_line(body: list[str]) -> tuple[str, str] | None:
    """The standfirst over an aggregator's source line, and that line, when the text follows
    ("Лукашенко назвал …" / "Источник: Комсомольская правда" / "Президент Беларуси …")."""
    at = next((i for i in (1, 2) if i < len(body) and is_closing_credit(body[i])), None)
    if at is None or not body[at - 1].endswith(SENTENCE_END):
        return None
    below = sum(1 for line in body[at + 1 :] if line.endswith(SENTENCE_END))
    return (body[at - 1], body[at]) if below > at else None


def sourced_lead(body: list[str], sourced: tuple[str, str] | None) -> tuple[str, list[str]]:
    """The standfirst over a source line (source_line) as the lead, the line left out."""
    if not sourced or not body or body[0] != sourced[0]:
        return "", body
    return body[0], [line for line in body[1:] if line != sourced[1]]
