"""Names typed in the other alphabet: which spellings sound alike (twins.py's skeletons)."""

import pytest

from indexer.engine.twins import cyrillic_skeleton, latin_skeleton


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("фейсбук", "facebook"), ("викиликс", "wikileaks"), ("твиттер", "twitter"),
     ("инстаграм", "instagram"), ("майкрософт", "microsoft"), ("телеграм", "telegram"),
     ("джексон", "jackson"), ("джонсон", "johnson"),
     ("филипс", "philips"), ("навальный", "navalny")],
)  # fmt: skip
def test_a_name_and_its_english_spelling_sound_alike(cyrillic, latin):
    assert cyrillic_skeleton(cyrillic) == latin_skeleton(latin)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("фейсбук", "feedback"), ("твиттер", "tweet"), ("телеграм", "telegraph"),
     ("викиликс", "wikipedia"), ("марс", "mercedes")],
)  # fmt: skip
def test_other_words_do_not(cyrillic, latin):
    assert cyrillic_skeleton(cyrillic) != latin_skeleton(latin)


def test_short_and_non_latin_words_have_no_skeleton():
    assert latin_skeleton("what") is None  # three sounds match too many words: «вахта»
    assert latin_skeleton("covid19") is None
    assert latin_skeleton("сирия") is None
