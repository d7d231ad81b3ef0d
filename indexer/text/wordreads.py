"""What one word is read as first, the tests the context rules (context.py) are made of: a
folded word's first part of speech, whether it stands only in the instrumental («жертвами»), is
a plural adjective in the nominative («химические»), or may stand between a predicate and its
verb («теракта», «для»).
"""

from functools import lru_cache

from indexer.text.morph import parses

# pymorphy3's second genitive, accusative and locative («чашка чаю», «в лесу») are the cases.
CASE_OF = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}
# The parts of speech that have a case.
DECLINED = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
# The words that agree with a noun.
ATTRIBUTES = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=50_000)
def is_complement(word: str) -> bool:
    """True for a preposition, or a word read first as a declined word in the genitive, the
    dative or the prepositional: what may stand between a noun and the verb it is the
    predicate of."""
    first = first_tag(word)
    if not first:
        return False
    case = CASE_OF.get(first.case, first.case)
    return first.POS == "PREP" or first.POS in DECLINED and case in ("gent", "datv", "loct")


def is_short(word: str) -> bool:
    return first_part_of_speech(word) in ("ADJS", "PRTS")


@lru_cache(maxsize=50_000)
def first_tag(word: str | None):
    """The tag of the word's likeliest reading, or None for no word."""
    readings = parses(word) if word else []
    return readings[0].tag if readings else None


def first_part_of_speech(word: str) -> str | None:
    tag = first_tag(word)
    return tag.POS if tag else None


def is_attribute(word: str) -> bool:
    return first_part_of_speech(word) in ATTRIBUTES


def next_noun(words: tuple[str, ...]) -> str | None:
    """The first of the words read first as a noun, over attributes only («политической
    силой»)."""
    for word in words:
        if first_part_of_speech(word) == "NOUN":
            return word
        if not is_attribute(word):
            return None
    return None


@lru_cache(maxsize=50_000)
def is_plural_nominative(word: str) -> bool:
    """True for an adjective or participle whose every reading is plural in the nominative or
    the accusative («химические», «так называемые»): none agrees with steel."""
    readings = [p.tag for p in parses(word)]
    if not readings or readings[0].POS not in ATTRIBUTES:
        return False
    return all(t.number == "plur" and t.case in ("nomn", "accs") for t in readings)


@lru_cache(maxsize=50_000)
def is_instrumental(word: str | None) -> bool:
    """True for a word read first as a declined word, each of whose declined readings is in
    the instrumental («чемпионами», «жертвами»)."""
    readings = parses(word) if word else []
    if not readings or readings[0].tag.POS not in DECLINED:
        return False
    cases = {p.tag.case for p in readings if p.tag.POS in DECLINED}
    return cases == {"ablt"}
