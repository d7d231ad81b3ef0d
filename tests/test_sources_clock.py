"""The site's clock on top of a scraped page is the day of the copy, not the article's date."""

from datetime import date
from pathlib import Path

import pytest

from indexer.article import Article
from indexer.sources import read_articles, read_file

TEXT = (
    "В городском парке высадили двести лип, работы провели волонтеры и сотрудники "
    "управления благоустройства.\n\nДеревья привезли из питомника, до зимы их будут "
    "поливать каждую неделю.\n"
)
HEADLINE = "В городском парке высадили двести лип"


def read_one(path: Path) -> Article:
    (article,) = read_file(path)
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # The clock over the site's labels: the day of the copy.
        ("16 Окт 2025, Чт\n\nДата:\n\nПоделиться:\n\n", None),
        ("Воскресенье, 22 февраля 2026, 06:17\nПасмурно -5°\n\n", None),
        # The weekday glued to the time, as a header's spans copy: "пятница18:59".
        ("22 ноября 2024, пятница18:59\n\nОбщество\n\n", None),
        # Today's day labelled so, under the theme's switches: the day of the copy.
        ("Тёмная\nСветлая\nСегодня: 18.11.2024\n\n", None),
        # A date line without a weekday over the headline is the article's.
        ("30 ноября 2021\n\n", date(2021, 11, 30)),
    ],
)
def test_a_weekday_date_on_top_over_the_site_labels_is_the_clock(tmp_path, head, day):
    path = tmp_path / "page.txt"
    path.write_text(f"{head}{HEADLINE}\n\n{TEXT}", encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.date) == (HEADLINE, day)


def test_a_weekday_date_under_the_headline_is_the_articles(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(f"{HEADLINE}\n06:41 07.09.2016 Ср\n{TEXT}", encoding="utf-8")
    assert read_one(path).date == date(2016, 9, 7)


def test_a_clock_opening_every_page_of_a_folder_is_no_pages_date(tmp_path):
    days = ("16 Окт 2025, Чт", "28 Дек 2025, Вс", "07 Мар 2026, Сб")
    trees = ("лип", "кленов", "дубов")
    for i, (day, tree) in enumerate(zip(days, trees, strict=True)):
        page = f"{day}\n\n{HEADLINE.replace('лип', tree)}\n\n{TEXT.replace('лип', tree)}"
        (tmp_path / f"{i + 1}.txt").write_text(f"{page}Поделиться:\n", encoding="utf-8")
    articles = list(read_articles([tmp_path]))
    assert [a.title for a in articles] == [HEADLINE.replace("лип", tree) for tree in trees]
    assert [a.date for a in articles] == [None, None, None]


@pytest.mark.parametrize(
    ("over", "under", "pages", "days"),
    [
        # The site's clock under the lines every page opens with.
        ("16+\nИнформационное агентство «Липки» Новости Липецка и Липецкой области\n", "\n",
         [("11:18 Вторник 3 февраля 2026", "12:08 – 30 октября 2018"),
          ("10:05 Вторник 10 февраля 2026", "8:15 – 17 февраля 2015"),
          ("9:40 Среда 4 марта 2026", "16:20 – 12 марта 2024")],
         [date(2018, 10, 30), date(2015, 2, 17), date(2024, 3, 12)]),
        # The day each page was copied on top, over the banners every page repeats and the
        # headline with its own earlier date (after etrk.ru).
        ("", "Реклама: 8 (47467) 4-24-24\n\nЕЛЕЦ ТВ\n\nО городе-с любовью!\n\n",
         [("• 03.05.2024 02:54", "Фев 22, 2023"), ("• 28.04.2024 16:13", "Мар 14, 2023"),
          ("• 23.11.2024 04:04", "Окт 2, 2024")],
         [date(2023, 2, 22), date(2023, 3, 14), date(2024, 10, 2)]),
    ],
    ids=["clock-under-the-folders-lines", "copy-date-over-the-folders-banners"],
)  # fmt: skip
def test_a_date_on_top_by_a_folders_repeated_lines_is_no_pages_date(
    tmp_path, over, under, pages, days
):
    trees = ("лип", "кленов", "дубов")
    for i, ((top, dated), tree) in enumerate(zip(pages, trees, strict=True)):
        text = f"{HEADLINE}\n\n{dated}\n\n{TEXT}".replace("лип", tree)
        (tmp_path / f"{i + 1}.txt").write_text(f"{over}{top}\n{under}{text}", encoding="utf-8")
    articles = list(read_articles([tmp_path]))
    assert [a.title for a in articles] == [HEADLINE.replace("лип", tree) for tree in trees]
    assert [a.date for a in articles] == days


@pytest.mark.parametrize(
    ("top", "under", "day"),
    [
        ("15.02.2026 9:16", "14:10 24 марта 2013", date(2013, 3, 24)),  # the copy's print time
        ("24.03.2013 14:10", "Обновлено: 25 марта 2013", date(2013, 3, 24)),  # updated later
    ],
)
def test_a_date_line_over_a_headline_dated_earlier_is_the_copys(tmp_path, top, under, day):
    path = tmp_path / "page.txt"
    path.write_text(f"{top}\n{HEADLINE}\n{under}\n{TEXT}", encoding="utf-8")
    assert read_one(path).date == day


def test_a_page_alone_with_its_weekday_date_over_the_headline_keeps_it(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(f"16 Окт 2025, Чт\n\n{HEADLINE}\n\n{TEXT}Поделиться:\n", encoding="utf-8")
    assert read_one(path).date == date(2025, 10, 16)


def test_a_weekday_date_over_a_headline_with_its_own_date_line_is_the_clock(tmp_path):
    path = tmp_path / "page.txt"
    head = "Пятница, 26 Апреля 2024 г. 23:47\n\n"
    path.write_text(f"{head}{HEADLINE}\n2 сентября 2019 14:50\n\n{TEXT}", encoding="utf-8")
    assert read_one(path).date == date(2019, 9, 2)


def test_a_masthead_with_a_clock_over_two_lines_gives_no_title_nor_date(tmp_path):
    path = tmp_path / "page.txt"
    head = (
        "Региональная общественно-политическая газета\n"
        "Свежий выпуск: №31 (28921) от 6 августа 2020 года\nИздается с 24 февраля 1918 года\n"
        "9 августа 2020,\nвоскресенье\n\n"
    )
    path.write_text(f"{head}{HEADLINE}\n\n{TEXT}", encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.date) == (HEADLINE, None)
    assert article.body.startswith("В городском парке") and "воскресенье" not in article.body


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # The weekday over the date, between the weather and the rates: the site's clock.
        ("ПОГОДА В САТКЕ\n+16.3˚С\n\nВТОРНИК\n03. 06. 2025\n\nUSD 79.1285\n\n", None),
        # A paper's issue, its number under its day: the day of its articles.
        ("Глагол\n\nПятница,\n\n2 ноября 2007 г.\n№ 82\n\n", date(2007, 11, 2)),
    ],
)  # fmt: skip
def test_a_weekday_over_a_date_line_is_the_clock_unless_an_issue_number_follows(
    tmp_path, head, day
):
    path = tmp_path / "page.txt"
    path.write_text(f"{head}{HEADLINE}\n\n{TEXT}", encoding="utf-8")
    assert read_one(path).date == day


