"""A query word that reads as an adjective or a noun of its own is that word, not its verb:
«бывший» is former, not every form of «быть» (9,392 of the shared corpus's 9,865 articles);
«текущий» is current, not «течь»; «данные» are data, not «дать»; «пролив» is a strait.

pymorphy3 reads such a word both ways, as likely: as the adjective or noun, and as a participle
or gerund of the verb, whose lemma is the verb's infinitive. The index keeps both readings, so
«быть», «дать» or «погибли» still find «бывший», «данные», «погибших»; only the word typed
leaves the verb out, since a person who types «погибших» asks for that word's forms.
"""

from functools import lru_cache

from indexer.text.morph import fold, parses

# Readings that are a verb's own forms, which name its infinitive as their lemma.
NON_FINITE = frozenset({"PRTF", "PRTS", "GRND"})
# Readings as a word of its own that the dictionary holds apart from the verb.
NOMINAL = frozenset({"NOUN", "ADJF", "ADJS"})


@lru_cache(maxsize=4096)
def as_typed(form: str, found: tuple[str, ...]) -> tuple[str, ...]:
    """The lemmas of a typed word, less the verbs it reads as only in a participle or gerund
    when it reads as a noun or an adjective of its own as well."""
    readings = parses(form)
    nominal = {fold(p.normal_form) for p in readings if p.tag.POS in NOMINAL}
    if not nominal:
        return found
    finite = {fold(p.normal_form) for p in readings if p.tag.POS not in NON_FINITE}
    return tuple(lemma for lemma in found if lemma in finite) or found
