"""The law's footnotes on banned and designated names, left out of articles
(sources/legalnotes.py). The notes are RT's formulas as the shared corpus writes them, the last
rows the shapes other outlets use (m.novgorod.ru's, in tests/fixtures/scraped); the kept rows
Nezavisimaya Gazeta's and other sites' sentences."""

import itertools
import re

import pytest

from indexer.sources.legalnotes import without_legal_notes

TEXT = "Боевики отступили к границе, сообщил источник."
NOTES = [
    "* «Исламское государство» (ИГ) — террористическая группировка, запрещённая на территории "
    "России.",
    "*«Талибан» — террористическая группировка, запрещённая на территории России.",
    "** «Правый сектор» — украинское объединение радикальных националистических организаций, "
    "признанное экстремистским и запрещённое на территории России (решение Верховного суда РФ от "
    "17.11.2014).",
    "*** «Исламское государство» (ИГ, ИГИЛ) — организация признана террористической по решению "
    "Верховного суда РФ от 29.12.2014.",
    "* Организация украинских националистов (ОУН) — организация, запрещённая на территории России.",
    "«Исламское государство» (ИГ), «Джабхат ан-Нусра» — террористические организации, деятельность "
    "которых запрещена на территории РФ.",
    "* Признан иностранным агентом по решению Минюста РФ.",
    "*Внесён Минюстом в реестр иностранных агентов.",
    "* внесён в список террористов и экстремистов в РФ",
]  # fmt: skip


@pytest.mark.parametrize("note", NOTES)
def test_a_note_on_a_line_of_its_own_is_left_out(note):
    assert without_legal_notes(f"{TEXT}\n{note}\nОбстрел продолжался.") == (
        f"{TEXT}\nОбстрел продолжался."
    )


KEPT = [
    # the formula inside a sentence: the text as published
    "боевики ИГ (запрещено в РФ) отступили",
    "Мосгорсуд отменил приговор Татьяне Лазаревой (признана Минюстом иноагентом) по второму делу",
    "на своей странице в Instagram (социальная сеть, запрещённая в России и принадлежащая компании "
    "Meta, признанной экстремистской организацией).",
    "Да и «Азов»* (экстремистская организация, запрещенная на территории РФ) эвакуацией не рад.",
    # the article's own words on what is banned
    "* К сожалению, в допинг-пробе Крушельницкого было обнаружено запрещённое вещество мельдоний.",
    "изменения (в статью о хранении запрещённых к ввозу в РФ товаров) вступят в силу",
    "«Исламское государство»* отступило к Ракке.",  # the asterisk after the name
    # a paragraph of the article, however it opens
    "«Свидетели Иеговы» — организация, запрещённая в России с 2017 года. Суд продолжил дело.",
    "«Свидетели Иеговы» — организация, запрещённая в России с 2017 года, " + "и суд продолжил "
    "рассматривать дело, а защита настаивала на том, что верующие не нарушали закон, " * 4,
]  # fmt: skip


@pytest.mark.parametrize("text", KEPT)
def test_the_articles_own_words_stay(text):
    assert without_legal_notes(text) == text


def test_rt_articles_read_without_the_notes_under_them(shared_corpus):
    from indexer.sources import read_file

    path = next((shared_corpus / "rt").glob("*.jsonlines.gz"))
    articles = list(itertools.islice(read_file(path), 1500))
    footnote = re.compile(r"^\*+\s*«.*запрещ", re.M)
    assert [a.origin for a in articles if footnote.search(a.body)] == []
    named = [a for a in articles if "«Исламское государство»" in a.body]
    assert len(named) > 20  # the articles still name it where their text does
    assert not any("Верховного суда РФ от 29.12.2014" in a.body for a in named)
