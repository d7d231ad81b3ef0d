"""The words beside a word of two kinds tell which one a text means: «из стали» is steel,
«стали работать», «они стали», «жертвами стали» are the verb «стать».

A word pymorphy3 reads both as a verb's own form and as a declined word («стали»: стать,
сталь; «начала»: начать, начало) is indexed with the lemmas of one kind where its neighbours
leave no doubt, and with both where they say nothing. Most rules look only at the word before
or after over spaces alone (no punctuation between):
- after a preposition, a declined word in a case it takes (the query's rule, government.py);
- after an adjective or participle, a noun it agrees with in an oblique case («нержавеющей
  стали»; not the nominative, «многие стали» being the verb's subject);
- after a personal pronoun, «не» or «который» («жертвами которых стали»), or before an
  infinitive, a comparative, a short adjective or participle, an adverb, a particle or a
  numeral («стали очень популярными», «стали бы», «стали трое подростков»), a declined word in
  the nominative, its subject («стали авторы проекта»), a plural adjective in the nominative
  («стали химические атаки»), an attribute in the instrumental («стали главным событием») or a
  word only in the instrumental («стали чемпионами»), or after one («жертвами стали»), the
  verb; not before the adverbs a noun is followed by as often («производство стали ещё на 30
  млн»).
A singular noun in the nominative before it, of its verb's gender, with an object after it
(«Россия начала военную операцию»; not «опасность начала войны») tells the verb too, and a
noun of its case after «и» the declined word («импорт стали и алюминия»).
Some rules look further, up to three words on either side within the punctuation: a link
verb's predicate in the instrumental a few words before («жертвами теракта стали»), «более» or
«менее» before a short or an instrumental adjective («стали более скромными»), and an
adjective before its noun in the instrumental («стали визитной карточкой», where «визитной»
alone might be steel's own; «стали нержавеющей марки» tells nothing) are the verb's.
A word the dictionary lacks is no word of two kinds: a name it guesses a verb («Тайип» as
тайипнуть) keeps every reading.
"""

from functools import lru_cache

from indexer.text.morph import fold, lemmas, morph_analyzer, parses
from indexer.text.wordreads import (
    ATTRIBUTES,
    CASE_OF,
    DECLINED,
    first_part_of_speech,
    first_tag,
    is_complement,
    is_instrumental,
    is_plural_nominative,
    is_short,
    next_noun,
)

# The cases each preposition takes (pymorphy3's names).
GENITIVE = ("без", "для", "до", "из", "от", "у", "около", "вокруг", "после", "кроме", "среди",
            "возле", "против", "мимо", "вместо", "ради", "вдоль", "из-за", "из-под")  # fmt: skip
GOVERNS = {
    **dict.fromkeys(GENITIVE, {"gent"}),
    **dict.fromkeys(("к", "ко", "благодаря", "согласно", "вопреки"), {"datv"}),
    **dict.fromkeys(("про", "через", "сквозь"), {"accs"}),
    **dict.fromkeys(("в", "во", "на"), {"accs", "loct"}),
    **dict.fromkeys(("о", "об", "обо"), {"loct", "accs"}),
    **dict.fromkeys(("с", "со"), {"gent", "ablt", "accs"}),
    **dict.fromkeys(("за", "под", "подо"), {"accs", "ablt"}),
    **dict.fromkeys(("над", "надо", "перед", "передо", "между"), {"ablt"}),
    "по": {"datv", "loct", "accs"},
    "при": {"loct"},
}
# A verb's own forms: in a person, a tense or the infinitive; a verb's lemma ends so.
VERB_FORMS = frozenset({"VERB", "INFN"})
INFINITIVE = ("ть", "ти", "чь", "ться", "тись", "чься")
# The words before a verb that no declined word follows so («они стали», «не стали»,
# «жертвами которых стали»).
SUBJECTS = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они", "не", "которые",
                      "которых", "которого", "которой"})  # fmt: skip
