"""Small text cleaners shared by the readers: whitespace, page chrome, Russian dates, HTML."""

import html
import re
import unicodedata
from datetime import UTC, date, datetime
from html.parser import HTMLParser

from indexer.sources.datelines import find_dateline, month_number

SENTENCE_ENDS = (".", "!", "?", "…")  # the marks a sentence ends with
ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])")
DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
# A line holding only a date and maybe a time: "23 декабря 2024, 14:05", "23.12.2024 14:05".
DATE_LINE = re.compile(
    r"^\d{1,2}(?:\s+[а-яё]{3,8}\.?\s+\d{4}|\.\d{1,2}\.\d{4})(?:,?\s+\d{1,2}:\d\d)?$", re.IGNORECASE
)
RU_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+([а-яё]{3,8})\.?(?:\s+(\d{4}))?(?!\d)", re.IGNORECASE)
PAGE_CHROME = {
    "подписаться", "поделиться", "лента новостей", "читать далее", "читайте также",
    "все новости", "комментарии", "реклама", "наверх", "закрыть", "загрузить еще",
    "загрузить ещё", "показать еще", "показать ещё", "главное", "войти", "регистрация",
    "новости", "мнения", "видео", "фото", "уведомления", "купить билет",
    "поделитесь с друзьями", "поделиться с друзьями", "поделитесь новостью",
    "версия для печати", "оцените материал", "оцените статью", "оцените новость", "logo",
    "логотип", "foto", "photo", "версия для слабовидящих", "версия сайта для слабовидящих",
    "решаем вместе", "сейчас в эфире",
    "прямой эфир", "главные новости", "вход в систему", "капча", "события", "анонсы", "объявления",
    "свежий номер", "актуально", "свежее", "смотрите также", "смотри также", "смотрите еще",
    "смотрите ещё", "смотри еще", "смотри ещё",
    "интервью", "колонка", "авторская колонка", "колонка редактора", "слово редактора",
    "меню сайта", "настройки отображения", "прогноз погоды на неделю",
    "поделиться новостью в соц. сетях", "рейтинг статьи", "наш корр", "соб. корр",
    "фоторепортаж", "архив выпусков", "перейти на текущий", "наша инф", "наша информация",
    "подробности - в видео", "подробности в видео", "размер шрифта", "закладки",
    "жалобы на всё", "жалобы на все", "текст материала", "спецпроект", "спецпроекты",
    "поиск", "поиск по сайту", "вы здесь", "вы находитесь здесь",
    "шапка для сайта", "шапка сайта",
    "на страницу галереи",  # a photo gallery's link, under 461 of RT's articles
    # a channel's web page: Telegram's own buttons and notices
    "download telegram", "view in telegram", "this media is not supported in your browser",
    # a copy-protection plugin's notice, copied with the page
    "error: контент защищён!", "error: контент защищен!", "контент защищён!", "контент защищен!",
}  # fmt: skip
# The promo lines sites append to every article, e.g.
# "Самые интересные и важные новости ищите в нашем Telegram-канале и Viber.", and the call to
# report a typo (Orphus and its kin, in Ukrainian too): "Заметили ошибку? Выделите её и нажмите
# Ctrl+Enter" (or "Ctrl Enter"), and the rules of the comments under the text ("Отправляя
# комментарий, вы принимаете правила комментирования материалов сайта.").
PROMO = re.compile(
    r"ищите в нашем|следите за нами|подписывайтесь на наш|читайте нас(?: в|:?$)|"
    r"присоединяйтесь к нам|самые интересные и важные новости|подпишитесь на рассылку|"
    r"подпишись!|на нашем (?:youtube|telegram|ютуб)|"
    r"(?:выделите|виділіть).{0,80}(?:нажмите|натисніть) (?:ctrl|shift) ?\+? ?enter|"
    r"правила(?:ми)? комментирования|при комментировании|отправляя комментарий|"
    r"комментировать стать|комментари\w* (?:отключен|закрыт)|оставили \d+ комментари",
    re.IGNORECASE,
)
# "© Пресс-служба президента Беларуси", "Фото: РИА Новости / Илья Питалев", "Видео: Иван
# Петров / Telegram-канал", "Фото и видео: …", "Фото, видео: …", "Фото здесь и далее: …",
# "Video: …"; a line of the credit alone, without a colon: "Фото ГАИ УВД Витебского
# облисполкома.", "Видео Владимира Ларионова", "Фоторепортаж Виктора Дмитриева", "Автор фото
# Сергей Назаров."; a copyright
# with the outlet's name first: "«Новости Донбасса» © 2025 Все права …", or after its word:
# "Copyright © Правительство".
CREDIT = re.compile(
    r"^\(?(?:©|\(c\)|copyright\s*(?:©|\(c\))|"
    r"(?:[а-яё]+(?:ое|ее) )?(?:(?:информация|текст) и )?(?:фото|видео)"
    r"(?:(?: и|,) (?:фото|видео))?"
    r"(?: здесь и далее)?:"
    r"|фото -|источник фото|иллюстрация:|коллаж:|инфографика:|(?:photo|video):|"
    r"фото (?:пресс-служб\w*|[сc] (?:официального )?сайта)\b|"  # "Фото с сайта …"
    r"автор(?:ы)? (?:фото|снимк\w*|видео):? (?-i:[А-ЯЁ])[^.!?:]{2,60}\.?$|"
    r"фото (?:[\w-]+\.)+[a-z]{2,}\.?$|"  # "Фото pixabay.com.", "Иллюстративное фото: …"
    r"(?:фото(?:графия)?|видео) из открытых источников\.?(?: иллюстративно\.?)?$|"
    # "Информация и фото предоставлены администрацией города Лебедянь."
    r"(?:информация|материал|текст|фото(?:графии)?)(?: и (?:фото(?:графии)?|видео))? "
    r"предоставлен[аоы]? [^.!?]{3,80}\.?$|"
    r"(?:фото|видео)(?:репортаж)? (?-i:[А-ЯЁA-Z])[^\s.!?:]*(?: [^\s.!?:]+){0,5}\.?$|"  # 7 words
    r"фоторепортаж(?: [^\s.!?:]+){0,3}:$|"  # "Фоторепортаж Александры Кузнецовой:"
    r"кадр (?:из )?видео\b[^.!?]{0,60}$|"  # "Кадр из видео группы «Типичное Сасово»"
    # a picture a program drew: "Изображение сгенерировано с помощью сервиса Aigolova"
    r"(?:изображение|иллюстрация|фото|картинка) (?:сгенерирован|создан)[аоы]? (?:нейросетью|"
    r"с помощью|при помощи|искусственным интеллектом|ии\b)[^.!?,]{0,40}\.?$|"
    r"[^©]{1,40}© ?(?:(?:19|20)\d\d|при копировании|все права))",
    re.IGNORECASE,
)
# The fixed words of a page's widgets: a video player's fallback, an empty poll block
# (WP-Polls), an ad slot's label, the reading time ("Примерное время чтения: меньше минуты"),
# a theme's alt text for the site's icon ("Site icon ИА «Диалог»"), a site builder's count of
# who is online ("Онлайн всего: 1 Гостей: 1 Пользователей: 0").
WIDGET_TEXT = re.compile(
    r"^(?:your browser (?:does not|doesn't|doesn’t) support (?:html5(?: video)?|(?:the )?video)|"
    r"ваш браузер не поддерживает (?:html5 |это |данное )?(?:видео|воспроизведение)|"
    r"(?:извините, )?в настоящее время нет доступных опросов|"
    # an ad slot's label: "Рекламный баннер 990x90px top", "… right-2", "… header-top", "… ban1"
    r"рекламный баннер(?: \d+ ?[xх×] ?\d+ ?(?:px)?(?: [a-z][a-z\d-]*)?)?\.?$|"
    r"(?:(?:img|dsc[nf]?)[ _-]?\d{3,12}(?:\.jpe?g)?|p\d{7})(?: p\d{7})*$|"  # "IMG 3633", "P5310714"
    r"[\w-]{1,40}\.(?:jpe?g|png|gif|webp)$|"  # an image's file name alone: "SAM_4233.JPG"
    r"photo[ _]\d{4}(?:[ _-]\d\d){5}$|"  # a messenger's photo name: "photo 2025 08 07 16 42 41"
    r"[a-z]{3,15}(?: [a-z]{1,15}){0,2} \d{1,3}$|"  # a picture's name in Latin letters: "pogar r 3"
    # a social button whose icon the copy left out: "Читать в", "Оставить отзыв в", "Мы в"
    r"(?:читать|читайте(?: нас)?|оставить отзыв|подписывайтесь(?: на нас)?|мы|следите за нами|"
    r"присоединяйтесь(?: к нам)?) (?:в|на)$|"
    r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$|"  # an image's id: "7919e0c6-ed17-43d2-…"
    r"(?:[а-яё-]+ )?погода в [а-яё-]+$|"  # the weather widget's label: "Погода в Уфе"
    r"курс цб(?: на [\d.]+)?:?(?:\s*[$€]?\s*\d+[.,]\d+){1,3}$|"  # "Курс ЦБ 79,47 92,25"
    r"[$€£¥₽] ?\d{1,6}(?:[.,]\d{1,4})?$|"  # a currency widget's rate: "$108.01", "€113.09"
    r"\(?(?:примерное )?время (?:чтения|на (?:про)?чтение)(?::|\s+\d+\s*мин\.?$)|site icon\b|"
    r"\(\d+ [-–] проголосовал[аио]?\)$|"  # a rating's votes: "(2 - ПРОГОЛОСОВАЛО)"
    r"онлайн всего: \d+(?: гостей: \d+)?(?: пользователей: \d+)?$)",
    re.IGNORECASE,
)
# "0", "12", "1 234": view and comment counters; "7.9k+", "• 13 тыс.": rounded ones.
COUNTER = re.compile(r"^\d[\d \u00a0]{0,8}$")
ROUNDED_COUNTER = re.compile(r"^[•·]?\s*\d+(?:[.,]\d+)?\s*(?:k|к|тыс\.?|млн)\+?$", re.I)
# A photo credit of a person and the outlet, alone or after its caption:
# "Олеся Евдокимова / АиФ", "… – пожилые люди. / Александр Ердяков / АиФ".
NAME_CREDIT = re.compile(r"(?:^|\s/\s)[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ / [\w.«»\"\- ]{2,30}$")
# "Государственные флаги - Sputnik Беларусь, 1920, 01.07.2021": an image caption
# with the site, the image width and a date.
CAPTION = re.compile(
    r"^(?P<text>.*?) - (?P<site>[^,]{2,60}), \d{3,4}, (?P<date>\d\d\.\d\d\.\d{4})$"
)


