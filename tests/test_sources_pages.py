"""Scraped pages: the Sputnik sample gives exactly its documented record; other shapes read too."""

from datetime import date
from pathlib import Path

import pytest

from indexer.article import Article, Skip
from indexer.sources import read_articles, read_file
from indexer.sources.learnt import learnt_marks
from indexer.sources.pagekind import is_page
from indexer.sources.pages import parse_page

REPO = Path(__file__).resolve().parents[1]
SAMPLE_NAME = "000_b337073e38a917f0.txt"


EXPECTED = {
    "source": "Sputnik Беларусь",
    "rubric": "Интеграция Беларуси и России: 25 лет Союзному государству",
    "title": "Лукашенко: Москва и Минск замахнулись на 7 млрд долларов товарооборота",
    "date": date(2024, 12, 23),
    "city": "Минск",
    "lead": "Президент республики отметил, что Беларусь может принять участие "
    "в реализации различных проектов в Москве.",
    "caption": "Сергей Собянин и Александр Лукашенко на встрече в Минске",
    "url": "",
    "keywords": (),
}


def read_one(path: Path) -> Article:
    (article,) = read_file(path)
    assert isinstance(article, Article), article
    return article


@pytest.fixture(scope="module", params=["shared", "repo"])
def sample(request) -> Article:
    """The Sputnik page as read from ../shared (skipped when absent) and from corpus/sample."""
    shared = request.param == "shared"
    folder = (
        request.getfixturevalue("shared_corpus") / "pages" if shared else REPO / "corpus" / "sample"
    )
    return read_one(folder / SAMPLE_NAME)


@pytest.mark.parametrize("field", EXPECTED)
def test_sample_page_field(sample, field):
    assert getattr(sample, field) == EXPECTED[field]


def test_sample_body_runs_from_the_dateline_to_the_last_paragraph(sample):
    assert sample.body.startswith("МИНСК, 23 дек – Sputnik. Президент Беларуси")
    assert sample.body.endswith("председателем Мингорисполкома Владимиром Кухаревым.")


def test_sample_body_keeps_the_subheading_as_a_paragraph(sample):
    paragraphs = sample.body.split("\n")
    assert "Автомобильные проекты" in paragraphs
    assert len(paragraphs) == 16
    assert all(p == p.strip() and p for p in paragraphs)


@pytest.mark.parametrize(
    "chrome",
    ["Подписаться", "Лента новостей", "Telegram-канале", "©", "Sputnik Беларусь, 1920", "\n0"],
)
def test_sample_body_has_no_page_chrome(sample, chrome):
    assert chrome not in sample.body


def test_sample_origin_and_id(sample):
    assert sample.origin.endswith(SAMPLE_NAME)
    assert len(sample.id) == 16


RIA_PAGE = """\
В Москве открылся новый парк на месте бывшей промзоны
© РИА Новости / Иван ИвановПарк в Москве
Парк в Москве - РИА Новости, 1920, 05.03.2024
Подписаться
Новый парк площадью 20 гектаров открылся в районе Нагатино.
МОСКВА, 5 мар - РИА Новости. Парк открыли после трех лет работ.
В нем есть пруд и велодорожки.
Лента новостей
Другая новость, не про парк
0
"""

GENERIC_PAGE = """\
Главная
Новости
Войти
В Казани прошел фестиваль уличной еды

23 декабря 2024, 14:05

Фестиваль собрал тысячи гостей.
Поделиться
Организаторы обещают повторить его летом.
Самые интересные и важные новости ищите в нашем Telegram-канале.
"""


def test_page_without_a_rubric_header():
    article = parse_page(RIA_PAGE, "pages/ria.txt")
    assert article.title == "В Москве открылся новый парк на месте бывшей промзоны"
    assert (article.source, article.date, article.city) == (
        "РИА Новости",
        date(2024, 3, 5),
        "Москва",
    )
    assert article.caption == "Парк в Москве"
    assert article.lead == "Новый парк площадью 20 гектаров открылся в районе Нагатино."
    assert article.body == (
        "МОСКВА, 5 мар - РИА Новости. Парк открыли после трех лет работ.\n"
        "В нем есть пруд и велодорожки."
    )


def test_page_of_unknown_structure_takes_the_first_substantial_line_as_title():
    article = parse_page(GENERIC_PAGE, "corpus/kazan/page.txt")
    assert article.title == "В Казани прошел фестиваль уличной еды"
    assert article.date == date(2024, 12, 23)
    assert (
        article.body == "Фестиваль собрал тысячи гостей.\nОрганизаторы обещают повторить его летом."
    )
    assert (article.source, article.lead, article.rubric) == ("kazan", "", "")


RUBRIC_PAGE_WITHOUT_PHOTO = """\
Флаги - Sputnik Беларусь, 1920, 01.07.2021
Экономика
Что происходит с экономикой страны? Читайте в материалах Sputnik.

Нацбанк сохранил ставку рефинансирования на прежнем уровне

МИНСК, 20 дек – Sputnik. Ставка осталась прежней.
Здание Нацбанка - Sputnik Беларусь, 1920, 19.12.2024
Решение вступит в силу в январе.
"""


def test_page_with_a_rubric_header_and_no_photo():
    article = parse_page(RUBRIC_PAGE_WITHOUT_PHOTO, "pages/x.txt")
    assert (article.rubric, article.source) == ("Экономика", "Sputnik Беларусь")
    assert article.title == "Нацбанк сохранил ставку рефинансирования на прежнем уровне"
    assert article.body == (
        "МИНСК, 20 дек – Sputnik. Ставка осталась прежней.\nРешение вступит в силу в январе."
    )
    assert (article.date, article.caption, article.city) == (date(2024, 12, 20), "", "Минск")


def test_page_of_chrome_only_is_an_empty_article():
    result = parse_page("Подписаться\nЛента новостей\n0\n", "x.txt")
    assert result == Skip("x.txt", None, "empty article")


