""" "Возможно, вы имели в виду": the wrong keyboard layout, then spelling.

Both look only at the index's own vocabulary, so a suggestion always finds
something.
"""

import re

from indexer.text.analysis import query_lemmas
from indexer.text.morph import fold

LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
CYRILLIC = "йцукенгшщзхъфывапролджэячсмитьбюё"
TO_CYRILLIC = str.maketrans(LATIN + LATIN.upper(), CYRILLIC + CYRILLIC.upper())
LATIN_WORD = re.compile(r"^[a-z\[\];',.`]+$", re.IGNORECASE)
WORD = re.compile(r"[\w\[\];',.`-]+")
MIN_FREQUENCY = 2
# Spelling is fixed for a few words of ordinary length: each costs an edit-distance scan of
# the vocabulary, quadratic in its length ("жщуэбоа" × 60 took 4 s on 1,600 articles).
MAX_WORDS = 5
MAX_WORD_LETTERS = 25


def suggest(reader, text: str) -> str | None:
    """A better query than `text`, or None when every word is already known."""
    words = WORD.findall(text)
    if not words or len(words) > MAX_WORDS:
        return None
    fixed = [better_word(reader, word) for word in words]
    if all(new is None for new in fixed):
        return None
    return " ".join(new or old for new, old in zip(fixed, words, strict=True))


def better_word(reader, word: str) -> str | None:
    """The word typed in the right layout, or the closest frequent word."""
    if known(reader, word):
        return None
    if LATIN_WORD.match(word):
        switched = word.translate(TO_CYRILLIC)
        if known(reader, switched):
            return switched.lower()
    return closest(reader, fold(word))


def known(reader, word: str) -> bool:
    return any(frequency(reader, lemma) >= MIN_FREQUENCY for lemma in query_lemmas(word))


def frequency(reader, term: str) -> int:
    return reader.doc_frequency("body", term) + reader.doc_frequency("title", term)


def closest(reader, word: str) -> str | None:
    """The most frequent indexed word within one or two edits."""
    if not 4 <= len(word) <= MAX_WORD_LETTERS or not word.isalpha():
        return None
    maxdist = 1 if len(word) < 7 else 2
    candidates = [c for c in reader.terms_within("body", word, maxdist, prefix=1) if c != word]
    candidates = [c for c in candidates if not c.startswith("!")]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: frequency(reader, c))
    return best if frequency(reader, best) >= MIN_FREQUENCY else None
