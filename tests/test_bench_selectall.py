"""The select-all benchmark's scoring: a page read from its copied text, field by field."""

from bench.selectall import report, scores

PAGE = """Главная
Новости
Политика
В Туле открыли новый мост через Упу
12 марта 2024, 10:15
Мост длиной 120 метров соединил два района города, сообщили в мэрии.
Строительство заняло два года и обошлось в 900 миллионов рублей.
По словам мэра, движение по мосту откроют для всех машин к лету.
Читайте также
В Калуге закрыли старый мост
© 2024 Тульские вести
"""
RECORD = {
    "file": "tula.html",
    "title": "В Туле открыли новый мост через Упу",
    "date": "2024-03-12",
    "source": "Тульские вести",
    "lead": "",
    "body_start": "Мост длиной 120 метров соединил два района города",
    "body_end": "движение по мосту откроют для всех машин к лету.",
    "chrome": ["В Калуге закрыли старый мост", "Читайте также"],
}


def test_each_field_is_scored_against_the_record(tmp_path):
    (tmp_path / "tula.txt").write_text(PAGE, encoding="utf-8")
    marks = scores(tmp_path, [RECORD])["tula.html"]
    assert marks["title"] and marks["date"] and marks["body_start"] and marks["body_end"]
    assert marks["chrome"]


def test_a_wrong_field_shows_as_a_cross_and_in_the_totals(tmp_path):
    (tmp_path / "tula.txt").write_text(PAGE, encoding="utf-8")
    record = {**RECORD, "title": "Другой заголовок"}
    table = report(scores(tmp_path, [record]))
    assert "| tula.html | ✗ | ✓ |" in table
    assert table.splitlines()[-1].startswith("| right of 1 | 0 | 1 |")