# «стали более политизированными», «стали менее актуальны»: a comparison's adjective after.
DEGREES = frozenset({"более", "менее"})
# What a verb is followed by and a declined word seldom is: «стали работать / сильнее /
# известны / проданы», an adverb or a particle («стали очень популярными», «стали бы»), a
# numeral («стали трое подростков»).
AFTER_A_VERB = frozenset({"INFN", "COMP", "ADJS", "PRTS", "ADVB", "PRCL", "NUMR"})
# The adverbs and particles that follow a noun as often: «производство стали ещё на 30 млн»,
# «в отношении стали также», «качество стали не», «стали более 100 млн тонн».
AFTER_EITHER = frozenset({"не", "ни", "же", "ли", "также", "тоже", "ещё", "еще", "уже", "почти",
                          "сегодня", "сейчас", "теперь", "там", "тут", "здесь", "только", "лишь",
                          "даже", "более", "менее", "около", "примерно", "всего", "свыше",
                          "вновь", "снова"})  # fmt: skip
# A declined word after it in the nominative, its subject («стали авторы проекта», «стали
# многочисленные высказывания»), or an attribute in the instrumental that no feminine noun
# takes («стали большим сюрпризом», «стали главными»): «стали» as steel is feminine, and a
# feminine attribute after it may be its own («стали нержавеющей»).
NOMINATIVE_AFTER = frozenset({"NOUN", "ADJF", "PRTF"})
# The cases in which an attribute's agreement tells a noun: an adjective in the nominative may
# be the verb's subject («новые стали работать»).
OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})
CONJUNCTIONS = frozenset({"и", "или"})
# The verbs whose predicate is in the instrumental, which may stand a few words before them
# («жертвами теракта стали»); another verb's instrumental there is an adverbial («годом
# столетия начала», «летом в районе села»).
COPULAS = frozenset({"стать", "становиться", "являться", "оказаться", "остаться"})


def lemmas_in_cases(word: str, cases: set[str]) -> set[str]:
    """The lemmas of the word's readings that have one of the cases."""
    return {
        fold(p.normal_form)
        for p in parses(word)
        if p.tag.POS in DECLINED and CASE_OF.get(p.tag.case, p.tag.case) in cases
    }


