"""The small text cleaners: whitespace, page chrome, Russian dates, datelines, HTML."""

from datetime import date

import pytest

from indexer.sources.clean import (
    is_boilerplate,
    is_date_line,
    match_caption,
    normalize_line,
    normalize_text,
    parse_date,
    parse_dateline,
    parse_ru_date,
    strip_html,
)
from indexer.sources.datelines import find_dateline, title_case_city
from indexer.sources.dates import read_date_line
from indexer.sources.rubrics import rubric_name

NORMALIZE = [
    ("  Заголовок\u00a0 статьи \n\n\n Текст ", "Заголовок статьи\nТекст"),
    ("a\r\nb\r\n\r\nc", "a\nb\nc"),
    ("\t\n  \n", ""),
    ("и\u0306ж", "йж"),  # NFC: и + combining breve -> й
    ("один  два\tтри", "один два три"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALIZE)
def test_normalize_text(text, expected):
    assert normalize_text(text) == expected


def test_normalize_line_joins_lines():
    assert normalize_line(" Заголовок\n статьи ") == "Заголовок статьи"


BOILERPLATE = [
    ("Подписаться", True),
    ("Лента новостей", True),
    ("Поделитесь с друзьями:", True),
    ("0", True),
    ("1 234", True),
    ("© Пресс-служба президента БеларусиСергей Собянин", True),
    ("Фото: РИА Новости / Илья Питалев", True),
    ("Video: группа «ЧП Нижний Тагил» во «Вконтакте»", True),
    ("PHOTO: EVENT HORIZON TELESCOPE COLLABORATION", True),
    ("Photoshop научился убирать людей с фотографий", False),
    ("Самые интересные и важные новости ищите в нашем Telegram-канале и Viber.", True),
    ("Флаги России и Беларуси - Sputnik Беларусь, 1920, 01.07.2021", True),
    ("Your browser doesn't support HTML5 video.", True),
    ("Извините, в настоящее время нет доступных опросов.", True),
    ("Рекламный баннер", True),
    ("Рекламный баннер 990x90px top", True),
    ("Рекламный баннер 300x60px right-2", True),  # the slot numbered
    ("Примерное время чтения: меньше минуты", True),
    ("Site icon ИА «Диалог»", True),
    ("Версия для печати", True),
    ("logo", True),
    ("Foto", True),
    ("Оцените материал", True),
    ("(2 - ПРОГОЛОСОВАЛО)", True),
    ("Оцените материал и оставьте отзыв о работе поликлиники на сайте.", False),
    ("Время чтения лекций сократили до часа.", False),
    ("Заметили ошибку? Пожалуйста, выделите её и нажмите Ctrl+Enter", True),
    ("Отправляя комментарий, вы принимаете правила комментирования материалов сайта.", True),
    ("Отображение старых комментариев отключено в целях вашей и нашей безопасности.", True),
    ("Депутаты обсудили правила благоустройства и комментарии жителей.", False),
    ("Автомобильные проекты", False),
    ("Рекламный баннер на фасаде дома демонтировали по решению суда.", False),
    ("Выделите время для прогулки: синоптики обещают тёплые выходные.", False),
    ("Об этом он написал в своем Telegram-канале.", False),
    ("В 2016 году Собянин приезжал в Минск.", False),
    ("2016 год", False),
]


@pytest.mark.parametrize(("line", "expected"), BOILERPLATE)
def test_is_boilerplate(line, expected):
    assert is_boilerplate(line) is expected


DATES = [
    ("2018-12-14", date(2018, 12, 14)),
    ("2018-12-14 10:00:00", date(2018, 12, 14)),
    ("2018-12-14T10:00:00+03:00", date(2018, 12, 14)),
    ("14.12.2018", date(2018, 12, 14)),
    ("1.7.2021", date(2021, 7, 1)),
    ("14 декабря 2018", date(2018, 12, 14)),
    ("1 января 2010", date(2010, 1, 1)),
    ("15 Сен. 2016", date(2016, 9, 15)),
    ("3 мая 2017, 12:30", date(2017, 5, 3)),
    (1544781600, date(2018, 12, 14)),
    ("1544781600", date(2018, 12, 14)),
    (1544781600000, date(2018, 12, 14)),
    ("31.02.2018", None),
    ("7 млрд долларов", None),
    ("10:50:00+03:00", None),
    ("", None),
    (None, None),
    (True, None),
]


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


RU_DATES_WITH_YEAR = [
    ("23 дек", 2024, date(2024, 12, 23)),
    ("23 дек", None, None),
    ("23 декабря 2024", 2000, date(2024, 12, 23)),
    ("на 7 млрд, 23 дек", 2024, date(2024, 12, 23)),
]


@pytest.mark.parametrize(("text", "year", "expected"), RU_DATES_WITH_YEAR)
def test_parse_ru_date_takes_the_year_from_context(text, year, expected):
    assert parse_ru_date(text, year) == expected


DATE_LINES = [
    ("23 декабря 2024", True),
    ("23 декабря 2024, 14:05", True),
    ("23.12.2024", True),
    ("23.12.2024 14:05", True),
    ("23 декабря 2024 года Лукашенко принял Собянина", False),
    ("2024", False),
    ("7 млрд 2024", False),
]


@pytest.mark.parametrize(("line", "expected"), DATE_LINES)
def test_is_date_line(line, expected):
    assert is_date_line(line) is expected


DATELINES = [
    ("МИНСК, 23 дек – Sputnik. Президент Беларуси", ("Минск", date(2024, 12, 23))),
    ("москва, 31 янв - риа новости. большая часть", ("Москва", date(2024, 1, 31))),
    ("РОСТОВ-НА-ДОНУ, 5 мар — РИА Новости.", ("Ростов-на-Дону", date(2024, 3, 5))),
    ("НЬЮ-ЙОРК (США), 5 мар - РИА Новости.", ("Нью-Йорк", date(2024, 3, 5))),
    ("НИЖНИЙ НОВГОРОД, 1 сен – РИА Новости.", ("Нижний Новгород", date(2024, 9, 1))),
    ("Президент Беларуси, 23 года назад", None),
    ("ТАСС, 10 августа. Военнослужащие", None),
    ("Он сказал: 23 дек – день", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_parse_dateline(text, expected):
    assert parse_dateline(text, 2024) == expected


AGENCY_DATELINES = [
    ("МОСКВА, 21 января. /ТАСС/. Текст", ("Москва", "ТАСС", "Текст")),
    ("Москва. 25 декабря. INTERFAX.RU - Текст", ("Москва", "Интерфакс", "Текст")),
    ("Екатеринбург. 25 декабря. INTERFAX-URAL - Текст", ("Екатеринбург", "Интерфакс", "Текст")),
    ("МОСКВА, 12 марта (Рейтер) - Текст", ("Москва", "Reuters", "Текст")),
    ("ПАРИЖ, 5 мая (АФП) — Текст", ("Париж", "AFP", "Текст")),
    ("МОСКВА, 3 мар — РИА Новости. Текст", ("Москва", "РИА Новости", "Текст")),
    ("МОСКВА, 21 января 2018. /ИТАР-ТАСС/. Текст", ("Москва", "ТАСС", "Текст")),
    ("МИНСК, 23 дек – Sputnik. Текст", ("Минск", "Sputnik", "Текст")),
    ("МОСКВА, 5 мая — РБК. Текст", ("Москва", "РБК", "Текст")),
    ("Москва, 5 мая - Ъ. Текст", ("Москва", "Коммерсантъ", "Текст")),
    ("МОСКВА, 5 мая. /«Известия»/. Текст", ("Москва", "Известия", "Текст")),
    ("МОСКВА, 5 мая — Lenta.ru. Текст", ("Москва", "Lenta.ru", "Текст")),
    ("КИЕВ, 5 мая /Корр. ИТАР-ТАСС/. Текст", ("Киев", "ТАСС", "Текст")),
    ("САНКТ-ПЕТЕРБУРГ, 3 января 2018 г. /ТАСС/. Текст", ("Санкт-Петербург", "ТАСС", "Текст")),
    ("Сухум. 9 сентября 2025. Абхазия-Информ. Текст", ("Сухум", "Абхазия-Информ", "Текст")),
]


@pytest.mark.parametrize(("text", "expected"), AGENCY_DATELINES)
def test_find_dateline_gives_city_agency_and_where_the_text_starts(text, expected):
    found = find_dateline(text)
    assert (found.city, found.agency, text[found.end :]) == expected


def test_dateline_year_when_it_has_one():
    assert find_dateline("МОСКВА, 21 января 2018. /ТАСС/. Текст").date() == date(2018, 1, 21)


def test_an_agency_named_after_the_year_alone_needs_the_year():
    assert find_dateline("Сухум. 19 сентября 2024. Апсныпресс. Текст").date() == date(2024, 9, 19)
    assert find_dateline("Сухум. 19 сентября. Апсныпресс. Текст") is None
    assert find_dateline("Москва. 19 сентября 2024. Состоялась встреча. Текст") is None


def test_parse_dateline_without_a_year_gives_no_date():
    assert parse_dateline("МИНСК, 23 дек – Sputnik.") == ("Минск", None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("МИНСК", "Минск"),
        ("УЛАН-УДЭ", "Улан-Удэ"),
        ("КОМСОМОЛЬСК-НА-АМУРЕ", "Комсомольск-на-Амуре"),
    ],
)
def test_title_case_city(name, expected):
    assert title_case_city(name) == expected


CAPTIONS = [
    (
        "Государственные флаги России и Беларуси - Sputnik Беларусь, 1920, 01.07.2021",
        ("Государственные флаги России и Беларуси", "Sputnik Беларусь", "01.07.2021"),
    ),
    ("Москва - РИА Новости, 1920, 23.12.2024", ("Москва", "РИА Новости", "23.12.2024")),
    ("Минск - город, 2024", None),
    ("Обычная строка текста", None),
]


@pytest.mark.parametrize(("line", "expected"), CAPTIONS)
def test_match_caption(line, expected):
    match = match_caption(line)
    assert (match and (match["text"], match["site"], match["date"])) == expected


HTML = [
    ("<p>москва, 31 янв - риа новости.</p><p>текст</p>", "москва, 31 янв - риа новости.\nтекст"),
    ("В Дагестане &quot;Альбаро&quot;", 'В Дагестане "Альбаро"'),
    ('<a href="http://rian.ru">агентство</a> сообщило', "агентство сообщило"),
    ("до<br/>после", "до\nпосле"),
    ("<script>var x = 1;</script>текст", "текст"),
    ("a < b и c > d", "a < b и c > d"),
    ("<p>до</p><![/T= после", "до\n<![/T= после"),
]


@pytest.mark.parametrize(("html", "expected"), HTML)
def test_strip_html(html, expected):
    assert normalize_text(strip_html(html)) == normalize_text(expected)


RUBRIC_NAMES = [
    ("world", "Мир"),
    ("ussr", "Бывший СССР"),
    ("politics", "Политика"),
    ("ng_politics", "Политика"),  # one meaning, one name
    ("kartblansh", "Карт-бланш"),
    ("Политика", "Политика"),  # a name already
    ("unknown_slug", "unknown_slug"),  # kept as it is
]


@pytest.mark.parametrize(("slug", "expected"), RUBRIC_NAMES)
def test_rubric_name(slug, expected):
    assert rubric_name(slug) == expected


PAGE_DATE_LINES = [
    ("09.12.2013, 13:24", None, date(2013, 12, 9)),
    ("21 января 2018, 14:05", None, date(2018, 1, 21)),
    ("21 янв 2018", None, date(2018, 1, 21)),
    ("Wed, 24 Dec 2025", None, date(2025, 12, 24)),
    ("суббота, 1 октября", 2022, date(2022, 10, 1)),  # the year from elsewhere on the page
    ("суббота, 1 октября", None, None),  # never the current year
    ("09:24 11.06.2022 (обновлено: 09:28 11.06.2022)", None, date(2022, 6, 11)),
    ("05/08/2008 10:35", None, date(2008, 8, 5)),
    ("2020-03-03T17:18:31+03:00", None, date(2020, 3, 3)),
    ("29 февраля", 2023, None),
    ("Сегодня, 19:20", 2020, None),  # relative: unknown
    ("Президент отметил 21 января 2018", None, None),  # a sentence, not a date line
]


@pytest.mark.parametrize(("line", "year", "expected"), PAGE_DATE_LINES)
def test_read_date_line(line, year, expected):
    assert read_date_line(line, year) == expected


MORE_CHROME = [
    ("Реклама:", True),
    ("Подпишитесь на рассылку РБК.", True),
    ("Что происходит в России и в мире? Объясняем на нашем YouTube-канале. Подпишись!", True),
    ("Коллаж: Андрей Калистратенко", True),
    ("Рекламная кампания завода провалилась, сообщили в пресс-службе.", False),
]


@pytest.mark.parametrize(("line", "expected"), MORE_CHROME)
def test_promos_labels_and_credits_are_chrome(line, expected):
    assert is_boilerplate(line) is expected
