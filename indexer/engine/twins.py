"""A name typed in the other alphabet than the articles write it in: «фейсбук» finds Facebook,
«викиликс» WikiLeaks, "navalny" Навальный.

A plain query word also matches its twin in the other alphabet when the articles write the
twin far more often (TWIN_RATIO times, as the suggestions judge a Latin spelling): the word is
then another spelling of the twin. «трамп» is not widened to Trump, which the articles write
six times less. A Cyrillic word's Latin twin is found by sound: both spelt in Latin letters,
English spellings reduced (c before e, i, y → s; ph → f; w → v …), vowels dropped; a Latin
word's Cyrillic twin is read as the suggestions read it (suggest.transliterated). An acronym
too short to sound like a word is spelt letter for letter: «наса» → NASA, «иихф» → IIHF.
A code typed in the other alphabet's look-alike letters ("c-400", "ak-47" in Latin) is the
articles' spelling («С-400», «АК-47») when they write that more often than the code as typed.
Another spelling in the word's own alphabet is spellings.py's.
"""

import re
from dataclasses import replace

import cyrtranslit

from indexer.engine import budget as query_budget
from indexer.engine.plan import Term, leaves, phrase_words, swap_terms
from indexer.engine.spelling import Lexicon
from indexer.engine.spellings import compound, more_used, usual_spelling
from indexer.engine.suggest import LATIN_RATIO, transliterated, uses
from indexer.text.morph import CYRILLIC_LIKE, LATIN_LIKE, TO_CYRILLIC, TO_LATIN, lemmas

TWIN_RATIO = LATIN_RATIO
CYRILLIC_WORD = re.compile(r"[а-яё]{4,16}")
LATIN_WORD = re.compile(r"[a-z]+")
# Letters and digits, a hyphen between or none: «c-400», «ak47», «t-90a».
CODE = re.compile(r"([^\W\d_]{1,4})-?\d{1,4}[^\W\d_]?")
MIN_SOUNDS = 4  # a shorter skeleton matches too many words: «вахта» (v-h-t) sounds as "what"
CYRILLIC_SOUNDS = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "i", "", "e", "iu", "ia"),
    strict=True,
))  # fmt: skip
# English spellings as a Russian ear writes them, longest first.
ENGLISH_SOUNDS = (
    ("sch", "sh"), ("ph", "f"), ("ck", "k"), ("th", "t"), ("kh", "h"), ("w", "v"), ("q", "k"),
    ("x", "ks"), ("y", "i"), ("j", "dzh"),
)  # fmt: skip
SOFT_C = re.compile(r"c(?=[eiy])")
VOWELS = frozenset("aeiou")
# The Latin letters a word may start with for each first sound of its skeleton.
FIRST_LETTERS = {"f": "fp", "k": "kcqx", "s": "sc", "v": "vw", "d": "dj", "h": "hk", "a": "aeiouy"}


def skeleton(sounds: str) -> str:
    """The consonants of a word spelt in Latin letters, doubles once; an opening vowel as "a"."""
    if not sounds:
        return ""
    kept = ["a" if sounds[0] in VOWELS else sounds[0]]
    for letter in sounds[1:]:
        if letter not in VOWELS and letter != kept[-1]:
            kept.append(letter)
    return "".join(kept)


def cyrillic_skeleton(word: str) -> str:
    return skeleton("".join(CYRILLIC_SOUNDS.get(letter, letter) for letter in word))


def latin_skeleton(word: str) -> str | None:
    """The skeleton of an English or Latin spelling ("facebook" → "fsbk"); None for other words."""
    if not LATIN_WORD.fullmatch(word):
        return None
    for spelt, sound in ENGLISH_SOUNDS:
        word = word.replace(spelt, sound)
    found = skeleton(SOFT_C.sub("s", word).replace("c", "k"))
    return found if len(found) >= MIN_SOUNDS else None


def latin_twin(reader, lexicon: Lexicon, term: Term) -> str | None:
    """The Latin word sounding as the Cyrillic one, when the articles write it far more often."""
    if not CYRILLIC_WORD.fullmatch(term.form):
        return None
    own = max(uses(reader, word) for word in (term.form, *term.lemmas))
    found = set()
    for wanted in {cyrillic_skeleton(word) for word in (term.form, *term.lemmas)}:
        if len(wanted) >= MIN_SOUNDS:
            for head in FIRST_LETTERS.get(wanted[0], wanted[0]):
                found.update(lexicon.by_key(reader, head, latin_skeleton).get(wanted, ()))
    # An acronym's letters, spelt one for one: «наса» → NASA, «иихф» → IIHF (too few sounds).
    found.add(cyrtranslit.to_latin(term.form, "ru"))
    return more_used(reader, found, TWIN_RATIO * max(1, own))


def look_alike_code(reader, lexicon: Lexicon, form: str) -> str | None:
    """The code in the other alphabet's look-alike letters or its own, hyphenated as the
    articles write it, whichever they write most, if more often than as typed: "c-400" and
    "c400" → «с-400» (84 articles), not "c-400" (2)."""
    code = CODE.fullmatch(form)
    if not code:
        return None
    letters = code[1]
    if all(letter in LATIN_LIKE for letter in letters):
        other = form.translate(TO_CYRILLIC)
    elif all(letter in CYRILLIC_LIKE for letter in letters):
        other = form.translate(TO_LATIN)
    else:
        return None
    spellings = {other, compound(reader, lexicon, other), compound(reader, lexicon, form)}
    spellings.discard(None)
    return more_used(reader, spellings, uses(reader, form) + 1)


def twin_lemmas(reader, lexicon: Lexicon, term: Term) -> tuple[str, ...]:
    """The index lemmas of the word's twin in the other alphabet, or of the spelling the
    articles use in its own (spellings.py); none when it has none."""
    if not term.plain or term.word.quoted:  # "фейсбук": as typed
        return ()
    if code := look_alike_code(reader, lexicon, term.form):
        return lemmas(code)
    if spelt := usual_spelling(reader, lexicon, term.form):
        return lemmas(spelt)
    if LATIN_WORD.fullmatch(term.form):
        name = transliterated(reader, lexicon, term.form)
        return lemmas(name) if name else ()
    twin = latin_twin(reader, lexicon, term)
    return (twin,) if twin else ()


def with_twins(tree, reader, lexicon: Lexicon):
    """The tree with each plain word (phrases aside) also matching its twin's lemmas."""
    widened = {}
    quoted = phrase_words(tree)
    for term in leaves(tree, negated=True):
        if query_budget.spent():  # out of time: the words left keep their own spelling only
            break
        if term.word not in widened and term.word not in quoted:
            found = [
                lemma for lemma in twin_lemmas(reader, lexicon, term) if lemma not in term.lemmas
            ]
            if found:
                widened[term.word] = replace(term, lemmas=(*term.lemmas, *found))
    return swap_terms(tree, widened) if widened else tree
