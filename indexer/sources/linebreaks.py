"""Line breaks a dump wrote as text: "\\n" kept as its two characters, or with its backslash lost.

The ODS news dumps (Gazeta.Ru, Meduza, Interfax, Известия, РИА Новости, RT, ТАСС) lost the
backslash of every line break, so each paragraph but the first opens glued to an "n" («…изучив
решения военных судов.nВ пояснительной записке…», «.nnДля», «.n"Федерация») and a link's text
keeps one at each end («утверждаетn, что», «отмечает «nФедеральное»). The word is then neither
found nor read as Russian («nРанее» is no word; its look-alike letters even made it Latin).
Russian prose never writes a Latin "n" there: after two Russian letters or a sentence's end and
before a Russian word, a quote or a dash, it is a break; before a comma or a stop, or after an
opening quote, it is nothing. A Latin word's own "n" («Amazon.», «сnn» with a Cyrillic с) stays.
"""

import re

LOST_BREAK = re.compile(
    r"(?:(?<=[а-яёА-ЯЁ]{2})|(?<=[\d.,:;!?…»)\"]))n{1,3}(?=[А-ЯЁ«(\"—–])"  # a line opens
    r"|(?<=[.!?…])n{1,3}(?=\d)"  # … with a number: «перерыву.n2:0»
    r"|(?:(?<=[а-яё]{2})|(?<=\s[а-яё])|(?<=[,:;—–]))n(?=[а-яё])"  # inside a sentence: «онnвступил»
)
LOST_AROUND_LINK = re.compile(
    r"(?:(?<=[а-яёА-ЯЁ]{2})|(?<=[»)\"]))n(?=[,.:;)])|(?<=«)n(?=[а-яёА-ЯЁ])"
)
# "\n" as two characters, the way a CSV export writes a JSON string's break; not the start of a
# path's or a program's word ("C:\new").
ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n(?![a-z])")


def with_line_breaks(text: str) -> str:
    """The text with the line breaks a dump wrote as text made line breaks again."""
    if "\\" in text:
        text = ESCAPED_BREAK.sub("\n", text)
    if "n" not in text:
        return text
    return LOST_AROUND_LINK.sub("", LOST_BREAK.sub("\n", text))
