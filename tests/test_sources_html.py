"""Saved HTML pages: compressed, in archives, and pages with no article text."""

import gzip
import io
import tarfile
from datetime import date

from indexer.article import Article, Skip
from indexer.sources import read_file

PARAGRAPHS = "".join(
    f"<p>Абзац номер {n}: жители района обсуждали новый парк и его пруд, "
    f"велодорожки и площадки для детей, открытые после трёх лет работ.</p>"
    for n in range(1, 6)
)
PAGE = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>В Москве открылся новый парк | Пример.ру</title>
<meta property="og:title" content="В Москве открылся новый парк">
<meta property="og:site_name" content="Пример.ру">
<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">
<link rel="canonical" href="https://example.ru/news/2024/03/05/park/">
</head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>В Москве открылся новый парк</h1>
<div class="article__lead">Парк площадью 20 гектаров открылся в районе Нагатино.</div>
{PARAGRAPHS}
<p>Авторы: Иван Иванов</p></article>
<div class="related"><a href="/news/2">Другая новость про погоду в выходные дни</a></div>
<footer>© 2024 Пример.ру. Все права защищены.</footer>
</body></html>"""


def read_one(path) -> Article:
    (article,) = read_file(path)
    assert isinstance(article, Article), article
    return article


def test_a_saved_page_gives_its_article(tmp_path):
    (tmp_path / "park.html").write_text(PAGE, encoding="utf-8")
    article = read_one(tmp_path / "park.html")
    assert article.title == "В Москве открылся новый парк"
    assert (article.date, article.source) == (date(2024, 3, 5), "Пример.ру")
    assert article.url == "https://example.ru/news/2024/03/05/park/"
    assert article.lead == "Парк площадью 20 гектаров открылся в районе Нагатино."
    assert article.body.startswith("Абзац номер 1:")
    assert article.body.endswith("после трёх лет работ.")
    assert "Главная" not in article.body and "Все права" not in article.body


def test_a_gzipped_page_in_windows_1251(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251")
    (tmp_path / "park.htm.gz").write_bytes(gzip.compress(page))
    assert read_one(tmp_path / "park.htm.gz").title == "В Москве открылся новый парк"


def test_pages_inside_an_archive(tmp_path):
    data = PAGE.encode("utf-8")
    with tarfile.open(tmp_path / "pages.tar.gz", "w:gz") as tar:
        member = tarfile.TarInfo("site/park.html")
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
    (article,) = read_file(tmp_path / "pages.tar.gz")
    assert article.title == "В Москве открылся новый парк"
    assert article.path.endswith("pages.tar.gz/site/park.html")


def test_a_page_without_article_text_is_a_skip_with_its_reason(tmp_path):
    (tmp_path / "menu.html").write_text(
        "<html><body><nav><a href='/'>Главная</a></nav></body></html>", encoding="utf-8"
    )
    (skip,) = read_file(tmp_path / "menu.html")
    assert skip == Skip(str(tmp_path / "menu.html"), None, "no main text found in the HTML page")


def test_bytes_that_are_not_html_are_a_skip(tmp_path):
    (tmp_path / "x.html").write_bytes(b"\x00\x01\x02")
    (skip,) = read_file(tmp_path / "x.html")
    assert isinstance(skip, Skip)
