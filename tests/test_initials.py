"""A name typed in full also finds its abbreviation, when the articles give the abbreviation
that name: «чемпионат мира» finds «ЧМ», «андрей кузнецов» does not find «АК»."""

import pytest

from indexer import SearchRequest
from indexer.engine import initials
from indexer.engine.plan import make_plan
from tests.support import engine_of, titles

NEWS = [
    ("Сборная вышла в финал", "", "Чемпионат мира (ЧМ) по хоккею проходит в Москве."),
    ("Итоги турнира", "", "На ЧМ россияне взяли три медали. Чемпионат мира завершился."),
    ("Хоккеисты улетели в Прагу", "", "ЧМ начнётся в мае, сборная готова."),
    ("Оружие на выставке", "", "Новый АК показали гостям. Автомат Калашникова модернизирован."),
    ("Экспорт оружия", "", "АК (автомат Калашникова) продают в 30 стран."),
    ("Армия получила партию", "", "Новые АК поступили в войска."),
    ("Андрей Кузнецов вышел в полуфинал", "", "Теннисист Андрей Кузнецов обыграл соперника."),
]
WORLD_CUP = ["Итоги турнира", "Сборная вышла в финал", "Хоккеисты улетели в Прагу"]


@pytest.fixture(scope="module")
def news_engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("initials"), NEWS)


def test_the_first_letters_of_the_words_typed():
    tree = make_plan("великая отечественная война").tree
    assert initials.initials(list(tree.nodes)) == "вов"


def test_a_name_typed_in_full_finds_its_abbreviation(news_engine):
    assert sorted(titles(news_engine, "чемпионат мира")) == WORLD_CUP
    assert "Хоккеисты улетели в Прагу" not in titles(news_engine, '"чемпионат мира"')


def test_the_abbreviation_is_marked(news_engine):
    page = news_engine.search(SearchRequest(q="чемпионат мира"))
    snippets = {hit.title: hit.snippet for hit in page.hits}
    assert "<mark>ЧМ</mark>" in snippets["Хоккеисты улетели в Прагу"]


def test_words_whose_initials_the_articles_give_another_name_keep_their_own(news_engine):
    assert titles(news_engine, "андрей кузнецов") == ["Андрей Кузнецов вышел в полуфинал"]
    assert sorted(titles(news_engine, "автомат калашникова")) == [
        "Армия получила партию", "Оружие на выставке", "Экспорт оружия"]  # fmt: skip


def test_without_the_abbreviations_of_names_each_finds_its_own(news_engine, monkeypatch):
    monkeypatch.setattr(initials, "ENABLED", False)
    assert "Хоккеисты улетели в Прагу" not in titles(news_engine, "чемпионат мира")
