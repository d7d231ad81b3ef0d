"""The dates of the period fields and of the query's date: filter, as people type them."""

from datetime import date

import pytest

from indexer.engine.periods import period

PERIODS = [
    ("2017", (date(2017, 1, 1), date(2017, 12, 31))),
    ("2018-02", (date(2018, 2, 1), date(2018, 2, 28))),
    ("18.03.2018", (date(2018, 3, 18), date(2018, 3, 18))),
    ("03.2018", (date(2018, 3, 1), date(2018, 3, 31))),
    (">=2017-03", (date(2017, 3, 1), date.max)),
    (">2017-03", (date(2017, 4, 1), date.max)),
    ("<2018", (date.min, date(2017, 12, 31))),
    ("<=2018", (date.min, date(2018, 12, 31))),
    ("2016..2017-06", (date(2016, 1, 1), date(2017, 6, 30))),
    ("2017..2016", (date(2016, 1, 1), date(2017, 12, 31))),  # reversed: the right way round
    ("вчера", None),
    ("2017-13", None),
    (">", None),
    ("2016..", None),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_a_date_value_stands_for_its_first_and_last_day(text, expected):
    assert period(text) == expected
