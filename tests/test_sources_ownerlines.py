"""A public body's name broken into lines over its page: chrome, not the headline."""

from indexer.sources import read_file
from indexer.sources.ownerlines import without_split_owner

TEXT = (  # the text names the republic too: the name's last line would be retold by it
    "25 семей, оказавшихся в трудной жизненной ситуации, которые состоят на учете в учреждении "
    "Луганской Народной Республики, получили гуманитарную помощь: канцелярские товары, одежду."
)
NAME = ["Министерство", "труда и социальной политики", "Луганской Народной Республики"]


def test_a_name_broken_into_lines_at_the_top_is_blanked():
    lines = [*NAME, "", "25 семьям оказана гуманитарная помощь в г. Первомайске", TEXT]
    assert without_split_owner(lines) == ["", "", "", "", *lines[4:]]


def test_a_department_under_the_logo_is_blanked_with_its_name():
    name = ["Отдел культуры администрации", "Кочубеевского муниципального округа"]
    lines = [">>>", "logo", *name, "Ставропольского края", TEXT]
    assert without_split_owner(lines) == [">>>", "logo", "", "", "", TEXT]


def test_the_kind_over_a_headline_or_lower_down_is_left():
    told = ["Администрация", "Администрация Гуково поздравляет ветеранов с Днем Победы", TEXT]
    assert without_split_owner(told) == told  # the second line is no part of a name
    lower = ["Главная", *NAME, TEXT]
    assert without_split_owner(lower) == lower


def test_a_ministrys_page_is_titled_by_its_headline(tmp_path):
    path = tmp_path / "mintrud.lpr-reg.ru.txt"
    headline = "25 семьям оказана гуманитарная помощь в г. Первомайске"
    crumbs = f"» » {headline}"
    path.write_text("\n".join([*NAME, "", crumbs, "", headline, "", TEXT]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.body) == (headline, TEXT)


def test_an_institutions_legal_form_opens_its_name_and_its_region_ends_it():
    forest = ["Краевое государственное казенное", "учреждение «Лесная охрана»"]
    headline = "Патрулирование Саяно-Шушенского лесничества: напоминание о правилах."
    lines = [*forest, "", "6 августа 2025 г. 9:00", "", headline, TEXT]
    assert without_split_owner(lines) == ["", "", *lines[2:]]
    library = ["Муниципальное казённое учреждение культуры", "«Уинская библиотечная система»",
               "Пермского края"]  # fmt: skip
    lines = [*library, "logo", "header img", "", "Исчезающая память", TEXT]
    assert without_split_owner(lines) == ["", "", "", *lines[3:]]
    told = ["Государственное казенное учреждение", "открыло новый офис", TEXT]
    assert without_split_owner(told) == told  # a verb: a headline, no name
