"""The learned headline choice: its stored weights, the lines it chooses among, what it takes
over the rules' headline, its training."""

from pathlib import Path

import numpy as np
import pytest

from bench.titlepicktrain import read_pages, train
from indexer.article import Article
from indexer.sources.titlepick import (
    FEATURE_NAMES,
    WEIGHTS,
    choices,
    picked,
    site_label,
    site_likeness,
    using,
)
from tests.support import read_learned_and_rules

SCRAPED = Path(__file__).resolve().parent / "fixtures" / "scraped"
HEADLINE = "В Севастополе оцепили центр из-за подозрительного предмета"
TEXT = (
    "Район рядом с домом №72 по улице Ленина в центре Севастополя был оцеплен полицией утром. "
    "Жителей попросили не выходить из подъездов."
)


def test_stored_weights_fit_the_features():
    found = WEIGHTS.stored
    assert found["features"] == list(FEATURE_NAMES)
    assert len(found["weights"]) == len(FEATURE_NAMES)
    assert 0 <= found["margin"] < 1


# The rules took a name line or a date line with its source over the headline below it.
FURNITURE_OVER_HEADLINES = [
    ("report53/vestisemey.kz/1.txt", "Вести Семей", "Послание – год спустя"),
    ("report39/uv-kurier.ru/1.txt", "Москва. Юго-Восточный", "Собянин принял решение"),
    ("report60/news-komi.ru/1.txt", "Новости Республики Коми", "Печальная статистика выходных"),
    ("report20/hawk.ru/1.txt", "13 марта 2026 | Источник Пресс-служба ХК «Авангард»",
     "Назло рекордам! «Авангард» обыгрывает «Шанхайских Драконов»"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "furniture", "headline"), FURNITURE_OVER_HEADLINES)
def test_the_headline_below_the_furniture_the_rules_took_is_taken(name, furniture, headline):
    learned, rules = read_learned_and_rules(SCRAPED / name, using)
    assert rules.title == furniture
    assert learned.title.startswith(headline)
    assert (learned.lead, learned.body) == (rules.lead, rules.body)


def test_a_headline_under_the_sites_name_stays():
    text = f"Вести Семей\nГлавная\n{HEADLINE}\n{TEXT}"
    found = Article(id="x", title=HEADLINE, body=TEXT, source="vestisemey.kz")
    lines, _ = choices(found, text, plain=False)
    assert [line.title for line in lines] == ["Вести Семей", "Главная", HEADLINE]
    assert [line.chosen for line in lines] == [False, False, True]
    assert picked(found, text, plain=False) == found


def test_the_sites_name_under_a_headline_gives_way_to_it():
    text = f"{HEADLINE}\nВести Семей\n{TEXT}"
    found = Article(id="x", title="Вести Семей", body=TEXT, source="vestisemey.kz")
    assert picked(found, text, plain=False).title == HEADLINE


def test_a_copy_read_without_a_headline_has_nothing_to_choose():
    first = TEXT.split(". ")[0] + "."
    found = Article(id="x", title=first, body=TEXT)
    assert choices(found, f"Главная\n{TEXT}", plain=False) is None
    assert picked(found, f"Главная\n{TEXT}", plain=False) == found


def test_without_weights_the_rules_decide():
    found = Article(id="x", title="Вести Семей", body=TEXT, source="vestisemey.kz")
    with using({"weights": None}):
        assert picked(found, f"{HEADLINE}\nВести Семей\n{TEXT}", plain=False) == found


def test_a_line_spelling_the_sites_host_reads_as_its_name():
    site = site_label("vestisemey.kz")
    assert site == "vestisemey"
    assert site_likeness("Вести Семей", site) == (pytest.approx(0.947, abs=0.01), 1.0)
    assert site_likeness(HEADLINE, site)[1] == 0.0
    assert site_label("ru.kz") == ""  # too short to tell anything


@pytest.mark.weights
def test_stored_weights_are_those_the_recorded_pages_train(shared_test_pages):
    # The features include the rules' choice: a change to the rules calls for `python -m
    # bench.titlepicktrain` (and its --measure on folds of sites before keeping the weights).
    pages = read_pages()
    assert len(pages) >= 1200
    assert np.allclose(train(pages)["weights"], WEIGHTS.stored["weights"], atol=1e-3)
