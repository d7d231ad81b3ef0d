"""Headlines in a whole page's text, told by their shape and by how much of them the text
below retells (headchoice.py: which of them is the article's; pageleads.py: the standfirsts
and subtitles under them).
"""

import re

from indexer.sources.chrome import PHOTO_NUMBER, is_chrome_line
from indexer.sources.clean import CREDIT, NAME_CREDIT
from indexer.sources.dates import is_city_clock
from indexer.sources.linekind import cyrillic
from indexer.sources.pagebody import BYLINE, SENTENCE_END

PARAGRAPH_CHARS = 120  # a line this long, or a shorter one ending a sentence …
SENTENCE_CHARS = 60  # … of at least this length, is a paragraph of text
OPENING_LINES = 4  # the paragraphs a headline is compared with
STEM = 5
TITLE_WORDS = (3, 30)
HEAD_BELOW_WORDS = 2  # a page title's headline this short, written again under it, is the title
UPPER_LETTERS = 12  # a line in capitals this long is no headline (abbreviations are shorter)
DATELINE_WORDS = 3  # a first sentence this short stands in for no headline
# A photo's credit after its caption: "Более 800 человек … в Новой Москве. Фото: архив, …".
# A caption's credit inside the line: "… Фото: …", "… © Фото Евгения Павлова", "… 2 х фото автора".
CREDIT_INSIDE = re.compile(
    r"[.!?…]\s*(?:Фото|Фото и видео|Источник фото)\s*:|\s©\s*(?:Фото|Photo)\b"
    r"|[.!?…]\s*(?:\d+\s*[xх]\s*)?фото автора$",
    re.I,
)
SOURCE_CREDIT = re.compile(r"^Источник\s*:")  # "Источник: Telegram-канал Руслана Кухарука"
CREDIT_GLUED = re.compile(r"\b(?:Фото|Источник фото|Иллюстрация)\s*:", re.I)  # in a caption
# An address or a greeting opening a notice or a post: the text's first line, never its
# headline ("Уважаемые глазовчане!", "Дорогие друзья!", "😊Всех с Масленичной неделей!").
SALUTATION = re.compile(
    r"^\W*(?:уважаем(?:ые|ый|ая)|дорогие|друзья|коллеги|земляки|поздравляем|(?:всех|вас) с)\b"
    r"[^.!?]{0,90}!$",
    re.I,
)
# A paragraph opening with a word that points to the sentence before it: it continues a text.
REFERS_BACK = re.compile(r"(?:Об этом|Это|При этом|Кроме того|Как (?:сообщ|рассказ|уточн)\w*)\b")
RETOLD_BELOW = 0.5  # of a one-sentence first line's stems the text under it retells: a headline
RETOLD_HEADLINE_CHARS = 100  # … when shorter: a longer one retold is the text's first sentence
CAPS_DATELINE = re.compile(r"^[А-ЯЁ]{4,}(?:[ -][А-ЯЁ]{2,})*[.,] ")  # "МАГАДАН. …", "МОСКВА, …"
# The time of the day a headline is stamped with, a list's bullet or the crumbs' marks before
# it: "22:08 Оперативное предупреждение …", "• Благовещенцев пришлось …", "» » » Московских …".
TIME_BEFORE = re.compile(r"^\d{1,2}:\d\d\s+|^[•·▪●]\s*|^(?:[»›]\s*)+")
LINK_INSIDE = re.compile(r"https?://|\b[\w-]+\.[a-z]{2,}(?::\d+)?/\S")
# A person and their post over a headline or an interview: "Руслан Стефанчук, Председатель
# Верховной Рады" (pagebody.BYLINE: the post in lower case), "Валерий ШЕГНАГАЕВ, Председатель
# совета директоров …"; a paper's post before the name in capitals: "Председатель … Вячеслав
# ЗИЛАНОВ".
SPEAKER = re.compile(
    r"^[А-ЯЁ][а-яё]+ (?:[А-ЯЁ]\. ?)?[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+), [А-ЯЁ][а-яё]+"
    r"(?: [А-ЯЁа-яё«»\"-]+)*$"
    r"|^[А-ЯЁ][а-яё]+(?: [^\s,.]+){1,12} [А-ЯЁ][а-яё]+ [А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?$"
)
# One sentence ending inside a line and another after it: "Итоги года. Что дальше?".
SENTENCE_INSIDE = re.compile(r"[.!?…] ")
# The end of a sentence inside a paragraph: "…28 апреля. Напротив дома 2 …".
SENTENCE_BREAK = re.compile(r"[.!?…](?=\s+[«\"]?[А-ЯЁA-Z])")
# … not after an abbreviation before a name: "на о. Ольхон", "в р.п. Тальменка", "им. Ленина".
ABBREVIATED = re.compile(
    r"(?:^|[\s(])(?:г|гг|с|п|о|д|ст|ул|им|пос|пгт|р\.п|обл|пр|просп|пл|пер|акад|проф|св|ген|т)\.$"
)
RETOLD_STEMS = 2  # the stems a text shares with a line that it retells, at least
TEXT_BLOCK_CHARS = 400  # a line this long is text, never a headline
LOWER_START = re.compile(r"[а-яё]")  # a line opening so: no headline ("г. Калуга, ул. …")
DIALOGUE = re.compile(r"^[–—]\s")  # an interview's question or answer: "– Ваш прогноз?"
CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]{2}")  # a Russian headline has a Russian word


