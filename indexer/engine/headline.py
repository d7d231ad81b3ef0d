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
# A headline recalled: when only a few of the titles measured (FEW at most) hold every query
# word in its order, the query reads as words remembered from one of them, and a reader
# recalls a few words of a short headline more often than the same few of a long one
# (a query's likelihood under a title, as Ponte and Croft rank). Of those titles the one the
# words make the largest share of comes first, whatever the text: SHORTEST units times that
# share, far above any text's bonus. Many titles in order say the query is a topic
# («пенсионная реформа»): the text decides, as before. Sets drawn anew (seeds 777, 4242,
# 9001: 1,429 known items, 900 tags), against none: inflected known items 0.9542 → 0.9605,
# control 0.9788 → 0.9828, tags P@10 level (0.5221), paragraph and body-only items level;
# tuning halves: inflected 0.9771 → 0.9815, control 0.9933 → 0.9899, tags and topics level.
# Kept out: every title in order, however many (anew: inflected 0.9614, tags 0.5221 →
# 0.5188); FEW 10 (tuning control 0.9855); a share of Whoosh's title length in terms, not
# words (anew inflected 0.9595); 100 units, the text still weighing (0.9564); only where the
# lead or body holds every word too (0.9574; no topic query's first hit moved). The reporting
# halves, measured once after: inflected 0.957 → 0.962, control 0.977 → 0.979, tags level.
SHORTEST = 1000.0
FEW = 6
# A title holding every word in the form typed, in the query's order ("глобальное
# потепление" for «Глобальное потепление опасно для Арктики», not «… проблему глобального
# потепления»); a word typed in its lemma's own form counts in any form. Control known
# items, tuning half 0.987 → 0.990, and on the 500 drawn anew 0.948 → 0.971; inflected
# known items, tags and topics level on both. 2: 0.962, 3: 0.967, 8 and 12: 0.971.
# Above a recalled headline's share (SHORTEST), so that a title in the forms typed stays
# first: with 5 units, control known items drawn anew 0.9828 → 0.9731.
TYPED = 5.0 + SHORTEST


def in_order(per_word: list) -> bool:
    """True when one position of each word (sorted lists, in the query's order) rises."""
    last = -1
    for positions in per_word:
        last = next((p for p in positions if p > last), None)
        if last is None:
            return False
    return True


def title_bonus(lemma_lists: list, typed_lists: list, title_words=None) -> list[float]:
    """Per document, the bonus of its title from each word's positions in it, by lemma
    and in the form typed (wordplaces.typed_lists; not read when TYPED is 0);
    `title_words(n)`: how many words the nth document's title has."""
    typed_lists = typed_lists if TYPED else [[[]]] * len(lemma_lists)
    ordered = [in_order(by_lemma) for by_lemma in lemma_lists]
    recalled = SHORTEST and title_words is not None and sum(ordered) <= FEW
    query_words = len(lemma_lists[0]) if lemma_lists else 0  # a list per query word, in each
    bonuses = []
    for n, (typed, held) in enumerate(zip(typed_lists, ordered, strict=True)):
        recall = SHORTEST * share(query_words, title_words(n)) if recalled and held else 0.0
        bonuses.append(ORDER * held + recall + TYPED * in_order(typed))
    return bonuses


def share(query_words: int, title_words: int) -> float:
    """The share of a title's words the query's words make."""
    return min(1.0, query_words / max(1, title_words))


def most_bonus() -> float:
    """The largest title bonus, in units of cover.BOOST."""
    return ORDER + SHORTEST + TYPED