IS_PAGE = [
    (RIA_PAGE, True),
    (GENERIC_PAGE, True),
    ("Заголовок\n\nПодписаться на рассылку можно на сайте.\n", False),
    ("Семья Обамы приобрела дом\n\nТекст статьи о покупке дома.\n", False),
    # The site's clock naming its city on top: no plain text opens so.
    ("Таганрог Четверг, 28 ноября\n\n«Город должен быть удобным»\n\nТаганрог готовится к "
     "юбилею города.\n", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IS_PAGE)
def test_is_page(text, expected):
    assert is_page(text) is expected


def test_a_page_is_known_by_the_crumbs_from_its_home_page(tmp_path):
    # The site's name on top is retold by the text, as a plain text's title would be; the
    # crumbs under it ("Главная » Архив новостей") are a page's alone.
    path = tmp_path / "page.txt"
    path.write_text(
        "Сеть новостных сайтов: Заречный Озёрск\n\nГлавная » Архив новостей\n\n"
        "Чем Озёрску запомнилась минувшая неделя\n\n"
        "В начале недели в Озёрске обсуждали ремонт моста через реку и новую школу.\n\n"
        "Мост в Озёрске закроют до осени, школа откроется к сентябрю.\n",
        encoding="utf-8",
    )
    article = read_one(path)
    assert article.title == "Чем Озёрску запомнилась минувшая неделя"
    assert article.body.startswith("В начале недели в Озёрске"), article.body


def test_txt_files_are_routed_by_content(tmp_path):
    (tmp_path / "page.txt").write_text(RIA_PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Заголовок новости\n\nТекст новости.\n", encoding="utf-8")
    page, plain = read_articles([tmp_path])
    assert (page.source, page.lead != "") == ("РИА Новости", True)
    assert (plain.title, plain.body, plain.source) == (
        "Заголовок новости",
        "Текст новости.",
        tmp_path.name,
    )


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("📌 Заседание городского собрания: обзор", "Заседание городского собрания: обзор"),
        ("🏛️ Визит депутатов в городской музей 🎨", "Визит депутатов в городской музей"),
        ("Сердце ❤️ города открылось после ремонта", "Сердце ❤️ города открылось после ремонта"),
    ],
)
def test_a_headlines_decoration_is_not_its_title(tmp_path, headline, title):
    (tmp_path / "plain.txt").write_text(f"{headline}\n\nТекст новости.\n", encoding="utf-8")
    (article,) = read_articles([tmp_path])
    assert (article.title, article.body) == (title, "Текст новости.")


SITE_PAGE = """\
Вестник Заречья — новости края
Главная Новости Спорт Погода
{title}
12 марта 2024, 10:00
{body}
Подписывайтесь на рассылку Вестника Заречья по пятницам вместе с друзьями.
Редакция: ул. Ленина, 1, Заречный; телефон редакции 8 (800) 000-00-00.
Все права защищены, 2024 год, ООО «Вестник Заречья» и авторы материалов.
"""
SITE_STORIES = [
    ("В Заречном открыли новую школу на 800 мест", "Школа приняла первых учеников."),
    ("Мост через реку Заречку закроют на ремонт", "Ремонт продлится до осени."),
    ("Зареченские школьники победили на олимпиаде", "Команда заняла первое место."),
]
SITE_FOOTER = ("Подписывайтесь на рассылку", "Редакция: ул. Ленина", "Все права защищены")


def write_site(folder: Path, stories) -> None:
    folder.mkdir()
    for i, (title, body) in enumerate(stories):
        text = SITE_PAGE.format(title=title, body=body)
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")


def test_chrome_repeated_across_a_folder_is_learnt(tmp_path):
    write_site(tmp_path / "site", SITE_STORIES)
    articles = list(read_articles([tmp_path / "site"]))
    assert [a.title for a in articles] == [title for title, _ in SITE_STORIES]
    assert [a.body for a in articles] == [body for _, body in SITE_STORIES]
    assert {a.date for a in articles} == {date(2024, 3, 12)}


def test_a_page_alone_without_page_marks_is_read_as_plain_text_and_loses_nothing(tmp_path):
    write_site(tmp_path / "site", SITE_STORIES[:1])
    (article,) = read_articles([tmp_path / "site"])
    # No folder to learn the tagline from: the learned headline choice (titlepick) takes the
    # story's headline under it, the tagline's words spelling nothing of the text.
    assert article.title == "В Заречном открыли новую школу на 800 мест"
    # The story's one sentence over the footer is kept, not lost: its standfirst or the text's
    # first paragraph, as the learned lead decision reads it (retraining has turned it both ways).
    assert "Школа приняла первых учеников." in (article.lead, article.body.split("\n")[0])
    assert all(line in article.body for line in SITE_FOOTER)  # kept, not lost


def test_a_folder_of_two_pages_learns_the_lines_of_some_words_both_have(tmp_path):
    write_site(tmp_path / "site", SITE_STORIES[:2])
    articles = list(read_articles([tmp_path / "site"]))
    assert [a.title for a in articles] == [title for title, _ in SITE_STORIES[:2]]
    assert [a.body for a in articles] == [body for _, body in SITE_STORIES[:2]]


def test_the_site_name_a_folders_page_titles_end_with_is_left_out_of_the_title(tmp_path):
    # After атаман.com: "<headline> - Атаман Северский район", a name no rule knows.
    folder = tmp_path / "site"
    folder.mkdir()
    for n, (title, body) in enumerate(SITE_STORIES[:2], 1):
        page = f"{title} - Атаман Северский район\n\n{body}\n\nКонтакты редакции\n"
        (folder / f"{n}.txt").write_text(page, encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.title for a in articles] == [title for title, _ in SITE_STORIES[:2]]


def test_the_site_name_a_folders_page_titles_open_with_is_left_out_of_the_title(tmp_path):
    # After sev-ural.info: "Сев-Урал.Инфо - <headline>" on each page.
    folder = tmp_path / "site"
    folder.mkdir()
    for n, (title, body) in enumerate(SITE_STORIES, 1):
        page = f"Сев-Урал.Инфо - {title}\n\n{body}\n\nКонтакты редакции\n"
        (folder / f"{n}.txt").write_text(page, encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.title for a in articles] == [title for title, _ in SITE_STORIES]


def test_a_heading_of_other_news_each_page_has_still_ends_the_text(tmp_path):
    """The heading "Последние новости" repeats on every page, as chrome learnt from the folder
    does: the teaser under it is another story's, not the text's."""
    folder = tmp_path / "site"
    folder.mkdir()
    teasers = [f"Администрация объявила дату публичных слушаний по бюджету: {n} декабря, в "
               "конференц-зале мэрии." for n in (9, 10, 11)]  # fmt: skip
    said = " Об этом сообщили в администрации города на еженедельном брифинге в понедельник."
    for i, ((title, body), teaser) in enumerate(zip(SITE_STORIES, teasers, strict=True)):
        text = SITE_PAGE.format(title=title, body=f"{body}{said}\nПоследние новости\n{teaser}")
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.body for a in articles] == [body + said for _, body in SITE_STORIES]