# A dash, a bar or a bullet between a page title's headline and the site's name.
SEPARATOR = r"\s+[-–—|•]\s+"
TITLE_SEPARATOR = re.compile(SEPARATOR)
# A page title's site name after the headline, as browsers show it: "… авария - МойБашкортостан
# - Новости Уфы и Башкирии", "… | Lenta.ru", "… - DONTR.RU", "… - Новости Новомосковска - …",
# "… - Агентство Бизнес Новостей", "… - Телеканал "ОСА" г. Ачинск": one word in camel case, a
# domain, a town's news or an outlet's kind with its name in capitals (and its town), a tagline
# after.
SITE_SUFFIX = re.compile(
    SEPARATOR
    + r"(?:[А-ЯЁA-Z][а-яёa-z]+[А-ЯЁA-Z][\wА-ЯЁа-яё]*|[\w-]+\.(?:[a-zа-яё]{2,6}|[A-ZА-ЯЁ]{2,6})"
    r"|Новости [А-ЯЁ][а-яё]+"
    r"|(?:Информационное )?(?:Агентство|Газета|Телеканал|Радио|Портал|Журнал)"
    r"(?:\s+[А-ЯЁA-Z«\"][\w»\"-]*){1,4}(?:\s+г\.\s*[А-ЯЁ][а-яё-]+)?)"
    rf"(?:{SEPARATOR}[^-–—|]{{1,60}})?$"
)
# A bar before a name in quotes is a page title's site name: "… Посада | «Ивановская газета»"
# (after a dash the quotes may be a speaker's words).
QUOTED_SITE = re.compile(r"\s+\|\s+«[^«»]{2,40}»$")
# The site's name a folder's page titles end or open with, as its learnt lines hold it: a key no
# line has.
NAME_KEY = "\x00site name "
NAME_WORDS = 6
QUOTES = re.compile(r"[«»\"“”„]")  # quotes a site writes or leaves out (linekey's too)

# The media a headline's mark after it names: "«фото»", "(видео)", "+ ФОТО", "[фото, видео]".
MEDIA_MARK = re.compile(
    r"[+(«\[\"]?\s*(?:фото|видео|аудио|фоторепортаж|инфографика)"
    r"(?:\s*(?:,|и|\+)\s*(?:фото|видео))?\s*[)»\]\"]?",
    re.I,
)


def without_site_name(headline: str) -> str:
    """The headline without the site's name a page title adds after it."""
    headline = headline.removesuffix(" |")  # a separator with the site's name not copied
    cut = QUOTED_SITE.sub("", SITE_SUFFIX.sub("", headline))
    return cut if len(cut.split()) >= TITLE_WORDS[0] else headline


def headline_of(page_title: str, lines: list[str], learnt: frozenset[str] = frozenset()) -> str:
    """The headline a page title line gives: without the site's name it adds, before or after
    it (without_site_name, written_alone, or the name its folder's page titles end or open
    with: title_names), `lines` being the lines under it."""
    for key, headline in title_names(page_title):  # at times twice: "… - Телеканал … - Телеканал …"
        if key in learnt:
            return headline_of(headline, lines, learnt)
    return written_alone(without_site_name(page_title), lines)


