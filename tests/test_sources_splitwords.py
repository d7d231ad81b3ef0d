"""Words a dump's export cut at a line break, joined back (sources/splitwords.py). The cut words
are RT's and Nezavisimaya Gazeta's, as the shared corpus holds them."""

import json

import pytest

from indexer.sources import read_file
from indexer.sources.splitwords import with_split_words_joined

CUT = [
    ("(ИГ) — терр\nористическая группировка", "(ИГ) — террористическая группировка"),
    ("сказал он.\nК\nак выяснилось,", "сказал он.\nКак выяснилось,"),
    ("в двух кинематографичес\nких жанрах", "в двух кинематографических жанрах"),
    ("Ге\nрмания и Великобри\nтания", "Германия и Великобритания"),
    ("Смеётся.\nС\nмеётся снова", "Смеётся.\nСмеётся снова"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_a_word_cut_at_a_line_break_is_whole_again(text, expected):
    assert with_split_words_joined(text) == expected


KEPT = [
    "Просыпаюсь – вокруг\nкромешная темень",  # verse: two words
    "Главный тренер\nсборной России",  # a heading over its line: «тренерсборной» is no word
    "Версия 2.0\nвышла",
    "Компания Apple\nпредставила",  # a Latin word before the break
    "выход\nиз положения",  # «выходиз» is no word
]


@pytest.mark.parametrize("text", KEPT)
def test_two_words_keep_their_line_break(text):
    assert with_split_words_joined(text) == text


def test_an_rt_record_reads_its_cut_words_whole(tmp_path):
    content = (
        "Боевики отступили от города, сообщил представитель коалиции.\n"
        "Как отмечается, в операции участвовали терр\nористические подразделения.\n"
        "* «Исламское государство» (ИГ) — терр\nористическая группировка, запрещённая на "
        "территории России."
    )
    record = {"title": "Отступление", "content": content,
              "url": "https://russian.rt.com/world/article/2-otstuplenie"}  # fmt: skip
    path = tmp_path / "russia_today_0.jsonlines"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.body.split("\n") == [
        "Боевики отступили от города, сообщил представитель коалиции.",
        "Как отмечается, в операции участвовали террористические подразделения.",
    ]
