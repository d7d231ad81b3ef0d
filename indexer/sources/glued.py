"""Blocks a copy of a page glued together, split apart again: two paragraphs after a closing
quote, a date glued to a line written again, an image's address before the text.
"""

import re

from indexer.sources.dates import is_date_text

# An image's address or file name glued before the text: "herschelplanck_pТелескоп НАСА …",
# "http://cursorinfo.co.il/images/img_00077602_small.jpg Палестинские силы …".
GLUED_IMAGE = re.compile(
    r"^(?:https?://\S+?\.(?:jpe?g|png|gif|webp)|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s*(?=[«\"А-ЯЁ])"
)
# Two blocks glued by a copy: a closing quote, then a capitalised word with no space between.
GLUED_QUOTE = re.compile(r"(?<=[а-яё.]»)(?=[А-ЯЁ][а-яё]{2})")
REPEAT_WORDS = 3  # a line this long written again with a date glued to it is split


def unglued(line: str) -> list[str]:
    """A line split where a copy glued two blocks: after a closing quote that a capitalised
    word follows without a space ("… «Городские парки г.Орска»Как только …"); without an
    image's address or file name glued before its text."""
    line = GLUED_IMAGE.sub("", line)
    parts = GLUED_QUOTE.split(line)
    return [part for part in parts if part] if len(parts) > 1 else [line]


def apart_from_repeat(lines: list[str]) -> list[str]:
    """The lines with a date glued to a line written again split off it: "Послание …
    собранию" / "Послание … собранию04 августа 2020 — 13:36" -> the line, then its date."""
    seen: list[str] = []
    out = []
    for line in lines:
        head = next((s for s in seen if line.startswith(s) and is_date_text(line[len(s) :])), None)
        out += [head, line[len(head) :].strip()] if head else [line]
        if len(line.split()) >= REPEAT_WORDS:
            seen.append(line)
    return out
