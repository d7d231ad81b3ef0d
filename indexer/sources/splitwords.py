"""Words a dump's export cut in two at a line break, joined back: where a tag of the page ended
inside a word, the export wrote a break there ("* «Исламское государство» (ИГ) — терр\\nористическая
группировка", "\\nК\\nак выяснилось", "кинематографичес\\nких"): about 130 such words in RT's and
Nezavisimaya Gazeta's texts. Split, the word was two strings no query finds.

A break is taken for a cut when the dictionary knows the word the two sides make and not both
sides as words of their own; lines of verse («вокруг\\nкромешная темень») keep their breaks.
"""

import re

from indexer.text.morph import morph_analyzer

# A line opening with a lower-case word (a literal "\n" first: a fast scan), and the word before it.
BREAK = re.compile(r"\n([а-яё]+)(?![^\W\d_])")
WORD_BEFORE = re.compile(r"(?<![^\W\d_])[А-ЯЁа-яё]{1,40}$")


def is_cut(left: str, right: str) -> bool:
    """True when left + right is a word and left and right are not both words."""
    known = morph_analyzer().word_is_known
    if not known((left + right).lower()):
        return False
    return not (known(left.lower()) and known(right))


def with_split_words_joined(text: str) -> str:
    """The text with the words its export cut at a line break whole again."""
    pieces, done = [], 0
    for match in BREAK.finditer(text):
        left = WORD_BEFORE.search(text, max(done, match.start() - 41), match.start())
        if left and is_cut(left.group(), match.group(1)):
            pieces += [text[done : match.start()], match.group(1)]
            done = match.end()
    return "".join(pieces) + text[done:] if pieces else text
