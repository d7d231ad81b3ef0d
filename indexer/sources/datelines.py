"""News datelines: the city, date and agency an article's first paragraph opens with.

МИНСК, 23 дек – Sputnik. …                RIA Novosti, Sputnik
МОСКВА, 21 января. /ТАСС/. …               TASS (and ИТАР-ТАСС)
Москва. 25 декабря. INTERFAX.RU - …        Interfax (INTERFAX-URAL, …)
МОСКВА, 12 марта (Рейтер) - …              Reuters, AFP, Прайм in Russian
МОСКВА, 3 мар — РБК. / — Известия. / — Ъ.  papers that copy the agencies' shape
7 февраля, Минск /Корр. БЕЛТА/. …          the day first (БЕЛТА), the agency between slashes
УФА, 17 сен 2018. /ИА «Башинформ»/. …       a regional agency ("ИА" and quotes left out)
Ростовская область, 1 апреля 2024. DON24.RU. …  an outlet named by its domain
РИАМО (КОРОЛЕВ) - 9 сен. …                 the agency first, the city in brackets
Бишкек, 17.02.26 /Кабар/. …                a numeric date (a two-digit year: short_year), the
Бишкек,01.09.24. /Кабар/. …                 comma's space left out, or the outlet after a
Воронеж, 19.05.2017 — Тема Воронеж. …       dash
"""

import re
from dataclasses import dataclass
from datetime import date

LETTERS = r"A-Za-zА-ЯЁа-яё"
WORD = rf"[{LETTERS}.\-]"
CITY = rf"(?P<city>[{LETTERS}]{WORD}*(?:[ \-]{WORD}+){{0,3}}?)(?: \([^)]{{1,40}}\))?"
DAY = r"(?P<day>\d{1,2})\s+(?P<month>[а-яё]{3,8})\.?(?:\s+(?P<year>\d{4})(?:\s*г\.)?)?"
AGENCY = (
    r"(?:[–—-]\s*(?P<a1>[^.–—\-\s](?:[^.–—]|\.(?=\w)){0,30}?)\.(?=\s|$)"  # – РИА Новости.
    r"|\.?\s*/(?P<a2>[^/]{2,30})/\.?"  # /ТАСС/.
    r"|\((?P<a3>[^)]{2,30})\)\s*[–—-]"  # (Рейтер) -
    r"|[.,]?\s*(?P<a4>[A-Z][A-Z.\-]{3,20})\s*[–—-]"  # INTERFAX.RU -
    r"|[.,]\s*(?P<a6>[A-Z][A-Z0-9\-]{1,20}\.[A-Z]{2,4})\.(?=\s)"  # , DON24.RU.
    r"|(?<=\d{4}\.\s)(?P<a7>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\.(?=\s))"  # 2024. Апсныпресс.
)
DATELINE = re.compile(rf"^{CITY}[,.]\s+{DAY}[,.]?\s*{AGENCY}\s*")
DAY_FIRST = re.compile(rf"^{DAY}[,.]\s+{CITY}[,.]?\s*/(?P<a2>[^/]{{2,30}})/\.?\s*")
NUMERIC = r"(?P<day>\d{1,2})\.(?P<month>\d{2})\.(?P<year>\d{4}|\d{2})"
# A numeric date, the agency between slashes, or the outlet after a dash in capitalised words
# ("Воронеж, 19.05.2017 — Тема Воронеж."), not a sentence ("… — В Москве прошло заседание.").
NUMERIC_DATELINE = re.compile(
    rf"^{CITY},\s*{NUMERIC}\.?\s*(?:/(?P<a2>[^/]{{2,30}})/\.?"
    r"|[–—-]\s*(?P<a1>[А-ЯЁA-Z«\"][\w«»\"-]*(?:\s+[А-ЯЁA-Z«\"][\w«»\"-]*){0,3})\.(?=\s|$))\s*"
)
# An agency's credit in brackets opening a reposted text, no city nor date: "(АКИpress) – МВД …".
AGENCY_CREDIT = re.compile(r"^\((?P<agency>[^()\s][^()]{1,29})\)\s*[–—-]\s+(?=[«\"А-ЯЁA-Z])")
# The agency first, the city in brackets: "РИАМО (КОРОЛЕВ) - 9 сен. …".
AGENCY_FIRST = re.compile(
    rf"^(?P<a5>[А-ЯЁA-Z][А-ЯЁA-Z.\-]{{2,20}}) \((?P<city>[^()]{{2,30}})\)\s*[–—-]\s*{DAY}[.,]?\s+"
)
# The agencies' names as they write them in datelines, and as the outlet calls itself.
AGENCIES = {
    "тасс": "ТАСС", "итар-тасс": "ТАСС", "риа новости": "РИА Новости", "sputnik": "Sputnik",
    "interfax.ru": "Интерфакс", "интерфакс": "Интерфакс", "рейтер": "Reuters",
    "reuters": "Reuters", "афп": "AFP", "afp": "AFP", "рбк": "РБК", "ъ": "Коммерсантъ",
    "коммерсантъ": "Коммерсантъ", "известия": "Известия", "lenta.ru": "Lenta.ru",
    "прайм": "Прайм", "ria novosti": "РИА Новости", "бизнес fm": "Business FM",
}  # fmt: skip
# The lower-case words inside city names: "Ростов-на-Дону", "Франкфурт-на-Майне".
CITY_PARTICLES = {"на", "над", "под", "де", "ла", "дель", "эль"}
# A region's kind after its name: "Ростовская область", "Краснодарский край".
REGION_WORDS = {"область", "край", "район", "округ", "республика"}
# The first three letters of a month name, in any case or form: "декабря", "дек.", "Сен".
MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6,
          "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12}  # fmt: skip
