"""Names typed in the other alphabet: which spellings sound alike (twins.py's skeletons); a code
typed without its hyphen (spellings.py)."""

import pytest

from indexer.engine.twins import cyrillic_skeleton, latin_skeleton
from tests.support import engine_of, titles


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


CODES = [
    ("Турция получила С-400", "", "Первые С-400 доставлены в Анкару."),
    ("Ан-124 приземлился", "", "Самолёт Ан-124 доставил груз."),
    ("Из-за погоды рейсы отменены", "", "Рейсы отменены из-за тумана."),
]


@pytest.fixture(scope="module")
def codes_engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("codes"), CODES)


def test_a_code_typed_without_its_hyphen_finds_the_articles_spelling(codes_engine):
    assert titles(codes_engine, "с400") == ["Турция получила С-400"]
    assert titles(codes_engine, "ан124") == ["Ан-124 приземлился"]
    assert titles(codes_engine, "изза") == []  # a short word is not taken for a compound


@pytest.mark.parametrize("typed", ["c-400", "c400", "C-400"])  # a Latin c
def test_a_code_typed_in_look_alike_latin_letters_finds_the_articles_spelling(codes_engine, typed):
    assert titles(codes_engine, typed) == ["Турция получила С-400"]
