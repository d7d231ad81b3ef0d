""" "Возможно, вы имели в виду": the wrong keyboard layout, Latin spellings, then typos.

Suggestions are made on the analysed query and printed back in its own
syntax ("title:выборр" → "title:выбор", "!президетн" → "!президент"). They look
only at the index's own vocabulary, so a suggestion always finds something.
"""

import math
import re

import cyrtranslit

from indexer.engine.plan import Plan, Term
from indexer.engine.spelling import Lexicon, weighted_distance
from indexer.text.analysis import exact_term

LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
CYRILLIC = "йцукенгшщзхъфывапролджэячсмитьбюё"
TO_CYRILLIC = str.maketrans(LATIN + LATIN.upper(), CYRILLIC + CYRILLIC.upper())
# A run typed in the English layout: "rehc he,kz"; "title:" and operators are left alone.
LAYOUT_RUN = re.compile(r"(?<![\w:])[a-z\[\];',.`]++(?!:)", re.IGNORECASE)
OPERATORS = ("OR", "AND", "NOT")
LATIN_NAME = re.compile(r"[a-z]+", re.IGNORECASE)
MIN_FREQUENCY = 2
# Bounded cost: each looked-up word is an edit-distance scan of the vocabulary, dearer the
# longer the word (five unknown 25-letter words took 9 s); so a few words, of bounded length.
MAX_LOOKUPS = 4
MAX_WORDS = 6
# A Latin name is read in Cyrillic when that spelling is this many times as frequent.
LATIN_RATIO = 10
MIN_WORD_LETTERS, MAX_WORD_LETTERS = 4, 16
# How much a tenfold frequency outweighs edits: "навальнй" → «навальный», not «начальный».
FREQUENCY_WEIGHT = 0.3


def suggest(reader, plan: Plan, lexicon: Lexicon | None = None) -> str | None:
    """A better query than the plan's, or None when every word is already known."""
    lexicon = lexicon or Lexicon()
    switched = switched_layout(reader, plan.text)
    if switched:
        return switched
    fixes: dict[tuple[int, int], str] = {}
    lookups = MAX_LOOKUPS
    for term in plain_terms(plan)[:MAX_WORDS]:
        better = transliterated(reader, lexicon, term.form)
        if not better and lookups and not known_word(reader, term):
            better, lookups = closest(reader, lexicon, term.form), lookups - 1
        if better:
            fixes[term.word.span] = same_case(better, term.text)
    return plan.render(fixes) if fixes else None


def plain_terms(plan: Plan) -> list[Term]:
    """The words of the query a suggestion may change (not prefixes), each once."""
    found: dict[tuple[int, int], Term] = {}
    for term in plan.terms:
        if not term.prefix:
            found.setdefault(term.word.span, term)
    return list(found.values())


def known(reader, form: str) -> bool:
    """True when articles hold this form as written (as its exact term or as a lemma)."""
    return frequency(reader, form) + frequency(reader, exact_term(form)) >= MIN_FREQUENCY


def known_word(reader, term: Term) -> bool:
    """True when the word as typed is known, or one of its lemmas is: "заявите" finds every
    article with «заявить» and is no typo, even when no article writes that form."""
    return known(reader, term.form) or any(
        frequency(reader, lemma) >= MIN_FREQUENCY for lemma in term.lemmas
    )


def frequency(reader, term: str) -> int:
    return reader.doc_frequency("body", term) + reader.doc_frequency("title", term)


def switched_layout(reader, text: str) -> str | None:
    """The query retyped in the Russian layout, when that makes every switched word known."""
    runs = [m for m in LAYOUT_RUN.finditer(text) if m.group() not in OPERATORS]
    if not runs:
        return None
    switched = {m.span(): m.group().translate(TO_CYRILLIC).lower() for m in runs}
    words = [w for run in switched.values() for w in re.findall(r"\w+", run)]
    if not words or not all(known(reader, word) for word in words):
        return None
    if all(known(reader, m.group().lower()) for m in runs):
        return None  # English words the index holds: "covid"
    return Plan(text, None).render(switched)


def transliterated(reader, lexicon: Lexicon, form: str) -> str | None:
    """A Latin spelling of a Russian name, when the Cyrillic one is far more frequent:
    "sobyanin" → «собянин», "navalny" → «навальный»."""
    if not LATIN_NAME.fullmatch(form) or len(form) > MAX_WORD_LETTERS:
        return None
    spelt = cyrtranslit.to_cyrillic(form, "ru")
    # "-y" ends names: Navalny → Навальный, Zelensky → Зеленский.
    variants = [spelt] + ([spelt[:-1] + "ый", spelt[:-1] + "ий"] if spelt.endswith("и") else [])
    name = next((v for v in variants if known(reader, v)), None)
    name = name or closest(reader, lexicon, variants[1] if len(variants) > 1 else spelt)
    if name and uses(reader, name) >= LATIN_RATIO * max(1, uses(reader, form)):
        return name
    return None


def uses(reader, form: str) -> int:
    """How many articles hold this form, as its lemma or as written."""
    return max(frequency(reader, form), frequency(reader, exact_term(form)))


def closest(reader, lexicon: Lexicon, word: str) -> str | None:
    """The likeliest indexed word within one or two edits: fewest (keyboard-weighted)
    edits first, more frequent words first among near equals."""
    if not MIN_WORD_LETTERS <= len(word) <= MAX_WORD_LETTERS or not word.isalpha():
        return None
    maxdist = 1 if len(word) < 7 else 2
    scored = {c: score(reader, word, c) for c in lexicon.near(reader, word, maxdist)}
    scored = {c: s for c, s in scored.items() if s is not None}
    return min(scored, key=lambda c: (scored[c], c)) if scored else None


def score(reader, word: str, candidate: str) -> float | None:
    """Lower is likelier: weighted edits less the frequency's weight; None for a rare word."""
    count = uses(reader, candidate)
    if count < MIN_FREQUENCY:
        return None
    return weighted_distance(word, candidate) - FREQUENCY_WEIGHT * math.log10(count)


def same_case(word: str, typed: str) -> str:
    """The suggestion capitalised as the word was: "Сирыя" → "Сирия"."""
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word
