"""A person named by first name and surname is one gender: the surname's forms of the other
gender alone do not hold it (text/surnames.py, engine/persons.py)."""

import pytest

from indexer import SearchEngine, SearchRequest
from indexer.engine import persons
from indexer.text.surnames import one_gender_forms, person_gender
from tests.support import engine_of


@pytest.mark.parametrize(
    ("surname", "beside", "expected"),
    [("тарасов", ["дмитрий"], ("тарасов", "masc")),
     ("тарасова", ["евгения"], ("тарасов", "femn")),  # typed as names are: the nominative
     ("медведева", ["дмитрия"], ("медведев", "masc")),  # Дмитрия Медведева: his genitive
     ("медведевой", ["евгении"], ("медведев", "femn")),
     ("навальный", ["алексей"], ("навальный", "masc")),
     ("путин", ["владимирович"], ("путин", "masc")),  # a patronymic beside
     ("тарасов", ["пенсионный"], None),  # no first name
     ("реформа", ["пенсионная"], None),  # no surname
     ("тарасовой", ["дмитрий"], None),  # first name and surname disagree
     ("путина", ["любовь"], None),  # a word mostly a noun: Putin's love, not a Любовь
     ("савченко", ["надежда"], None),  # a surname of one form for both: nothing to tell
     ("кузнецова", ["надежда"], ("кузнецов", "femn"))],  # a name as often as a noun
)  # fmt: skip
def test_a_first_name_beside_a_surname_tells_the_gender(surname, beside, expected):
    assert person_gender(surname, beside) == expected


def test_forms_one_gender_alone_has():
    masculine, bare = one_gender_forms("тарасов", "masc")
    assert {"тарасов", "тарасовым", "тарасове"} <= set(masculine)
    assert "тарасова" not in masculine  # a man's genitive, a woman's nominative
    assert not bare  # «тарасов» is also a genitive of Тарас: it has an exact term
    feminine, _ = one_gender_forms("тарасов", "femn")
    assert set(feminine) == {"тарасовой"}
    assert "навальной" in one_gender_forms("навальный", "femn")[0]
    assert one_gender_forms("ерохин", "masc")[1]  # «ерохин» is indexed as its lemma alone


def titles(engine: SearchEngine, q: str) -> list[str]:
    """The articles holding every word of the query (not those filled in after them)."""
    return [hit.title for hit in engine.search(SearchRequest(q=q)).hits if not hit.missing]


NEWS = [
    (
        "Тарасова и Морозов выиграли Европу",
        "Евгения Тарасовой и Морозову вручили золото.",
        "Фигуристка Тарасовой аплодировали. Тренер Дмитрий Соколов доволен.",
    ),
    (
        "Дмитрий Тарасов перешёл в новый клуб",
        "Полузащитник Тарасов подписал контракт.",
        "Дмитрий Тарасов сыграет за клуб. Его тренер Евгений Петров.",
    ),
    ("Сборная провела сбор", "Тренер похвалил Дмитрия Тарасова.", "Сбор прошёл в Москве."),
    ("Ерохина выиграла турнир", "Анна Ерохиной вручили кубок.", "Дмитрий Ерохин поздравил её."),
]


@pytest.fixture(scope="module")
def people_engine(tmp_path_factory) -> SearchEngine:
    return engine_of(tmp_path_factory.mktemp("persons"), NEWS)


def test_a_mans_name_does_not_find_a_woman_of_his_surname(people_engine, monkeypatch):
    found = titles(people_engine, "дмитрий тарасов")
    assert sorted(found) == ["Дмитрий Тарасов перешёл в новый клуб", "Сборная провела сбор"]
    monkeypatch.setattr(persons, "ENABLED", False)
    assert "Тарасова и Морозов выиграли Европу" in titles(people_engine, "дмитрий тарасов")


def test_a_womans_name_does_not_find_a_man_of_her_surname(people_engine, monkeypatch):
    assert titles(people_engine, "евгения тарасова") == ["Тарасова и Морозов выиграли Европу"]
    # A surname alone says no gender: every article naming it.
    assert len(titles(people_engine, "тарасова")) == 3
    monkeypatch.setattr(persons, "ENABLED", False)
    assert len(titles(people_engine, "евгения тарасова")) == 2  # with Евгений Петров's player


def test_an_article_naming_both_holds_either(people_engine):
    # «Ерохиной» and «Ерохин» (the lemma as written) both stand in the fourth article.
    assert titles(people_engine, "дмитрий ерохин") == ["Ерохина выиграла турнир"]
    assert titles(people_engine, "анна ерохина") == ["Ерохина выиграла турнир"]


# (articles, a person's name, the articles holding every word of it)
BESIDE_NAMESAKES = [
    # «Клинтон» is hers in every case; «Клинтона» is only a man's: it tells of Bill, not
    # that the article lacks Hillary.
    ([("Хиллари Клинтон выступила с речью", "", "Речь поддержал штаб Билла Клинтона."),
      ("Хиллари Клинтон посетила Нью-Йорк", "", "Клинтон встретилась с избирателями."),
      ("Билл Клинтон открыл фонд", "", "Фонд Билла Клинтона помогает школам.")],
     "хиллари клинтон",
     ["Хиллари Клинтон выступила с речью", "Хиллари Клинтон посетила Нью-Йорк"]),
    # Named in full beside Андрей Кузнецов. The second names a Светлана, but not beside the
    # surname: only Андрей Кузнецов there.
    ([("Теннисисты сыграли в Москве", "", "На корт вышли Светлана Кузнецова и Андрей Кузнецов."),
      ("Кузнецов вышел в финал", "", "Андрей Кузнецов обыграл соперника. Светлана рада."),
      ("Кузнецова выиграла турнир", "", "Светлане Кузнецовой вручили кубок.")],
     "светлана кузнецова",
     ["Кузнецова выиграла турнир", "Теннисисты сыграли в Москве"]),
]  # fmt: skip


@pytest.mark.parametrize(("articles", "query", "expected"), BESIDE_NAMESAKES)
def test_a_person_is_found_beside_a_namesake_of_the_other_gender(
    tmp_path, articles, query, expected
):
    assert sorted(titles(engine_of(tmp_path, articles), query)) == expected