@pytest.mark.parametrize("others", [0, 2], ids=["copies-alone", "copies-among-others"])
def test_copies_of_one_page_in_a_folder_keep_their_article(tmp_path, others):
    """Three copies of a page share all their lines: not the site's chrome but one article."""
    write_site(tmp_path / "alone", SITE_STORIES[:1])
    (alone,) = read_articles([tmp_path / "alone"])
    write_site(tmp_path / "site", [SITE_STORIES[0]] * 3 + SITE_STORIES[1 : 1 + others])
    articles = list(read_articles([tmp_path / "site"]))
    copies = [a for a in articles if "Школа приняла первых учеников." in a.lead + a.body]
    assert len(articles) == 3 + others and len(copies) == 3
    if others:  # the site's chrome learnt from the pages that differ
        assert {(a.title, a.body) for a in copies} == {SITE_STORIES[0]}
    else:  # each read as the page alone is
        read_alone = (alone.title, alone.lead, alone.body)
        assert {(a.title, a.lead, a.body) for a in copies} == {read_alone}


def test_a_print_copy_beside_its_page_keeps_the_article_in_both(tmp_path):
    """One article saved twice in a folder of two pages, as its page and as its print copy
    (after gazeta-savelki.ru): their shared paragraphs are the article, not chrome."""
    title = "Новые светофоры установили в Савелках на Сосновой аллее"
    text = [
        "Как рассказал заместитель префекта округа, на пешеходных переходах Сосновой аллеи "
        "установили новые вызывные светофоры.",
        "Раньше такое решение приняли на заседании окружной комиссии по безопасности "
        "дорожного движения при префектуре.",
    ]
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "print.txt").write_text(
        f"{title}\n02.04.2024 > Город\n" + "\n".join(text) + "\n", encoding="utf-8"
    )
    (folder / "page.txt").write_text(
        f"Главная\nГород\nОбщество\n\n{title}\n\n02.04.2024 > Город\n\n"
        + "\n\n".join(text)
        + "\n\nПоделиться\n\n© Газета «Савелки», 2024\n",
        encoding="utf-8",
    )
    articles = list(read_articles([folder]))
    assert [(a.title, a.body) for a in articles] == [(title, "\n".join(text))] * 2
    assert {a.date for a in articles} == {date(2024, 4, 2)}


def test_a_daily_reports_figures_are_each_pages_though_the_folder_repeats_its_template(tmp_path):
    """A police office's daily figures in one template a day (after yaizakon.com.ua): the lines
    the pages repeat but for their numbers are each page's text, not the site's chrome."""
    folder = tmp_path / "site"
    folder.mkdir()
    days = [("16 мая", 144, 1, 76, 24), ("13 августа", 249, 2, 90, 41), ("24 мая", 131, 3, 58, 13)]
    for n, (day, calls, robberies, thefts, found) in enumerate(days):
        page = (
            f"Отдел коммуникации полиции Киева обнародовал оперативные данные за {day}.\n"
            f"Согласно их данным, за прошедшие сутки в органы внутренних дел столицы поступило "
            f"{calls} сообщений. Среди них:\n"
            f"- грабежи — {robberies};\n- кражи — {thefts};\n"
            f"В {found} случаях подозреваемых лиц удалось установить.\n"
        )
        (folder / f"{n}.txt").write_text(page, encoding="utf-8")
    articles = sorted(read_articles([folder]), key=lambda a: a.title)
    for article, (day, _, robberies, thefts, found) in zip(articles, sorted(days), strict=True):
        assert day in article.title
        text = article.lead + "\n" + article.body
        assert f"- грабежи — {robberies};\n- кражи — {thefts};" in text, text
        assert article.body.endswith(f"В {found} случаях подозреваемых лиц удалось установить.")


# Page shapes of other outlets, written for these tests after their layouts: a menu or a
# tagline first, date lines in several forms, datelines, related links, tags and footers.
TASS_PAGE = """\
ТАСС
Политика
Экономика
Путин провел совещание с членами правительства
21 января 2018, 14:05
Обновлено 21 января 2018, 15:10
МОСКВА, 21 января. /ТАСС/. Президент России Владимир Путин провел совещание.
На совещании обсудили бюджет на следующий год.
Читайте также
Другая новость дня, которая не относится к этой статье
"""
INTERFAX_PAGE = """\
"Газпром" сообщил о рекордной добыче газа за год
Фото: Reuters
Москва. 25 декабря. INTERFAX.RU - "Газпром" сообщил о рекордной добыче газа.
Экономика25 декабря 2023Другая новость про нефть и газЧитать подробнее
Компания планирует сохранить уровень добычи.
"""
REUTERS_PAGE = """\
Wed, 24 Dec 2025
Нефть подорожала на фоне данных о запасах в США
МОСКВА, 24 декабря (Рейтер) - Цены на нефть выросли в среду.
Запасы в США сократились сильнее ожиданий.
НефтьСШАРынки
Главное
Мир
Экономика
© 2025 Все права защищены
"""
RELATED_PAGE = """\
13:24 09.12.2013
Суд отложил рассмотрение иска к компании
Ведомости
ЕКАТЕРИНБУРГ, 9 дек - РИА Новости. Суд отложил рассмотрение иска.
Заседание перенесли на январь.
10 декабря, 10:00
Другой иск к той же компании отклонили в Москве
Истец намерен обжаловать решение.
"""
SCRAPED_SHAPES = [
    (TASS_PAGE, "Путин провел совещание с членами правительства", date(2018, 1, 21), "ТАСС",
     "Москва", "МОСКВА, 21 января", "бюджет на следующий год."),
    (INTERFAX_PAGE, "\"Газпром\" сообщил о рекордной добыче газа за год", date(2023, 12, 25),
     "Интерфакс", "Москва", "Москва. 25 декабря.", "сохранить уровень добычи."),
    (REUTERS_PAGE, "Нефть подорожала на фоне данных о запасах в США", date(2025, 12, 24),
     "Reuters", "Москва", "МОСКВА, 24 декабря (Рейтер)", "сильнее ожиданий."),
    (RELATED_PAGE, "Суд отложил рассмотрение иска к компании", date(2013, 12, 9), "РИА Новости",
     "Екатеринбург", "ЕКАТЕРИНБУРГ, 9 дек", "Истец намерен обжаловать решение."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "day", "source", "city", "start", "end"), SCRAPED_SHAPES)
