"""Hundreds of random corpus change sequences: incremental builds equal full ones (make stress)."""

import pytest
from incremental_machine import run_machine

pytestmark = pytest.mark.stress


def test_random_corpus_changes_keep_incremental_equal_to_full_at_length():
    """250 sequences of up to 15 changes, each build compared with a full build."""
    run_machine(max_examples=250, steps=15)