@pytest.mark.parametrize(
    "clock",
    [
        "В Омске пятница, 22 Ноября",
        "Сегодня 18 октября 2025 года, суббота",
        "Волгоград Воскресенье, 27 июля",
    ],
)
def test_a_sites_clock_naming_its_city_or_today_is_no_headline(tmp_path, clock):
    path = tmp_path / "page.txt"
    widgets = "В Омске:\nПробки: 4 балла\nКурсы ЦБ: $ 97,5499    € 106,1426\n\n"
    stamp = "1 сентября 2010 13:28\n0\n1474\n\n"
    # A headline its text does not retell (a digest's), the site's clock over it.
    headline = "Сутки без телевидения и интернета провели 170 тысяч омичей"
    text = (
        "Рейтинг недели: события, тенденции, слухи.\n\nСамое резонансное событие недели в Омске "
        "и Волгограде – суд между губернатором и матерью солдата, сегодня его продолжат.\n\n"
        "Второе место – в Омске и Волгограде подорожал проезд, в пятницу и субботу мэрии "
        "объявили новые тарифы.\n"
    )
    path.write_text(f"Все рубрики\n{clock}\n{widgets}{headline}\n\n{stamp}{text}", encoding="utf-8")
    assert read_one(path).title == headline


def test_a_date_line_over_the_weather_and_the_articles_own_earlier_stamp_is_the_clock(tmp_path):
    # After вести35.рф: the day of the copy on top, the site's labels, then the article's stamp.
    path = tmp_path / "page.txt"
    head = "18 февраля 2026 13:27\n°C\nВести\nВологда\n28 сентября 2021 16:49\n\n"
    path.write_text(f"{head}{HEADLINE}\n\n{TEXT}", encoding="utf-8")
    assert (read_one(path).title, read_one(path).date) == (HEADLINE, date(2021, 9, 28))