def test_scraped_shapes_of_other_outlets(tmp_path, text, title, day, source, city, start, end):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.date, article.source, article.city) == (title, day, source, city)
    assert article.body.startswith(start) and article.body.endswith(end)
    for chrome in ("Читайте также", "Читать подробнее", "НефтьСША", "©", "Главное", "10 декабря"):
        assert chrome not in article.body


# A page copied whole, written for this test: menus, a sidebar headline, the headline with its
# date, byline and photo credit, a lead, the text with a related box inside, then a footer.
PARAGRAPH = (
    "Депутаты городской думы обсудили {} на заседании во вторник, и большинство из них "
    "поддержали предложение мэрии о новых маршрутах трамваев и автобусов."
)
WHOLE_PAGE = "\n".join(
    [
        "Главное", "Новости", "Политика", "Экономика", "Спорт", "Войти",
        "Сборная по хоккею обыграла соперника в овертайме",
        "12:40",
        "14 марта 2024, 10:15",
        "Дума одобрила новую схему трамвайных маршрутов",
        "Иван Петров",
        "Городские власти представили депутатам схему маршрутов, по которой трамваи "
        "пойдут через центр.",
        "Фото: пресс-служба мэрии",
        PARAGRAPH.format("схему маршрутов"),
        PARAGRAPH.format("стоимость проезда"),
        "Читайте также",
        "Жители просят продлить автобус до нового микрорайона",
        PARAGRAPH.format("новые трамвайные маршруты"),
        "Новая схема трамвайных маршрутов начнет работать с первого июня этого года.",
        "Популярное",
        "Подписаться",
        "© 2024 Городские новости. Все права защищены. gorod-news.ru",
    ]
)  # fmt: skip


def test_a_page_copied_whole_gives_its_article(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(WHOLE_PAGE, encoding="utf-8")
    article = read_one(path)
    assert article.title == "Дума одобрила новую схему трамвайных маршрутов"
    assert article.date == date(2024, 3, 14)
    assert article.lead.startswith("Городские власти представили депутатам схему")
    assert article.body.startswith("Депутаты городской думы обсудили схему маршрутов")
    assert article.body.endswith("начнет работать с первого июня этого года.")
    for chrome in ("Сборная по хоккею", "Читайте также", "Популярное", "©", "Иван Петров"):
        assert chrome not in article.body


# Openings of pages from other sites, written for these tests after the layouts of the
# scraped pages in tests/fixtures/scraped: a channel's name and buttons on top, a headline over
# a photo credit, a TV schedule, a summary list, a subtitle without its full stop.
STORY = (
    "Первоклассников везли с занятий, когда автобус на большой скорости перевернулся "
    "и врезался в дерево у дороги."
)
TV_PAGE = f"""\
Телеканал Заречье
Сообщить новость

Новости канала

14 ноября 2018, 19:42 Происшествия
В Заречье перевернулся школьный автобус
В Заречье перевернулся школьный автобус

{STORY}
"""
CREDITED_PAGE = """\
Форма поиска по сайту

05 марта, 18:59

Политика

Суд снова заочно приговорил телеведущую к 7 годам колонии

Фото: ТАСС/Иван Петров (телеведущая признана в РФ иноагентом, внесена в реестр террористов)

Мировой суд вынес заочный приговор телеведущей по делу об уклонении от обязанностей.

Приговор еще не вступил в законную силу, сообщили в прокуратуре города.
"""
SCHEDULE_PAGE = """\
06:00 – 06:15
Новости
06:15 – 06:25
Сенат. Репортаж
Возбуждено уголовное дело из-за массовой аварии на трассе «Нева»
Local video
В Новгородской области Следственный комитет возбудил уголовное дело из-за аварии на трассе.
Там столкнулись десятки автомобилей, погибли четыре человека, пострадали около двадцати.
"""
SUMMARY_PAGE = """\
Мосгорсуд отменил приговор по делу телеведущей

10:24, 04-02-2026
Коротко:
  • Мосгорсуд отменил приговор по второму делу телеведущей и отправил его на новое рассмотрение.
  • Прокуратура заявила, что дело должен был рассматривать мировой судья, а не районный.

Мосгорсуд по жалобе прокуратуры отменил приговор по второму делу телеведущей, сообщил адвокат.

Дело передали мировому судье на новое рассмотрение.

Другие новости
"""
SUBTITLE_PAGE = """\
24 декабря 2024, 14:03,
обновлено 24 декабря 2024, 14:16

Телеведущую приговорили к 6,5 года колонии заочно

Телеведущая. Иван Петров/ ТАСС
Телеведущая
Телеведущую признали виновной в пропаганде терроризма

МОСКВА, 24 декабря. /ТАСС/. Суд заочно признал телеведущую виновной в пропаганде терроризма.

Адвокат сообщил о намерении обжаловать приговор.
"""
COOKIE_PAGE = """\
Вы соглашаетесь с использованием файлов cookie, указанных в Политике обработки данных.

Губернатор объявил о запрете «наливаек» в регионе

Губернатор области дал интервью, в котором обсудил запрет «наливаек» в жилых домах региона.

Интервью покажут в субботу на областном телеканале.
"""
OPENINGS = [
    (TV_PAGE, "В Заречье перевернулся школьный автобус", date(2018, 11, 14), "", STORY[:30]),
    (CREDITED_PAGE, "Суд снова заочно приговорил телеведущую к 7 годам колонии", None, "",
     "Мировой суд вынес заочный приговор"),
    (SCHEDULE_PAGE, "Возбуждено уголовное дело из-за массовой аварии на трассе «Нева»", None, "",
     "В Новгородской области Следственный комитет"),
    (SUMMARY_PAGE, "Мосгорсуд отменил приговор по делу телеведущей", date(2026, 2, 4),
     "• Мосгорсуд отменил приговор по второму делу телеведущей и отправил его на новое "
     "рассмотрение. • Прокуратура заявила, что дело должен был рассматривать мировой судья, "
     "а не районный.", "Мосгорсуд по жалобе прокуратуры"),
    (SUBTITLE_PAGE, "Телеведущую приговорили к 6,5 года колонии заочно", date(2024, 12, 24),
     "Телеведущую признали виновной в пропаганде терроризма", "МОСКВА, 24 декабря. /ТАСС/."),
    (COOKIE_PAGE, "Губернатор объявил о запрете «наливаек» в регионе", None, "",
     "Губернатор области дал интервью"),
]  # fmt: skip
OPENING_CHROME = ("Сообщить новость", "Фото: ТАСС", "Local video", "Коротко", "cookie", "Сенат")


@pytest.mark.parametrize(
    ("text", "title", "day", "lead", "start"),
    OPENINGS,
    ids=["tv-channel", "credited-headline", "tv-schedule", "summary-list", "subtitle", "cookie"],
)
def test_openings_of_other_sites(tmp_path, text, title, day, lead, start):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.date, article.lead) == (title, day, lead)
    assert article.body.startswith(start)
    assert not [chrome for chrome in OPENING_CHROME if chrome in article.body + article.lead]


