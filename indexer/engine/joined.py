"""A number or a lone letter typed beside a word is a part of a name with it: «лига 1» is
the French league, not «Лига Европы» beside «1/16 финала»; «9 мая», «северный поток 2»,
«серия а» (where «а» is no conjunction: nothing follows it).

The number or letter is then found only beside its word, in any form («Лиги 1»), or joined to
it by a hyphen («Северный поток-2», «COVID-19»); the words rank as any words typed. When no
article holds the pair so, the words are searched apart (`Plan.apart`).
"""

from indexer.engine import query as syntax
from indexer.text.morph import fold
from indexer.text.stopwords import STOP_WORDS

# The most digits of a number read as a name's part: «лига 1», «rt 360»; a year
# («выборы 2018») stands apart from its word as often as beside it («выборах в 2018 году»).
NAME_DIGITS = 3


def with_names_joined(tree):
    """The tree with each number or closing letter in a list of words joined to its word."""
    if isinstance(tree, syntax.All):
        return syntax.All(tuple(with_names_joined(node) for node in joined(tree.nodes)))
    if isinstance(tree, syntax.Any):
        return syntax.Any(tuple(with_names_joined(node) for node in tree.nodes))
    if isinstance(tree, syntax.Not):
        return syntax.Not(with_names_joined(tree.node))
    return tree


def joined(nodes: tuple) -> tuple:
    """Words side by side, a number joined to the word before it (or after it, when a stop
    word or nothing stands before: «в 2 раза», «9 мая»), a closing letter to the word before."""
    kept = list(nodes)
    at = 0
    while at < len(kept):
        pair = partner(kept, at)
        if pair is not None:
            first, second = sorted((at, pair))
            kept[first : second + 1] = [
                syntax.Phrase((kept[first], kept[second]), kept[first].field, joined=True)
            ]
        at += 1
    return tuple(kept)


def partner(nodes: list, at: int) -> int | None:
    """The place of the word the node at `at` is joined to, if it is a name's part."""
    node = nodes[at]
    if not is_free(node):
        return None
    before = at - 1 if at > 0 and is_word(nodes[at - 1]) else None
    if is_number(node):
        after = at + 1 if at + 1 < len(nodes) and is_word(nodes[at + 1]) else None
        return before if before is not None else after
    closing = at == len(nodes) - 1 and len(node.text) == 1 and fold(node.text) in STOP_WORDS
    return before if closing else None


def is_free(node) -> bool:
    """A plain word typed outside quotes, searched in its forms in every field."""
    return (
        isinstance(node, syntax.Word)
        and not (node.exact or node.prefix or node.quoted)
        and node.field is None
    )


def is_part(node) -> bool:
    """A number or a letter: what is joined to a word, never a word joined to."""
    return is_number(node) or len(node.text) == 1


def is_number(node) -> bool:
    return node.text.isdigit() and len(node.text) <= NAME_DIGITS


def is_word(node) -> bool:
    """A free word of letters that is not a stop word: what a number or letter names."""
    return (
        is_free(node)
        and not node.text.isdigit()
        and not (len(node.text) == 1 or fold(node.text) in STOP_WORDS)
    )
