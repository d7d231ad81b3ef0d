"""Dates of scraped pages: date lines in the forms sites write, and where on a page they stand."""

from datetime import date

import pytest

from indexer.sources.dates import read_date_line, without_founding_dates
from tests.test_sources_page_shapes import read_page

TEXT = (
    "В городском парке высадили двести молодых лип и кленов, сообщили в администрации района.\n\n"
    "Работы продлятся до конца месяца, после чего в парке установят новые скамейки и фонари.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2021-05-26", date(2021, 5, 26)),
        ("2021.05.26", date(2021, 5, 26)),
        ("2021/05/26 14:05", date(2021, 5, 26)),
        ("2024, 13 августа 08:09", date(2024, 8, 13)),
        ("2024, 13 августа 08:09 Лента новостей", date(2024, 8, 13)),
        ("Дата создания: 31.07.2020 17:52:54", date(2020, 7, 31)),
        ("Дата публикации: 5 марта 2019", date(2019, 3, 5)),
        ("Дата: 5 мая, 2025 | 17:19", date(2025, 5, 5)),  # a comma before the year
        ("Дата рождения: 12.03.1960", None),
        ("Опубликовано: 12.03.2021, 10:15", date(2021, 3, 12)),
        ("This post was published on 20.04.2022 16:43", date(2022, 4, 20)),
        ("06:41 07.09.2016 Ср", date(2016, 9, 7)),
        ("01 сентября 202519:20", date(2025, 9, 1)),  # the year glued to the time
        ("01.09.202519:20", date(2025, 9, 1)),
        ("26.09.24 | 14:04", date(2024, 9, 26)),  # a two-digit year
        ("07.02.98", date(1998, 2, 7)),
        ("16/03/17 14:43", date(2017, 3, 16)),  # a short year after slashes
        ("16/03.17", None),
        ("31.02.24 | 14:04", None),
        ("2021 год", None),
        ("12 апреля 2024 Общество", date(2024, 4, 12)),  # the rubric after the date
        ("29 июля 2016 г. Культура", date(2016, 7, 29)),
        ("Knopka.ca, 05.03.2026 14:20, Происшествия", date(2026, 3, 5)),  # the outlet first
        ("Knopka.ca, 5 марта стало известно", None),
        ("28 июля 2009 0 218", date(2009, 7, 28)),  # comments and views after the date
        ("13.02.2026 0 95", date(2026, 2, 13)),
        ("12 апреля 2024 в Междуреченске открыли сквер", None),
        ("2024, 13 августа в Брянске прошёл митинг", None),
        ("Эфир от 9 ноября 2016 г.", date(2016, 11, 9)),  # a broadcast's day
        ("29 травня 2018 р.", date(2018, 5, 29)),  # a Ukrainian site's date line
        ("1 листопада 2021", date(2021, 11, 1)),
        ("5 тракторов 2018", None),  # a Ukrainian month's first letters are Russian words'
        ("25 06 2018", date(2018, 6, 25)),  # spaces for dots
        ("1 2 2018", None),
        ("25, 26, 27", None),  # a calendar's row
    ],
)  # fmt: skip
def test_date_lines_with_the_year_first_a_short_year_or_a_label(line, expected):
    assert read_date_line(line) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (f"Липы высадили в парке\n\n{TEXT}\nДата создания: 31.07.2020 17:52:54\n",
         date(2020, 7, 31)),
        (f"Липы высадили в парке\n\n{TEXT}\n20.09.2019\n\nФото\n\nКупить билет\n",
         date(2019, 9, 20)),
        (f"Липы высадили в парке\n\n12.04.2024. {TEXT}", date(2024, 4, 12)),
        (f"Новости района. Эфир от 03.06.2018. Липы высадили в парке\n\n{TEXT}",
         date(2018, 6, 3)),
        (f"Липы высадили в парке\n\n{TEXT}", None),
        # a repost's stamped headline over the source's own date line
        (f"Липы высадили в парке\n18:02 17.02.2026 Липы в парке\n16 февраля 2026\n{TEXT}",
         date(2026, 2, 16)),
        (f"Липы высадили в парке\n{TEXT}31 декабря 2023, 07:31\n", date(2023, 12, 31)),
        (f"2017-3-15 12:52 |\n{TEXT}", date(2017, 3, 15)),
        (f"Тренды недели\n\nСобытия и тренды 2 ноября 2023 года\n\n{TEXT}", date(2023, 11, 2)),
        (f"Липы высадили в парке\n05 января\n15:16\n2022\n{TEXT}", date(2022, 1, 5)),
        (f"Липы высадили в парке\n05 января\n15:16\n{TEXT}", None),
        (f"29\nнояб 2015\n\nЛипы высадили в парке\n\n{TEXT}", date(2015, 11, 29)),
        (f"29\n\nЛипы высадили в парке\n\n{TEXT}", None),
        (f"Главная > Новости > Липы высадили в парке\n8\nИюль\n2021\n09:11\n\n"
         f"Липы высадили в парке\n\n{TEXT}", date(2021, 7, 8)),
        (f"Липы высадили в парке\n13.11.2025{TEXT}", date(2025, 11, 13)),
        (f"25.08.06  / Общество /    Перейти в Дзен Обсудить ВКонтакте\nЛипы высадили в парке\n"
         f"{TEXT}", date(2006, 8, 25)),
    ],
    ids=["labelled-after-text", "date-line-after-text", "opening-the-text", "in-the-title",
         "none", "under-a-reposts-stamped-headline", "plain-date-line-after-text",
         "year-first-in-cell-bars-on-top",
         "in-words-in-the-title", "split-over-lines", "split-without-a-year",
         "day-over-month-and-year", "a-bare-number-is-no-day",
         "day-month-and-year-a-line-each-over-the-headline", "glued-to-the-texts-first-word",
         "short-year-its-rubric-after-a-slash"],
)  # fmt: skip
def test_a_date_away_from_the_head(tmp_path, page, expected):
    assert read_page(tmp_path, page, "park.txt").date == expected


