"""Abbreviations and the names they stand for, as the articles define or write them out
(the names folded: lower case, ё as е)."""

import pytest

from indexer import SearchRequest
from indexer.engine import query as syntax
from indexer.engine.abbreviations import may_abbreviate, may_stand_for_a_name
from indexer.engine.plan import analyse
from indexer.text.abbreviations import (
    definitions,
    learnt_name,
    spells,
    written_out,
)
from tests.support import engine_of, titles

# Codes of letters and a number: the Games' reports write the name and the year apart, the
# aircraft's articles name «МС-21» and once happen to spell «по мнению специалистов».
CODES = [
    ("Сборная прилетела на ОИ-2018", "", "Олимпийские игры (ОИ) в Пхёнчхане откроются скоро."),
    ("Жеребьёвка ОИ-2018", "", "Олимпийские игры 2018 года пройдут в Корее. Жребий на ОИ-2018."),
    ("Хоккеисты готовятся к ОИ-2018", "", "На Олимпийских играх сборная сыграет трижды."),
    ("Итоги дня в Пхёнчхане", "", "На Олимпийских играх 2018 года россияне взяли две медали."),
    ("Сочи вспоминает Игры", "", "Олимпийские игры 2014 года прошли в Сочи."),
    ("Лайнер МС-21 взлетел", "", "Самолёт МС-21, по мнению специалистов, готов к серии."),
    ("МС-21 получил двигатели", "", "Двигатели МС-21 испытаны. По мнению специалистов, успех."),
    ("Испытания МС-21", "", "Программа МС-21 идёт по графику, сказали в корпорации."),
    ("Кабина МС-21", "", "Кабину МС-21 показали на выставке."),
    ("Заказы на МС-21", "", "Авиакомпании заказали МС-21."),
    ("Эксперты о погоде", "", "По мнению специалистов, 21 декабря будет тёплым."),
    ("Музей АК-47", "", "АК-47 (автомат Калашникова) показали в музее."),
    ("Экспорт АК-47", "", "Автомат Калашникова, АК-47, продают в 30 стран."),
    ("Автомат на выставке", "", "Автомат Калашникова модели 47 показан гостям."),
]  # fmt: skip


@pytest.fixture(scope="module")
def codes_engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("codes"), CODES)


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


def test_a_name_needs_the_share_of_the_texts_asked_for():
    texts = ["МС-21, по мнению специалистов, готов", "МС-21 по мнению специалистов"] + [
        "МС-21 взлетел"] * 4  # fmt: skip
    assert learnt_name(texts, "мс") == ("мнению", "специалистов")
    assert learnt_name(texts, "мс", share=0.5) is None
    assert learnt_name(texts[:3], "мс", share=0.5) == ("мнению", "специалистов")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("ои-2018", True), ("ак-47", True), ("ту-154", True), ("!ои-2018", False),
     ('"ои-2018"', False), ("ои-2018*", False), ("2018", False), ("с-400", False)],
)  # fmt: skip
def test_which_words_may_be_codes(typed, expected):
    assert may_stand_for_a_name(analyse(syntax.parse(typed))) is expected


def test_a_code_finds_its_name_with_its_number(codes_engine):
    found = sorted(titles(codes_engine, "ои-2018"))
    # «Хоккеисты готовятся к ОИ-2018» holds the code; the Games of 2014 lack the number.
    assert found == ["Жеребьёвка ОИ-2018", "Итоги дня в Пхёнчхане", "Сборная прилетела на ОИ-2018",
                     "Хоккеисты готовятся к ОИ-2018"]  # fmt: skip
    assert titles(codes_engine, "!ои-2018") != found


def test_a_codes_name_and_number_are_marked(codes_engine):
    page = codes_engine.search(SearchRequest(q="ои-2018"))
    snippets = {hit.title: hit.snippet for hit in page.hits}
    assert "<mark>Олимпийских</mark> <mark>играх</mark> <mark>2018</mark>" in snippets[
        "Итоги дня в Пхёнчхане"]  # fmt: skip


def test_a_code_whose_articles_seldom_spell_a_name_keeps_its_own(codes_engine):
    # Two of its five articles spell «по мнению специалистов».
    assert "Эксперты о погоде" not in titles(codes_engine, "мс-21")
    assert len(titles(codes_engine, "мс-21")) == 5


def test_a_code_typed_in_latin_look_alike_letters_finds_its_name_too(codes_engine):
    found = sorted(titles(codes_engine, "ак-47"))
    assert found == ["Автомат на выставке", "Музей АК-47", "Экспорт АК-47"]
    assert sorted(titles(codes_engine, "ak-47")) == found  # a Latin a and k
