"""The headline written again in a scraped page's text: alone, glued to its photo's credit or
before the text's first line as an image's alt text, after the text where a share block or the
page's copy over again begins, or as a blog's header inside it.
"""

import re

from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.pagebody import BYLINE
from indexer.sources.pageend import BOX_SENTENCE, SENTENCE_END, is_box_sentence

RETOLD_WORDS = 6  # a standfirst the text under it opens with: a sentence, not a word or two
GLUED_TITLE_WORDS = 4  # a headline this long glued before the text's first sentence
SENTENCE_IN = re.compile(r"[.!?…»] +[А-ЯЁA-Z«]")
# A photo's credit or caption glued after the headline written again: "Фото: архив", "©".
# The headline typed again with other quotes and dashes ("\"Газете\" - 95 лет" / "«Газете» – 95
# лет"): the same headline.
TYPOGRAPHY = str.maketrans("«»“”„–—", '"""""--')
CREDIT_WORD = re.compile(r"(?:фото|©|источник|иллюстрация|коллаж|photo)", re.I)


def without_title(body: list[str], title: str) -> list[str]:
    """The body without its headline written again: alone, glued to its photo's credit
    ("… в Новой Москве. Фото: архив") or before the text's first line, and ended where the
    headline stands again after the text (a share block, the next story); a line written
    twice in a row once; without a byline over it."""
    kept: list[str] = []
    lines = [past_glued_title(body[0], title), *body[1:]] if body else []
    for i, line in enumerate(lines):
        if line == title and kept and not text_goes_on(lines, i + 1, kept):
            break
        if not is_title_again(line, title) and not (kept and line == kept[-1]):
            kept.append(line)  # a line written twice in a row once
    if len(kept) > 1 and BYLINE.match(kept[0]) and not kept[0].endswith((*SENTENCE_ENDS, ":")):
        return kept[1:]  # a byline over the text: "Дмитрий Курканин, директор МАУК «…»"
    return kept


def past_glued_title(line: str, title: str) -> str:
    """The text's first line without the headline glued before it, as an image's alt text
    ("Два павильона … загорелись в Новосибирске Густой черный дым окутал …"), or with no
    space between ("… введен спецназ из-за беспорядковВ СИЗО управления …")."""
    if len(title.split()) < GLUED_TITLE_WORDS or title.endswith(SENTENCE_END):
        return line
    rest = line[len(title) :].removeprefix(" ") if line.startswith(title) else ""
    glued = rest[:1].isupper()
    return rest if glued and len(rest) >= BOX_SENTENCE and SENTENCE_IN.search(rest) else line


def written_twice(body: list[str], title: str) -> bool:
    """True when the text opens with a paragraph written twice (the headline's copies aside):
    the standfirst, shown over the photo and again over the text, then the text."""
    first = [line for line in body if not is_title_again(line, title)][:3]
    paragraph = len(first) == 3 and first[0] == first[1] != first[2]
    return paragraph and len(first[0]) >= BOX_SENTENCE and first[0].endswith(SENTENCE_END)


def opening_retold(title: str, lead: str, body: list[str]) -> tuple[str, list[str]]:
    """The lead and body of a text that opens with a line the paragraph under it starts with
    word for word and goes on from: the standfirst written over the text (the body would hold
    its words twice), made the lead; not the first sentence standing in for a headline."""
    if lead or len(body) < 2:
        return lead, body
    first, under = " ".join(body[0].split()), " ".join(body[1].split())
    if first.startswith(" ".join(title.split())):
        return lead, body
    if len(first.split()) >= RETOLD_WORDS and under.startswith(first) and under != first:
        return body[0], body[1:]
    return lead, body


def is_title_again(line: str, title: str) -> bool:
    """True for the headline alone, or glued to a photo's caption or credit; not with a full
    stop added, the text's first sentence saying what its headline says."""
    line, title = line.translate(TYPOGRAPHY), title.translate(TYPOGRAPHY)
    if not title or not line.startswith(title) or line == f"{title}.":
        return False
    rest = line[len(title) :].lstrip(" .,:;—–-")
    return not rest or CREDIT_WORD.match(rest) is not None


def text_goes_on(lines: list[str], i: int, kept: list[str]) -> bool:
    """True when a blog's header written again inside the text (its headline) is followed by
    more paragraphs of the text, not by its share block or its copy over again."""
    after = lines[i : i + 2]
    return bool(after) and all(is_box_sentence(line) and line not in kept for line in after)