# The Ukrainian months in the genitive, whole: the date lines of Russian-language Ukrainian
# sites ("29 травня 2018 р."); their first letters are Russian words' too ("тракторов").
UKRAINIAN_MONTHS = {
    month: number
    for number, month in enumerate(
        ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
         "вересня", "жовтня", "листопада", "грудня"),
        start=1,
    )
}  # fmt: skip


def short_year(year: int) -> int:
    """The full year of a two-digit one: 24 -> 2024, 98 -> 1998."""
    return year + (2000 if year < 70 else 1900)


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: "МОСКВА, 21 января. /ТАСС/." -> Москва, 21.01, ТАСС."""

    city: str
    day: int
    month: int
    year: int | None
    agency: str
    end: int  # where the article's own words start

    def date(self, year: int | None = None) -> date | None:
        """The dateline's date, its year from the dateline or from `year`."""
        try:
            return date(self.year or year, self.month, self.day) if self.year or year else None
        except ValueError:
            return None


def agency_name(raw: str) -> str:
    """The outlet a dateline names: "INTERFAX-URAL" -> "Интерфакс", "Рейтер" -> "Reuters"."""
    # "/Корр. ИТАР-ТАСС/", "/ИА «Башинформ»/": the agency's own name
    name = re.sub(r"^(?:корр\.|иа|агентство)\s+", "", raw.strip(' ."«»'), flags=re.I)
    name = name.replace("«", "").replace("»", "")
    if name.lower().startswith("interfax"):
        return "Интерфакс"
    return AGENCIES.get(name.lower(), name)


def title_case_city(name: str) -> str:
    """A city name in title case: "РОСТОВ-НА-ДОНУ" -> "Ростов-на-Дону"."""
    words = [
        "-".join(p if p in CITY_PARTICLES else p.capitalize() for p in word.lower().split("-"))
        if i == 0 or word.lower() not in REGION_WORDS
        else word.lower()
        for i, word in enumerate(name.split())
    ]
    return " ".join(words)


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening a paragraph, or None."""
    match = DATELINE.match(text) or DAY_FIRST.match(text) or AGENCY_FIRST.match(text)
    match = match or NUMERIC_DATELINE.match(text)
    month = month_number(match["month"]) if match else None
    if not match or not month:
        return None
    groups = match.groupdict()
    raw = next(groups[f"a{n}"] for n in range(1, 8) if groups.get(f"a{n}"))
    year = int(match["year"]) if match["year"] else None
    year = short_year(year) if year is not None and year < 100 else year
    city = title_case_city(match["city"])
    return Dateline(city, int(match["day"]), month, year, agency_name(raw), match.end())


def month_number(word: str) -> int | None:
    """The month a date names: "января" -> 1, "Сен" -> 9, "травня" -> 5, "02" -> 2."""
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return UKRAINIAN_MONTHS.get(word.lower()) or MONTHS.get(word[:3].lower())


def without_agency_credit(paragraph: str) -> str:
    """The paragraph without an agency's credit in brackets opening it ("(АКИpress) – …")."""
    return AGENCY_CREDIT.sub("", paragraph, count=1)