def title_names(line: str) -> list[tuple[str, str]]:
    """For a line that may be a page title with the site's name after a dash or a bar, or
    before it ("Шесть возгораний … района - Атаман Северский район", "Сев-Урал.Инфо - Осталась
    только боль"): each name's key (NAME_KEY, compared across a folder's pages by
    learnt.repeated_lines) and the headline without it."""
    separators = list(TITLE_SEPARATOR.finditer(line))
    if not separators:
        return []
    last, first = separators[-1], separators[0]
    ends = (line[: last.start()], line[last.end() :]), (line[first.end() :], line[: first.start()])
    return [
        (NAME_KEY + " ".join(QUOTES.sub("", name).casefold().split()), head)
        for head, name in ends
        if len(head.split()) >= TITLE_WORDS[0] and 0 < len(name.split()) <= NAME_WORDS
    ]


def written_alone(headline: str, lines: list[str]) -> str:
    """The headline without the site's name a page title adds after a dash or a bar, when the
    page writes it alone on a line too: "… побывал в Шуе - «Местный спрос»" / … / "… побывал
    в Шуе". Not a speaker's word in lower case: "… через 2-3 месяца - вице-мэр". The site's
    name before it, when the line under the title writes it alone: "МО Юго-Запад
    Санкт-Петербург • День местного самоуправления" / "День местного самоуправления"."""
    alone = set(lines)
    below = next((line for line in lines if line.strip()), "")
    if is_marked(headline, below):
        return below  # "… отключили свет «фото»" / "… отключили свет"
    separators = list(TITLE_SEPARATOR.finditer(headline))
    for separator in reversed(separators):
        head, added = headline[: separator.start()], headline[separator.end() :]
        # A shorter one only written right under it: "Судебные хроники | …" / "Судебные хроники".
        words = TITLE_WORDS[0] if head != below else HEAD_BELOW_WORDS
        if head in alone and len(head.split()) >= words and not added[:1].islower():
            return head
    tail = headline[separators[0].end() :] if separators else ""
    return tail if tail == below and len(tail.split()) >= TITLE_WORDS[0] else headline


def is_marked(headline: str, alone: str) -> bool:
    """True for a headline with its media's mark after it (MEDIA_MARK) that `alone` writes
    without it."""
    if len(alone.split()) < TITLE_WORDS[0] or not headline.startswith(alone + " "):
        return False
    return MEDIA_MARK.fullmatch(headline[len(alone) :].strip()) is not None


def is_paragraph(line: str) -> bool:
    """True for a line of article text: long, or a sentence of some length."""
    return len(line) >= PARAGRAPH_CHARS or (
        len(line) >= SENTENCE_CHARS and line.endswith(SENTENCE_END)
    )


def stand_in_title(line: str) -> str | None:
    """For a paragraph of several sentences taken for a headline (a copy that starts at the
    text, without its headline), its first sentence to stand in as the title; else None."""
    if not is_sentences(line):
        return None
    # Not a dateline's few words that open the paragraph ("Москва, 5 августа. В …").
    ends = (
        m.start() + 1
        for m in SENTENCE_BREAK.finditer(line)
        if not ABBREVIATED.search(line, 0, m.end())
    )
    return next((line[:end] for end in ends if len(line[:end].split()) > DATELINE_WORDS), None)


def is_sentences(line: str) -> bool:
    """True for a paragraph of several sentences, the last one's end a colon before a quote or
    not ("… и продавцов. Об этом рассказала руководитель центра:"); one far longer than any
    headline whatever its end ("… так и событие отметили.***фото:")."""
    ends = line.endswith((*SENTENCE_END, ":")) or len(line) >= TEXT_BLOCK_CHARS
    return len(line) >= PARAGRAPH_CHARS and ends and SENTENCE_BREAK.search(line) is not None


def opens_headless(line: str, below: str) -> bool:
    """True for a copy's first line that is the text's, not a headline: a paragraph of several
    sentences, or one sentence of a paragraph's length with its full stop ("Утро пятницы
    началось с происшествия на М6 – ближе к границе."; headlines seldom have one), unless a
    speaker's caption stands under it ("Дмитрий Курканин, директор …": a headline over a photo)."""
    if is_sentences(line) or SALUTATION.match(line):
        return True
    if not is_paragraph(line) or not line.endswith(".") or BYLINE.match(below):
        return False
    if REFERS_BACK.match(below):  # "… Одесской области»." / "Об этом заявил …"
        return True
    # A headline the site ends with a full stop: the text under it retells it (a short one: the
    # records make most longer ones the text's first sentence), or opens with the agency's
    # dateline ("МАГАДАН. КОЛЫМА-ИНФОРМ. Тираж …").
    retold = headline_score(line, stems(below)) >= RETOLD_BELOW
    return not (retold and len(line) < RETOLD_HEADLINE_CHARS) and not CAPS_DATELINE.match(below)