def is_tidy(line: str) -> bool:
    """True for a line with single spaces only and none at its ends, as most lines are."""
    # isprintable() is False for tabs, "\r", NBSP and every other Unicode space.
    return line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "


def normalize_text(text: str) -> str:
    """NFC, spaces collapsed in each line, one "\\n" between non-empty lines."""
    # "  Заголовок\u00a0 статьи \r\n\n\n Текст " -> "Заголовок статьи\nТекст"
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (line if is_tidy(line) else " ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalize_line(text: str) -> str:
    """The text on one line: "Заголовок\\n статьи" -> "Заголовок статьи"."""
    return " ".join(normalize_text(text).split())


def is_boilerplate(line: str) -> bool:
    """True for page chrome: buttons, promo lines, counters, photo credits, captions."""
    line = line.strip()
    if line.casefold().rstrip(":.") in PAGE_CHROME or COUNTER.match(line):  # "Реклама:"
        return True
    if ROUNDED_COUNTER.match(line) or WIDGET_TEXT.match(line):
        return True
    if CREDIT.match(line) or match_caption(line) or NAME_CREDIT.search(line):
        return True
    return len(line) < 300 and PROMO.search(line) is not None


def match_caption(line: str) -> re.Match | None:
    """The parts of an image caption line: "Флаги - Sputnik Беларусь, 1920, 01.07.2021"."""
    return CAPTION.match(line) if line[-4:].isdigit() else None


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the numbers do not make one (31.02.2018)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_ru_date(text: str, year: int | None = None) -> date | None:
    """The first Russian date in text: "23 декабря 2024"; "23 дек" takes `year`."""
    for match in RU_DATE.finditer(text):
        month = month_number(match[2])
        found_year = int(match[3]) if match[3] else year
        if month and found_year:
            return make_date(found_year, month, int(match[1]))
    return None


def parse_numeric_date(text: str) -> date | None:
    """A date in ISO or dotted form: "2018-12-14 10:00:00", "14.12.2018"."""
    if match := ISO_DATE.search(text):
        return make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := DOTTED_DATE.search(text):
        return make_date(int(match[3]), int(match[2]), int(match[1]))
    return None


def parse_timestamp(value: float | str) -> date | None:
    """The UTC date of a unix timestamp in seconds or milliseconds: 1544781600 -> 2018-12-14."""
    try:
        seconds = float(value)
        if seconds > 1e11:  # 1544781600000: milliseconds
            seconds /= 1000
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def parse_date(value: object) -> date | None:
    """A date from a field value in any common form, or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float) or re.fullmatch(r"\d{9,13}(?:\.\d+)?", str(value).strip()):
        return parse_timestamp(value)
    text = str(value)
    return parse_numeric_date(text) or parse_ru_date(text)


def is_date_line(line: str) -> bool:
    """True for a line that is only a date: "23 декабря 2024, 14:05", "23.12.2024"."""
    return DATE_LINE.match(line.strip()) is not None and parse_date(line) is not None


def parse_dateline(text: str, year: int | None = None) -> tuple[str, date | None] | None:
    """The city and date of a news dateline: "МИНСК, 23 дек – Sputnik. ..." -> ("Минск", ...)."""
    found = find_dateline(text)
    return (found.city, found.date(year)) if found else None


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, with a line break at each block tag."""

    BLOCKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    HIDDEN = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


# "<p>москва, 31 янв - риа новости.</p>", "В Дагестане &quot;Альбаро&quot;"
MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});"
)


def has_markup(text: str) -> bool:
    """True when text holds HTML tags or entities."""
    return ("<" in text or "&" in text) and MARKUP.search(text) is not None


def strip_html(text: str) -> str:
    """The text of an HTML fragment: tags dropped, entities unescaped, blocks on new lines."""
    collector = _TextCollector()
    try:
        collector.feed(text)
        collector.close()
    except AssertionError:  # html.parser in Python 3.11 fails on a bad "<![" section
        return html.unescape(re.sub(r"<[^<>]*>", "\n", text))
    return "".join(collector.parts)
