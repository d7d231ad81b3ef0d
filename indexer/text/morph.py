"""pymorphy3 behind a cache: the lemmas of a word, with ё folded to е."""

import re
from functools import lru_cache

import pymorphy3

from indexer.text.stopwords import STOP_WORDS

# Cyrillic words go to pymorphy; "belgee", "2024", "covid" are their own lemma.
CYRILLIC = re.compile(r"[а-яё]")
RUSSIAN_WORD = re.compile(r"[а-яё]{2,}")
# Up to this many distinct lemmas per word: "стали" → стать, сталь.
MAX_LEMMAS = 3
# A reading less likely than this (pymorphy3's estimate for the word alone) is left out, on
# both sides: «после» is not indexed as «посол» (0.0005), nor «тем» as «тема», «день» and
# «дела» as «деть», so a query for the ambassador does not match every article saying «после».
# «стали» keeps сталь (0.025). A word pymorphy3 does not know keeps every reading: they are
# guesses from its ending («карлсен» → карлсный 0.83).
RARE_READING = 0.02
# A reading kept but less likely than this share of the word's readings is weak: it finds the
# word, but a text saying the word counts less for it than one naming the lemma plainly
# (analysis.WEAK), so «карьер» (a quarry) ranks the quarries above «карьеру» (a career), «судно»
# the ships above «суда» (courts), «сталь» the steel above «стали» (became).
WEAK_READING = 0.1
# So is a participle's or gerund's verb where the word is an adjective or a noun of its own
# (lexicalised): «данные» (data) for дать, «текущий» (current) for течь, «бывший» for быть.
PARTICIPLES = frozenset({"PRTF", "GRND"})
OWN_WORDS = frozenset({"ADJF", "NOUN"})
# A command or an abbreviation is left out too where the word reads as another word at least as
# likely: in news prose «три», «почти», «весь», «мой», «цель», «пришли» are a number, an
# adverb, pronouns, a noun and «прийти», not the imperatives of тереть, почтить, весить, мыть,
# целить and прислать (1,950 «почти» in the shared corpus made «почтить» match nearly every
# article), and «им» is «они», not «им.» for «имени» (2,814 of them matched «имя»). A word read
# first so keeps the reading («дай», not the rare «дая»), as does one read only so («скажи»).
MARKED = frozenset({"impr", "Abbr"})
# A function word, a stop word or one read first as a particle or a conjunction, is not read as
# a noun, a short adjective or a comparative: «уже» (already) is not «уж», a grass snake, nor
# the comparative of «узкий», which 10,379 «уже» of the shared corpus made match 6,405
# articles; «просто» (just) is not «простой» (2,987), «возможно» not «возможный», «якобы» not
# the first name Якоб, «нее» not the river Нея.
NOT_FUNCTION = frozenset({"NOUN", "ADJS", "COMP"})
FUNCTION_FIRST = frozenset({"PRCL", "CONJ"})
# A name with a number ("Формулы-1", "Северного потока-2", "Боинга-737"), which pymorphy3
# keeps as written: its word is declined, the number is not. Three letters at least, as a
# shorter word is a model's letters ("Ту-154", "Су-35"), not declined.
NUMBERED = re.compile(r"([а-я]{3,})-(\d+)")
# What a capitalised word inside a line is read as where it can only open a sentence: not a
# noun, an adjective or a pronoun, which may be a name's or a polite address ("заседании
# Думы", "Красной площади", "пишут Вам").
SENTENCE_OPENERS = frozenset(
    {"PREP", "CONJ", "PRCL", "ADVB", "VERB", "INFN", "NUMR", "COMP", "PRED"}
)
DEED_TAGS = frozenset({"VERB", "PRTS", "INFN"})
PERSON_TAGS = ("Name", "Surn", "Patr")
NAME_WORDS = (2, 3)  # a person's first name and surname, a patronymic between
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=1)
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    """The one MorphAnalyzer of this process, loaded on first use."""
    return pymorphy3.MorphAnalyzer()


# Typographic hyphens (U+2010, and U+2011 that does not break a line) as the keyboard's, so
# «Санкт‑Петербург» set with one is found by a query typed with the other. One letter for one:
# offsets in the text stay where they were (highlight.py). Replaced one by one: str.translate
# maps a Cyrillic text letter by letter, 220 µs for 5,000 letters against 0.4 µs for the two
# replaces, and a page of snippets folds its ten articles' texts many times.
HYPHENS_FOLDED = ("\u2010", "\u2011")


