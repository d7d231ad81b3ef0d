"""Line breaks a dump wrote as text: "\\n" kept as its two characters, or with its backslash lost.

The ODS news dumps (Gazeta.Ru, Meduza, Interfax, Известия, РИА Новости, RT, ТАСС) lost the
backslash of every line break, so each paragraph but the first opens glued to an "n" («…изучив
решения военных судов.nВ пояснительной записке…», «.nnДля», «.n"Федерация») and a link's text
keeps one at each end («утверждаетn, что», «отмечает «nФедеральное»). The word is then neither
found nor read as Russian («nРанее» is no word). Russian prose never writes a Latin "n" there:
after two Russian letters or a sentence's end and before a capitalised word, a quote or a dash, it
is a break; inside a sentence a space; before a comma or a stop, or after an opening quote, it is
nothing. A Latin word's own "n" («Amazon.», «сnn» with a Cyrillic с) stays.
"""

import re

# Each pattern opens with the "n" itself and looks behind it from there: one opening with a
# look-behind is tried at every character of a text (9 s on the texts of RT and three NG files,
# against 0.2 s).
LOST_BREAK = re.compile(
    r"n(?:(?<=[а-яёА-ЯЁ]{2}n)|(?<=[\d.,:;!?…»)\"]n))n{0,2}(?=[А-ЯЁ«(\"—–])"  # a line opens
    r"|n(?<=[.!?…]n)n{0,2}(?=\d)"  # … with a number: «перерыву.n2:0»
)
# A break inside a sentence, where a link's text stood on a line of its own: «онnвступилnв
# силу», «Издание Super.runутверждает»: a space.
LOST_SPACE = re.compile(
    r"n(?:(?<=[а-яёА-ЯЁ][а-яё]n)|(?<=\s[а-яё]n)|(?<=[,:;—–»]n)|(?<=\.run))(?=[а-яё])"
    r"|n(?<=[а-яё]{2}n)(?=\d|№)"  # … before a number: «назначилиn10 суток»
)
# A break at a link's end before a comma or a stop, after an opening quote or a hyphen: nothing.
LOST_AROUND_LINK = re.compile(
    r"n(?:(?<=[а-яёА-ЯЁ]{2}n)|(?<=[»)\"]n))(?=[,.:;)»])|n(?:(?<=[«(]n)|(?<=[а-яё]-n))(?=[а-яёА-ЯЁ])"
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
    text = LOST_SPACE.sub(" ", LOST_BREAK.sub("\n", text))
    return LOST_AROUND_LINK.sub("", text)
