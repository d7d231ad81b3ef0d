"""Pages copied as Markdown (Jina Reader, Firecrawl, html2text): read as the text they show."""

from datetime import date

from indexer.article import Article
from indexer.sources import read_articles, read_file
from indexer.sources.markdown import read_markdown

# A news page as a Markdown scraper writes it (written for these tests after Jina Reader's and
# Firecrawl's output): a skip link, the logo, the menu as a list, the headline, a date line in
# bold, a photo with its caption as alt text, the text with links, related links, a footer.
PAGE = """\
[Перейти к содержимому](#main)

[![Image 1: Вестник Заречья](https://zarechye.ru/logo.png)](https://zarechye.ru/)

*   [Новости](https://zarechye.ru/news/)
*   [Общество](https://zarechye.ru/society/)
*   [Спорт](https://zarechye.ru/sport/)

# {title}

**12 марта 2024, 10:00**

![Image 2: Так выглядит новое здание. Фото: пресс-служба администрации](https://zarechye.ru/1.jpg)

{body}

По словам [главы района](https://zarechye.ru/head/), работы **завершат в срок**.

## Читайте также

*   [В Заречном выпал первый снег](https://zarechye.ru/news/1/)
*   [Зареченские пловцы привезли медали](https://zarechye.ru/news/2/)

© 2024 «Вестник Заречья». Все права защищены.
"""
STORIES = [
    (
        "В Заречном открыли новую школу на 800 мест",
        "Школа на 800 мест приняла первых учеников в понедельник, рассказали в администрации.\n\n"
        "В здании есть бассейн, два спортивных зала и библиотека, а также столовая на 300 мест.\n\n"
        "Строительство шло два года и обошлось бюджету района в 1,2 млрд рублей.",
    ),
    (
        "Мост через реку Заречку закроют на ремонт",
        "Мост через реку Заречку закроют на ремонт с первого апреля, сообщили в мэрии.\n\n"
        "Ремонт продлится до осени: заменят опоры, покрытие и перила, добавят освещение.\n\n"
        "Объехать мост можно будет по трассе через Сосновку, это на 12 километров дольше.",
    ),
    (
        "Зареченские школьники победили на олимпиаде",
        "Команда школы № 3 заняла первое место на областной олимпиаде по математике.\n\n"
        "В финал вышли 40 команд из 12 районов, задачи решали пять часов без перерыва.\n\n"
        "Победители поедут на всероссийский этап олимпиады в Москву в мае.",
    ),
]
CHROME = ("Перейти к содержимому", "Общество", "Читайте также", "первый снег", "права защищены")


def read_one(path) -> Article:
    (article,) = read_file(path)
    assert isinstance(article, Article), article
    return article


def test_markdown_marks_are_dropped_and_each_block_keeps_its_line():
    copy = read_markdown(
        "# Заголовок\n\n*   [Новости](/news)\n*   [Спорт](/sport)\n\n"
        "Текст со [ссылкой](https://x.ru) и **жирным**, `кодом` и _курсивом_.\n"
        "Вторая строка абзаца.\n\n"
        "![Image 3: Подпись к фото](https://x.ru/a.jpg)\n\n"
        "| Валюта | Курс |\n|---|---|\n| USD | 90,5 |\n\n---\n\n<div>Подвал</div>\n"
    )
    assert copy.text.split("\n") == [
        "Заголовок",
        "",
        "Новости",
        "Спорт",
        "",
        "Текст со ссылкой и жирным, кодом и курсивом.",
        "Вторая строка абзаца.",
        "",
        "Подпись к фото",
        "",
        "Валюта | Курс",
        "USD | 90,5",
        "",
        "",
        "Подвал",
        "",
    ]
    assert (copy.title, copy.url, copy.published) == ("", "", "")


def test_jina_readers_header_gives_the_title_line_address_and_time():
    copy_header = (
        "Title: Мост закроют на ремонт - Вестник Заречья\n\n"
        "URL Source: https://zarechye.ru/news/most/\n\n"
        "Published Time: 2024-03-12T10:00:00+03:00\n\n"
        "Markdown Content:\n"
    )
    copy = read_markdown(copy_header + "# Мост закроют на ремонт\n\nТекст.\n")
    assert copy.url == "https://zarechye.ru/news/most/"
    assert copy.published == "2024-03-12T10:00:00+03:00"
    assert copy.text.startswith("Мост закроют на ремонт\n\nТекст.")  # the headline, not <title>
    unheaded = read_markdown(copy_header + "Текст без заголовка.\n")
    assert unheaded.text.startswith("Мост закроют на ремонт - Вестник Заречья\n\nТекст без")
    # A text that only names the words is no header.
    plain = "Title: не заголовок, а начало текста\n\nMarkdown Content: тоже\n"
    assert read_markdown(plain).title == ""


def test_a_markdown_copy_of_a_page_reads_as_its_article(tmp_path):
    title, body = STORIES[0]
    path = tmp_path / "zarechye.ru" / "1.md"
    path.parent.mkdir()
    path.write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.date) == (title, date(2024, 3, 12))
    assert article.body.startswith(body.partition("\n")[0])
    assert article.body.endswith("По словам главы района, работы завершат в срок.")
    text = "\n".join((article.title, article.lead, article.body))
    assert not [line for line in CHROME if line in text]
    assert "](" not in text and "**" not in text


def test_jina_readers_address_and_publication_day_are_the_articles(tmp_path):
    title, body = STORIES[1]
    header = (
        f"Title: {title} - Вестник Заречья\n\nURL Source: https://zarechye.ru/news/most/\n\n"
        "Published Time: 2024-03-11T18:30:00+03:00\n\nMarkdown Content:\n"
    )
    page = PAGE.format(title=title, body=body).replace("**12 марта 2024, 10:00**\n\n", "")
    path = tmp_path / "most.md"
    path.write_text(header + page, encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.url) == (title, "https://zarechye.ru/news/most/")
    assert article.date == date(2024, 3, 11)
    assert article.body.startswith(body.partition("\n")[0])


def test_a_folder_of_markdown_pages_learns_its_sites_lines(tmp_path):
    """Lines every page of the folder repeats are the site's, as for text pages: a promo the
    rules alone would keep as the text's last paragraph goes."""
    promo = "Подписывайтесь на рассылку Вестника Заречья по пятницам вместе с друзьями."
    folder = tmp_path / "zarechye.ru"
    folder.mkdir()
    for i, (title, body) in enumerate(STORIES):
        page = PAGE.format(title=title, body=body).replace(
            "## Читайте также", f"{promo}\n\n## Читайте также"
        )
        (folder / f"{i}.md").write_text(page, encoding="utf-8")
    (folder / "README.md").write_text("# О папке\n\nСтраницы сайта.\n", encoding="utf-8")
    articles = list(read_articles([folder]))
    assert [a.title for a in articles] == [title for title, _ in STORIES]
    assert not [a for a in articles if promo in a.body]
    alone = tmp_path / "alone.md"
    alone.write_text((folder / "0.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert promo in read_one(alone).body  # read alone, the rules keep it: nothing is lost
