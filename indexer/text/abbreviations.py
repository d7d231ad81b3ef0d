"""Which name an abbreviation stands for, read from texts: «Русская православная церковь
(РПЦ)» defines «рпц».

The classic way (Schwartz & Hearst 2003): a definition «полное название (АББР)» or «АББР
(полное название)», where the first letters of the name's words, short function words
skipped, spell the abbreviation. Articles often never define an abbreviation they use
(none of the shared corpus's first 40 with «РПЦ» does, 19 of them write «Русская православная
церковь» elsewhere), so a name written out anywhere in a text that writes the abbreviation
in capitals counts too. A name must be nouns and their attributes, ending in a noun.
"""

import re
from collections import Counter
from functools import lru_cache

from indexer.text.morph import fold, lemmas, parses

# The texts that must define a name in a parenthesis or write it out beside the abbreviation.
MIN_COUNT = 2
# The parts of speech of a name's words (function words aside); the last is a noun.
NAME_KINDS = frozenset({"NOUN", "ADJF", "PRTF"})
# Words a name's letters skip: «Министерство по чрезвычайным ситуациям» (МЧС).
SKIPPED = frozenset({"и", "в", "во", "на", "по", "о", "об", "при", "для", "с", "со", "к", "из",
                     "за", "от", "до"})  # fmt: skip
NAME_WORD = re.compile(r"\w+(?:-\w+)*")
# What ends the stretch of text a name is read in.
CLAUSE_END = re.compile(r"[.,;:!?()\[\]\n—–]")
MORE_WORDS = 3  # a name has at most this many words more than its letters (function words)


def letters(word: str) -> tuple[str, ...]:
    """The letters a name's word may give: its first, or each part's first when hyphenated
    («научно-исследовательский» → н or ни)."""
    parts = word.split("-")
    first = word[0]
    return (first, "".join(p[0] for p in parts if p)) if len(parts) > 1 else (first,)


def spells(words: list[str], abbreviation: str) -> bool:
    """True when the (folded) words' first letters, function words optionally skipped, are
    the abbreviation: (русская, православная, церковь) spells «рпц»."""
    if not words:
        return not abbreviation
    head, rest = words[0], words[1:]
    if head in SKIPPED and spells(rest, abbreviation):
        return True
    return any(
        abbreviation.startswith(given) and spells(rest, abbreviation[len(given) :])
        for given in letters(head)
    )


def name_before(text: str, abbreviation: str) -> tuple[str, ...] | None:
    """The shortest run of words ending `text` (a clause) that spells the abbreviation."""
    words = NAME_WORD.findall(fold(CLAUSE_END.split(text)[-1]))
    longest = min(len(words), len(abbreviation) + MORE_WORDS)
    for size in range(2, longest + 1):
        name = words[-size:]
        if name[0] not in SKIPPED and spells(name, abbreviation):
            return tuple(name)
    return None


def name_inside(text: str, abbreviation: str) -> tuple[str, ...] | None:
    """The words of a parenthesis when they spell the abbreviation (not «(2019)»)."""
    words = NAME_WORD.findall(fold(text))
    if 2 <= len(words) <= len(abbreviation) + MORE_WORDS and spells(words, abbreviation):
        return tuple(words)
    return None


@lru_cache(maxsize=256)
def defining(abbreviation: str) -> re.Pattern:
    """«… (РПЦ)» or «РПЦ (…)»: the abbreviation in capitals beside a parenthesis."""
    capitals = re.escape(abbreviation.upper())
    return re.compile(rf"\(\s*{capitals}\s*[),;]|(?<!\w){capitals}(?!\w)\s*\(([^()]{{3,120}})\)")


def definitions(text: str, abbreviation: str) -> list[tuple[str, ...]]:
    """The names `text` defines for the (folded) abbreviation, their words folded:
    «Русская православная церковь (РПЦ)» → [("русская", "православная", "церковь")]."""
    found = []
    for match in defining(abbreviation).finditer(text.replace("ё", "е").replace("Ё", "Е")):
        inside = match.group(1)
        name = name_inside(inside, abbreviation) if inside else None
        name = name or (None if inside else name_before(text[: match.start()], abbreviation))
        if name:
            found.append(name)
    return found


def written_out(text: str, abbreviation: str) -> list[tuple[str, ...]]:
    """The runs of words anywhere in `text` (within a clause) that spell the abbreviation,
    when the text also writes it in capitals: «… РПЦ … Русская православная церковь …».
    The text is folded once, not word by word."""
    if not re.search(rf"(?<!\w){re.escape(abbreviation.upper())}(?!\w)", text):
        return []
    found = []
    for clause in CLAUSE_END.split(fold(text)):
        words = NAME_WORD.findall(clause)
        for start, word in enumerate(words):
            if word[0] != abbreviation[0] or word in SKIPPED:
                continue
            for size in range(2, len(abbreviation) + MORE_WORDS + 1):
                if start + size <= len(words) and spells(words[start : start + size], abbreviation):
                    found.append(tuple(words[start : start + size]))
                    break
    return found


def name_key(name: tuple[str, ...]) -> tuple[str, ...]:
    """The likeliest lemma of each of a name's words: «Русской православной церкви» counts
    as «Русская православная церковь»."""
    return tuple(lemmas(fold(word))[0] for word in name)


def is_name(name: tuple[str, ...]) -> bool:
    """True for nouns and their attributes ending in a noun («Европейский союз»), not
    «(по) его словам» (ЕС) nor «или иной» (ИИ)."""
    if name[-1] in SKIPPED:  # «интеллект и» (ИИ)
        return False
    kinds = [likeliest_kind(word) for word in name if word not in SKIPPED]
    return kinds[-1] == "NOUN" and all(kind in NAME_KINDS for kind in kinds)


def likeliest_kind(word: str) -> str | None:
    """Pymorphy's likeliest part of speech of a word: «словам» → NOUN, «его» → NPRO."""
    found = parses(fold(word))
    return found[0].tag.POS if found else None


def learnt_name(texts, abbreviation: str, share: float = 0) -> tuple[str, ...] | None:
    """The name the texts spell the abbreviation with most often, if at least MIN_COUNT
    of them, and at least `share` of them, define it (a parenthesis) or write it out
    elsewhere beside the abbreviation; a text counts once for each name, its definition's
    wording first."""
    counts: Counter = Counter()
    written = {}
    read = 0
    for text in texts:
        read += 1
        found = (*written_out(text, abbreviation), *definitions(text, abbreviation))
        names = {name_key(name): name for name in found if is_name(name)}
        counts.update(names.keys())
        for key, name in names.items():
            written.setdefault(key, name)
    best = max(counts, key=lambda key: (counts[key], -len(key)), default=None)
    enough = best and counts[best] >= max(MIN_COUNT, share * read)
    return written[best] if enough else None