WIKINEWS_WITH_PHOTO = """\
Судья ЕСПЧ от России поддержал однополые союзы

Судья ЕСПЧ Дмитрий Дедов
Судья ЕСПЧ от России Дмитрий Дедов в особом мнении поддержал легализацию однополых союзов.

Викиновости сообщали, что суд вынес решение по делу в ноябре прошлого года.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(TV_PAGE, True), (COOKIE_PAGE, True), (WIKINEWS_WITH_PHOTO, False)],
    ids=["tv-channel", "cookie", "wikinews-photo"],
)
def test_a_page_is_known_by_a_headline_below_its_first_line(text, expected):
    assert is_page(text) is expected


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("005_ntn.ua.txt", "ntn.ua"),
        ("tass.ru.txt", "ТАСС"),
        ("007 vm.ru.txt", "vm.ru"),
        ("077_городскиестраницы.рф.txt", "городскиестраницы.рф"),
    ],
)
def test_a_page_named_after_its_site_takes_the_site_as_source(tmp_path, name, source):
    path = tmp_path / name
    path.write_text(TV_PAGE, encoding="utf-8")
    assert read_one(path).source == source


def test_a_page_with_no_site_in_its_name_or_text_takes_its_folder():
    assert read_one_text(TV_PAGE, "site/page.txt").source == "site"


def read_one_text(text: str, path: str) -> Article:
    article = parse_page(text, path)
    assert isinstance(article, Article), article
    return article


COUNTED_PAGE = """\
Вестник Заречья — новости края
Погода в Заречном {degrees}
{title}
{day} марта 2024, 10:00
Просмотров: {views}
{body}
Сегодня на сайте {views} читателей, из них {degrees} подписаны на рассылку Вестника Заречья.
Все права защищены, 2024 год, ООО «Вестник Заречья» и авторы материалов.
"""


def test_lines_repeated_but_for_a_number_are_learnt_and_each_page_keeps_its_date(tmp_path):
    folder = tmp_path / "zarechye.ru"
    folder.mkdir()
    for i, (title, body) in enumerate(SITE_STORIES):
        text = COUNTED_PAGE.format(title=title, body=body, day=10 + i, views=97 * i + 5, degrees=i)
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.title for a in articles] == [title for title, _ in SITE_STORIES]
    assert [a.body for a in articles] == [body for _, body in SITE_STORIES]
    assert [a.date for a in articles] == [date(2024, 3, 10 + i) for i in range(len(SITE_STORIES))]


# A site's closing call, written with a dash and quotes on some pages, without on others
# (after yamal-news.net).
CALLS = ("Самые важные новости края — в нашем телеграм-канале «Заречье сегодня».",) * 2 + (
    "Самые важные новости края в нашем телеграм-канале Заречье сегодня.",
)


def test_a_line_repeated_with_or_without_its_dash_and_quotes_is_learnt(tmp_path):
    folder = tmp_path / "zarechye.ru"
    folder.mkdir()
    for i, ((title, body), call) in enumerate(zip(SITE_STORIES, CALLS, strict=True)):
        text = f"{title}\n\n{body} Подробности уточняются.\n\n{call}\n"
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.body for a in articles] == [
        f"{body} Подробности уточняются." for _, body in SITE_STORIES
    ]


# A city radio's print views (after 105fm.by): no headline, the day and the month with its
# year on lines of their own over the text, the service's signature under it.
SPLIT_DATED_PAGE = """\
{day}
{month}


