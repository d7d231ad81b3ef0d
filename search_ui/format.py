"""Russian wording for numbers, counts, durations and dates."""

from datetime import date

# A narrow no-break space between thousands: "1 234", as Russian typography sets it.
THOUSANDS = "\u202f"

MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь",
          "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь")  # fmt: skip
MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня",
                   "июля", "августа", "сентября", "октября", "ноября", "декабря")  # fmt: skip
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн",
                "июл", "авг", "сен", "окт", "ноя", "дек")  # fmt: skip

ARTICLES = ("статья", "статьи", "статей")
# After "не меньше": "не меньше 1 статьи", "не меньше 3 статей".
ARTICLES_GENITIVE = ("статьи", "статей", "статей")
# After "ещё": "ещё 1 похожая статья", "ещё 3 похожие статьи" (near-copies of a story).
SIMILAR = ("похожая статья", "похожие статьи", "похожих статей")
# After "из": "из 1 источника", "из 3 источников".
FROM_SOURCES = ("источника", "источников", "источников")
UNTITLED = "Без заголовка"  # an article read without a headline (a CSV row, a bare text)


def plural_form(n: int, forms: tuple[str, str, str]) -> str:
    """The form of a noun after n: ("статья", "статьи", "статей") → "статьи" for 2."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def number(n: int) -> str:
    """An integer with thousands separated: 1234567 → "1 234 567"."""
    return f"{n:,}".replace(",", THOUSANDS)


def plural(n: int, forms: tuple[str, str, str] = ARTICLES) -> str:
    """A count with its noun: 1 → "1 статья", 1234 → "1 234 статьи"."""
    return f"{number(n)} {plural_form(n, forms)}"


def seconds(ms: float) -> str:
    """Milliseconds as seconds with a decimal comma: 50 → "0,05 с"."""
    s = max(ms, 0.0) / 1000
    text = f"{s:.2f}" if s >= 0.01 else f"{max(s, 0.001):.3f}"
    return text.replace(".", ",") + "\u00a0с"


def found(total: int, took_ms: float, at_least: bool = False) -> str:
    """The result line: "Найдено 1 234 статьи за 0,05 с"; with `at_least`, a count the
    search could not finish (a too short prefix): "Найдено не меньше 4 859 статей"."""
    if at_least:
        return f"Найдено не меньше {plural(total, ARTICLES_GENITIVE)} за {seconds(took_ms)}"
    verb = "Найдена" if plural_form(total, ARTICLES) == ARTICLES[0] else "Найдено"
    return f"{verb} {plural(total)} за {seconds(took_ms)}"


def long_date(d: date | None) -> str:
    """A date as Russians write it: "23 декабря 2024"; "" for no date."""
    if d is None:
        return ""
    return f"{d.day} {MONTHS_GENITIVE[d.month - 1]} {d.year}"


def period_name(period: str) -> str:
    """A timeline period in words: "2018-03" → "март 2018", "2018" → "2018 год"."""
    year, _, month = period.partition("-")
    if month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS[int(month) - 1]} {year}"
    return f"{year} год"


MONTHS_PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне",
                        "июле", "августе", "сентябре", "октябре", "ноябре", "декабре")  # fmt: skip


def period_in(period: str) -> str:
    """When, after a count: "2018-03" → "в марте 2018", "2018" → "в 2018 г."."""
    year, _, month = period.partition("-")
    if month.isdigit() and 1 <= int(month) <= 12:
        return f"в {MONTHS_PREPOSITIONAL[int(month) - 1]} {year}"
    return f"в {year} г."


def period_short(period: str) -> str:
    """A short axis label: "2018-03" → "мар 2018", "2018" → "2018"."""
    year, _, month = period.partition("-")
    if month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS_SHORT[int(month) - 1]} {year}"
    return year