# Letters alike in the two alphabets (as capitals too: B and В, H and Н, T and Т), one for one.
# A word typed, scanned or pasted with some of one alphabet's in the other («cенате» with a Latin
# c, 654 such words in the shared corpus; "Tу-154"; "сnn" with a Cyrillic с) is the word in one.
LATIN_LIKE, CYRILLIC_LIKE = "abcehkmoptxy", "авсенкмортху"
TO_CYRILLIC = str.maketrans(LATIN_LIKE, CYRILLIC_LIKE)
TO_LATIN = str.maketrans(CYRILLIC_LIKE, LATIN_LIKE)
MIXED = re.compile(r"[a-z][а-яё]|[а-яё][a-z]")
MIXED_PART = re.compile(r"[^\W\d_]+")
LATIN_LETTER = re.compile(r"[a-z]")
CYRILLIC_LETTER = re.compile(r"[а-яё]")
# The most letters of a word whose majority alphabet may give way to the minority's: a Roman
# numeral «ХХI» with Cyrillic Х is "xxi"; a longer word keeps its majority's, so a stray Latin
# letter glued to a Russian word («nРанее») does not make it Latin.
SHORT_MIXED = 3


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """A word as its terms are kept: folded, and in one alphabet where it mixed letters alike in
    both (`unmixed`). Cached: a text's words are mostly words seen before."""
    folded = fold(word)
    return MIXED_PART.sub(unmixed, folded) if MIXED.search(folded) else folded


def unmixed(match: re.Match) -> str:
    """A run of letters in one alphabet: the other's letters swapped for their look-alikes, into
    the alphabet most of its letters are in when both could be, and into no other unless it is
    short (SHORT_MIXED); as it is when neither can."""
    part = match.group()
    latin, cyrillic = LATIN_LETTER.findall(part), CYRILLIC_LETTER.findall(part)
    if not latin or not cyrillic:
        return part
    short = len(part) <= SHORT_MIXED
    to_cyrillic = all(letter in LATIN_LIKE for letter in latin) and (
        len(cyrillic) >= len(latin) or short
    )
    to_latin = all(letter in CYRILLIC_LIKE for letter in cyrillic) and (
        len(latin) >= len(cyrillic) or short
    )
    if to_cyrillic and (len(cyrillic) >= len(latin) or not to_latin):
        return part.translate(TO_CYRILLIC)
    return part.translate(TO_LATIN) if to_latin else part


def fold(text: str) -> str:
    """Lower case with ё → е and typographic hyphens → "-", the form every term is kept in."""
    folded = text.lower().replace("ё", "е")
    for hyphen in HYPHENS_FOLDED:
        folded = folded.replace(hyphen, "-")
    return folded


def lemmas(word: str) -> tuple[str, ...]:
    """Distinct lemmas of a folded word, most likely first: "стали" → ("стать", "сталь"),
    the unlikely ones left out (RARE_READING)."""
    return readings_of(word)[0]


def weak_lemmas(word: str) -> frozenset[str]:
    """The lemmas of a folded word that are a small share of its readings (WEAK_READING):
    «стали» → {сталь}, «суда» → {судно}, «киев» → {кий}."""
    return readings_of(word)[1]