def test_a_related_link_after_the_text_gives_no_date(tmp_path):
    page = (
        "Поделиться\n\nЛипы высадили в парке\n\n" + TEXT + "\n"
        "14.05.2021\nВ районе отремонтируют три школы к сентябрю\n"
    )
    article = read_page(tmp_path, page, "park.txt")
    assert article.title == "Липы высадили в парке"
    assert article.date is None


def test_metadata_lines_on_top_are_dates_and_an_edit_gives_no_date(tmp_path):
    page = (
        "Posted 27 декабря 2010,, 04:11\n\nPublished 27 декабря 2010,, 04:11\n\n"
        "Modified 15 декабря 2023,, 06:47\n\nUpdated 15 декабря 2023,, 06:47\n\n"
        "Липы высадили в парке\n\n" + TEXT
    )
    article = read_page(tmp_path, page, "park.txt")
    assert (article.title, article.date) == ("Липы высадили в парке", date(2010, 12, 27))
    assert "Posted" not in article.body and "Updated" not in article.body


def test_a_lone_date_line_over_the_text_dates_the_page_the_headers_clock_does_not(tmp_path):
    text = (
        "— Андрей Александрович, почти десятилетие вы занимали пост министра образования.\n\n"
        "— Да, и за эти годы правила игры в академической науке изменились до неузнаваемости.\n"
    )
    head = (
        "О перспективах российской науки: взгляд со Старой площади\n\n"
        "Источник: ИЗВЕСТИЯ/ Анна Исакова\n\nПравила игры в академической науке\n\n"
    )
    stamp = "25 декабря, 2014 13:35\n\n"
    assert read_page(tmp_path, f"Новости\n\n{stamp}{head}{text}").date == date(2014, 12, 25)
    # The header's clock, far over the text, is the day of the copy.
    menu = "Новости\nСпорт\nКультура\nВидео\nКонтакты\n\n"
    assert read_page(tmp_path, f"{stamp}{menu}{head}{text}").date is None


# A town paper's web issue (after miass.ru; the text written for this test): the day
# split over lines, then the masthead's founding date under its label.
MASTHEAD_PAGE = """\
последний номер | поиск | архив | редакция
Пятница,

2 ноября 2007 г.
№ 82

Издается с
10 октября 1991 г.
Глагол

Городское радио замолчит на месяц

   Сегодня радиослушатели в последний раз услышат передачу местного радио в привычное время.

   Как пояснила главный редактор радио, эфир вернётся после выборов, в начале декабря.
"""


def test_a_mastheads_founding_date_does_not_date_the_article(tmp_path):
    article = read_page(tmp_path, MASTHEAD_PAGE, "miass.ru.txt")
    assert article.title == "Городское радио замолчит на месяц"
    assert article.date == date(2007, 11, 2)


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["Издается с", "", "10 октября 1991 г.", "Текст."], ["Издается с", "", "", "Текст."]),
        (["Выходит с 1 января 1990 года", "12 мая 2020"], ["", "12 мая 2020"]),
        # A sentence of the text opening with such a word stays.
        (["Работает с 9 утра до 9 вечера по будним дням, кроме праздников."],
         ["Работает с 9 утра до 9 вечера по будним дням, кроме праздников."]),
    ],
    ids=["label-over-date", "label-and-date", "sentence"],
)  # fmt: skip
def test_founding_dates_are_blanked(lines, kept):
    assert without_founding_dates(lines) == kept


