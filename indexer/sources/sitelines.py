"""Lines of a site's own that no article has: its tagline, its header's widgets (the weather,
exchange rates), a print copy's header, an image's alt label or file name, a row of dates
whose links the copy lost."""

import re

# A site's tagline or its live widget's label: "Новости Израиля", "Телеканал Каскад. Новости
# Калининграда и Калининградской области", "Все новости Костромы", "Информационный портал
# «Город Кострома»", "Сейчас в Новосибирске".
TAGLINE = re.compile(
    r"^(?:[^.]{1,40}\.\s+)?(?:Все )?[Нн]овости\s+[А-ЯЁ][а-яё]+"
    r"(?:\s+и\s+[А-ЯЁ][а-яё]+(?:\s+области)?)?$"
    r"|^(?:Информационн|Новостн|Интернет-)\w*\s+(?:портал|сайт|агентство)\s[^.!?]{2,60}$"
    r"|^(?:Сейчас|Погода) в [А-ЯЁ][а-яё-]+$"  # a live widget's label: "Сейчас в Тюмени"
)
# A header's widgets: the weather ("04 апреля, Кострома 5,2°", "днём: 13° ночью: 8°", "ощущается
# как -6°C"), the central bank's rates ("Курс ЦБ 84,38 93,16", "Курсы ЦБ: $ 100,6798 € 106,0762").
WIDGET = re.compile(
    r"^(?:\d{1,2} [а-яё]+,?\s+)?(?:(?:[А-ЯЁ][а-яё-]+|[Дд]н[её]м|[Нн]очью|ощущается как):?\s*)*"
    r"[-+−]?\d+(?:[.,]\d+)?\s?°[CС]?(?:\s+(?:[Дд]н[её]м|[Нн]очью):?\s*[-+−]?\d+°)*$"
    r"|^Курсы? (?:ЦБ|валют):?(?:\s*[$€]?\s*[\d.,]+)+$"
)
# An outlet's address in capitals, as its masthead or credit writes it: "SAKHAPRESS.RU", "38451.RU".
OUTLET_ADDRESS = r"[A-Z0-9-]{2,30}\.(?:RU|COM|NET|ORG|SU)"
# An image's alt text naming the article it stands in: "Изображение к статье: <headline>"; an
# image's file name alone: "СарГЭС готова к половодью.jpg"; the outlet's credit or masthead by
# its address: "РИГ SAKHAPRESS.RU", "Юрга 38451.RU"; an address alone under a logo.
ALT_LABEL = re.compile(
    r"^(?i:Изображение|Иллюстрация|Фото) к (?:статье|новости|материалу):"
    r"|^[^.!?]{1,80}\.(?i:jpe?g|png|gif|webp)$"
    rf"|^(?:[А-ЯЁA-Z]{{2,6}} |[А-ЯЁ][а-яё]{{2,15}} )?{OUTLET_ADDRESS}$"
    r"|^(?:[a-z0-9-]+\.)+(?:ru|su|com|org|net|by|kz)$"  # a logo's link: "culture.gov.ru"
)
# A print copy's header, the site's name by its address: "- Советская Чувашия - http://… -".
PRINT_HEADER = re.compile(r"^[-–—\s]*(?:[\w«»\"]+ ){1,4}[-–—]\s*https?://\S+\s*[-–—]?$")
# The dates of a row of links: "27 июня", "5 марта"; this many make a row.
DAY_MONTH = re.compile(
    r"\b\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
    r"|декабря)\b"
)
DATE_RUN = 4


def is_site_line(line: str) -> bool:
    """True for a line of the site's own: a tagline, a widget, a print header, an image's
    label, a row of dates."""
    if TAGLINE.match(line) or WIDGET.match(line) or ALT_LABEL.match(line):
        return True
    return PRINT_HEADER.match(line) is not None or is_date_run(line)


def is_date_run(line: str) -> bool:
    """True for a row of dates with a label or two among them, the dates of a list of links
    whose headlines the copy lost ("27 июня 24 июня Телефон прямого эфира 16 мая 30 июня …")."""
    dates = DAY_MONTH.findall(line)
    rest = DAY_MONTH.sub(" ", line).split()
    return len(dates) >= DATE_RUN and len(rest) < len(dates)
