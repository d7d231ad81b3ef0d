"""A preposition tells which reading of the next query word is meant: «из стали» is steel, not
«стали» of «стать» (became), which no preposition can take; «без политики» is the policy, not
politicians, whose genitive is «политиков».

A preposition takes a word in the cases it governs, and only a word that has a case: a noun, an
adjective or participle, a pronoun or a numeral. The index keeps every likely reading of a word
(morph.RARE_READING); only the query, where the preposition stands before the word, narrows it
to the lemmas read so. The words are narrowed before the stop words (most prepositions) leave
the query.
"""

from dataclasses import replace

from indexer.text.morph import fold, parses

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
# pymorphy3's second genitive, accusative and locative («чашка чаю», «в лесу») are the cases.
CASE_OF = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}
# The parts of speech that have a case.
DECLINED = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})


def governed(nodes) -> tuple:
    """Words side by side: each plain word of several lemmas after a preposition keeps the
    lemmas read in a case the preposition takes, when there are any."""
    kept = list(nodes)
    for at in range(1, len(kept)):
        before, word = kept[at - 1], kept[at]
        if not (is_preposition(before) and is_ambiguous(word)):
            continue
        taken = lemmas_in_cases(word.form, GOVERNS[before.form])
        chosen = tuple(lemma for lemma in word.lemmas if lemma in taken)
        if chosen:
            kept[at] = replace(word, lemmas=chosen)
    return tuple(kept)


# The nodes are plan.Terms, told from phrases and groups by their lemmas (plan.py imports this).
def is_preposition(node) -> bool:
    """A query word typed as a preposition, in its forms (not "!в" or "в*")."""
    return hasattr(node, "lemmas") and not (node.exact or node.prefix) and node.form in GOVERNS


def is_ambiguous(node) -> bool:
    """A word searched in its forms that has several lemmas to choose from."""
    return hasattr(node, "lemmas") and node.plain and len(node.lemmas) > 1


def lemmas_in_cases(word: str, cases: set[str]) -> set[str]:
    """The lemmas of the word's readings that have one of the cases."""
    return {
        fold(p.normal_form)
        for p in parses(word)
        if p.tag.POS in DECLINED and CASE_OF.get(p.tag.case, p.tag.case) in cases
    }
