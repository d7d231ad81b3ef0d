"""Blocks a copy of a page glued together, split apart again: two paragraphs after a closing
quote, a date glued to a line written again, an image's address before the text.
"""

import re

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.dates import ISSUE, is_date_text
from indexer.sources.pageheads import SENTENCE_INSIDE, is_marked, is_sentences
from indexer.sources.sitelines import OUTLET_ADDRESS
from indexer.text.morph import opens_sentence

# An image's address, file name or credit glued before the text: "herschelplanck_pТелескоп НАСА
# …", "http://cursorinfo.co.il/images/img_00077602_small.jpg Палестинские силы …", "Фото из
# архива В регулярном чемпионате …", "gorit130619Начался огненный марафон …", the outlet's by its
# address: "РИГ SAKHAPRESS.RU К …", a camera's file name: "SAM_4233.JPGСегодня …".
GLUED_IMAGE = re.compile(
    r"^(?:https?://\S+?\.(?:jpe?g|png|gif|webp)|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]{2,}\d{4,8}"
    r"|photo \d{4}(?: \d\d){5}"  # a messenger's photo name: "photo 2025 08 07 16 42 41В …"
    r"|(?i:img|dsc[nf]?)_\d{3,12}"  # a camera's: "IMG_773754896  Обучающиеся …"
    r"|(?-i:DSC[NF]?|IMG)\d{4,8}(?=[А-ЯЁ])"  # … "DSC02361Георгиевские ленточки …"
    r"|[a-z]{4,}\d{1,3}(?=[А-ЯЁ][а-яё])"  # a picture's slug: "dengi2Хилок и Могоча получат …"
    r"|alt(?=[А-ЯЁ][а-яё])"  # an empty picture's label: "altНа площади перед библиотекой …"
    r"|(?=[\w-]{0,10}\d)[A-Za-z0-9_-]{11}(?=[А-ЯЁ][а-яё])"  # a video's id: "Vis8NVQQQJwМы …"
    r"|[0-9a-f]{32}"  # a file's hash name: "a5c26f860d802fe1bb851236b151a3d2Двадцать …"
    r"|(?:Фото|Видео) (?:из архива|автора)"
    r"|[^.!?]{1,80}\.(?i:jpe?g|png|gif|webp)(?=\s|[«\"А-ЯЁ])"  # "… половодью.jpg Как …"
    rf"|(?:[А-ЯЁ]{{2,6}} )?{OUTLET_ADDRESS}(?=\s))\s*(?=[«\"А-ЯЁ])"
    # … a messenger's photo name before a date: "photo-2022-08-16-08-35-3015 Августа …"
    r"|^photo[-_]\d{4}(?:-\d\d){2}[-_]\d\d(?:-\d\d){2}(?=\d{1,2} [А-ЯЁа-яё])"
)
# An icon font's ligature name the copy kept before a time or a count: "access_time10:24 | …".
ICON_NAME = re.compile(r"^[a-z]+(?:_[a-z]+)+(?=\d)")
# An image a converter left empty between two blocks: "… погибли 2 человека![]() В городе …".
EMPTY_IMAGE = re.compile(r"\s*!\[\]\(\)\s*")
# Two blocks glued by a copy: a closing quote, then a capitalised word with no space between.
GLUED_QUOTE = re.compile(r"(?<=[а-яё.]»)(?=[А-ЯЁ][а-яё]{2})")
# A date line's time glued to the rubric after it, the rubric to a photo's credit
# ("11 апреля 2022, 08:04ПроисшествияФото: ГУ МЧС России по АО", "… за 26 ноябряФото «Про
# Город»"), a date line to the text's first words ("14.08.2023 01:0513 августа, вечером …",
# "18.03.202318 марта в Алдане …", "13.11.2025Вечером 12 ноября …", "30.08.15На сегодняшний
# …"), the outlet's name in capitals to a headline ("… новогодние елиНИА-КАЛИНИНГРАД", "… посевы
# соиНИА-Владивосток").
GLUED_LABEL = re.compile(
    r"(?<=\d:\d\d)(?=[А-ЯЁ][а-яё])|(?<=[а-яё])(?=(?:Фото|Видео|Источник|Автор):|Фото [«\"])"
    r"|(?<=[а-яё])(?=Кадр (?:из )?видео\b)"  # "… сгорело семь домовКадр из видео группы …"
    r"|(?<=[а-яё]…)(?=[А-ЯЁ][а-яё])"  # a teaser cut short: "… на о. Самойловский…Над …"
    r"|(?:(?<=^\d\d\.\d\d\.\d{4} \d\d:\d\d)|(?<=^\d\d\.\d\d\.\d{4}))(?=\d{1,2} [а-яё])"
    r"|(?<=^\d\d\.\d\d\.\d{4})(?=[«\"А-ЯЁ])|(?<=^\d\d\.\d\d\.\d\d)(?=[«\"А-ЯЁ][а-яё])"
    r"|(?<=[а-яё»])(?=[А-ЯЁ][А-ЯЁ-]{3,30}$)|(?<=[а-яё»])(?=[А-ЯЁ]{2,5}-[А-ЯЁ][а-яё]+$)"
)
# A rubric's name glued to the line it stands over, the headline or the standfirst:
# "ПроисшествияПролет на красный сигнал …", "ОбществоРегион"; a word never has a capital inside;
# or to the day the text's first sentence opens with: "Образование26 июня в концертном зале …"
# (not a related card's date: "Экономика25 декабря 2023Другая новость …").
GLUED_RUBRIC = re.compile(
    r"^[А-ЯЁ][а-яё]{5,20}(?=[А-ЯЁ][а-яё]+(?:\s|$))"
    r"|^[А-ЯЁ][а-яё]{3,20}(?=\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа"
    r"|сентября|октября|ноября|декабря)\s+[а-яё])"
)
# A label or the outlet an aggregator signs a line with, glued to its last full stop:
# "… из Астрахани.Новость", "… маршрутки.Polit74.ru", "… театра «Ульгэр».Байкал-Daily"; the
# site's address glued to a caption's last word: "… на одном из предприятийprochepetsk.ru"; an
# aggregator's link to its source after the text: "… сообщил губернатор. lifenews.ru »".
GLUED_SIGNATURE = re.compile(
    r"(?:(?<=[а-яё]{3}[.!?…])|(?<=[»\"][.!?…]))[A-ZА-ЯЁ][\w.\-]*(?: [\w.\-«»\"]+){0,3}(?<=\w)$"
    r"|(?<=[а-яё]{3})(?:[a-z0-9-]+\.)+(?:ru|com|net|org|su|info|by|kz|ua)$"
    r"|(?<=[.!?…»\"])\s+(?:[a-z0-9-]+\.)+[a-z]{2,6}\s*(?:»|>>)$"
)
# A paper's imprint glued to the text's last full stop: "… конкурсы.Рукописи не рецензируются и
# не возвращаются."
GLUED_IMPRINT = re.compile(r"(?<=[.!?…»\"])\s*Рукописи не рецензируются и не возвращаются\.?$")
# A wire's code after the text's last full stop ("… Задержанных нет.-03B06-", "… Тогрул. --17D—"),
# a kind's label glued to a headline ("… в местном СМИНовость"), a site engine's print, PDF and
# mail buttons after it ("… жителей области Печать", "Терней – юбиляр Версия в формате PDF
# Версия для печати").
END_CODE = re.compile(
    r"(?<=[.!?…»\"])\s*[-—]{1,2}[0-9A-Z]{1,6}[-—]{1,2}$|(?<=\w)Новость$"
    r"|(?<=[а-яё»\"!?])(?:\s+(?:Печать|Версия для печати|Версия в формате PDF|E-mail))+$"
    r"|(?<=[.!?…»])\s+Рейтинг (?:статьи|новости|материала):?$"  # a rating's label after the text
)
# A whole page copied as one line: sentences glued with no space between ("… журналистов.Олег
# Колядин …"), crumbs' rubric glued to the headline ("… 19 Мая 2010 (Общество)В День города …"),
# and then a caption or a credit glued to a word too ("… городского округаУспешно …"). Split only
# a line this long with this many glued sentence ends: a paragraph's one "….В итоге" stays, and
# so do a short line's "ул.Ленина" and a name's "«УралПолит.Ru»".
GLUED_END = r"(?:(?<=[а-яё]{3}[.!?])|(?<=[а-яё]\)))(?=[А-ЯЁ][а-яё\s])"
GLUED_SENTENCE_END = re.compile(GLUED_END)
GLUED_SENTENCE = re.compile(GLUED_END + r"|(?<=[а-яё]{3})(?=[А-ЯЁ][а-яё]{2})")
GLUED_RUN_CHARS, GLUED_RUN_ENDS = 400, 2
# A link to the outlet glued to the text's first words: "Читать на сайте Nalchik-news.net13 лет …".
READ_ON_SITE = re.compile(r"^(Читать на сайте [\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,4}?)(?=[\dА-ЯЁ«\"])")
# The page's address copied before its headline: "https://news.day.az/world/1789285.html В
# Тбилиси задержаны 14 человек".
LEADING_URL = re.compile(r"^(https?://[^\s/]+/\S*)\s+(?=[«\"А-ЯЁ])")
# A labelled stamp copied before the text's first words: "Опубликовано 01.06.2025 10:05 Пожар
# произошел в ночь на 1 июня …", "Опубликовано: 19.04.2022Ежегодно 19 апреля …".
LEADING_STAMP = re.compile(
    r"^((?:Опубликовано|Обновлено|Добавлено|Дата публикации):?\s+\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"(?:,?\s+(?:в\s+)?\d{1,2}:\d\d)?)\s*(?=[«\"А-ЯЁ])"
)
# Another story's link glued after the text's last sentence: "… скамеек. Читайте также: В
# Балаково предоставят жилье сиротам."; a link to read on glued after a text the site cut
# short ("… только тогда, … Читать далее (ФОТО/ВИДЕО) Под крики …").
READ_ALSO = re.compile(r"(?<=[.!?…])\s+(?:Читайте также:\s|Читать (?:далее|полностью)\b).*$")
# A date before a headline on its line: "22.10.2009  Красноярск до конца года получит …",
# "28.05.2018 г. В Авиагородке …", "24.08.2009 - Судно BBC Australia село на мель …",
# "07.01.2017:Вместе встретили Рождество", "27.12.2023г., Продолжаются встречи …", "01.03.21 Время
# милосердия", "06.04.2009.
# ГОРЛОВКА. Епископ Митрофан …".
DATE_BEFORE = re.compile(
    r"^(\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d(?: ?г\.)?|\d\d(?=\s)))"
    r"[.,]?(?:(?:\s+[-–—])?\s+|:\s*)(?=[«\"А-ЯЁ])"
)
# A paper's issue before a headline: "Архив №22 от 28 мая 2015 г. Цветущий атомград-2015".
ISSUE_BEFORE = re.compile(rf"^((?:Архив\s+)?{ISSUE})\s+(?=[«\"А-ЯЁ])")
# A date with its month's name and the year after a slash glued to the text: "26 Октябрь /
# 2020Перед началом тестирования …".
SLASHED_DATE_BEFORE = re.compile(r"^(\d{1,2} [А-ЯЁ][а-яё]{2,7} / (?:19|20)\d\d)\s*(?=[«\"А-ЯЁ])")
# A views counter, a headline's label or a byline glued before it: "Просмотров: 0Летняя
# Спартакиада …", "Заголовок: «Наша жизнь»: 95 лет …", "Автор: Юлия Мишукова Сегодня, 22 …".
LEADING_LABEL = re.compile(
    r"^((?:Просмотров|Просмотры|Прочитано):?\s*\d+|Заголовок:"
    r"|Автор(?:ы)?:\s*[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"(?= [«\"А-ЯЁ][а-яё]*[ ,])(?! [А-ЯЁ][а-яё]+(?:вич|вна|ична)\b))"  # not a patronymic
    r"\s*(?=[«\"А-ЯЁ])"
)
# What a copy sets before the text, each on a line of its own when split off it.
LEADING = (
    LEADING_LABEL,
    READ_ON_SITE,
    LEADING_URL,
    LEADING_STAMP,
    DATE_BEFORE,
    SLASHED_DATE_BEFORE,
    ISSUE_BEFORE,
)
# A comment and a views counter after a headline, or a comment counter alone: "… по льду 0 734",
# "… журналиста Лато Лапсу 0"; a site engine's edit link: "Лена заливает Якутию [ Редагувати ]".
END_COUNTERS = re.compile(
    r"(?<=[а-яёА-ЯЁa-zA-Z»\"!?)])\s+(?:0|\d{1,3}\s+\d{1,7})$"
    r"|\s*\[\s*(?:Редактировать|Редагувати|Править|Edit)\s*\]$"
)
# A headline's date in brackets after it: "… но никто не объясняет, что это (18.08.2022)".
DATE_IN_BRACKETS = re.compile(r"\s+\((\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\)$")
# … and with no bracket: "… появится новый туристический маршрут 18.09.2023"; not a date the
# headline says after a preposition ("… продлится до 18.09.2023"); the site's address after the
# date left out ("… неизвестно 26.02.2026 ZELENOGRAD.RU"), its time kept with it ("…
# электропоездов 02.03.2015 15:22"), or glued to it ("Подготовка к юбилею началась21.02.2014").
DATE_AFTER = re.compile(
    r"(?<=[а-яё»\"!?])\s*(\d{2}\.\d{2}\.(?:19|20)\d\d(?:,?\s+\d{1,2}:\d\d)?)"
    r"(?:\s+(?:[A-Z0-9-]+\.)+[A-Z]{2,6})?$",
    re.I,
)
# … and a stamp of today or yesterday glued to it: "… на 14 маяСегодня, 15:01".
DAY_STAMP_AFTER = re.compile(r"(?<=[а-яё»\"!?.])\s*((?:Сегодня|Вчера),?\s+\d{1,2}:\d\d)$")
PREPOSITION = re.compile(r"(?:^|\s)(?:до|от|на|по|за|с|со|к|в|во|и|или)$", re.I)
REPEAT_WORDS = 3  # a line this long written again with a date glued to it is split
GLUED_TEXT_CHARS = 60  # a paragraph's text glued after a chrome line written again
CRUMBS_REACH, CRUMBS_CHARS = 4, 120  # the lines under crumbs glued to a headline; their length
# Crumbs a space parts from the headline, from the home page: "На главную Новости Шымкента
# Общество …", "Главная страница » …", or only their marks left; not a uCoz archive's path,
# which dates the page ("Главная » 2013 » Июль » 24 » …").
SPACED_CRUMBS = re.compile(
    r"^(?:На )?[Гг]лавн(?:ая|ую)(?: страница)?\b"
    r"|^(?:[»>]\s+){2,}$"  # crumbs that lost their links' words: "» » Начался ремонт …"
)
# A headline glued to the text's first word: "… 8 человек пострадалиПо предварительным данным …",
# "… разорвало «Жигули»Пополам разорвало …", "… погибли в ДТПКак сообщили …".
# A straight quote closes only after a word's letter: after a space it opens a name
# ("Возле стелы "Ижевск - Город трудовой доблести" …").
TEXT_GLUE = re.compile(
    r"(?:(?<=[а-яё»])|(?<=[^\s\"]\")|(?<=[А-ЯЁ]{2}))(?=[А-ЯЁ][а-яё]+[ ,])"
    r"|(?<=[а-яё]{3})(?=[ВСКУО] [А-ЯЁа-яё])"  # a one-letter word: "… сезонаВ Международный …"
)
HEADLINE_WORDS = (3, 20)  # a headline's words, before the glue
# … or before a space and a capitalised word that opens the text.
SPACED_START = re.compile(r"(?<=[а-яё0-9»\"]) (?=([А-ЯЁ][а-яё]*)\b(?!\.))")  # not an initial
TEXT_CHARS = 60  # the text after it: a sentence at least
DROP_CAP = re.compile(r"[А-ЯЁ]")  # a text's first letter set apart, on a line of its own
ONE_LETTER_WORDS = frozenset("ВСКУОИАЯ")


def with_drop_caps(lines: list[str]) -> list[str]:
    """The lines with a drop cap standing alone joined to its line: "В" / "Магаданской области
    …" -> "В Магаданской области …", "Н" / "ачалось все …" -> "Началось все …"."""
    out: list[str] = []
    for line in lines:
        cap = out[-1] if out and DROP_CAP.fullmatch(out[-1]) else ""
        if cap and line[:1].islower():
            out[-1] = cap + line
        elif cap in ONE_LETTER_WORDS and line[:1].isupper():
            out[-1] = f"{cap} {line}"
        else:
            out.append(line)
    return out


def unglued(line: str) -> list[str]:
    """A line split where a copy glued two blocks: after a closing quote that a capitalised
    word follows without a space ("… «Городские парки г.Орска»Как только …"), and before a
    label (GLUED_LABEL); a headline's date in brackets or after it, a link to read on the
    outlet's site or a stamp or a date before the text, each on a line of its own; without an
    image's address, file name or credit or an icon's name glued before its text, nor a
    label, signature, wire's code, another story's link or counters glued after it; an empty
    image's mark parts blocks."""
    if EMPTY_IMAGE.search(line):
        return [part for piece in EMPTY_IMAGE.split(line) if piece for part in unglued(piece)]
    line = ICON_NAME.sub("", GLUED_IMAGE.sub("", line))
    line = END_CODE.sub("", GLUED_SIGNATURE.sub("", GLUED_IMPRINT.sub("", line)))
    line = without_counters(READ_ALSO.sub("", line))
    if linked := leading_match(line):
        return [linked[1], *unglued(line[linked.end() :])]
    if dated := DATE_IN_BRACKETS.search(line) or trailing_date(line):
        return [*unglued(line[: dated.start()]), dated[1]]
    parts = [part for piece in GLUED_QUOTE.split(line) for part in GLUED_LABEL.split(piece)]
    parts = [part for piece in parts for part in leading_apart(piece)]
    parts = [part for piece in parts for part in rubric_apart(piece)]
    parts = [sentence for part in parts for sentence in glued_sentences(part)]
    return [part for part in parts if part] if len(parts) > 1 else [line]


def leading_apart(line: str) -> list[str]:
    """What a copy sets before a block (LEADING) on a line of its own, where a glued label had
    it open the block: "10.06.2013 10:35Просмотров: 0Летняя …" -> the date, the counter, the
    headline."""
    if linked := leading_match(line):
        return [linked[1], line[linked.end() :]]
    return [line]


def leading_match(line: str) -> re.Match | None:
    """The match of the first of LEADING that opens the line, or None."""
    return next(filter(None, (lead.match(line) for lead in LEADING)), None)


def trailing_date(line: str) -> re.Match | None:
    """A date after a headline with no bracket (DATE_AFTER) or a day's stamp glued to it
    (DAY_STAMP_AFTER), or None."""
    dated = DATE_AFTER.search(line) or DAY_STAMP_AFTER.search(line)
    return dated if dated and not PREPOSITION.search(line[: dated.start()]) else None


def rubric_apart(line: str) -> list[str]:
    """A rubric's name glued to the line after it, on a line of its own (GLUED_RUBRIC)."""
    glued = GLUED_RUBRIC.match(line)
    return [glued[0], line[glued.end() :]] if glued else [line]


def glued_sentences(line: str) -> list[str]:
    """A long run of sentences a copy glued together (GLUED_SENTENCE), split apart."""
    if len(line) < GLUED_RUN_CHARS or len(GLUED_SENTENCE_END.findall(line)) < GLUED_RUN_ENDS:
        return [line]
    return GLUED_SENTENCE.split(line)


def without_counters(line: str) -> str:
    """The line without the counters after a headline (END_COUNTERS); a date line as it is."""
    return line if is_date_text(line) else END_COUNTERS.sub("", line)


def apart_from_repeat(lines: list[str]) -> list[str]:
    """The lines with a date glued to a line written again split off it: "Послание …
    собранию" / "Послание … собранию04 августа 2020 — 13:36" -> the line, then its date."""
    seen: list[str] = []
    out = []
    for line in lines:
        head = next((s for s in seen if line.startswith(s) and is_date_text(line[len(s) :])), None)
        out += [head, line[len(head) :].strip()] if head else [line]
        if len(line.split()) >= REPEAT_WORDS:
            seen.append(line)
    return out


def past_glued_chrome(lines: list[str]) -> list[str]:
    """The lines without a chrome line glued again with no space before the paragraph under
    it, a photo's file name standing alone and then before the text ("DSCN3143" /
    "DSCN31431 августа во исполнение …" -> "DSCN3143" / "1 августа во исполнение …")."""
    out: list[str] = []
    for line in lines:
        above = next((kept for kept in reversed(out) if kept), "")
        rest = line[len(above) :] if above and line.startswith(above) else ""
        glued = rest[:1].isalnum() and is_chrome_line(above) and len(rest) >= GLUED_TEXT_CHARS
        out.append(rest if glued else line)
    return out


def without_glued_crumbs(lines: list[str]) -> list[str]:
    """The lines without crumbs glued to the headline where the page writes the headline again
    alone just below: "…ОБЪЕДИНЕНИЕ ПРОФСОЮЗОВНовостиМИХАИЛ ОРДА: «…»" / "28 апреля 2021" /
    "МИХАИЛ ОРДА: «…»" -> the date and the headline; nor the headline with its media's mark
    over it alone ("… отключили свет «фото»" / "… отключили свет")."""
    return [
        line
        for i, line in enumerate(lines)
        if not is_written_again(line, lines[i + 1 : i + 1 + CRUMBS_REACH])
    ]


def is_written_again(line: str, below: list[str]) -> bool:
    """True for a headline that a line below writes again alone: past its glued crumbs
    (is_glued_crumbs) or without its media's mark (pageheads.is_marked)."""
    return is_glued_crumbs(line, below) or any(is_marked(line, alone) for alone in below)


def is_glued_crumbs(line: str, below: list[str]) -> bool:
    """True for crumbs glued with no space to a headline that one of the lines below writes
    again alone, or parted from it by a space (SPACED_CRUMBS)."""
    heads = (
        alone
        for alone in below
        if alone != line and len(alone.split()) >= REPEAT_WORDS and line.endswith(alone)
    )
    head = next(heads, "")
    crumbs = line[: len(line) - len(head)]
    spaced = SPACED_CRUMBS.match(crumbs) is not None and not any(map(str.isdigit, crumbs))
    glued = crumbs[-1:].isalpha() or spaced
    return bool(head) and glued and len(crumbs) <= CRUMBS_CHARS


def date_off_headline(title: str, body: str) -> tuple[str, str]:
    """A title-first copy's headline with its date before or after it ("22.10.2009  Красноярск
    до конца года получит …", "… начинается с малого! 04.12.2025"): the headline, and the date
    on a line of its own over the body."""
    if before := DATE_BEFORE.match(title):
        return title[before.end() :], f"{before[1]}\n{body}"
    # Not off a headline of sentences, which would read as the text's opening without it.
    if (after := trailing_date(title)) and not is_sentences(title[: after.start()]):
        return title[: after.start()], f"{after[1]}\n{body}"
    return title, body


def headline_apart(title: str, body: str) -> tuple[str, str]:
    """A title-first copy whose headline is glued to its text's first word: the headline,
    and the text back in the body; else the title and body as they are."""
    glue = TEXT_GLUE.search(title)
    if glue is None:
        return title, body
    head, text = title[: glue.start()], title[glue.start() :]
    words = len(head.split())
    if not HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] or head.endswith(SENTENCE_ENDS):
        return title, body
    return (head, f"{text}\n{body}") if len(text) >= TEXT_CHARS else (title, body)


def headline_spaced(title: str, body: str) -> tuple[str, str]:
    """A title-first copy whose headline runs into its text's first sentence with a space
    ("Все улетели, лебеди остались Как и предполагалось, лебеди-шипуны …"): the headline, and
    the text back in the body; else the title and body as they are. The text starts at the
    first capitalised word that no sentence has inside it (a preposition, a conjunction, a
    verb: not a noun or an adjective, which may be a name's: "заседании Думы")."""
    if not title.endswith(SENTENCE_ENDS) or TEXT_GLUE.search(title):
        return title, body
    for start in SPACED_START.finditer(title):
        head, text = title[: start.start()], title[start.end() :]
        words = len(head.split())
        if words > HEADLINE_WORDS[1] or len(text) < TEXT_CHARS or SENTENCE_INSIDE.search(head):
            return title, body
        after_name = head.split()[-1][:1].isupper()  # a name's second word: "Виктора Тягай"
        if words >= HEADLINE_WORDS[0] and not after_name and opens_sentence(start[1]):
            return head, f"{text}\n{body}"
    return title, body
