"""Russian wording: plural forms, the result line, dates, timeline periods."""

from datetime import date

import pytest

from search_ui import format as fmt

NNBSP = "\u202f"

PLURALS = [
    (0, "0 статей"),
    (1, "1 статья"),
    (2, "2 статьи"),
    (4, "4 статьи"),
    (5, "5 статей"),
    (11, "11 статей"),
    (12, "12 статей"),
    (14, "14 статей"),
    (21, "21 статья"),
    (22, "22 статьи"),
    (25, "25 статей"),
    (101, "101 статья"),
    (111, "111 статей"),
    (1234, f"1{NNBSP}234 статьи"),
    (1_000_000, f"1{NNBSP}000{NNBSP}000 статей"),
]


@pytest.mark.parametrize(("n", "expected"), PLURALS)
def test_plural(n, expected):
    assert fmt.plural(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 источника"), (3, "3 источников"), (5, "5 источников"), (21, "21 источника")],
)
def test_plural_other_nouns(n, expected):
    assert fmt.plural(n, fmt.FROM_SOURCES) == expected


@pytest.mark.parametrize(
    ("total", "ms", "expected"),
    [
        (1234, 50, f"Найдено 1{NNBSP}234 статьи за 0,05\u00a0с"),
        (1, 12.3, "Найдена 1 статья за 0,01\u00a0с"),
        (21, 1500, "Найдена 21 статья за 1,50\u00a0с"),
        (5, 3.2, "Найдено 5 статей за 0,003\u00a0с"),
        (0, 0, "Найдено 0 статей за 0,001\u00a0с"),
        (11, 250, "Найдено 11 статей за 0,25\u00a0с"),
    ],
)
def test_found(total, ms, expected):
    assert fmt.found(total, ms) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 12, 23), "23 декабря 2024"),
        (date(2018, 3, 1), "1 марта 2018"),
        (date(2020, 5, 9), "9 мая 2020"),
        (date(2021, 8, 31), "31 августа 2021"),
        (None, ""),
    ],
)
def test_long_date(d, expected):
    assert fmt.long_date(d) == expected


@pytest.mark.parametrize(
    ("period", "name", "short"),
    [
        ("2018-03", "март 2018", "мар 2018"),
        ("2024-12", "декабрь 2024", "дек 2024"),
        ("2019-05", "май 2019", "май 2019"),
        ("2018", "2018 год", "2018"),
    ],
)
def test_period_names(period, name, short):
    assert (fmt.period_name(period), fmt.period_short(period)) == (name, short)


@pytest.mark.parametrize(
    ("total", "at_least", "line"),
    [(1, False, "Найдена 1 статья"), (3, False, "Найдено 3 статьи"),
     (1, True, "Найдено не меньше 1 статьи"), (21, True, "Найдено не меньше 21 статьи"),
     (4859, True, "Найдено не меньше 4\u202f859 статей")],
)  # fmt: skip
def test_found_line_says_when_the_count_is_a_lower_bound(total, at_least, line):
    from search_ui.format import found

    assert found(total, 50, at_least=at_least).startswith(line)
