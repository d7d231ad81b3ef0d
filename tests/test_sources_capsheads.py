"""A headline set in capitals over a copy's text, furniture between: the title."""

from indexer.sources import read_file
from indexer.sources.capsheads import caps_headline

TEXT = [
    "Очередной прием граждан в администрации района по поручению главы провел его "
    "заместитель, к нему обратились девять жителей сел района.",
    "Вопросы касались ремонта дорог, уличного освещения и вывоза мусора, по каждому из них "
    "даны поручения ответственным службам.",
]


def test_a_headline_in_capitals_over_labels_is_found():
    lines = ["ПРИЕМ ГРАЖДАН", "- Информация:", "- Категория Общество", *TEXT]
    assert caps_headline(lines, 3) == 0


def test_capitals_under_a_line_of_text_are_an_intertitle():
    lines = [TEXT[0], "ДОРОГИ И СВЕТ", TEXT[1]]
    assert caps_headline(lines, 2) is None


def test_a_page_under_its_date_with_a_headline_in_capitals_has_it_for_title(tmp_path):
    head = ["Среда, 27 Октябрь 2021", "ПРИЕМ ГРАЖДАН", "- Информация:",
            "- Опубликовано: 27.10.2021 09:05", "- Категория Общество"]  # fmt: skip
    path = tmp_path / "digora.ru.txt"
    path.write_text("\n".join([*head, *TEXT]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.body) == ("ПРИЕМ ГРАЖДАН", "\n".join(TEXT))


def test_a_copy_opening_with_a_button_over_a_headline_in_capitals_has_it_for_title(tmp_path):
    path = tmp_path / "digora.ru.txt"
    path.write_text("\n".join(["Печать", "«ПРИЕМ ГРАЖДАН В АДМИНИСТРАЦИИ»", *TEXT]) + "\n", "utf-8")
    (article,) = read_file(path)
    assert (article.title, article.body) == ("«ПРИЕМ ГРАЖДАН В АДМИНИСТРАЦИИ»", "\n".join(TEXT))
