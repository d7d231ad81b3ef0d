"""Query syntax examples for the empty search page, each one finding articles in the default corpus.

The default corpus (corpus/sample: 933 Wikinews texts and one Sputnik page) has few dates, one
rubric and two sources, so the filter examples are taken from the index itself.
"""

import calendar
from dataclasses import dataclass
from datetime import date

# The word of the period example: in the dated Sputnik page and in most Russian news archives.
PERIOD_QUERY = "москва"


@dataclass(frozen=True)
class PeriodExample:
    """A link to a search limited to a period: the year of the newest article up to its month."""

    query: str
    start: date
    end: date

    @property
    def label(self) -> str:
        """ "с 2024 по 2024-12", as the date fields accept it."""
        return f"с {self.start.year} по {self.end:%Y-%m}"


def source_example(sources: dict[str, int]) -> str:
    """`source:` with the biggest source, quoted when it has a space: source:"Второй источник"."""
    name = max(sources, key=sources.get) if sources else "RT"
    return f'source:"{name}"' if " " in name else f"source:{name}"


def rubric_example(rubrics: dict[str, int]) -> str:
    """`rubric:` and the first word of the biggest rubric (a filter matches first words)."""
    name = max(rubrics, key=rubrics.get) if rubrics else "политика"
    return f"rubric:{name.split()[0].strip(':,.').lower()}"


def period_example(stats: dict) -> PeriodExample | None:
    """The period example, or None when no article has a date."""
    last = stats.get("last_date")
    if last is None:
        return None
    month_end = date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    return PeriodExample(PERIOD_QUERY, date(last.year, 1, 1), month_end)


def syntax_examples(stats: dict) -> list[tuple[str, str]]:
    """(query, what it does) pairs, each a link on the page."""
    return [
        ("выборы", "любые формы слова: найдёт и «выборах», и «выборов»"),
        ('"президент россии"', "фраза в кавычках — слова рядом и по порядку"),
        ('"выборы президента"~3', "~3: слова в любом порядке, между ними не больше трёх"),
        ("санкции -ес", "минус исключает слово"),
        ("москва OR минск", "любое из слов; то же самое — москва | минск"),
        ("!стали", "восклицательный знак — только эта форма слова"),
        ("товар*", "звёздочка — слова с этим началом"),
        ("title:выборы", "только в заголовках"),
        (source_example(stats.get("sources") or {}), "только статьи одного источника"),
        (rubric_example(stats.get("rubrics") or {}), "только статьи одной рубрики"),
    ]
