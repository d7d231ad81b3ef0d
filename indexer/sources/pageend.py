"""Where a scraped page's text ends: the news feed, the site's menu or footer, the next story
a page runs on with; and what it steps over on the way: a box of links inside the text, a
related link's caption, time and headline.

    …last paragraph of the article.
    Читайте также                                           a box of links: the text goes on
    Американские доллары - РИА Новости, 1920, 10.06.2022   a related link: picture caption,
    10 июня, 23:43                                          its time
    В WSJ оценили потери международных компаний …          and its headline
    Политика / Общество / Экономика                         the site's menu: the end
"""

import re

from indexer.sources.calls import is_site_call
from indexer.sources.chrome import CARD_TIME
from indexer.sources.clean import SENTENCE_ENDS, is_boilerplate, match_caption
from indexer.sources.dates import YEAR, read_date_line

# After these lines a page lists other news or the comments, not the article.
FEED_ENDS = {
    "лента новостей", "новости партнеров", "новости партнёров", "картина дня", "популярное",
    "новости дня", "главное за день", "самое читаемое", "самое популярное", "другие новости",
    "новости компаний", "горячие новости", "добавить комментарий", "оставить комментарий",
    "последние новости", "комментарии",
    # a theme's widgets left in English: WordPress's "Recent Posts", "Leave a Reply"
    "recent posts", "related posts", "popular posts", "latest news", "latest posts",
    "leave a reply", "leave a comment", "you may also like",
}  # fmt: skip
# ... and these head a box of links, which may also stand inside the text.
FEED_BOXES = {
    "по теме", "читайте также", "материалы по теме", "ранее рассказывали", "читайте по теме",
    "смотрите также",
}  # fmt: skip
# "Популярное за неделю", "Самое читаемое сегодня": the site's most read, after the text.
MOST_READ = re.compile(
    r"^(?:самое )?(?:популярное|читаемое|обсуждаемое)(?: за (?:день|сутки|неделю|месяц)| сегодня)?$"
)
FEED_HEAD_WORDS = 4  # "Новости по теме", "Ещё материалы по теме": a heading of links
# A heading of more news, of a rubric or a place: 'Еще новости "Скопин и Скопинский район":'.
FEED_PREFIXES = ("еще новости", "ещё новости", "другие материалы", "больше новостей")
FEED_PREFIX_WORDS = 7
# A call to read more with what about, its list under the colon: "Читайте также о событиях в
# регионе:".
LIST_CALLS = ("читайте также ", "смотрите также ", "читайте по теме ", "другие новости ")
MENU_RUN = 3  # this many short lines in a row after the text: a menu or a footer
SHORT_WORDS = 3
SENTENCE_END = tuple('.!?…»"”)')
BOX_SENTENCE = 60  # a line this long ending a sentence is text again after a box of links
LINK_ITEMS = ("- ", "– ", "• ")  # … unless a list item
DATE_LINE_CHARS = 40
# A channel's signature under its post ("@irk01"): a channel's page runs on with its next post.
CHANNEL_SIGNATURE = re.compile(r"^@\w{3,32}$")
# A story's time by the day's distance: "Сегодня, 21:13", "Вчера в 20:15".
RELATIVE_TIME = re.compile(r"^(?:сегодня|вчера),?\s+(?:в\s+)?\d{1,2}:\d\d$", re.I)
HEADLINE_WORDS = (3, 30)
# A story's card: its headline glued to its first words ("В Академическом районе появился
# необычный арт-объектВ Преображенском парке …", "… спустили на воду "Метеор-2020"На заводе …").
GLUED_CARD = re.compile(r"^[А-ЯЁ«\"][^.!?]{15,150}?(?:[а-яё\d»]|(?<=\S)\")(?=[А-ЯЁ][а-яё\s])")
# Another story's teaser cut short: "… на базе концерна «Белнефтехим», где…", "… (далее…)".
CUT_TEASER = re.compile(r"(?:[^\W\d_],?\s?(?:…|\.\.\.)|\(далее(?:…|\.\.\.)?\))$")
TEASER_CHARS = 40
TEASER_RUN = 2  # this many teasers cut short, and nothing but chrome after them: the feed


def ends_text(line: str) -> bool:
    """True for a heading of other news or of the comments that never stands inside the
    text (is_end_key)."""
    return is_end_key(line.casefold().rstrip(": "))


def is_end_key(key: str) -> bool:
    """True for a heading's key (cased down, no colon) that ends the text: FEED_ENDS,
    MOST_READ, a short one opening with FEED_PREFIXES ("другие материалы рубрики общество")."""
    if key.startswith(FEED_PREFIXES) and len(key.split()) <= FEED_PREFIX_WORDS:
        return not key.endswith(SENTENCE_ENDS)
    return key in FEED_ENDS or MOST_READ.match(key) is not None


