"""A one-sentence standfirst set apart from the text by a views counter, a dated line or the
headline written again."""

from datetime import date

import pytest

from indexer.sources.leadscore import using
from tests.test_sources_page_shapes import read_page

HEADLINE = "В парке высадили двести лип"
STANDFIRST = "Деревья привезли из питомника под Казанью."
TEXT = (
    "В городском парке высадили двести молодых лип и кленов, сообщили в администрации района "
    "во вторник.\n\nРаботы продлятся до конца месяца, после чего в парке установят новые "
    "скамейки и фонари.\n"
)


@pytest.mark.parametrize(
    ("between", "lead"),
    [
        ("3116 просмотров", STANDFIRST),  # a views counter sets it apart
        (HEADLINE, STANDFIRST),  # the headline written again as the photo's caption
    ],
)
def test_a_page_standfirst_over_a_counter_or_the_headline_again_is_the_lead(
    tmp_path, between, lead
):
    page = f"Лента новостей\n\nПоделиться\n\n{HEADLINE}\n\n{STANDFIRST}\n\n{between}\n\n{TEXT}"
    article = read_page(tmp_path, page)
    assert article.lead == lead
    assert article.body.startswith(STANDFIRST if not lead else "В городском парке")
    assert "просмотров" not in article.body


def test_a_short_sentence_over_a_paragraph_is_the_learned_standfirst_not_the_rules(tmp_path):
    # Nothing sets it apart, so the rules keep it as the text's first line; the learned
    # decision (leadscore) reads a short sentence under the headline over a far longer
    # paragraph as the standfirst.
    between = "Сегодня в парке высадили липы, и жители района пришли помочь волонтерам."
    page = f"Лента новостей\n\nПоделиться\n\n{HEADLINE}\n\n{STANDFIRST}\n\n{between}\n\n{TEXT}"
    with using({"weights": None}):
        rules = read_page(tmp_path, page)
    assert (rules.lead, rules.body.split("\n")[0]) == ("", STANDFIRST)
    article = read_page(tmp_path, page)
    assert (article.lead, article.body.split("\n")[0]) == (STANDFIRST, between)


def test_a_plain_standfirst_over_an_issue_line_is_the_lead_and_dates_it(tmp_path):
    issue = '13 март 2003 Электронная версия газеты "Вечерний город" №1323 от 13 март 2003'
    article = read_page(tmp_path, f"{HEADLINE}\n\n{STANDFIRST}\n\n{issue}\n\n{TEXT}", "text.txt")
    # the month in the nominative
    assert (article.title, article.lead, article.date) == (HEADLINE, STANDFIRST, date(2003, 3, 13))
    assert "Электронная версия" not in article.body


def test_a_dated_sentence_under_a_plain_standfirst_is_text_and_gives_no_date(tmp_path):
    # No issue line: the sentence's date is the event's, not the page's.
    between = "13 марта 2003 года в парке высадили липы, и жители района пришли помочь."
    article = read_page(tmp_path, f"{HEADLINE}\n\n{STANDFIRST}\n\n{between}\n\n{TEXT}", "text.txt")
    assert (article.title, article.date) == (HEADLINE, None)
    assert between in article.body.split("\n")
