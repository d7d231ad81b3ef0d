"""Lines of text told from chrome by their shape and their neighbours (jusText's way)."""

import pytest

from indexer.sources.linekind import (
    BAD,
    GOOD,
    SURE,
    classify,
    density,
    line_classes,
    rule_classes,
)
from indexer.sources.linetrim import trim_chrome

TEXT = (
    "Об открытии детского сада на своей странице во «ВКонтакте» рассказал губернатор, "
    "и он также сообщил, что поручил администрации изучить мнение жителей."
)
TEXT2 = (
    "В результате аварии водитель погиб на месте, а на месте работает следственная группа, "
    "которая выясняет все обстоятельства того, что произошло."
)
ITEM = "- Анна, лицей № 1 – призер по истории;"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A headline, an intertitle: short lines between text are text.
        ([TEXT, "Что известно", TEXT2], [GOOD, GOOD, GOOD]),
        # A menu: short lines between chrome are chrome.
        (["Главная", "Политика", "Фото: vk.com", TEXT], [BAD, BAD, BAD, GOOD]),
        # A related headline after the text, before a credit: chrome.
        ([TEXT, "Фото: vk.com", "Главные темы", "Ульяновцы встречают змей"], [GOOD, BAD, BAD, BAD]),
        # A long line of names and no function words is chrome even between text.
        ([TEXT, "Москва Санкт-Петербург Новосибирск Екатеринбург Казань Нижний Новгород "
          "Челябинск Самара Омск Ростов Уфа Красноярск.", TEXT2], [GOOD, BAD, GOOD]),
    ],
)  # fmt: skip
def test_lines_take_their_class(lines, expected):
    assert rule_classes(lines) == expected


def test_lines_the_scorer_finds_unlike_text_are_sure_chrome():
    # A menu over the text: chrome by the rules, and unlike text to the learned scorer.
    lines = ["Главная", "Политика", TEXT, TEXT2]
    assert classify(lines) == [SURE, SURE, GOOD, GOOD]


def test_function_words_make_the_density():
    assert density("и он сказал, что не придёт") > density("Главные темы Ульяновск Медиалига")


def test_latin_and_greek_lookalikes_inside_russian_words_count_as_cyrillic():
    # "этoм гoду" with Latin o, "этοм" with Greek omicron, as some pages write them.
    assert density("В этoм гoду") == density("В этом году") == 1.0
    assert density("Об этοм сообщает") == density("Об этом сообщает")


@pytest.mark.parametrize(
    ("page", "body"),
    [
        # The site's foot after the text goes from its first unpunctuated chrome line on.
        (
            ["Заголовок статьи о детском саде", TEXT, TEXT2, "Главные темы",
             "По улицам Слона водили: звезда вспомнил, как играл",
             "Ульяновцы повсеместно встречают змей: что делать при контакте?"],
            [TEXT, TEXT2],
        ),
        # A short last sentence right after the text stays.
        (["Заголовок статьи", TEXT, TEXT2, "Причины устанавливаются."],
         [TEXT, TEXT2, "Причины устанавливаются."]),
        # List items after their intro stay.
        (["Заголовок", TEXT, "Так, в числе призеров:", ITEM, TEXT2],
         [TEXT, "Так, в числе призеров:", ITEM, TEXT2]),
        # The credit of the text's origin ends it; other stories' sentences after it go.
        (["Заголовок", TEXT, TEXT2, "Источник: МЧС", "Два коллектива школы искусств завоевали "
          "дипломы лауреата на международном конкурсе.", "Но и те, кто хочет сэкономить."],
         [TEXT, TEXT2]),
        (["Заголовок", TEXT, TEXT2, "Источник: ГУ МВД России по Волгоградской области",
          "Сообщение о ДТП появились сначала на Новости Волжского - Волжская правда."],
         [TEXT, TEXT2]),
        # A teaser cut inside its sentence goes; a text ending on an ellipsis stays.
        (["Заголовок", TEXT, TEXT2, "Глава Пентагона проинформировал о том, что держава будет "
          "пресекать попытки противников. В ходе выступления он подчеркнул, что…"],
         [TEXT, TEXT2]),
        (["Заголовок", TEXT, "Ребенок давится и отворачивается. Дети не любят овощи…"],
         [TEXT, "Ребенок давится и отворачивается. Дети не любят овощи…"]),
        # The items of a list the text introduces stay, commas and all.
        (["Заголовок", TEXT, "По делу возбуждено три уголовных дела:", "• по факту убийства,",
          "• по факту хулиганства с применением оружия."],
         [TEXT, "По делу возбуждено три уголовных дела:", "• по факту убийства,",
          "• по факту хулиганства с применением оружия."]),
        # A list's groups under their short headings stay.
        (["Заголовок", TEXT, "Победителями стали:", "1-5 классы", "1. Ширяев Егор",
          "2. Гилёв Кирилл", "6-8 классы", "1. Пехташев Илья", "2. Радченко Ярослав"],
         [TEXT, "Победителями стали:", "1-5 классы", "1. Ширяев Егор", "2. Гилёв Кирилл",
          "6-8 классы", "1. Пехташев Илья", "2. Радченко Ярослав"]),
        # A widget in Greek after a Russian text goes; Greek letters a site mixes into Russian
        # words against copying do not make them Greek.
        (["Заголовок", TEXT, TEXT2, "Расследование продолжается, арестов пока не было.",
          "Μπορεί επίσης να σας ενδιαφέρει:", "- Η Κύπρος προετοιμάζεται για ακραίο κρύο"],
         [TEXT, TEXT2, "Расследование продолжается, арестов пока не было."]),
        (["Заголовок", TEXT, "Непοгода сοхранится дο завтра, 8 декабря.", TEXT2],
         [TEXT, "Непοгода сοхранится дο завтра, 8 декабря.", TEXT2]),
        # A widget in Ukrainian among Russian lines goes; a text in Ukrainian stays.
        (["Заголовок", TEXT, "Коментує мер Одеси Геннадій Труханов", TEXT2], [TEXT, TEXT2]),
        (["Заголовок", "Одеська міська рада направила до уряду звернення щодо компенсації.",
          "Відповідний проєкт було ухвалено на позачерговій сесії міської ради."],
         ["Одеська міська рада направила до уряду звернення щодо компенсації.",
          "Відповідний проєкт було ухвалено на позачерговій сесії міської ради."]),
        # "По материалам" opening a sentence is text.
        (["Заголовок", TEXT, "По материалам проверки возбуждено уголовное дело.", TEXT2],
         [TEXT, "По материалам проверки возбуждено уголовное дело.", TEXT2]),
        # A source named in a sentence of its own under the text goes.
        (["Заголовок", TEXT, TEXT2, "По материалам департамента культуры и туризма."],
         [TEXT, TEXT2]),
    ],
)  # fmt: skip
def test_trim_chrome(page, body):
    assert trim_chrome(page[1:], line_classes(page)) == body


def test_a_credit_and_a_promo_in_whole_sentences_leave_a_plain_read_text(tmp_path):
    from indexer.sources import read_file

    path = tmp_path / "priazovstep.ru.txt"
    path.write_text(
        f"Районный субботник собрал сотни жителей\n{TEXT}\n{TEXT2}\nФото С. Авдеенко.\n\n\n"
        "Актуальные новости района и области смотрите в нашем ТГ-канале и в соцсетях.\n",
        encoding="utf-8",
    )
    (article,) = read_file(path)
    assert article.body == f"{TEXT}\n{TEXT2}"