def address_to_text(lead: str, text: list[str]) -> tuple[str, list[str]]:
    """A lead that is an address to the readers ("Уважаемые пациенты!") given back to the text
    it opens: it sums nothing up."""
    return ("", [lead, *text]) if SALUTATION.match(lead) else (lead, text)


def is_headline(lines: list[str], i: int) -> bool:
    """True for a line shaped like a headline: a few words, no full stop, not furniture."""
    line = lines[i]
    words = sum(1 for word in line.split() if re.search(r"[^\W\d_]", word))  # "<< | Март |" no
    if not TITLE_WORDS[0] <= words <= TITLE_WORDS[1] or line.endswith((".", ":", "…", ";")):
        return False  # a sentence, a label, a teaser cut short, a list's item
    if CREDIT_INSIDE.search(line) or SOURCE_CREDIT.match(line):
        return False  # a caption's credit, the text's source
    if BYLINE.match(line) or SPEAKER.match(line):
        return False  # a byline, a speaker and their post
    if LINK_INSIDE.search(line) or is_upper(line):
        return False  # a short link ("…: regionorel.ru:443/~EgueU"), an intertitle in capitals
    if is_city_clock(line) or SALUTATION.match(line):
        return False  # the site's clock ("В Омске пятница, 22 Ноября"), an address to readers
    if LOWER_START.match(line) or DIALOGUE.match(line):
        return False  # a caption's or a sentence's tail ("фото взято из архива"), a reply
    if not CYRILLIC_WORD.search(line):
        return False  # a station's name and wave, a brand: "Dipol FM | 105,6 fm"
    return not is_chrome_line(line)


def is_upper(line: str) -> bool:
    """True for a line in capitals: an intertitle or a pull quote ("БУРЛЯЩИЙ КОТЕЛ ПОЛИТИКИ")."""
    return line.isupper() and sum(char.isalpha() for char in line) >= UPPER_LETTERS


def is_captioned(lines: list[str], i: int) -> bool:
    """True for a line with a photo credit or numbered caption under it ("… - Фото 1"):
    a photo's caption, or a headline."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if CREDIT.match(below) or NAME_CREDIT.search(below):
        return True
    return PHOTO_NUMBER.search(below) is not None


def stems(text: str) -> set[str]:
    """Word stems, roughly: "Родченкова" -> "родче"; enough to see a headline retold. Latin
    and Greek look-alikes in Russian words read as Cyrillic ("в этoм гoду")."""
    return {cyrillic(word[:STEM].casefold()) for word in re.findall(r"\w{3,}", text)}


def headline_score(line: str, text: set[str]) -> float:
    """How much of a headline the article's opening retells: the share of its stems found."""
    own = stems(line)
    return len(own & text) / len(own) if own else 0.0


def told_score(line: str, text: set[str]) -> float:
    """headline_score, none for a line sharing a single stem with the text: a widget's name
    with the city's ("Погода в Казани") is not retold by a text on that city."""
    return headline_score(line, text) if len(stems(line) & text) >= RETOLD_STEMS else 0.0


def is_quoted_headline(lines: list[str], i: int) -> bool:
    """True for a headline long enough to pass for a paragraph, as its closing quote ends it
    like a sentence ("Возбуждено уголовное дело … на трассе «Нева»"): one sentence, retold
    by the next line."""
    line = lines[i]
    one_sentence = not SENTENCE_INSIDE.search(line)
    if not (line.endswith(("»", '"', "”")) and one_sentence and is_retold(lines, i, i + 1)):
        return False
    return not is_captioned_standfirst(lines, i)


def is_captioned_standfirst(lines: list[str], i: int) -> bool:
    """True for a line written again under itself with a photo's credit glued, a headline
    right above it: the standfirst the photo's caption repeats ("Путин уже не парнишка …" /
    "На Донбассе … «русского мира»" / "На Донбассе … «русского мира» Георгий Тука Фото: …")."""
    line, below = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    if not below.startswith(line) or not CREDIT_GLUED.search(below[len(line) :]):
        return False
    return i > 0 and is_headline(lines, i - 1)


def is_retold(lines: list[str], i: int, start: int) -> bool:
    """True when line i is shaped like a headline and the text from `start` retells it."""
    opening = stems(" ".join(lines[start : start + OPENING_LINES]))
    return is_headline(lines, i) and headline_score(lines[i], opening) > 0
