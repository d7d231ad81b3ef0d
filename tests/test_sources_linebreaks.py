"""Line breaks a dump wrote as text (sources/linebreaks.py). The glued lines are cut from the ODS
news dump samples in shared/corpus/corus_samples/ods (Meduza, Gazeta.Ru, Interfax, Известия, RT),
which lost the backslash of every "\\n"."""

import re

import pytest

from indexer.sources.linebreaks import with_line_breaks

GLUED = [
    ("изучив решения военных судов.nВ пояснительной записке",
     "изучив решения военных судов.\nВ пояснительной записке"),
    ("в ведомстве.nРанее сообщалось", "в ведомстве.\nРанее сообщалось"),
    ("до 1-го месяца.nnДля установления", "до 1-го месяца.\nДля установления"),
    ('после игры с Кокориным.n"Я надеюсь', 'после игры с Кокориным.\n"Я надеюсь'),
    ("счёт к перерыву.n2:0 к перерыву", "счёт к перерыву.\n2:0 к перерыву"),
    ("в совет вошли:nГеоргий Полтавченко", "в совет вошли:\nГеоргий Полтавченко"),
    # inside a sentence, where a link's text stood on a line of its own
    ("и 17 марта онnвступилnв силу", "и 17 марта он вступил в силу"),
    ("вице-мэр иnназначен", "вице-мэр и назначен"),
    ("Издание Super.runутверждает", "Издание Super.ru утверждает"),
    ("детективный мини-сериал-nхуданит", "детективный мини-сериал-худанит"),
    ("суд назначилиn10 суток ареста", "суд назначили 10 суток ареста"),
    ("ФЗ (2001 года). Поnданным органов", "ФЗ (2001 года). По данным органов"),
    ("«Новые известия»nполучила", "«Новые известия» получила"),
    ("«московского делаn», возбужденного", "«московского дела», возбужденного"),
    ("зоны контроля (nто есть", "зоны контроля (то есть"),
    # a link's text kept a break at each end
    ("Собянин утверждаетn, что", "Собянин утверждает, что"),
    ("ПАО «Ростелеком»n), Андрей", "ПАО «Ростелеком»), Андрей"),
    ("отмечает «nФедеральное агентство»", "отмечает «Федеральное агентство»"),
    # "\n" written as its two characters
    ("Первый абзац.\\nВторой абзац.\\r\\nТретий.", "Первый абзац.\nВторой абзац.\nТретий."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_a_lost_line_break_is_a_line_break_again(text, expected):
    assert with_line_breaks(text) == expected


KEPT = [
    "Компания Amazon.\nВ ответ",  # a Latin word's own n
    "Сервис Amazon.com и Яндекс",
    "Канал сnn показал",  # CNN written with a Cyrillic с
    'Операция "Information Confrontation" началась',
    "Путь C:\\new\\files на диске",  # a path's backslash
    "Формула n² и число n2",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_latin_n_of_a_word_stays(text):
    assert with_line_breaks(text) == text


def test_the_ods_dumps_read_as_paragraphs(shared_corpus):
    from indexer.sources import read_file

    ods = sorted((shared_corpus / "corus_samples" / "ods").glob("*.csv.gz"))
    articles = [a for path in ods for a in read_file(path) if hasattr(a, "body")]
    assert len(articles) == 63
    glued = re.compile(r"(?<![a-zA-Z])n[А-ЯЁ]")
    assert [a.origin for a in articles if glued.search(a.body)] == []
    gazeta = next(a for a in articles if a.title.startswith("Гордума Новочеркасска"))
    assert "\nРанее сообщалось, что Анатолий Кондратенко" in gazeta.body
