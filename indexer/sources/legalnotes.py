"""The footnotes Russian law makes an outlet add under a text naming a banned or designated
organisation or person, left out: a legal formula repeated under hundreds of articles, not their
words, as a photo credit is not.

Left in, "* «Исламское государство» (ИГ) — террористическая группировка, запрещённая на
территории России." under 860 of RT's articles made each of them match «верховный суд»,
«террористическая группировка» or «территория» as the articles on them do. Two shapes are read,
each a line of its own:
    marked:   "* «Аль-Каида» — террористическая группировка, запрещённая в России."
              "* внесён в список террористов и экстремистов в РФ"
    unmarked: "«Исламское государство» (ИГ) — организация признана террористической по решению
              Верховного суда РФ от 29.12.2014." (one sentence, opening with the names)
The formula inside a sentence, "Лазаревой (признана в РФ иноагентом)", is the text as published
and stays, as does the asterisk after a name («Азов»*), which is no word.
"""

import re

NOTE_CHARS = 400  # a footnote is a sentence or two; a longer paragraph is the article's text
# "запрещённая на территории России", "деятельность которой запрещена в РФ", "признанное
# экстремистским", "признана «иностранным агентом»", "внесён в список террористов".
DESIGNATION = re.compile(
    r"запрещ[её]н\w*\s+(?:на территории|в)\s+(?:России|РФ|Российской Федерации)|"
    r"деятельность\s+(?:\w+\s+){0,3}?запрещена|"
    r"признан\w*\s+(?:\w+\s+){0,5}?[«\"]?(?:террористическ|экстремистск|нежелательн|"
    r"иностранн\w*\s+агент|иноагент)|"
    r"(?:внес[её]н|включ[её]н)\w*\s+(?:\w+\s+){0,3}?в\s+(?:реестр|перечень|список)\w*\s+"
    r"(?:\w+\s+){0,3}?(?:иностранн|иноагент|нежелательн|террорист|экстремист)|"
    r"выполняющ\w+\s+функции\s+иностранного\s+агента",
    re.I,
)
FOOTNOTE_MARK = re.compile(r"^\s*\*+")
# A line opening with the names it is about, then a dash: "«ИГ», «Талибан» — …".
NAMED_NOTE = re.compile(r"^\s*(?:«[^»]{1,80}»(?:\s*\([^()]{1,60}\))?[,\s]*){1,4}\s*[—–-]\s")
NEXT_SENTENCE = re.compile(r"[.!?]\s+[А-ЯЁA-Z«]")  # "… в 2017 году. Суд …": the text goes on


def is_legal_note(line: str) -> bool:
    """True for the law's footnote on a line of its own, marked or opening with the names."""
    if len(line) > NOTE_CHARS:
        return False
    # The shape first: a scan for the formula costs more than the rest of the reading.
    if FOOTNOTE_MARK.match(line):
        return DESIGNATION.search(line) is not None
    named = NAMED_NOTE.match(line) and not NEXT_SENTENCE.search(line)
    return bool(named) and DESIGNATION.search(line) is not None


def without_legal_notes(text: str) -> str:
    """The text without the law's footnotes on banned and designated names."""
    if "*" not in text and "«" not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not is_legal_note(line))
