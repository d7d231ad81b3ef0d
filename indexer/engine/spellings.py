"""Another spelling of a word in its own alphabet, the one the articles use: a compound typed
without its hyphens («алькаида» → «Аль-Каида», «санктпетербурге» → Санкт-Петербурге, "covid19"
→ COVID-19, «с400» → С-400), a name typed with е where the articles write э or the other way
(«усейн» → Усэйн, «мей» → Мэй, «мэйвезер» → Мейвезер).

Only for a word the dictionary does not know, which a name or a compound typed so is: a word
of the language keeps its own spelling («сем» is not «Сэм»). twins.py widens the query word
with the spelling found, as with a name in the other alphabet.
"""

import re
from itertools import product

from indexer.engine.spelling import Lexicon
from indexer.engine.suggest import uses
from indexer.text.morph import morph_analyzer

# A compound spelling is taken when the articles write it this many times as often as the word
# typed; a vowel's other spelling three times as often: both spellings of a name are in use,
# «усейн» 5 articles against «усэйн» 24.
COMPOUND_RATIO = 10
VOWEL_RATIO = 3
# The letters of a compound typed without its hyphens: «алькаида», not «изза» (из-за); a
# code of letters and digits of any length («с400» → С-400, «ми8» → Ми-8), which no word is,
# taken when the articles write it so in more articles than as typed.
MIN_JOINED = 5
CODE = re.compile(r"[^\W\d_]+\d+|\d+[^\W\d_]+")
# The letters a transliterated name is written with either way, and how many of them are tried
# in all their spellings (2 ** 3 words looked up at most).
VOWELS = {"е": "э", "э": "е"}
MAX_VOWELS = 3


def usual_spelling(reader, lexicon: Lexicon, form: str) -> str | None:
    """The spelling the articles use of a folded word the dictionary does not know, or None."""
    if morph_analyzer().word_is_known(form):
        return None
    return compound(reader, lexicon, form) or other_vowels(reader, form)


def compound(reader, lexicon: Lexicon, form: str) -> str | None:
    """The hyphenated word typed without its hyphens, when the articles write it far more
    often; a code when they write it so more often («ан124»: 0 articles, «Ан-124» 6)."""
    code = CODE.fullmatch(form) is not None
    if "-" in form or (len(form) < MIN_JOINED and not code):
        return None
    # A hyphen may follow the first letter («с-400»): its words start otherwise.
    heads = (form[:2], form[0] + "-")
    found = [
        word for head in heads for word in lexicon.by_key(reader, head, unhyphenated).get(form, ())
    ]
    typed = uses(reader, form)
    return more_used(reader, found, typed + 1 if code else COMPOUND_RATIO * max(1, typed))


def unhyphenated(word: str) -> str | None:
    """A hyphenated word without its hyphens; None for another word (a Lexicon key)."""
    return word.replace("-", "") if "-" in word else None


def other_vowels(reader, form: str) -> str | None:
    """The word with е and э swapped where it has them, when the articles write it so more
    often."""
    places = [n for n, letter in enumerate(form) if letter in VOWELS][:MAX_VOWELS]
    if not places:
        return None
    spellings = set()
    for swapped in product((False, True), repeat=len(places)):
        letters = list(form)
        for n, swap in zip(places, swapped, strict=True):
            letters[n] = VOWELS[letters[n]] if swap else letters[n]
        spellings.add("".join(letters))
    spellings.discard(form)
    return more_used(reader, spellings, VOWEL_RATIO * max(1, uses(reader, form)))


def more_used(reader, spellings, least: int) -> str | None:
    """The spelling of these the articles use most, if in at least `least` articles."""
    best = max(sorted(spellings), key=lambda word: uses(reader, word), default=None)
    return best if best and uses(reader, best) >= least else None
