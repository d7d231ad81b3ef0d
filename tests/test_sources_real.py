"""The real files in shared/corpus: every article reads, with the documented counts and fields.

The whole corpus (about 10,300 articles, 62 million characters) reads once per run, in about
6 seconds, so these tests are not marked slow.
"""

from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from indexer.article import Article, Skip
from indexer.sources import read_articles

COUNTS = {"rt": 7217, "ng": 1987, "nerel_wikinews": 933, "pages": 1, "corus_samples": 126}
CORUS_COUNTS = {"buriy": 45, "ods": 63, "taiga": 7, "ria.json.gz": 10, "lenta-ru-news.csv.gz": 1}


@pytest.fixture(scope="module")
def corpus(shared_corpus) -> dict[str, list[Article | Skip]]:
    """Everything read from shared/corpus, by its first folder: {"rt": [...], ...}."""
    by_folder = defaultdict(list)
    for item in read_articles([shared_corpus]):
        where = item.path if isinstance(item, Skip) else item.origin
        by_folder[Path(where).relative_to(shared_corpus).parts[0]].append(item)
    return by_folder


@pytest.mark.parametrize(("folder", "count"), COUNTS.items())
def test_every_article_reads_without_a_skip(corpus, folder, count):
    items = corpus[folder]
    assert [item for item in items if isinstance(item, Skip)] == []
    assert len(items) == count


def test_nothing_outside_the_known_folders(corpus):
    assert set(corpus) == set(COUNTS)


def test_articles_are_clean(corpus):
    for article in (a for items in corpus.values() for a in items):
        assert article.title or article.body, article.origin
        assert article.body == article.body.strip() and "\n\n" not in article.body, article.origin
        assert article.id and article.origin and article.source, article.origin


def test_rt_fields(corpus):
    rt = corpus["rt"]
    assert Counter(a.source for a in rt) == {"RT": 7217}
    assert all(a.url.startswith("https://russian.rt.com/") and "comhttp" not in a.url for a in rt)
    assert len({a.url for a in rt}) == 7217
    assert Counter(a.rubric for a in rt).most_common(2) == [("Мир", 2623), ("Спорт", 1836)]
    assert all(a.keywords and a.body for a in rt)


def test_rt_records_with_empty_content_use_the_summary(corpus):
    origins = {"russia_today_1.jsonlines.gz:273", "russia_today_2.jsonlines.gz:463",
               "russia_today_2.jsonlines.gz:535", "russia_today_4.jsonlines.gz:270"}  # fmt: skip
    empty = [a for a in corpus["rt"] if a.origin.rsplit("/", 1)[-1] in origins]
    assert len(empty) == 4
    assert all(a.body and not a.lead for a in empty)


def test_ng_dates_and_rubrics_come_from_the_urls(corpus):
    ng = corpus["ng"]
    assert Counter(a.source for a in ng) == {"Независимая газета": 1987}
    assert all(a.rubric and ".ng.ru/" in a.url and "amp." not in a.url for a in ng)
    assert min(a.date for a in ng) == date(2000, 11, 16)
    assert max(a.date for a in ng) == date(2018, 3, 22)


def test_nerel_is_wikinews_plain_text(corpus):
    nerel = corpus["nerel_wikinews"]
    # Two texts are agency copies with their datelines: read as pages, their agency the source.
    assert Counter(a.source for a in nerel) == {
        "Викиновости": 931, "РИА Новости": 1, "Новости-Грузия": 1
    }  # fmt: skip
    assert all(a.title and not a.lead and not a.caption for a in nerel)
    assert all(".tar.gz/NEREL-v1.1/" in a.origin for a in nerel)
    # Dated from the text: "В пятницу, 3 июня 2016 года, …" opening the article, a date line,
    # a date in the headline ("Авиакатастрофа «Як-18Т» в Катунино 1 сентября 2012 года").
    dated = [a for a in nerel if a.date]
    assert len(dated) == 93
    assert all(f"{a.date.day} " in a.body[:400] and 2007 <= a.date.year <= 2020 for a in dated)
    titles = {a.title for a in nerel}
    assert "Семья Обамы приобрела дом в Вашингтоне за 8,1 млн долларов" in titles


@pytest.mark.parametrize(("name", "count"), CORUS_COUNTS.items())
def test_corus_samples(corpus, name, count):
    found = [a for a in corpus["corus_samples"] if f"/corus_samples/{name}" in a.origin]
    assert len(found) == count


def test_corus_samples_carry_their_metadata(corpus):
    samples = corpus["corus_samples"]
    lenta = next(a for a in samples if "lenta-ru-news" in a.origin)
    assert (lenta.source, lenta.date, lenta.rubric) == ("Lenta.ru", date(2018, 12, 14), "Россия")
    ria = [a for a in samples if "ria.json.gz" in a.origin]
    assert all(a.source == "РИА Новости" and "<" not in a.body for a in ria)
    assert sum(a.date is not None for a in samples) >= 110
