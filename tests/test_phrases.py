"""Phrase matching's array helpers: sorted keys merged without hashing."""

import numpy as np
import pytest

from indexer.engine.phrases import Positions, distinct, distinct_lists, union

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


def test_readings_at_the_same_positions_are_searched_once():
    def at(*keys):
        return Positions(np.array(keys, np.int64))

    same, other = at(1, 5, 9), at(1, 5, 10)
    kept = distinct_lists([same, at(1, 5, 9), other])
    assert [k.all.tolist() for k in kept] == [[1, 5, 9], [1, 5, 10]]
