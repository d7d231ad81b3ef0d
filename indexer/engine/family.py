"""Derived words: a query word's relatives in the index ("ураган" → ураганный).

Lemmas link the forms of one word, never a noun to its adjective: a reader who
remembers "ураганы" does not find the article that says "ураганное". The index
lemmas that are a query lemma's root with a derivational suffix, or its root
without one, are its derived words; they add to the ranking as optional, lower-weight terms (an
article about hurricanes names both), never to what matches: "ураган" still
finds only the articles with the word itself, so the operators stay exact. A verb has none
(«дать» is no root of «датский»), nor are two nouns with a form in common relatives («суда»:
судно, суд).
"""

from functools import lru_cache

import numpy as np

from indexer.engine import budget, ranking
from indexer.text.morph import lemmas, morph_analyzer, word_forms
from indexer.text.wordreads import first_part_of_speech

# Switch: no derived words when False (kept to measure against).
ENABLED = True
# What a derived word counts, against the word's own lemma.
WEIGHT = 0.5
# A root shorter than this has too many unrelated words after it ("мир" → мираж, миранда).
MIN_ROOT = 3
# Derivational suffixes between a word's root and its ending: "ураган" → ураган-н-ый,
# "россия" → росси-йск-ий, росси-янин, "джихад" → джихад-ист, "курс" → курс-ов-ой (not
# курс-к-ий: Курск). A shared stem alone links стихи to стихия and курс to курский.
SUFFIXES = ("н", "ск", "йск", "ийск", "ов", "ев", "ическ", "ист", "изм", "ств", "ник", "щик", "чик",
            "ец", "янин", "анин")  # fmt: skip
# Endings cut off before the suffix is looked for, longest first.
ENDINGS = ("ый", "ий", "ой", "ия", "ие", "ье", "а", "я", "о", "е", "ы", "и", "ь", "й")
# The most derived lemmas per word, the commonest first: a bound on the postings read.
MAX_DERIVED = 2
# The field whose vocabulary is searched: every article has a body.
FIELD = "body"
# The fields a derived word scores in (of those its word is searched in).
FIELDS = ("title", "lead", "body")


def base(word: str) -> str:
    """The word without its ending: "российский" → российск, "россия" → росси."""
    return next((word[: -len(e)] for e in ENDINGS if word.endswith(e)), word)


# The endings a derived lemma may take after root + suffix: ураган-н-ый, курс-ов-ой,
# джихад-ист, президент-ств-о; and those of the root word itself: росси-я, ураган.
DERIVED_ENDINGS = ("ый", "ой", "ий", "о", "")
ROOT_ENDINGS = ("", "а", "я", "ия", "о", "ь", "ы", "и", "й")


@lru_cache(maxsize=50_000)
def family_of(lemma: str) -> tuple[str, ...]:
    """The lemmas pymorphy knows that are the lemma's root with a derivational suffix,
    or its root without one ("российский" → россия): the same for any index."""
    if is_verb(lemma):  # «дать» is no root of «датский», «стать» of «статический»
        return ()
    own = base(lemma)
    found = [own + s + e for s in SUFFIXES for e in DERIVED_ENDINGS]
    roots = [own[: -len(s)] for s in SUFFIXES if own.endswith(s)]
    found += [root + e for root in roots if len(root) >= MIN_ROOT for e in ROOT_ENDINGS]
    return tuple(
        w
        for w in dict.fromkeys(found)
        if w != lemma and is_lemma(w) and not homographs(lemma, w) and not is_verb(w)
    )


def homographs(lemma: str, other: str) -> bool:
    """Two nouns with a form in common («суда»: судно, суд; «ростов»: Ростов, рост; «антонов»:
    Антонов, Антон): one text word's readings, not a word and one made from it."""
    return is_noun(lemma) and is_noun(other) and not word_forms(lemma).isdisjoint(word_forms(other))


def is_noun(word: str) -> bool:
    return first_part_of_speech(word) == "NOUN"


def is_verb(word: str) -> bool:
    """A verb's infinitive: the suffixes here make nouns and adjectives of nouns and adjectives."""
    return first_part_of_speech(word) == "INFN"


def relatives(postings, lemma: str) -> list[str]:
    """The lemma's derived words the index holds (a PostingsCache), the commonest first."""
    if len(base(lemma)) < MIN_ROOT:
        return []
    counts = {w: len(postings.get(FIELD, w).ids) for w in family_of(lemma)}
    return sorted((w for w, n in counts.items() if n), key=lambda w: (-counts[w], w))


def is_lemma(word: str) -> bool:
    """A word pymorphy knows whose only lemma is itself."""
    return morph_analyzer().word_is_known(word) and lemmas(word) == (word,)


def derived(postings, term) -> tuple[str, ...]:
    """The derived lemmas of a query word (a Term) in the index: none for prefixes, exact
    and stop words. Their postings are read for the ranking in any case, so the index's
    own postings cache tells which are there."""
    if not ENABLED or term.prefix or term.exact or term.stop:
        return ()
    own = set(term.lemmas)
    found = [w for lemma in term.lemmas for w in relatives(postings, lemma) if w not in own]
    return tuple(dict.fromkeys(found))[:MAX_DERIVED]


def add_derived(score: np.ndarray, postings, word, alone: bool) -> None:
    """Add what the word's derived lemmas weigh in each document, in the word's fields, to
    `score` (in place: a score array per word is 400 KB at 100,000 articles)."""
    try:
        for term in derived(postings, word):
            for field in (f for f in word.fields if f in FIELDS):
                found = postings.get(field, term)
                ranking.add_bm25(
                    score, postings, field, found, WEIGHT * ranking.weight(field, alone), alone
                )
    except budget.Spent:  # out of time: the word's own score stands
        pass


def derived_mask(postings, node) -> np.ndarray:
    """The documents holding a derived word of a query word or of a group of one word's
    fields ("(lead:w | body:w)"), in the fields it is searched in."""
    mask = np.zeros(postings.size, bool)
    for word in getattr(node, "nodes", (node,)):
        for term in derived(postings, word):
            for field in (f for f in word.fields if f in FIELDS):
                mask[postings.get(field, term).ids] = True
    return mask
