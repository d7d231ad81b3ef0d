"""Abbreviations and the names they stand for, as the articles define or write them out
(the names folded: lower case, ё as е)."""

import pytest

from indexer.engine import query as syntax
from indexer.engine.abbreviations import may_abbreviate
from indexer.engine.plan import analyse
from indexer.text.abbreviations import (
    definitions,
    learnt_name,
    spells,
    written_out,
)


@pytest.mark.parametrize(
    ("text", "abbreviation", "names"),
    [("Глава Русской православной церкви (РПЦ) патриарх Кирилл", "рпц",
      [("русской", "православной", "церкви")]),
     ("кредит Международного валютного фонда (МВФ, основан в 1944)", "мвф",
      [("международного", "валютного", "фонда")]),
     ("Об этом сообщили в МЧС (Министерство по чрезвычайным ситуациям)", "мчс",
      [("министерство", "по", "чрезвычайным", "ситуациям")]),
     ("форум «Азиатско-тихоокеанского экономического сотрудничества» (АТЭС)", "атэс",
      [("азиатско-тихоокеанского", "экономического", "сотрудничества")]),
     ("Выпускник Высшей школы экономики (ВШЭ) и МГУ", "вшэ",
      [("высшей", "школы", "экономики")]),
     ("системы искусственного интеллекта (ИИ) учатся", "ии",
      [("искусственного", "интеллекта")]),
     # Not definitions: letters that do not match, a year, the word in lower case.
     ("Глава Московской епархии (РПЦ) заявил", "рпц", []),
     ("решение РПЦ (2019) о разрыве", "рпц", []),
     ("решение РПЦ (Русская церковь) о разрыве", "рпц", []),
     ("Русской православной церкви (рпц)", "рпц", []),
     ("сказал он. Русской православной церкви, (РПЦ)", "рпц", [])],
)  # fmt: skip
def test_definitions(text, abbreviation, names):
    assert definitions(text, abbreviation) == names


@pytest.mark.parametrize(
    ("text", "abbreviation", "names"),
    [("РПЦ заявила, что Русская православная церковь против", "рпц",
      [("русская", "православная", "церковь")]),
     ("Русская православная церковь против", "рпц", []),  # the text never writes «РПЦ»
     ("Глава ЕС, по его словам, ответил", "ес", [("его", "словам")])],
)  # fmt: skip
def test_names_written_out_beside_the_abbreviation(text, abbreviation, names):
    assert written_out(text, abbreviation) == names


@pytest.mark.parametrize(
    ("words", "abbreviation", "expected"),
    [(["министерство", "иностранных", "дел"], "мид", True),
     (["министерство", "по", "чрезвычайным", "ситуациям"], "мчс", True),
     (["научно-исследовательский", "институт"], "нии", True),
     (["русская", "церковь"], "рпц", False),
     (["русская", "православная", "церковь", "москвы"], "рпц", False)],
)  # fmt: skip
def test_first_letters_spell_the_abbreviation(words, abbreviation, expected):
    assert spells(words, abbreviation) is expected


def test_a_name_is_taken_when_two_articles_give_it():
    one = "Русская православная церковь (РПЦ) открыла"
    other = "РПЦ сообщила. В Русской православной церкви считают"
    assert learnt_name([one, other], "рпц") == ("русская", "православная", "церковь")
    assert learnt_name([one, "РПЦ сообщила"], "рпц") is None


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [("Глава ЕС, по его словам, ответил", "ес"),  # a pronoun
     ("ИИ: интеллект и роботы", "ии"),  # ends in a function word
     ("ПВО сбили, чтобы проводить военную операцию", "пво")],  # a verb
)  # fmt: skip
def test_pronouns_verbs_and_function_words_are_no_name(text, abbreviation):
    assert learnt_name([text] * 3, abbreviation) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("рпц", True), ("мвф", True), ("ии", True), ("мгу", True),
     ("!рпц", False), ("рпц*", False), ('"рпц"', False),
     ("вэф", True), ("церковь", False), ("и", False), ("по", False), ("москва", False),
     ("ирина", False)],
)  # fmt: skip
def test_which_words_may_be_abbreviations(typed, expected):
    word = syntax.parse(typed)
    assert may_abbreviate(analyse(word)) is expected