{body}
Служба новостей радио Заречья
"""
SPLIT_DAYS = (("27", "Май 2022", date(2022, 5, 27)), ("28", "Авг 2025", date(2025, 8, 28)),
              ("27", "Дек 2022", date(2022, 12, 27)))  # fmt: skip
SPLIT_BODIES = (
    "Столицей праздника город станет во второй раз, к нему ремонтируют поликлинику и парк.",
    "Мост через реку Заречку закроют на ремонт с первого апреля, сообщили в горисполкоме.",
    "Команда школы № 3 заняла первое место на областной олимпиаде по математике в этом году.",
)


def test_a_date_written_a_part_a_line_is_each_pages_though_the_folder_repeats_its_day(tmp_path):
    """The days repeat across the folder (27, 27): still each page's date, not the site's."""
    folder = tmp_path / "105fm.example"
    folder.mkdir()
    for i, ((day, month, _), body) in enumerate(zip(SPLIT_DAYS, SPLIT_BODIES, strict=True)):
        text = SPLIT_DATED_PAGE.format(day=day, month=month, body=body)
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.date for a in articles] == [day for _, _, day in SPLIT_DAYS]
    alone = tmp_path / "alone.txt"
    alone.write_text((folder / "0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert read_one(alone).date == date(2022, 5, 27)  # a page read alone, as plain text


STREETS = (
    "Замысел тех, кто определял имена улиц, стрелами расходящихся от Кольца, читался четко: "
    "они были названы именами видных революционеров."
)
STREETS2 = "В настоящее время из трех улиц со старыми именами осталась только одна."


def test_a_widgets_changing_line_between_learnt_lines_is_chrome_a_sentence_there_is_not():
    learnt = frozenset({"Хронограф", "Подробнее...", "Цитата", "Фотогалерея"})
    lines = ["Хронограф", "1954 – Открыт памятник студенту Ульянову", "Подробнее...", "Цитата",
             "Лучше молчать, чем говорить.", "Фотогалерея", "От Кирпичной до Петербургской",
             STREETS]  # fmt: skip
    assert learnt_marks(lines, learnt) == [True, True, True, True, False, True, False, False]


RENAMED_STORIES = [  # headlines the text tells in other words
    ("Мэр пообещал отремонтировать мост к осени",
     "Глава города заявил журналистам, что работы на переправе завершат до сентября."),
    ("Школьники победили на олимпиаде по физике",
     "Команда из трех учеников заняла первое место на региональном этапе соревнования."),
    ("В парке высадили двести молодых лип",
     "Деревья посадили волонтеры и сотрудники управы, уход возьмет на себя горпарк."),
]  # fmt: skip


@pytest.mark.parametrize(
    "layout",
    [
        "Новости Заречья\nПолитика\n{title}\nПоделиться\n{body}\nВсе права защищены.\n",
        "Вестник\nМеню\n{title}\nВКонтакте\nТелеграм\n{body}\n",
    ],
)
def test_a_headline_between_learnt_lines_right_above_the_text_is_the_pages_own(tmp_path, layout):
    for i, (title, body) in enumerate(RENAMED_STORIES):
        (tmp_path / f"{i}.txt").write_text(layout.format(title=title, body=body), encoding="utf-8")
    articles = list(read_articles([tmp_path]))
    assert [(a.title, a.body) for a in articles] == RENAMED_STORIES


def test_the_headline_stands_over_its_byline_and_date_written_as_list_items():
    text = "Фотогалерея\nОт Кирпичной до Петербургской\n- Любовь АГЕЕВА\n- 23 апреля 2011 года\n"
    article = parse_page(f"{text}{STREETS}\n{STREETS2}\n", "history-kazan.ru/5746-870.txt")
    assert (article.title, article.date) == ("От Кирпичной до Петербургской", date(2011, 4, 23))
    assert article.body == f"{STREETS}\n{STREETS2}"


def test_a_page_whose_only_paragraph_is_taken_for_its_title_keeps_it_as_its_body():
    article = parse_page(f"Погода в Казани\n6 августа\n{STREETS}\n", "history-kazan.ru/1.txt")
    assert STREETS in article.body


CHANNEL = Path(__file__).parent / "fixtures" / "scraped" / "report167" / "t.me"


@pytest.mark.parametrize("alone", [True, False], ids=["page-alone", "channel-folder"])
def test_a_channel_post_ends_at_its_signature_not_in_the_next_post(tmp_path, alone):
    """A channel's web page: its header, the addressed post, the channel's signature
    ("@irk01", repeated on every page of the folder), the next posts."""
    if alone:
        (tmp_path / "1.txt").write_bytes((CHANNEL / "1.txt").read_bytes())
    (article,) = [
        a for a in read_articles([tmp_path if alone else CHANNEL]) if a.path.endswith("/1.txt")
    ]
    assert article.body.endswith(
        "Пострадавших нет.\nВозгорание началось в цехе топливоподачи. Его "
        "удалось локализовать за 50 минут, а полностью потушить — почти за три часа, потому что "
        "горели угольные отложения и транспортная лента на площади 320 квадратных метров.\n"
        "Прокуратура начала проверку."
    ), article.body


@pytest.mark.parametrize("heading", ["Recent Posts", "Leave a Reply"])
def test_a_themes_widget_heading_in_english_ends_the_text(tmp_path, heading):
    """A WordPress theme's "Recent Posts" over other stories' teasers ends the text as
    "Последние новости" does."""
    text = [
        "Согласно оперативной сводке на 25 сентября, по району скошено и обмолочено зерновых "
        "культур на площади более 16 тысяч гектаров. Это около 80 процентов от плана.",
        "Средняя урожайность пшеницы по району составляет 17,3 центнера с гектара.",
    ]
    teaser = [
        "Об оплате медосмотра в выходной день",
        "Оплата медосмотра, который был пройден в выходной день, осуществляется в соответствии "
        "с трудовым кодексом.",
        "15 часов ago",
    ]
    page = ["Экономика", "Уборочная страда в районе движется к завершению", *text, "Редакция"]
    path = tmp_path / "chulymgazeta.ru.txt"
    path.write_text("\n\n".join([*page, heading, *teaser]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.body == "\n".join(text)


def test_an_address_opening_the_text_is_its_first_line_not_chrome_or_a_lead(tmp_path):
    """«Уважаемые работники библиотек!» on a line of its own over a greeting opens its text."""
    text = [
        "Уважаемые работники библиотек!",
        "Сердечно поздравляю вас с профессиональным праздником – Всероссийским днём библиотек! "
        "Примите благодарность за большой личный вклад в сохранение наследия.",
        "Библиотеки давно стали храмом, где трудится душа и открываются новые знания, местом "
        "встречи людей разных поколений.",
    ]
    head = [
        "Телефон приемной:",
        "Мы в социальных сетях",
        "Руководитель Управления культуры Е.П. Болтыбаева поздравляет работников библиотек",
    ]
    path = tmp_path / "kulturaeao.ru.txt"
    path.write_text("\n\n".join([*head, *text]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.lead, article.body) == ("", "\n".join(text))


def test_an_address_under_a_title_first_copys_headline_opens_its_text(tmp_path):
    """A hospital's notice: «Уважаемые пациенты!» between the headline and the text is the
    text's first line, not its lead."""
    headline = "Изменения в работе районной больницы в связи с ростом заболеваемости"
    text = [
        "Уважаемые пациенты!",
        "Обращаем ваше внимание, что в связи с ростом заболеваемости в работу больницы вносятся "
        "существенные изменения:",
        "1. Прекращается плановая медицинская помощь:",
        "• Временно прекращается плановая госпитализация в круглосуточные стационары.",
        "• Временно отменяются диспансеризация, профосмотры.",
        "Женская консультация работает в штатном режиме.",
    ]
    path = tmp_path / "lugamb.ru.txt"
    path.write_text("\n\n".join([headline, *text]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.lead, article.body) == (headline, "", "\n".join(text))


def test_a_copy_opening_with_an_address_has_it_stand_in_for_the_headline(tmp_path):
    """No headline: «Уважаемые саровчане!» over the greeting opens the text and stands in for
    the title, not the greeting's first sentence under it."""
    text = [
        "Уважаемые саровчане!",
        "Поздравляю вас с Днем России!",
        "12 июня 1990 года первый Съезд народных депутатов РСФСР принял Декларацию о "
        "государственном суверенитете России. Через несколько лет этот день получил статус "
        "государственного праздника.",
        "Вот уже более тридцати лет мы считаем этот праздник одним из главных. Желаю вам, "
        "дорогие горожане, доброго здоровья, взаимопонимания, благополучия и согласия!",
    ]
    path = tmp_path / "duma-sarov.ru.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.body) == ("Уважаемые саровчане!", "\n".join(text))


def test_a_notice_between_the_headline_and_its_copy_is_not_the_lead(tmp_path):
    """The headline written again under a site's grant notice: the notice is no standfirst."""
    headline = "В райцентре Марий Эл с нетерпением ждут большого снега"
    notice = (
        "Функционирует при финансовой поддержке Министерства цифрового развития, связи и "
        "массовых коммуникаций Российской Федерации"
    )
    text = [
        "Жители поселка Параньга Марий Эл с нетерпением ждут большого снега - он позарез нужен "
        "как важный строительный материал.",
        "Дело в том, что в районе объявили очередной смотр-конкурс на лучшее новогоднее "
        "оформление дворов и улиц.",
    ]
    path = tmp_path / "marpravda.ru.txt"
    path.write_text("\n\n".join([f"{headline}\n{notice}", headline, *text]) + "\n", "utf-8")
    (article,) = read_file(path)
    assert (article.title, article.lead, article.body) == (headline, "", "\n".join(text))


def test_a_date_written_a_part_a_line_under_a_long_headline_dates_each_page_of_a_folder(tmp_path):
    """The days and years a folder's pages share are its chrome's digits, but under a headline
    with initials ("М.Н. Стриханова", no text) they are the page's date, a part a line."""
    folder = tmp_path / "mephi.ru"
    folder.mkdir()
    days = [("11", "ноября", "2011"), ("24", "января", "2012"), ("16", "октября", "2015")]
    stations = ["Эхо Москвы", "Маяк", "Вести ФМ"]
    for n, ((day, month, year), station) in enumerate(zip(days, stations, strict=True)):
        page = [
            f'Интервью ректора НИЯУ МИФИ М.Н. Стриханова радиостанции "{station}"',
            "",
            day,
            month,
            year,
            "",
            f"{day} {month} {year} года ректор ответил на вопросы ведущего о системе образования "
            "в атомной отрасли. Разговор шёл о подготовке инженеров для атомных станций.",
        ]
        (folder / f"{n}.txt").write_text("\n".join(page) + "\n", encoding="utf-8")
    told = {article.body.split(" года")[0]: article.date for article in read_articles([folder])}
    assert told == {
        "11 ноября 2011": date(2011, 11, 11),
        "24 января 2012": date(2012, 1, 24),
        "16 октября 2015": date(2015, 10, 16),
    }


def test_a_headline_of_two_sentences_with_its_date_under_it_is_the_title_not_the_text(tmp_path):
    headline = (
        "Атомное право и высокая ответственность. Представители СарФТИ приняли участие в "
        "Международной конференции «Ядерные технологии XXI века и проблемы нераспространения»"
    )
    text = [
        "7-9 октября в Астане состоялась международная конференция, в которой приняли участие "
        "более 100 специалистов и ведущих экспертов России, Швеции и Казахстана.",
        "Организаторы конференции: Министерство энергетики Республики Казахстан и Ассоциация "
        "«Ядерное общество Казахстана».",
    ]
    path = tmp_path / "mephi.ru.txt"
    page = [headline, "", "16", "октября", "2015", "", *text]
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.date, article.body) == (
        headline, date(2015, 10, 16), "\n".join(text),
    )  # fmt: skip