def read_readings(word: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A folded word's lemmas and the weak ones among them (WEAK_READING, PARTICIPLES), from one
    parse; `readings_of` caches it."""
    if not CYRILLIC.search(word):
        return (word,), frozenset()
    readings = parses(word)
    chance = lemma_chances(readings)
    found = list(chance)
    if len(found) > 1 and any(parse.is_known for parse in readings):
        found = [found[0], *(lemma for lemma in found[1:] if chance[lemma] >= RARE_READING)]
        found = without_marked(found, chance, readings)
        if word in STOP_WORDS or readings[0].tag.POS in FUNCTION_FIRST:
            found = function_lemmas(found, readings)
    numbered = NUMBERED.fullmatch(word)
    if numbered and found in ([], [word]):
        name, number = numbered.groups()
        return tuple(f"{lemma}-{number}" for lemma in lemmas(name)), frozenset()
    kept = tuple(found[:MAX_LEMMAS]) or (word,)
    return kept, weak_among(kept, chance) | lexicalised(kept, readings)


# About 400 bytes a word: a process that reads a million articles keeps the words of most.
readings_of = lru_cache(maxsize=300_000)(read_readings)


def weak_among(kept: tuple[str, ...], chance: dict[str, float]) -> frozenset[str]:
    """The lemmas kept that are under WEAK_READING of the kept lemmas' chances together."""
    if len(kept) < 2:
        return frozenset()
    total = sum(chance.get(lemma, 0.0) for lemma in kept)
    return frozenset(lemma for lemma in kept if chance.get(lemma, 0.0) < WEAK_READING * total)


def lexicalised(kept: tuple[str, ...], readings: list) -> frozenset[str]:
    """The verbs a word reads as only in a participle or gerund, when it is also an adjective or
    a noun of its own: «данные» is data before it is дать's, «текущий» current before течь's."""
    kinds = [(p.tag.POS, p.normal_form) for p in readings] if len(kept) > 1 else []
    if not any(kind in PARTICIPLES for kind, _ in kinds):
        return frozenset()
    kinds = [(kind, fold(lemma)) for kind, lemma in kinds]  # each lemma folded once
    own = {lemma for kind, lemma in kinds if kind in OWN_WORDS}
    if own.isdisjoint(kept):
        return frozenset()
    verbal = {lemma for kind, lemma in kinds if kind in PARTICIPLES}
    told = {lemma for kind, lemma in kinds if kind not in PARTICIPLES}
    return frozenset(lemma for lemma in kept if lemma in verbal and lemma not in told)


def lemma_chances(readings: list) -> dict[str, float]:
    """pymorphy3's estimate of each lemma for a word alone, its readings' scores summed, in
    the order of its likeliest reading."""
    chance: dict[str, float] = {}
    for parse in readings:
        lemma = fold(parse.normal_form)
        chance[lemma] = chance.get(lemma, 0.0) + parse.score
    return chance


def without_marked(found: list[str], chance: dict[str, float], readings: list) -> list[str]:
    """The lemmas, less those the word reads as only a command or an abbreviation (MARKED)
    when a lemma it reads as otherwise is at least as likely."""
    told = {fold(p.normal_form) for p in readings if MARKED.isdisjoint(p.tag.grammemes)}
    likeliest = max((chance[lemma] for lemma in found if lemma in told), default=0.0)
    return [lemma for lemma in found if lemma in told or chance[lemma] > likeliest]


def function_lemmas(found: list[str], readings: list) -> list[str]:
    """The lemmas of a function word, less those it reads as only a noun, a short adjective or
    a comparative."""
    told = {fold(p.normal_form) for p in readings if p.tag.POS not in NOT_FUNCTION}
    return [lemma for lemma in found if lemma in told] or found


def parses(word: str) -> list:
    """pymorphy3's readings; none for a word it cannot take (it raises on
    letters missing from the Unicode name table, such as "а𗀀")."""
    try:
        return morph_analyzer().parse(word)
    except ValueError:
        return []


@lru_cache(maxsize=20_000)
def word_forms(lemma: str) -> frozenset[str]:
    """Every folded form of every word whose lemma this is: "собянин" → собянина, собянину…"""
    forms = {lemma}
    for parse in parses(lemma):
        if fold(parse.normal_form) == lemma:
            forms.update(fold(form.word) for form in parse.lexeme)
    # Not a form whose reading as this lemma is too rare to be indexed: «после» for посол.
    return frozenset(form for form in forms if form == lemma or lemma in lemmas(form))


def is_person_name(line: str) -> bool:
    """True for a person's name alone on its line, a list's dash aside ("Данил Пономарев",
    "- Никита Свиридов"): a first name read first as one, then a surname, a patronymic or
    another first name; a byline, no subtitle."""
    words = line.removeprefix("- ").split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]:
        return False
    if not all(word[:1].isupper() and word[1:].isalpha() and word[1:].islower() for word in words):
        return False
    first = parses(words[0])
    if not first or "Name" not in first[0].tag:
        return False
    return all(any(tag in parse.tag for parse in parses(word) for tag in PERSON_TAGS)
               for word in words[1:])  # fmt: skip


def has_finite_verb(line: str) -> bool:
    """True for a line that tells what happened, a word of it read first as a verb in a
    personal form ("Хозпостройка горит открытым пламенем"): a subtitle, where a caption or a
    rubric only names ("Пожарные на месте происшествия")."""
    return "VERB" in first_parts_of_speech(line)


def tells_deed(line: str) -> bool:
    """True for a line a word of which is read first as a verb or a short participle: "По
    материалам проверки возбуждено уголовное дело" tells, "По материалам пресс-службы" names."""
    return not DEED_TAGS.isdisjoint(first_parts_of_speech(line))


@lru_cache(maxsize=4096)
def first_parts_of_speech(line: str) -> frozenset[str]:
    """The part of speech each Russian word of a line is read as first (a line is asked both
    whether it tells a deed and whether it has a verb)."""
    readings = (parses(word) for word in RUSSIAN_WORD.findall(line.lower()))
    return frozenset(found[0].tag.POS for found in readings if found)


def opens_sentence(word: str) -> bool:
    """True for a word the dictionary knows, read first as one that may open a sentence (not a
    command or a gerund, which a name may read as: "Тягай", "Шаля"), and in no reading a name
    ("Кожемяко")."""
    found = parses(word.lower())
    if not found or not morph_analyzer().word_is_known(word.lower()):
        return False
    names = any(not NAME_TAGS.isdisjoint(parse.tag.grammemes) for parse in found)
    told = "impr" not in found[0].tag  # not a command, which a name may read as: "Тягай"
    return not names and told and found[0].tag.POS in SENTENCE_OPENERS