def test_a_date_line_naming_its_outlet_is_no_headline(tmp_path):
    """A TV channel's copy on an aggregator (after crimea-news.com; text written for this test):
    the date line ends with the channel's name, the copy has no headline."""
    page = (
        "Понедельник, 28 марта. «Крым 24».\n"
        "Глава республики зарегистрировался на видеохостинге. Об этом он сообщил в своём канале.\n"
        "«Буду и далее информировать граждан о наиболее важных вопросах жизни республики», — "
        "написал он.\n"
        "Он также отметил, что на канал уже загрузили интервью и записи телеэфиров.\n"
    )
    article = read_page(tmp_path, page, "crimea-news.com.txt")
    assert "28 марта" not in article.title and "Крым 24" not in article.title
    assert article.title.startswith("Глава республики зарегистрировался")
    assert article.date is None  # no year anywhere on the page
    assert read_date_line("Понедельник, 28 марта. «Крым 24».", 2022) == date(2022, 3, 28)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Дата публикации: 14.05.2018   1 435 просмотров   0 комментариев", date(2018, 5, 14)),
        ("Дата публикации материала: 18-05-2023", date(2023, 5, 18)),
        ("- Создано 24.09.2018", date(2018, 9, 24)),  # an item of Joomla's info list
        # who posted it before the label, the author's name left empty or not
        ("Разместил: EL-Admino   Дата: 2021-05-24 08:03", date(2021, 5, 24)),
        ("Автор: , Отправлено: 2021-01-22 16:53.", date(2021, 1, 22)),
        ("Автор: Иван Петров, 2021 год", None),
        # … or after the date; an age mark after a stamp
        ("21 июня 2008. Разместил: savetibet", date(2008, 6, 21)),
        ("13:38 09.09.2024 16+", date(2024, 9, 9)),
        ("By admin - января 26, 2018", date(2018, 1, 26)),  # a blog theme's poster, month first
        ("2023-01-08 от Админ", date(2023, 1, 8)),  # the poster after the date
        ("12.05.2021 by admin", date(2021, 5, 12)),
        ("23 октября 2023 в 1698078000", date(2023, 10, 23)),  # a time left as a Unix stamp
        ("Разместил: 12 человек", None),
        # a library portal's stamp with its rubric after it, the date's parts by hyphens
        ("27-05-2016 Краеведение", date(2016, 5, 27)),
        ("насяня • 21-07-2018, 18:04", None),  # a comment's stamp
        # a related teaser's stamp after the text, not labelled: no date line
        ("14-01-2026 885 просмотров", None),
    ],
)
def test_a_labelled_date_line_is_read_past_its_label_and_counters(line, day):
    assert read_date_line(line) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # Drupal's stamp, month first: Wednesday 4 December, not Friday 12 April.
        ("Опубликовано ср, 12/04/2019 - 17:09 пользователем moderator", date(2019, 12, 4)),
        ("Wed, 12/04/2019 - 17:09", date(2019, 12, 4)),
        ("пятница, 12.04.2019", date(2019, 4, 12)),  # the weekday agrees with day first
        ("ср, 12.04.2019", date(2019, 4, 12)),  # with dots, day first whatever the weekday
        ("понедельник, 12.04.2019", date(2019, 4, 12)),  # neither agrees: day first
    ],
)
def test_a_weekday_decides_between_day_first_and_month_first(line, day):
    assert read_date_line(line) == day


def test_a_labelled_stamp_opening_a_headless_page_dates_it(tmp_path):
    stamp = "Опубликовано ср, 12/04/2019 - 17:09 пользователем moderator"
    text = (
        "3 декабря в Избербаше на проспекте Мира открыли обновлённый городской сквер. Его "
        "реконструировали по программе благоустройства, здесь появились дорожки и скамейки."
    )
    article = read_page(tmp_path, f"{stamp}\n{text}\n")
    assert article.date == date(2019, 12, 4)
    assert article.title.startswith("3 декабря в Избербаше")
    assert stamp not in article.body


def test_a_stamp_with_its_byline_after_the_time_is_a_date_line_not_the_lead(tmp_path):
    stamp = "17.05.2018 17:07 - автор Людмила Баннова"
    text = (
        "Вчера, 16 мая, в день 83-летия завода «Станкомаш» ветеранов предприятия пригласили на "
        "праздник в индустриальный парк. На мероприятие пришли более пятисот ветеранов."
    )
    headline = "Ветераны завода «Станкомаш» отметили день рождения предприятия"
    article = read_page(tmp_path, f"Меню\n\n{headline}\n\n{stamp}\n{headline}\n\n\n{text}\n")
    assert article.date == date(2018, 5, 17)
    assert (article.lead, article.body) == ("", text)


def test_a_copy_without_a_headline_is_not_dated_by_the_day_its_first_sentence_tells(tmp_path):
    text = (
        "Массовым гуляньем и большим спортивным состязанием отметили саракташцы 13 марта 2016 года "
        "последний день Масленицы. По традиции праздник проводился на ипподроме."
    )
    more = "Со словами приветствия к присутствующим обратились глава района и глава поссовета."
    article = read_page(tmp_path, f"{text}\n{more}\n")
    assert article.date is None