def test_a_date_line_with_its_year_dates_the_page_over_a_weekday_without_one_above_it():
    text = [
        "Вчера состоялось торжественное открытие нового Цогчен дугана «Цагаалха» в Иволгинском "
        "буддийском дацане «Хамбын Хурээ».",
        "Также мы стали свидетелями открытия памятника Екатерине II и Первому Пандито Хамбо ламе "
        "Дамбе-Дарже Заяеву.",
    ]
    headline = "Вчера состоялось торжественное открытие нового Цогчен дугана Цагаалха"
    page = ["Бурятское время", "14:20", "Вторник, 26 Августа", "Рекламный баннер 990x90px top",
            "", headline, "", "13:38 09.09.2024 16+", *text]  # fmt: skip
    article = parse_page("\n".join(page) + "\n", "selenga-press.ru/1.txt")
    assert (article.title, article.date, article.body) == (
        headline, date(2024, 9, 9), "\n".join(text),
    )  # fmt: skip


def test_a_breadcrumb_trail_a_line_for_each_crumb_gives_the_headline_without_its_mark():
    headline = "Церковный день Евангелическо-Лютеранской Церкви Европейской части России"
    text = (
        "Москва. «Единство духа в союзе мира» – эти слова из Еф. 4,3 стали девизом церковного дня "
        "Евангелическо-Лютеранской Церкви Европейской части России."
    )
    page = ["|", "ЕЛЦ", "/ Архив", "/ Новости Союза ЕЛЦ", "/ 2015 год", "/ февраль",
            f"/ {headline}", f"{headline}{text}"]  # fmt: skip
    article = parse_page("\n".join(page) + "\n", "elkras.ru/1.txt")
    assert (article.title, article.body) == (headline, text)


def test_the_credit_of_the_texts_source_over_the_headline_is_not_the_title():
    headline = "Власти Югры отправили технику в зону проведения СВО"
    text = [
        "В преддверии Дня народного единства на линию боевого соприкосновения отправили 13 "
        "единиц техники, сообщил губернатор.",
        "В состав партии вошли 35 квадроциклов и 15 грузовых платформ, 50 мотоциклов.",
        "Губернатор Ханты-Мансийского автономного округа Руслан Кухарук отметил системную "
        "работу по обеспечению нужд бойцов.",
    ]
    page = ["Фото: Telegram-канал Руслана Кухарука", "Источник: Telegram-канал Руслана Кухарука",
            "", headline, "", text[0], "", text[1], "", text[2]]  # fmt: skip
    article = parse_page("\n".join(page) + "\n", "meganews.life/1.txt")
    assert (article.title, article.lead, article.body) == (headline, "", "\n".join(text))