@lru_cache(maxsize=50_000)
def kinds(word: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The word's lemmas as a verb and as a declined word, when it has both and no other;
    None for a word of one kind («стали» → (стать,), (сталь,))."""
    found = lemmas(word)
    if len(found) < 2 or not any(lemma.endswith(INFINITIVE) for lemma in found):
        return None  # no verb among its lemmas: not read again
    if not morph_analyzer().word_is_known(word):
        return None  # a name the dictionary lacks, guessed a verb («Темер», «ЦАХАЛ»)
    readings = [p for p in parses(word) if fold(p.normal_form) in found]
    verbal = {fold(p.normal_form) for p in readings if p.tag.POS in VERB_FORMS}
    declined = {fold(p.normal_form) for p in readings if p.tag.POS in DECLINED}
    if not verbal or not declined or verbal & declined or verbal | declined != set(found):
        return None
    return tuple(x for x in found if x in verbal), tuple(x for x in found if x in declined)


def in_context(
    word: str,
    before: str | None,
    after: str | None,
    further: tuple[str, ...] = (),
    earlier: tuple[str, ...] = (),
) -> tuple[str, ...] | None:
    """The lemmas a word of two kinds (kinds()) has between these neighbours; None when they
    do not tell. `before` and `after` are folded words, None across punctuation; `further`
    the words after `after` and `earlier` those before `before` (nearest first), up to
    punctuation."""
    verbal, declined = kinds(word)
    if after in CONJUNCTIONS and further and is_oblique_noun(further[0], word):
        return declined  # «стали и алюминия»
    if before in GOVERNS:
        taken = lemmas_in_cases(word, GOVERNS[before])
        return tuple(x for x in declined if x in taken) or None
    if before in SUBJECTS:  # before agreement: «которой стали» agrees as an adjective would
        return verbal
    agreeing = nouns_agreeing(before, word) if before else set()
    if agreeing:
        return tuple(x for x in declined if x in agreeing) or None
    if is_instrumental(before) or is_subject(before, word) and tells_an_object(after):
        return verbal
    if tells_a_verb_before(after) or tells_a_verb_before_two(after, further):
        return verbal
    if before and COPULAS.intersection(verbal) and predicate_before(before, earlier):
        return verbal
    return None


def predicate_before(before: str, earlier: tuple[str, ...]) -> bool:
    """True for a word only in the instrumental a few words before, the words between it and
    this one in an oblique case or prepositions («жертвами теракта стали», «поводом для
    дисквалификации стали»): a link verb's predicate."""
    for between, word in enumerate((before, *earlier)):
        if is_instrumental(word):
            return between > 0
        if not is_complement(word):
            return False
    return False


@lru_cache(maxsize=50_000)
def is_oblique_noun(noun: str, word: str) -> bool:
    """True for a noun read first in the singular of an oblique case the word's declined
    reading has too: the word's like, joined to it by «и» («стали и алюминия»)."""
    first = first_tag(noun)
    if not first or first.POS != "NOUN" or first.number != "sing":
        return False
    case = CASE_OF.get(first.case, first.case)
    return case in OBLIQUE - {"ablt"} and bool(lemmas_in_cases(word, {case}))


@lru_cache(maxsize=50_000)
def is_subject(before: str | None, word: str) -> bool:
    """True for a noun read first in the singular nominative, of the gender of the word's
    reading as a verb in the past («Россия начала», «ополчение начало», «пилот погиб»)."""
    noun = first_tag(before)
    if not noun or noun.POS != "NOUN" or noun.case != "nomn" or noun.number != "sing":
        return False
    return any(
        p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.gender == noun.gender
        for p in parses(word)
    )


@lru_cache(maxsize=50_000)
def tells_an_object(after: str | None) -> bool:
    """True for a word read first as a noun, an adjective or a participle in the accusative, an
    infinitive or an adverb: what a verb takes after its subject («Россия начала военную
    операцию»); not a genitive («опасность начала войны»), a preposition («площадь крыла по
    отношению») or a particle («правило не …»)."""
    first = first_tag(after) if after not in AFTER_EITHER else None
    if not first:
        return False
    return first.POS in ("INFN", "ADVB") or first.POS in DECLINED and first.case == "accs"


def tells_a_verb_before_two(after: str | None, further: tuple[str, ...]) -> bool:
    """True for the words after it that a verb is followed by: a plural adjective in the
    nominative («стали химические атаки»), «более» or «менее» and an adjective, or an
    adjective whose noun is in the instrumental («стали визитной карточкой», where «визитной»
    alone might be steel's own). Not a number: «стали 13 человек», but «размах крыла 6 м»,
    «начало 2018 года»."""
    if not after:
        return False
    if is_plural_nominative(after):
        return True
    if after in DEGREES:  # not «начала более активной фазы», «эту почту более надёжной»
        return bool(further) and (is_short(further[0]) or is_instrumental(further[0]))
    return first_part_of_speech(after) == "ADJF" and is_instrumental(next_noun(further))


@lru_cache(maxsize=50_000)
def nouns_agreeing(adjective: str, word: str) -> frozenset[str]:
    """The lemmas of the word's noun readings in an oblique case that agree with the readings
    of a word read first as an adjective or participle."""
    readings = parses(adjective)
    if not readings or readings[0].tag.POS not in ATTRIBUTES:
        return frozenset()
    tags = [p.tag for p in readings if p.tag.POS in ATTRIBUTES]
    return frozenset(
        fold(p.normal_form)
        for p in parses(word)
        if p.tag.POS == "NOUN"
        and CASE_OF.get(p.tag.case, p.tag.case) in OBLIQUE
        and any(agree(tag, p.tag) for tag in tags)
    )


@lru_cache(maxsize=50_000)
def tells_a_verb_before(word: str | None) -> bool:
    """True for a word read first as an infinitive, a comparative, a short adjective or
    participle, an adverb, a particle or a numeral, a declined word in the nominative, an
    attribute in the instrumental of no feminine noun, or one that has a case and only the
    instrumental."""
    first = first_tag(word) if word not in AFTER_EITHER else None
    if not first:
        return False
    if first.POS in AFTER_A_VERB or is_instrumental(word):
        return True
    if first.POS in NOMINATIVE_AFTER and first.case == "nomn":
        return True
    not_feminine = first.number == "plur" or first.gender in ("masc", "neut")
    return first.POS in ATTRIBUTES and first.case == "ablt" and not_feminine


def agree(adjective, noun) -> bool:
    """An adjective's tag agrees with a noun's: the same case and number, and in the singular
    the same gender (a noun of common gender takes either)."""
    if adjective.case != noun.case or adjective.number != noun.number:
        return False
    if adjective.number == "plur" or noun.gender is None or "Ms-f" in noun:
        return True
    return noun.gender == adjective.gender
