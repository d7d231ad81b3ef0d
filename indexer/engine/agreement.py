"""An adjective tells which reading of the next query word is meant: «керченский пролив» is the
strait, not «пролив» as the gerund of «пролить»; «внутренняя политика» is policy, not the
genitive of «политик», whose forms («политиком», «политиков») a query for policy would
otherwise match.

The index keeps every likely reading of a word (morph.RARE_READING), but for a word of a verb's
and a declined word's lemmas, whose neighbours may tell (text/context.py, which holds `agree`);
the query, where the adjective stands beside the word, narrows it to the nouns it agrees with.
"""

from dataclasses import replace

from indexer.engine.plan import is_plain, side_by_side
from indexer.text.context import agree
from indexer.text.morph import fold, parses


def with_agreement(tree):
    """The tree with each word after an adjective narrowed to the nouns it agrees with, in a
    list of words or a phrase."""
    return side_by_side(tree, agreed)


def agreed(nodes) -> tuple:
    """Words side by side: each plain one of several lemmas after a plain adjective keeps the
    lemmas of its nouns that agree with the adjective, when its likeliest lemma is one of
    them. A query of words in random forms («нереализованных тур») may agree by chance with
    an unlikely noun («тура»): that never takes the likeliest reading away."""
    kept = list(nodes)
    for at in range(1, len(kept)):
        before, word = kept[at - 1], kept[at]
        if not (is_plain(before) and is_plain(word)) or len(word.lemmas) < 2:
            continue
        nouns = agreeing_nouns(before.form, word.form)
        if word.lemmas[0] in nouns:
            kept[at] = replace(word, lemmas=tuple(lemma for lemma in word.lemmas if lemma in nouns))
    return tuple(kept)


def agreeing_nouns(adjective: str, word: str) -> set[str]:
    """The lemmas of the word's noun readings that agree with the adjective's readings in
    case and number (and gender, in the singular); none unless the adjective's likeliest
    reading is one."""
    readings = parses(adjective)
    if not readings or readings[0].tag.POS != "ADJF":
        return set()
    adjectives = [p.tag for p in readings if p.tag.POS == "ADJF"]
    return {
        fold(p.normal_form)
        for p in parses(word)
        if p.tag.POS == "NOUN" and any(agree(tag, p.tag) for tag in adjectives)
    }