def test_an_exclamation_under_a_sentence_of_the_text_is_the_texts_not_its_headline():
    headline = "НАШЕЙ ГАЗЕТЕ ИСПОЛНИЛОСЬ 6 ЛЕТ!"
    text = [
        "Дата, конечно, не круглая, но значительная.",
        "Кто бы мог подумать, что мы продержимся столько времени!",
        "Когда шесть лет назад городской Совет предпринимателей во главе с Сергеем Дмитриевичем "
        "предложил мне начать выпуск этой газеты, наши планы не простирались на столь долгий "
        "срок.",
        "Просто предпринимателям хотелось высказать свои претензии к городским властям, и в этом "
        "отношении я был солидарен с ними.",
    ]
    page = [headline, "", "article1498.jpg", "", "Колонка редактора", "", "", *text]
    article = parse_page("\n".join(page) + "\n", "sg.svob-gazeta.ru/1.txt")
    assert (article.title, article.body) == (headline, "\n".join(text))


def test_a_copy_with_no_headline_under_its_sources_credit_opens_with_its_text():
    text = [
        "С 24 июня по 9 июля Краснотурьинский радиоклуб ДОСААФ проводит дни активности, "
        "посвященные пробегу.",
        "Это мероприятие проводится уже 22-й раз. Участники пробега преодолеют 500 километров.",
    ]
    page = ["25.06.2017 11:21:29", "Источник: Николай RZ9CM", *text]
    article = parse_page("\n".join(page) + "\n", "m.qrz.ru/1.txt")
    assert (article.title, article.date) == (text[0], date(2017, 6, 25))
    assert article.body == "\n".join(text)


def test_a_closing_line_two_pages_of_a_small_folder_share_is_out_of_both(tmp_path):
    """A forest guard's call that two of a site's four pages close with: chrome, though too few
    pages show it for the share a large folder asks."""
    call = "Если вы обнаружили нарушение лесного законодательства, сообщите по телефону 112."
    texts = [
        "Лесники Кунгурского лесничества провели рейд по соблюдению правил пожарной "
        "безопасности в лесах и проверили стоянки туристов у реки Сылва.",
        "В Чердынском районе завершили посадку ели на вырубках прошлого года: высажено более "
        "ста тысяч сеянцев, выращенных в питомнике лесничества.",
        "Инспекторы лесной охраны Осинского района выявили незаконную рубку сосны и передали "
        "материалы в полицию для возбуждения уголовного дела.",
        "В Пермском крае открылся сезон заготовки валежника: жители могут собирать его для "
        "отопления домов без договора с лесничеством.",
    ]
    headlines = ["Рейд в лесах у Сылвы", "Ель на вырубках", "Незаконная рубка", "Сезон валежника"]
    for n, (headline, text) in enumerate(zip(headlines, texts, strict=True), 1):
        closing = [call] if n in (2, 4) else []
        page = ["Лесная охрана Прикамья", "", headline, "", text, "", *closing]
        (tmp_path / f"{n}.txt").write_text("\n".join(page) + "\n", encoding="utf-8")
    articles = {Path(a.path).name: a for a in read_articles([tmp_path])}
    assert [articles[f"{n}.txt"].body for n in (1, 2, 3, 4)] == texts
    assert [articles[f"{n}.txt"].title for n in (1, 2, 3, 4)] == headlines


@pytest.mark.parametrize("crumbs", ["Главная страница »", "На главную Новости Шымкента Общество"])
def test_crumbs_from_the_home_page_a_space_parts_from_the_headline_are_not_the_title(crumbs):
    headline = "Из 55 населенных пунктов Толебийского района 48 обеспечены природным газом"
    text = [
        "Остальные семь сел: Диханколь, Узынарык, Алшалы и Каскасу тоже будут подключены к газу "
        "после строительства сетей.",
        "Кроме того, жителей улицы Астана в поселке Достык подключат к сетям в следующем году.",
        "В настоящее время из областного бюджета выделены средства на строительство. Будет "
        "определена подрядная организация.",
    ]
    page = ["Реклама", f"{crumbs} {headline}", "", headline, "", "природный газ", ""]
    article = parse_page("\n".join(page + text) + "\n", "otyrar.kz/3.txt")
    assert (article.title, article.body) == (headline, "\n".join(text))


@pytest.mark.parametrize(
    ("over", "headline", "text"),
    [
        (  # the headline with its media's mark, written alone under it
            "Из-за непогоды в нескольких районах Одесской области отключили свет «фото»",
            "Из-за непогоды в нескольких районах Одесской области отключили свет",
            "Вчера на территории Одесской области произошло с десяток аварийных отключений "
            "электроэнергии. Некоторые населенные пункты по-прежнему сидят без света.",
        ),
        (  # a rubric the headline names
            "Общество глухих",
            "Обществу глухих Челябинской области – 95 лет",
            "Президента Всероссийского общества глухих Станислава Иванова приняли в региональном "
            "отделении Челябинской области. В холле открылась выставка рукоделия.",
        ),
    ],
)
def test_a_line_over_the_headline_that_names_it_is_not_the_title(tmp_path, over, headline, text):
    path = tmp_path / "1.txt"
    path.write_text(f"{over}\n\n{headline}\n\n{text}\n", encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.lead, article.body) == (headline, "", text)


def test_a_headline_in_capitals_the_text_does_not_retell_is_still_the_title(tmp_path):
    headline = "СТАРТ НА ОТДЫХ ДАН"
    text = [
        "С 19 июля в Самарской области начались первые заезды в детские оздоровительные лагеря.",
        "В Чапаевске на первую смену в загородный лагерь «Дружба» заехали 52 ребенка. Это дети "
        "работников предприятий города.",
    ]
    path = tmp_path / "1.txt"
    path.write_text("\n\n".join([headline, *text]) + "\n", encoding="utf-8")
    assert read_one(path).title == headline


def test_a_long_first_sentence_the_paragraph_under_it_retells_opens_the_text(tmp_path):
    """A copy without its headline: a first sentence of a paragraph's length is the text's,
    even when the next paragraph names its words again."""
    first = (
        "Президент Карачаево-Черкесии подписал Указ о награждении многодетных матерей почетным "
        'знаком "Материнская слава".'
    )
    rest = (
        "Эта награда была учреждена в 2004 году президентом Карачаево-Черкесии. Претендовать на "
        'почетный знак "Материнская слава" могут матери, родившие и воспитавшие пятерых детей.'
    )
    path = tmp_path / "1.txt"
    path.write_text(f"{first}\n{rest}\n", encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.body) == (first, f"{first}\n{rest}")
