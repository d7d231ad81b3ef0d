"""Which words a compound joins, read from texts: «госпереворот» is «государственный
переворот», «химоружие» «химическое оружие», «соцсети» «социальные сети».

Such a compound (сложносокращённое слово) joins the beginning of an adjective to a noun. The
word alone does not say which adjective: «гос» opens государственный and госпитальный, «спец»
специальный and специфический. The texts holding the compound decide: the adjective and noun
they write side by side, the adjective opening as the compound does and the noun ending it, in
the most of them (at least MIN_COUNT). None of the shared corpus's 9 articles with «турпоток»
writes «турецкий поток» so, and 10 of the first 40 with «госпереворот» write «государственный
переворот».
"""

from collections import Counter

from indexer.text.abbreviations import CLAUSE_END, NAME_WORD, likeliest_kind
from indexer.text.morph import fold, lemmas

# The fewest letters of the adjective a compound keeps: «гос», «хим», «гум». Two would join
# «кубок мира» into «кумир».
MIN_HEAD = 3
# The fewest letters of the noun that ends it: «дума», «сеть», «союз».
MIN_TAIL = 4
# The texts that must write the pair out.
MIN_COUNT = 2
# What the first word of the pair is: an adjective or a participle, not a noun («министр
# обороны» is not what «минобороны» joins).
ATTRIBUTES = frozenset({"ADJF", "PRTF"})


def splits(compound: str) -> list[tuple[str, str]]:
    """Each way to cut a compound's lemma into an adjective's beginning and a noun; not a
    hyphen's («санкт-петербург» is two words)."""
    last = len(compound) - MIN_TAIL
    cuts = [(compound[:cut], compound[cut:]) for cut in range(MIN_HEAD, last + 1)]
    return [(head, tail) for head, tail in cuts if head.isalpha()]


def written_pairs(text: str, cuts: list[tuple[str, str]]) -> dict[tuple[str, str], tuple]:
    """The (adjective, noun) pairs `text` writes side by side within a clause that one of
    a compound's cuts joins: their lemmas («государственный», «переворот») → the words as
    written (folded) the first time."""
    found: dict[tuple[str, str], tuple] = {}
    opening = cuts[0][0]
    for clause in CLAUSE_END.split(fold(text)):
        words = NAME_WORD.findall(clause)
        for first, second in zip(words, words[1:], strict=False):
            tail = joined_tail(first, second, cuts) if first.startswith(opening) else None
            if tail:
                found.setdefault((lemmas(first)[0], tail), (first, second))
    return found


def joined_tail(first: str, second: str, cuts: list[tuple[str, str]]) -> str | None:
    """The noun's lemma when a cut's head opens the adjective `first` (and is not all of
    it) and its tail is a lemma of the noun `second` («противотанковые ракетные» is no
    «противоракетный»: the second word is an adjective)."""
    for head, tail in cuts:
        if first.startswith(head) and len(first) > len(head) + 1 and tail in lemmas(second):
            kinds = likeliest_kind(first), likeliest_kind(second)
            return tail if kinds[0] in ATTRIBUTES and kinds[1] == "NOUN" else None
    return None


def learnt_parts(texts, cuts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The pair of words most of the texts write out for a compound (`cuts`: the ways to
    cut its lemma, splits), as the first text wrote it, if at least MIN_COUNT of them do; a
    text counts once for each pair."""
    counts: Counter = Counter()
    written = {}
    for text in texts:
        pairs = written_pairs(text, cuts)
        counts.update(pairs.keys())
        for key, pair in pairs.items():
            written.setdefault(key, pair)
    best = max(counts, key=lambda key: (counts[key], key), default=None)
    return written[best] if best and counts[best] >= MIN_COUNT else None