def is_feed_start(line: str) -> bool:
    """True for a heading other news or the comments follow (ends_text), or one of a box of
    links: FEED_BOXES, a short one ending "по теме", LIST_CALLS before a colon."""
    key = line.casefold().rstrip(": ")
    if is_end_key(key):
        return True
    if key.startswith(LIST_CALLS) and line.rstrip().endswith(":"):  # "… о событиях в регионе:"
        return len(key.split()) <= FEED_PREFIX_WORDS
    return key in FEED_BOXES or (len(key.split()) <= FEED_HEAD_WORDS and key.endswith(" по теме"))


def is_short(line: str) -> bool:
    """True for a menu item or a label: a few words, no sentence end."""
    return len(line.split()) <= SHORT_WORDS and not line.endswith(SENTENCE_END)


def is_related_card(lines: list[str], i: int) -> bool:
    """True at a related link: its time ("10 июня, 23:43"), or its picture's caption then time."""
    at = i + 1 if match_caption(lines[i]) else i
    return at + 1 < len(lines) and CARD_TIME.match(lines[at]) is not None


def box_end(lines: list[str], i: int) -> int:
    """Where the text goes on after a box of links inside it: at the next sentence (not a
    teaser cut short: "Сегодня, 1 мая, площадь … наполнилась праздничной атмосферой…")."""
    after = range(i + 1, len(lines))
    return next((j for j in after if is_box_sentence(lines[j])), len(lines))


def is_box_sentence(line: str) -> bool:
    """True for a line of text after a box of links: long, a sentence's end, not cut short,
    not an item of the box's list ("- В Рязани прошел … «Солнечный зайчик»")."""
    cut = line.endswith(("…", "...")) or line.startswith(LINK_ITEMS)
    return len(line) >= BOX_SENTENCE and line.endswith(SENTENCE_END) and not cut


def starts_menu(lines: list[str], i: int) -> bool:
    """True where a run of short lines starts: the site's menu or footer after the text."""
    run = lines[i : i + MENU_RUN]
    return len(run) == MENU_RUN and all(is_short(line) for line in run)


def starts_next_story(lines: list[str], i: int) -> bool:
    """True at the next story a page runs on with: the line after a channel's signature under
    its post ("@irk01" / "This media is not supported …"), or its date line with the year, or
    a day named by its distance ("Сегодня, 21:13") over more than a related link's headline,
    then its headline ("24.08.2025, 09:23 7091" / "В горах Туркестанской области спасли …")."""
    if i + 1 >= len(lines):
        return False
    if i and is_channel_signature(lines[i - 1]):
        return True
    if RELATIVE_TIME.match(lines[i]):
        if i + 2 >= len(lines) or CARD_TIME.match(lines[i + 2]):
            return False  # a list of related links: time, headline, time, …
    else:
        day = read_date_line(lines[i]) if len(lines[i]) <= DATE_LINE_CHARS else None
        if day is None or not YEAR.search(lines[i]):
            return False
    return is_story_headline(lines[i + 1])


def is_channel_signature(line: str) -> bool:
    """True for a channel's signature under its post: "@irk01"."""
    return CHANNEL_SIGNATURE.match(line) is not None


def teaser_run_start(lines: list[str]) -> int:
    """Where the page's last lines of text start when they are all teasers cut short (the
    site's latest stories after the article, chrome among them), else len(lines)."""
    start, teasers = len(lines), 0
    for i in range(len(lines) - 1, 0, -1):
        if is_cut_teaser(lines[i]):
            start, teasers = i, teasers + 1
        elif not is_boilerplate(lines[i]):
            break
    return start if teasers >= TEASER_RUN else len(lines)


def is_cut_teaser(line: str) -> bool:
    """True for a teaser cut short mid-sentence (CUT_TEASER), a headline's length at least."""
    return len(line) >= TEASER_CHARS and CUT_TEASER.search(line) is not None


def starts_story_after_call(lines: list[str], i: int) -> bool:
    """True at a site's call after the text with another story's headline and text under it
    ("Подписаться на «КурскСити» в МАХ" / "Откаты … превысили 20 млн рублей" / its text)."""
    return i + 2 < len(lines) and is_site_call(lines[i]) and is_story_headline(lines[i + 1])


def is_story_headline(line: str) -> bool:
    """True for a line of a headline's length without a full stop, or a story's card with its
    headline glued to its text (GLUED_CARD)."""
    if HEADLINE_WORDS[0] <= len(line.split()) <= HEADLINE_WORDS[1] and not line.endswith("."):
        return True
    return GLUED_CARD.match(line) is not None


def related_card_size(lines: list[str], i: int) -> int:
    """How many lines a related link takes: its caption, its time, its counters and its
    headline."""
    size = 1
    while i + size < len(lines) and (
        match_caption(lines[i + size])
        or CARD_TIME.match(lines[i + size])
        or is_boilerplate(lines[i + size])
    ):
        size += 1
    return size + 1  # the headline
