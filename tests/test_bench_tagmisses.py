"""The tag misses' check: what the text holds, and a re-ranking fitted on other tags."""

import numpy as np

from bench import tagmisses
from indexer.text.analysis import word_terms

LEMMAS = [set(word_terms("выборы"))]


def test_mentions_count_every_form_of_the_least_named_word():
    text = "Выборы прошли. О выборах спорят, итоги выборов ждут."
    assert tagmisses.mentions(text, LEMMAS)[0] == 3
    both = [set(word_terms("выборы")), set(word_terms("итоги"))]
    assert tagmisses.mentions(text, both)[0] == 1


def test_paragraph_share_counts_paragraphs_naming_every_word():
    body = "Выборы прошли.\nПогода была тёплой.\nИтоги выборов ждут.\nНовости спорта."
    assert tagmisses.paragraph_share(body, LEMMAS) == 0.5


def candidates(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Twenty candidates whose tagging follows their lead mentions, not their rank."""
    rng = np.random.default_rng(seed)
    lead = rng.permutation([1.0] * 10 + [0.0] * 10)
    ranks = -np.log1p(np.arange(20.0))
    matrix = np.column_stack([np.ones(20), ranks, lead])
    return matrix, lead


def test_a_re_ranking_the_text_supports_gains_on_held_out_tags():
    data = {f"тег {n}": candidates(n) for n in range(12)}
    for before, after in tagmisses.cross_check(data):
        assert after == 1.0 > before
