"""The learned end of a scraped page's text: its stored weights, the lines it takes back after
the body the rules kept, the lines it leaves, its labels and its training."""

from pathlib import Path

import numpy as np
import pytest

from bench.endtrain import labels, recorded_pages, site_rows, train
from indexer.sources import read_file
from indexer.sources.endscore import FEATURE_NAMES, WEIGHTS, ended, features, lines_after, using

SCRAPED = Path(__file__).resolve().parent / "fixtures" / "scraped"
TITLE = "В Самаре автобус столкнулся с грузовиком на Московском шоссе"
BODY = [
    "Утром в понедельник на Московском шоссе в Самаре пассажирский автобус столкнулся с "
    "грузовиком, который выезжал с прилегающей территории.",
    "По данным Госавтоинспекции, в автобусе находились 14 пассажиров. Трое из них получили "
    "травмы и доставлены в городскую больницу.",
    "Движение на участке шоссе было затруднено около двух часов, в сторону центра образовалась "
    "пробка длиной несколько километров.",
]
FEED = "Лента новостей"


def test_stored_weights_fit_the_features():
    found = WEIGHTS.stored
    assert found["features"] == list(FEATURE_NAMES)
    assert len(found["weights"]) == len(FEATURE_NAMES)
    assert 0.5 <= found["take_above"] < 1


@pytest.mark.parametrize(
    "line",
    [
        "Водитель грузовика задержан, по факту аварии проводится проверка.",
        "Сейчас пострадавшим пассажирам автобуса оказывают помощь врачи городской больницы.",
    ],
)
def test_a_last_paragraph_after_the_body_is_taken_back(line):
    assert ended(TITLE, "", BODY, [line, FEED]) == [*BODY, line]


@pytest.mark.parametrize(
    "line",
    [
        "Комментарии",
        "Читайте также",
        "12:45",
        "Подписывайтесь на наш канал в Telegram",
        "Фото: пресс-служба ГИБДД",
        "Теги: ДТП, Самара, автобус",
        "В Тольятти открыли новый сквер у набережной",  # another story's headline
    ],
)
def test_the_pages_chrome_after_the_body_is_left_out(line):
    assert ended(TITLE, "", BODY, [line, FEED]) == BODY


def test_lines_are_taken_back_up_to_the_first_unsure_one():
    line = "Водитель грузовика задержан, проводится проверка."
    assert ended(TITLE, "", BODY, ["Комментарии", line, FEED]) == BODY


def test_without_weights_or_lines_after_the_rules_decide():
    line = "Водитель грузовика задержан, проводится проверка."
    with using({"weights": None}):
        assert ended(TITLE, "", BODY, [line]) == BODY
    assert ended(TITLE, "", BODY, []) == BODY
    assert ended(TITLE, "", [], [line]) == []


def test_the_rows_are_the_first_lines_after_the_body():
    after = ["Обстоятельства выясняются.", "Комментарии", "Реклама", "Наверх"]
    assert features(TITLE, "", BODY, after).shape == (3, len(FEATURE_NAMES))


@pytest.mark.parametrize(
    ("lines", "body", "expected"),
    [
        (["Заголовок", "", "Первый.", "", "Второй.", "", "Комментарии"], ["Первый.", "Второй."],
         ["Комментарии"]),
        # the body's last line without the call cut off it
        (["Первый.", "Второй. Подписывайтесь на наш канал!", "Реклама"], ["Первый.", "Второй."],
         ["Реклама"]),
        # a short last line written higher up too
        (["Москва.", "Первый.", "Москва.", "Меню"], ["Первый.", "Москва."], ["Меню"]),
        (["Первый.", "Третий."], ["Первый.", "Второй."], []),
        (["Первый."], [], []),
    ],
    ids=["blank lines skipped", "a call cut off", "written higher up", "not found", "no body"],
)  # fmt: skip
def test_the_lines_after_the_body_are_found_on_the_page(lines, body, expected):
    assert lines_after(lines, body) == expected


@pytest.mark.parametrize(
    ("body", "after", "record", "expected"),
    [
        (["Текст.", "Конец."], ["Меню", "Ещё"], {"body_end": "Конец.", "chrome": []}, [0, 0]),
        (["Текст."], ["Конец.", "Меню"], {"body_end": "Конец.", "chrome": []}, [1, 0]),
        (["Текст."], ["Фото: ТАСС", "Конец."], {"body_end": "Конец.", "chrome": ["Фото: ТАСС"]},
         [0, 0]),
        (["Текст."], ["Меню"], {"body_end": "Другое.", "chrome": []}, None),
    ],
    ids=["the rules' end right", "a last line cut", "chrome before it", "end not found"],
)  # fmt: skip
def test_the_lines_after_the_body_are_labelled_from_the_record(body, after, record, expected):
    assert labels(body, after, record) == expected


def test_a_short_last_sentence_the_rules_dropped_is_taken_back():
    path = SCRAPED / "report17" / "dzen.ru" / "2.txt"
    (learned,) = read_file(path)
    with using({"weights": None}):
        (rules,) = read_file(path)
    last = "Участники – номинанты и лауреаты премии"
    assert last not in rules.body
    assert learned.body.startswith(rules.body)
    assert learned.body.split("\n")[-1].startswith(last)


@pytest.mark.weights
def test_stored_weights_are_those_the_recorded_pages_train(shared_test_pages):
    # The features include the rules' marks and the body they kept: a change to the rules calls
    # for `python -m bench.endtrain` (and its --measure, leave-one-site-out, before keeping it).
    pages = recorded_pages()
    assert len(pages) >= 1200
    trained = train(site_rows(pages)[0])
    assert np.allclose(trained["weights"], WEIGHTS.stored["weights"], atol=1e-3)
