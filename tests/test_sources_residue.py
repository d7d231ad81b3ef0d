"""No code, markup or invisible characters left in any article of the shared corpus."""

import re
from collections import Counter
from pathlib import Path

import pytest

from indexer.article import Article
from indexer.sources import read_articles
from indexer.sources.scrub import scrub

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
RESIDUE = {
    "jwplayer script": re.compile(r"jwplayer|\} \} \}"),
    "wiki link": re.compile(r"\[\[|\]\]|\[https?://"),
    "wiki quotes": re.compile(r"''\w"),
    "wiki image or template": re.compile(r"\b(?:thumb|left|right|мини)\||\|автор="),
    "wiki link leftover": re.compile(r"\w\|\w"),
    "HTML tag": re.compile(
        r"</?(?:p|div|a|span|iframe|script|br|strong|em|b|i|blockquote)\b[^>]*>"
    ),
    "HTML entity": re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});"),
    "invisible character": re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u2800]"),
    "another story's box": re.compile(r"^Также по теме$", re.M),
    "call to follow the outlet": re.compile(r"Подписывайтесь на наш\s+Telegram"),
}


def residue_counts(articles) -> Counter:
    """How many articles carry each kind of residue in their title, lead or body."""
    counts: Counter = Counter()
    for article in articles:
        text = "\n".join((article.title, article.lead, article.body))
        counts.update(name for name, pattern in RESIDUE.items() if pattern.search(text))
    return counts


@pytest.mark.slow
def test_the_shared_corpus_has_no_residue():
    articles = (a for a in read_articles([SHARED_CORPUS]) if isinstance(a, Article))
    assert residue_counts(articles) == Counter()


SCRUB = [
    (
        'Текст.\n jwplayer.key="k";\n jwplayer("m").setup({ a: 1 }); '
        "jwplayer(this).stop(); } } } }\n Дальше",
        "Текст.\n\n Дальше",
    ),  # fmt: skip
    (
        "Президентские выборы в Венесуэле (2012)|президентские выборы прошли",
        "президентские выборы прошли",
    ),  # fmt: skip
    ("В Венесуэла|Венесуэле 7 октября", "В Венесуэле 7 октября"),
    ("thumb|Пестициды Monsanto", "Пестициды Monsanto"),
    ("альбом ''Spirit'' группы", "альбом Spirit группы"),
    (
        "Музыканты [https://youtu.be/x сыграли два сета] в стиле",
        "Музыканты сыграли два сета в стиле",
    ),
    ("в [[Москва|Москве]] и [[Минск]]", "в Москве и Минск"),
    ("прези\u00adдент\u200b", "президент"),
    ("Покидаю Китай\u2800\u2800", "Покидаю Китай"),  # the Braille blank posts pad lines with
    ("курс 1 | 2 и «Москва»", "курс 1 | 2 и «Москва»"),  # a spaced bar is not a link
    ("[B]Из-за обрыва линии прекращено вещание[/B]", "Из-за обрыва линии прекращено вещание"),
    ("воспитал десяток мастеров спорта.[divider]", "воспитал десяток мастеров спорта."),
    (
        "Нарва вступила в права осенней столицы Эстонии ({{commentsTotal}})",
        "Нарва вступила в права осенней столицы Эстонии",
    ),
    ("[url=https://site.example/a]Читать[/url] дальше", "Читать дальше"),
    ("Пункт [1] и приложение [А]", "Пункт [1] и приложение [А]"),  # brackets of the text stay
    ("Причины пожара устанавливаются. <br />", "Причины пожара устанавливаются."),
    ("Первая строка.<br>\nВторая строка.</p>", "Первая строка.\nВторая строка."),
    ("Курс: 1 < 2 и 3 > 2", "Курс: 1 < 2 и 3 > 2"),  # comparisons stay
    # inline tags a copy kept as text (after gov-abh.org)
    (
        "<span>Сухум. 14 августа. В <b>Парке</b> Боевой Славы</span>",
        "Сухум. 14 августа. В Парке Боевой Славы",
    ),
    ('Читайте <a href="/news/1">интервью</a> с главой', "Читайте интервью с главой"),
    ("Тег <article> и <bold> в статье о вёрстке", "Тег <article> и <bold> в статье о вёрстке"),
    ("\ufe0f Глава района встретился с жителями", "Глава района встретился с жителями"),
    ("Сердце \u2764\ufe0f города", "Сердце \u2764\ufe0f города"),  # an emoji's own selector stays
]


@pytest.mark.parametrize(("text", "expected"), SCRUB)
def test_scrub(text, expected):
    assert scrub(text) == expected
