"""What a title says about a known item: the query's words in its order, in the form typed.

A reader who remembers a headline types its words as they stand in it: in the same order
and, when copying it, in the same forms. Among articles whose titles hold every query word
(the near-ties of the known items), these tell the headline from one that merely shares
its words. The cover re-ranking (cover.py) reads the positions; this judges them.
"""

# A title naming the query words in the query's order ("годами империями появлюсь" for
# «175 лет назад в Российской империи появились», not «185 лет назад появился Свод законов
# Российской империи»), in units of cover.BOOST. Tuning halves (bench.tune), against none:
# inflected known items 0.968 → 0.977, tags P@10 0.5162 → 0.5149 (one article of one tag),
# the rest level; on 500 known items drawn anew (another seed, in neither half) 0.933 →
# 0.949, 300 tags drawn anew level. 1: 0.973 (0.938 anew), 3: 0.973 (0.943), 8: as 5.
ORDER = 5.0
# A title holding every word in the form typed, in the query's order ("глобальное
# потепление" for «Глобальное потепление опасно для Арктики», not «… проблему глобального
# потепления»); a word typed in its lemma's own form counts in any form. Control known
# items, tuning half 0.987 → 0.990, and on the 500 drawn anew 0.948 → 0.971; inflected
# known items, tags and topics level on both. 2: 0.962, 3: 0.967, 8 and 12: 0.971.
TYPED = 5.0


def in_order(per_word: list) -> bool:
    """True when one position of each word (sorted lists, in the query's order) rises."""
    last = -1
    for positions in per_word:
        last = next((p for p in positions if p > last), None)
        if last is None:
            return False
    return True


def title_bonus(lemma_lists: list, typed_lists: list) -> list[float]:
    """Per document, the bonus of its title from each word's positions in it, by lemma
    and in the form typed (wordplaces.typed_lists; not read when TYPED is 0)."""
    typed_lists = typed_lists if TYPED else [[[]]] * len(lemma_lists)
    return [
        ORDER * in_order(by_lemma) + TYPED * in_order(typed)
        for by_lemma, typed in zip(lemma_lists, typed_lists, strict=True)
    ]


def most_bonus() -> float:
    """The largest title bonus, in units of cover.BOOST."""
    return ORDER + TYPED
