"""A preposition tells which reading of the next query word is meant: «из стали» is steel, not
«стали» of «стать» (became), which no preposition can take; «без политики» is the policy, not
politicians, whose genitive is «политиков».

A preposition takes a word in the cases it governs, and only a word that has a case: a noun, an
adjective or participle, a pronoun or a numeral; the index reads a text's word after a
preposition so too (text/context.py). The words are narrowed before the stop words (most
prepositions) leave the query.
"""

from dataclasses import replace

from indexer.text.context import GOVERNS, lemmas_in_cases


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
