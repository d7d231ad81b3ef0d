"""The scorer of page fields: what counts as a page's title (with no headline, or spelt
another way) and its date."""

from datetime import date

import pytest

from bench.page_fields import chrome_ok, date_ok, print_compared, title_ok
from indexer.article import Article

LEAD = "За сутки в Латвии зарегистрировано девять пожаров, сообщила пожарная служба."
START = "Четыре пожара потушено в краях, три — в Риге."


def headless_record(lead_in_body: bool) -> dict:
    return {"title": "", "lead": LEAD, "body_start": START, "lead_in_body": lead_in_body}


@pytest.mark.parametrize(
    ("lead_in_body", "title", "right"),
    [
        (True, LEAD, True),  # the text opens with its standfirst: its words stand in
        (True, START, False),
        (False, START, True),  # the standfirst apart from the text: the text's own words
        (False, LEAD, False),
    ],
)
def test_a_headless_pages_title_is_the_opening_of_its_text(lead_in_body, title, right):
    article = Article(id="1", title=title, body=f"{LEAD}\n{START}", date=date(2024, 1, 1))
    assert title_ok(article, headless_record(lead_in_body)) is right


def test_a_headless_pages_opening_stands_in_without_its_decoration():
    record = {"title": "", "lead": "", "body_start": "❗6 сентября в Ижевске пройдут учения"}
    title = "6 сентября в Ижевске пройдут учения МЧС."
    assert title_ok(Article(id="1", title=title, body="…", date=None), record)
    assert not title_ok(Article(id="1", title="Учения МЧС", body="…", date=None), record)


@pytest.mark.parametrize(("recorded", "right"), [("2014-12-25", True), ("2014-12-25T13:35", True),
                                                 ("2014-12-26", False)])  # fmt: skip
def test_a_pages_date_is_scored_by_its_day(recorded, right):
    article = Article(id="1", title="Липы", body="Текст.", date=date(2014, 12, 25))
    assert date_ok(article, {"date": recorded}) is right


@pytest.mark.parametrize(
    ("read", "record", "right"),
    [
        ("Эксперт: Язык отчета", {"title": "Эксперт:  Язык отчета"}, True),  # spaces as shown
        ("Эксперт: язык отчета", {"title": "Эксперт: Язык отчета"}, False),
        ("Язык отчета", {"title": "Эксперт: Язык отчета", "title_alt": "Язык отчета"}, True),
        ("Язык отчета", {"title": "Эксперт", "title_alt": ["Отчет", "Язык отчета"]}, True),
        ("Язык", {"title": "Эксперт", "title_alt": ["Отчет", "Язык отчета"]}, False),
    ],
)
def test_a_pages_title_is_compared_as_shown_with_any_spelling_the_record_accepts(
    read, record, right
):
    article = Article(id="1", title=read, body="Текст.", date=None)
    assert title_ok(article, record) is right


def test_two_readings_are_compared_field_by_field_and_the_pages_that_differ_named(capsys):
    record = {"file": "a/1.txt", "title": "Липы", "date": None, "source": "", "lead": "",
              "body_start": "Текст.", "body_end": "Текст.", "chrome": ["Меню"]}  # fmt: skip
    right = Article(id="1", title="Липы", body="Текст.", date=None, source="")
    wrong = Article(id="1", title="Меню", body="Текст.", date=None, source="")
    print_compared([("a", record, right, right), ("a", record, right, wrong)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("a a/1.txt rules [True, True, True, True, True, True, True]")
    fields = "(title, date, source, lead, body_start, body_end, chrome)"
    assert lines[1:] == [
        f"rules 2 2 / 2 / 2 / 2 / 2 / 2 / 2 {fields}",
        f"learned 2 1 / 2 / 2 / 2 / 2 / 2 / 1 {fields}",
    ]


@pytest.mark.parametrize(
    ("body", "right"),
    [
        ("Как отметил вице-премьер, школа заменит старую.", True),  # a dash inside the text
        ("Как отметил вице-премьер, школа заменит старую.\n-", False),  # the mark's own line
        ("Текст.\nЧитайте также", False),
    ],
)
def test_a_chrome_item_of_marks_alone_counts_only_as_a_line_of_its_own(body, right):
    article = Article(id="1", title="Школа", body=body, date=None)
    assert chrome_ok(article, {"chrome": ["-", "Читайте также"]}) is right


@pytest.mark.parametrize(
    ("body", "right"),
    [
        ("Набережную смыло в 2013 году.", True),  # a number of the text
        ("0\nНабережную смыло в 2013 году.", False),  # the comment counter's own line
    ],
)
def test_a_counters_figure_alone_counts_only_as_a_line_of_its_own(body, right):
    article = Article(id="1", title="Ледоход", body=body, date=None)
    assert chrome_ok(article, {"chrome": ["0"]}) is right
