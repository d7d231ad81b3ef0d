"""Phrase matching's array helpers: sorted keys merged without hashing."""

import numpy as np
import pytest

from indexer.engine.phrases import distinct, union

UNIONS = [
    ([[1, 3, 5]], [1, 3, 5]),
    ([[1, 1, 2, 2, 2, 9]], [1, 2, 9]),
    ([[1, 4, 7], [1, 2, 7, 8]], [1, 2, 4, 7, 8]),  # two readings of a word at one place
    ([[], [5]], [5]),
    ([[]], []),
]


@pytest.mark.parametrize(("arrays", "expected"), UNIONS)
def test_union_gives_each_key_once_in_order(arrays, expected):
    found = union([np.array(a, np.int64) for a in arrays])
    assert found.tolist() == expected


def test_distinct_matches_numpy_unique_on_sorted_keys():
    keys = np.sort(np.random.default_rng(7).integers(0, 50, 1_000)).astype(np.int64)
    assert distinct(keys).tolist() == np.unique(keys).tolist()
