"""Date lines of scraped pages in any common form, read by dateparser (Russian and English).

09.12.2013, 13:24          21 января 2018, 14:05        21 янв 2018
Wed, 24 Dec 2025           суббота, 1 октября (the year from elsewhere on the page)
09:24 11.06.2022 (обновлено: 09:28 11.06.2022)
03 февраля 2026 в 23:48
2021-05-26, 2021.05.26     2024, 13 августа 08:09 (the year first)
Дата создания: 31.07.2020 17:52:54
"""

import re
import warnings
from datetime import date

from indexer.sources.clean import make_date, month_number
from indexer.sources.datelines import UKRAINIAN_MONTHS, short_year

WEEKDAY = re.compile(
    r"(?<!\w)(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)(?![^\W\d_])",  # "пятница18:59": glued
    re.I,
)
# The site's clock naming its city or today: at most this many words, a day and a month in them.
CITY_CLOCK_WORDS = 6
DAY_MONTH = re.compile(r"(?<!\d)\d{1,2} ([а-яё]{3,8})(?![а-яё])", re.I)
# A line that can be a date line: short, with a day number, no sentence in it.
CANDIDATE = re.compile(r"^[\w ,.:/()\-–—]{4,70}$")
DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The outlet a TV channel's date line names after the date: "Понедельник, 28 марта. «Крым 24».".
OUTLET_AFTER = re.compile(r"(?<=\.)\s*«[^«»]{2,30}»\.?$")
UPDATED = re.compile(r"\((?:обновлено|updated)[^)]*\)", re.I)
# "обновлено 24 декабря, 14:16", "Дата создания: 31.07.2020", "Дата публикации материала:
# 18-05-2023": a label before the date
LABEL = re.compile(
    r"^(?:обновлено|опубликовано|изменено|создано|размещено|добавлено|отправлено|эфир от|"
    r"выпуск от|от|"
    r"дата(?: (?:создания|публикации|размещения)(?: (?:материала|новости|статьи))?)?|"
    r"updated|published|posted|modified|"
    r"this (?:post|article) was (?:published|updated) on):?\s+",
    re.I,
)
# Who posted it before the date's label: "Разместил: EL-Admino   Дата: 2021-05-24 08:03",
# "Автор: , Отправлено: 2021-01-22 16:53." (the author left empty).
POSTER_BEFORE = re.compile(
    r"^(?:разместил[а]?|автор|добавил[а]?)\s*:\s*[^:,]{0,40}?,?\s+(?=(?:дата|отправлено|опубликовано)\b)",
    re.I,
)
# Who posted it after the date: "21 июня 2008. Разместил: savetibet".
POSTER_AFTER = re.compile(
    r"(?<=\d)\.?\s+(?:разместил|добавил|опубликовал)а?\s*:\s*[^\d:]{1,40}$", re.I
)
# A blog theme's poster after the date, one word: "2023-01-08 от Админ", "12.05.2021 by admin".
POSTED_BY = re.compile(r"(?<=\d)\s+(?:от|by)\s+[^\d\s]\S{0,30}$", re.I)
# A blog theme's poster before the date: "By admin - января 26, 2018".
BY_POSTER = re.compile(r"^by \S+(?: \S+)?\s+[-–—]\s+", re.I)
# An age mark after a stamp: "13:38 09.09.2024 16+".
AGE_AFTER = re.compile(r"\s+\(?(?:0|6|12|16|18)\+\)?$")
# A label saying the date is an edit's, not the article's: read only when no other date is.
EDIT_LABEL = re.compile(r"^(?:обновлено|изменено|updated|modified)\b", re.I)
# A masthead's founding date, on its label's line or under it ("Издается с" / "10 октября
# 1991 г."): the outlet's, never the article's.
FOUNDED = re.compile(
    r"^(?:изда[её]тся|выходит|основан[аоы]?|в эфире|работает)(?: (?:с|в|since))?\b\s*(?P<date>.*)$",
    re.I,
)
FOUNDED_CHARS = 40  # a masthead's line; a sentence ("Работает с 9 утра до …") is the text's
# The year first: "2021.05.26", "2021-05-26, 14:05" and "2024, 13 августа 08:09".
YEAR_FIRST_NUMERIC = re.compile(r"^((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?!\d)")
YEAR_FIRST_WORDS = re.compile(r"^((?:19|20)\d\d),?\s+(\d{1,2} [а-яё]{3,8}\.?)(?=[\s,]|$)", re.I)
# "22 ноября 2016, 16:59 ДТП": a full date and time with the rubric after them
FULL_DAY = r"\d{1,2} [а-яё]{3,8} (?:19|20)\d\d"  # "22 ноября 2016"
FULL_DATE = rf"{FULL_DAY}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d"  # … or "22.11.2016"
STAMPED = re.compile(rf"^({FULL_DATE}),?\s+\d{{1,2}}:\d\d\b", re.I)
# "12 апреля 2024 Общество", "29 июля 2016 г. Культура": a full date with the rubric after it,
# or after a middle dot or a slash: "23 декабря 2025·Новости", "20.03.2018/ Мир", "27-05-2016
# Краеведение"
RUBRIC_AFTER = re.compile(
    rf"^({FULL_DAY}|\d{{1,2}}([.-])\d{{1,2}}\2(?:19|20)\d\d)(?: г\.| года)?"
    r"(?:,?\s+|\s*[·/]\s*)[А-ЯЁ][а-яё]+(?: [а-яё]+)?$"
)
# The outlet's address before a stamp: "Knopka.ca, 05.03.2026 14:20, Происшествия".
SITE_FIRST = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,},\s+(?=\d)", re.I)
# A paper's masthead before the weekday and date of its issue: "Ярославская областная
# ежедневная газета Северный Край, суббота, 10 ноября 2012".
MASTHEAD_FIRST = re.compile(
    r"^[^,\d]{3,80}\b(?:газета|журнал|еженедельник|вестник)\b[^,\d]{0,40},\s+"
    r"(?=(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),)",
    re.I,
)
TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)")
# A year glued to the time after it: "01 сентября 202519:20".
GLUED_TIME = re.compile(r"(?<=\D(?:19|20)\d\d)(?=\d{1,2}:\d\d(?!\d))")
# A paper's issue line: "Красная строка № 35 (301) от 21 ноября 2014 года", "Выпуск газеты
# Сегодня №241 (244) за 16.12.98" (its day, group 1).
ISSUE = (
    r"№\s*\d+\s*(?:\(\d+\)\s*)?(?:от|за)\s+"
    r"(\d{1,2}(?:\s+[а-яё]{3,8}\s+(?:19|20)\d\d|\.\d{1,2}\.(?:(?:19|20)\d\d|\d\d)))"
    r"(?:\s*(?:г\.|года))?"
)
ISSUE_LINE = re.compile(ISSUE + "$")
# The latest issue a paper's site shows on every page, not the article's: "Свежий выпуск: №31 …".
LATEST_ISSUE = re.compile(r"^(?:свежий|последний|текущий|новый) (?:выпуск|номер)", re.I)
# The rubric a stamp names after its date: "Опубликовано 09.02.2020 в рубрике Новостная лента".
IN_RUBRIC = re.compile(r"(?<=\d)\s+в (?:рубрике|разделе|категории)\s+\S.{0,40}$", re.I)
# "03 февраля 2026 в 23:48": the "в" before the time
AT_TIME = re.compile(r"\s+в\s+(?=\d{1,2}:\d\d(?!\d))", re.I)
# A time its template left unrendered, a Unix stamp: "23 октября 2023 в 1698078000".
UNIX_TIME = re.compile(r"\s+в\s+1\d{9}$")
# "28.08.2015 19:00 1002": a view counter after the time
VIEWS = re.compile(r"(?<=\d:\d\d)\s+\d[\d\s]*$")
# "Дата публикации: 14.05.2018   1 435 просмотров   0 комментариев": counters named after a
# labelled date
NAMED_COUNTS = re.compile(
    r"(?:\s+\d[\d\s\u00a0]*\s(?:просмотр|комментари|коммент|views?\b|comments?\b)\w*)+$", re.I
)
# "Опубликовано ср, 12/04/2019 - 17:09 пользователем moderator": the author after a labelled
# stamp (Drupal's "Submitted by")
AUTHOR_AFTER = re.compile(r"(?<=\d)\s+пользователем\s+\S+$", re.I)
# A list item's dash before a date line: "- Создано 24.09.2018"
LIST_MARK = re.compile(r"^[-–—]\s+(?=\D)")
# "17.05.2018 17:07 - автор Людмила Баннова": a byline after a stamp's time
BYLINE_AFTER = re.compile(
    r"(?<=\d:\d\d)\s*[-–—|,]\s*(?:автор|текст)\s*:?\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё.]+){0,2}$",
    re.I,
)
# The two-letter start of a weekday's name (Russian or English) and its number (Monday 0).
WEEKDAY_NUMBERS = {
    **dict.fromkeys(("пн", "по", "mo"), 0),
    **dict.fromkeys(("вт", "tu"), 1),
    **dict.fromkeys(("ср", "we"), 2),
    **dict.fromkeys(("чт", "че", "th"), 3),
    **dict.fromkeys(("пт", "пя", "fr"), 4),
    **dict.fromkeys(("сб", "су", "sa"), 5),
    **dict.fromkeys(("вс", "во", "su"), 6),
}
# "08:25 24 Октябрь 2019 6372": a view counter after the year, the time before the date
YEAR_VIEWS = re.compile(r"(?<=\d:\d\d\s)(.*(?<!\d)(?:19|20)\d\d)\s+\d[\d\s]*$")
# "28 июля 2009 0 218": the comments and views counted after a full date without its time
DAY_COUNTS = re.compile(rf"^({FULL_DATE})(?:\s+\d{{1,7}}){{1,3}}$", re.I)
# "31.07.2025   5531   1 min.", "15 марта, 20241 мин. чтение" (glued to the year)
READ_TIME = re.compile(r"(?:\s+|(?<=(?:19|20)\d\d))\d{1,3}\s*(?:min|мин)\.?(?: чтени[ея])?$")
# A feed's stamp with its zone after the time: "Sat, 9 Dec 2017 09:17 +0300".
ZONE = re.compile(r"(?<=\d:\d\d)\s+(?:[+-]\d{4}|GMT|UTC|MSK)$")
# Month names and weekdays dateparser is asked to read (and the Ukrainian months, whole); a line
# with other words is not a date.
DATE_WORDS = re.compile(
    r"^(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек|понедельник|вторник|сред|"
    r"четверг|пятниц|суббот|воскресен|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun|г|года?|(?:пн|вт|ср|чт|пт|сб|вс|р)$|"
    rf"(?:{'|'.join(UKRAINIAN_MONTHS)})$)",
    re.I,
)
# "09.12.2013", "05/08/2008" (day first, as Russian sites write it)
NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)")
SPACED_NUMERIC = re.compile(r"(\d{1,2}) (0[1-9]|1[0-2]) ((?:19|20)\d\d)")  # "25 06 2018"
SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)")  # "12/04/2019": either way round
# A date line with a two-digit year, day first ("26.09.24 | 14:04", "16/03/17 14:43"): 00-69
# are 2000-2069.
SHORT_YEAR = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d\d)")
# "21 января 2018", "21 янв. 2018 г.", "1 октября"
RU_WORDS = re.compile(
    r"(\d{1,2}) ([а-яёіїє]{3,9})\.?(?: ((?:19|20)\d\d)(?: г\.?| года| р\.?)?)?", re.I
)
ISO_STAMP = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
# A paragraph opening with its date: "12.04.2024. В Бескудниковском районе …".
OPENING_DATE = re.compile(r"^(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s*[.,–—-]\s+(?=[А-ЯЁA-Z«\"])")
# Numbers with no month word and no date separators between them: "1, 2" (a calendar's row).
BARE_NUMBERS = re.compile(r"^[\d\s,]+$")
MAX_WORDS = 6
LONE_DATE_LINES = 5  # lines over the text its lone date line may stand on (not the header's)
SETTINGS = {"REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}


def day_first(line: str) -> str:
    """A date line with its year first written day first: "2021.05.26" -> "26.05.2021",
    "2024, 13 августа 08:09" -> "13 августа 2024 08:09"."""
    if match := YEAR_FIRST_NUMERIC.match(line):
        return f"{match[4]}.{match[3]}.{match[1]}{line[match.end() :]}"
    if match := YEAR_FIRST_WORDS.match(line):
        return f"{match[2]} {match[1]}{line[match.end() :]}"
    return line


def date_text(line: str) -> str:
    """A date line without its time, label and update note: "1 октября, 14:05" -> "1 октября"."""
    line = BY_POSTER.sub("", line) if line[:3].casefold() == "by " else line
    line = POSTED_BY.sub("", line) if " от " in line or " by " in line.casefold() else line
    if ":" in line:
        line = BYLINE_AFTER.sub("", ZONE.sub("", GLUED_TIME.sub(" ", POSTER_BEFORE.sub("", line))))
        line = POSTER_AFTER.sub("", line)
    if line[-1:].isalpha() and LABEL.match(line.strip()):  # a teaser's stamp is not labelled
        line = AUTHOR_AFTER.sub("", NAMED_COUNTS.sub("", line))
    line = OUTLET_AFTER.sub("", line) if line.endswith(("»", "».")) else line
    line = AGE_AFTER.sub("", line) if line.endswith(("+", "+)")) else line
    line = LIST_MARK.sub("", line.strip(" •·|"))  # Joomla's info list: "- Создано 24.09.2018"
    line = day_first(LABEL.sub("", UPDATED.sub("", line.replace(" | ", ", "))))
    line = MASTHEAD_FIRST.sub("", line) if "," in line else line
    if " в " in line:
        line = AT_TIME.sub(" ", IN_RUBRIC.sub("", UNIX_TIME.sub("", line)))
    line = READ_TIME.sub("", line) if line.endswith((".", "чтение", "чтения")) else line
    if line[-1:].isdigit():
        line = DAY_COUNTS.sub(r"\1", YEAR_VIEWS.sub(r"\1", VIEWS.sub("", line)))
    return TIME.sub("", line).strip(" ,.")


def is_date_text(line: str) -> bool:
    """True for a line made only of date and time parts: "суббота, 1 октября", "Wed, 24 Dec"."""
    line = date_text(line)
    if not CANDIDATE.match(line) or not DAY.search(line) or len(line.split()) > MAX_WORDS:
        return False
    if BARE_NUMBERS.match(line) and not SPACED_NUMERIC.fullmatch(line):
        return False  # a calendar's row or counters, no month in them: "1, 2", "25, 26, 27"
    words = re.findall(r"[^\W\d_]+", line)
    return all(DATE_WORDS.match(word) for word in words)


def read_date_line(line: str, year: int | None = None) -> date | None:
    """The date a date line gives; without a year in it, `year` (never the current year)."""
    found = read_date_parts(line, year)
    return weekday_agreed(line, found) if found else None


def weekday_agreed(line: str, found: date) -> date:
    """The date read month first when the line's weekday names that day, not the day-first
    reading's: "ср, 12/04/2019 - 17:09" is Drupal's month/day/year, Wednesday 4 December.
    Only with slashes: a date with dots is day first."""
    named, numeric = WEEKDAY.search(line), SLASHED.search(line)
    if not named or not numeric or found.day > 12 or found.month == found.day:
        return found
    weekday = WEEKDAY_NUMBERS.get(named[0][:2].lower())
    swapped = make_date(found.year, found.day, found.month)
    if weekday is None or found.weekday() == weekday or not swapped:
        return found
    return swapped if swapped.weekday() == weekday else found


def read_date_parts(line: str, year: int | None) -> date | None:
    """read_date_line's reading, day first."""
    if match := ISO_STAMP.fullmatch(line.strip()):  # "2020-03-03T17:18:31+03:00"
        return make_date(int(match[1]), int(match[2]), int(match[3]))
    if not is_date_text(line):
        line = day_first(LABEL.sub("", SITE_FIRST.sub("", line.strip())))
        stamped = STAMPED.match(line) or RUBRIC_AFTER.match(line)
        return parse_common(stamped[1].replace("-", ".")) if stamped else None
    text = date_text(line)
    if match := SHORT_YEAR.fullmatch(text):
        return make_date(short_year(int(match[4])), int(match[3]), int(match[1]))
    found = parse_common(text) or parse_with_dateparser(text)
    if found is None:
        return None
    if YEAR.search(text):
        return found
    return make_date(year, found.month, found.day) if year else None


def parse_common(text: str) -> date | None:
    """The Russian forms without dateparser (a second to import): "09.12.2013", "21 янв 2018"."""
    if match := NUMERIC.fullmatch(text) or SPACED_NUMERIC.fullmatch(text):
        return make_date(int(match[3]), int(match[2]), int(match[1]))
    if (match := RU_WORDS.fullmatch(text)) and (month := month_number(match[2])):
        return make_date(int(match[3] or 2000), month, int(match[1]))  # 2000: a leap year
    return None


def parse_with_dateparser(text: str) -> date | None:
    """dateparser's reading of a date text, or None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation notices
        import dateparser  # 1 s to import: only the forms parse_common cannot read pay for it

        found = dateparser.parse(text, languages=["ru", "en"], settings=SETTINGS)
    return found.date() if found else None


def page_years(lines: list[str]) -> list[int]:
    """The years written in dates on a page: "Экономика01 октября 2022" -> [2022]."""
    found = re.findall(r"\d{1,2}[ .](?:[а-яё]{3,8}|\d\d)[ .]((?:19|20)\d\d)", "\n".join(lines))
    return [int(year) for year in found]


def labelled_date(lines: list[str]) -> date | None:
    """The date of a labelled date line anywhere on a page ("Дата создания: 31.07.2020"):
    the label says whose date it is, even below the text."""
    labelled = [line for line in lines if LABEL.match(line) and len(line) < 80]
    found = (read_date_line(line) for line in edits_last(labelled))
    return next((day for day in found if day), None)


def is_edit_line(line: str) -> bool:
    """True for a line labelled as an edit's date: "Updated 15 декабря 2023,, 06:47"."""
    return EDIT_LABEL.match(line) is not None


def without_founding_dates(lines: list[str]) -> list[str]:
    """The lines with a masthead's founding date blanked, on its label's line or the line under
    the label alone: "Издается с" over "10 октября 1991 г." (FOUNDED)."""
    kept, label = [], False
    for line in lines:
        founded = FOUNDED.match(line.strip()) if len(line) < FOUNDED_CHARS else None
        dated = founded is not None and any(char.isdigit() for char in founded["date"])
        kept.append("" if dated or (label and line.strip()) else line)
        label = (founded is not None and not founded["date"]) or (label and not line.strip())
    return kept


def edits_last(lines: list[str]) -> list[str]:
    """Lines in their order, those labelled as an edit's date ("Updated 15 декабря 2023")
    after the others: a page's own date before its last edit's."""
    return sorted(lines, key=is_edit_line)


def opening_date(paragraph: str) -> date | None:
    """The full date a paragraph opens with: "12.04.2024. В Бескудниковском районе …"."""
    match = OPENING_DATE.match(paragraph)
    return parse_common(match[1]) if match else None


def title_date(title: str) -> date | None:
    """A full date written in a headline: "Вести недели. Эфир от 03.06.2018. …", "События и
    медиа-тренды 2 ноября 2023 года"."""
    if match := re.search(rf"(?<![\d.]){NUMERIC.pattern}(?!\d)", title):
        return make_date(int(match[3]), int(match[2]), int(match[1]))
    match = re.search(r"(?<!\d)(\d{1,2}) ([а-яё]{3,8}) ((?:19|20)\d\d)(?!\d)", title, re.I)
    month = month_number(match[2]) if match else None
    return make_date(int(match[3]), month, int(match[1])) if match and month else None


def lone_date(lines: list[str]) -> date | None:
    """The full date of the one date line over a page's text that no other date line there
    contradicts ("25 декабря, 2014 13:35" over a kicker and the headline): a list of other
    stories' stamps has several days."""
    near = [line.strip() for line in lines if line.strip()][-LONE_DATE_LINES:]
    found = {day for line in near if YEAR.search(line) and (day := read_date_line(line))}
    return found.pop() if len(found) == 1 else None


def is_city_clock(line: str) -> bool:
    """True for a site's clock naming its city or today with the weekday: "В Омске пятница,
    22 Ноября", "Сегодня 18 октября 2025 года, суббота"."""
    if len(line.split()) > CITY_CLOCK_WORDS or not WEEKDAY.search(line):
        return False
    day = DAY_MONTH.search(line)
    return day is not None and month_number(day[1]) is not None


def issue_day(line: str) -> date | None:
    """The day of a paper's numbered issue a line names (ISSUE_LINE), or None; not the latest
    issue's."""
    numbered = ISSUE_LINE.search(line) if not LATEST_ISSUE.match(line) else None
    return read_date_line(numbered[1]) if numbered else None
