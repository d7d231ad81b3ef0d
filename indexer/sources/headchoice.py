"""Which headline-shaped line above a scraped page's text is the article's headline: the one
its opening retells most, one with its date line beside it, the one right above the text
past a byline and date written as list items, the headline over its subtitle.
"""

import re
from collections import Counter

from indexer.sources.chrome import is_chrome_line
from indexer.sources.dates import is_date_text
from indexer.sources.pageheads import (
    CYRILLIC_WORD,
    OPENING_LINES,
    headline_score,
    is_captioned,
    is_headline,
    is_paragraph,
    stems,
    told_score,
)
from indexer.sources.pageleads import SENTENCE_WORDS

HEADER_LINES = 20  # how far above the text its headline is looked for
# A byline or a date under the headline written as a list item: "- Любовь АГЕЕВА".
BETWEEN_ITEM = re.compile(r"^[-–—•]\s+\S")
ITEMS_BETWEEN = 2
OVER_SHARE = 0.5  # of a headline's stems the text retells, to stand over a subtitle …
OVER_RATIO = 0.5  # … and half the subtitle's share ("Красноярск: пробки 2" is no headline)


def best_headline(lines: list[str], start: int, retold: bool = False) -> int | None:
    """The headline above the text: of the headline-shaped lines there, the one its opening
    retells most (a sidebar's or related link's headline tells another story); of equals, one
    written twice, else the upper, as a related link stands below the headline; but first
    the nearest the text with a date line right above or below it, retold at all. A line
    retold by one word only (told_score) is chance: the headline right above the text goes
    first. With `retold`, only a headline the text retells."""
    if (framed := framed_headline(lines, start)) is not None:
        return framed
    opening = stems(" ".join(lines[start : start + OPENING_LINES]))
    above = [
        i
        for i in range(max(0, start - HEADER_LINES), start)
        if is_headline(lines, i) and not is_text_exclaimed(lines, i)
    ]
    dated = [i for i in above if is_dated(lines, i) and told_score(lines[i], opening) > 0]
    if dated:  # a standfirst over the date line: the headline above it goes over it
        return dated_headline_over(lines, dated[-1], opening)
    if (found := most_retold(lines, above, opening, told_score)) is not None:
        return found
    # A text that retells no headline (it tells the story on): the headline right above it.
    right = None if retold else headline_right_above(lines, start)
    return right if right is not None else most_retold(lines, above, opening, headline_score)


def is_text_exclaimed(lines: list[str], i: int) -> bool:
    """True for an exclamation or a question right under a sentence of the text: the text's
    own ("Дата, конечно, не круглая, но значительная." / "Кто бы мог подумать, что мы
    продержимся столько времени!"), no headline. Lines here are the page's non-empty ones."""
    if i == 0 or not lines[i].endswith(("!", "?")):
        return False
    before = lines[i - 1]
    return (
        before.endswith(".")
        and len(before.split()) >= SENTENCE_WORDS
        and not is_chrome_line(before)
        and not is_date_text(before)
    )


def framed_headline(lines: list[str], start: int) -> int | None:
    """The headline written again right over the text as its photo's caption, with the
    standfirst or subtitle between its two copies ("Для автомобилистов … непростым" /
    "Двигатели замерзли, но помощь пришла" / "Для автомобилистов … непростым"); else None.
    Lines here are the page's non-empty ones."""
    at = start - 1
    if at < 2 or lines[at] != lines[at - 2] or lines[at - 1] == lines[at]:
        return None
    return at if is_headline(lines, at) else None


def dated_headline_over(lines: list[str], i: int, opening: set[str]) -> int:
    """The headline over a dated line i: the headline-shaped line above it (headline_over)
    unless the page writes that line again below, as a standfirst it repeats under the photo."""
    above = headline_over(lines, i, opening, told_score(lines[i], opening))
    return above if lines[above] not in lines[i + 1 :] else i


def is_dated(lines: list[str], i: int) -> bool:
    """True for a line with a date line right above or right below it."""
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(is_date_text(line) for line in near)


def most_retold(lines: list[str], above: list[int], opening: set[str], score) -> int | None:
    """Of the headline-shaped lines `above`, the one `score` finds the opening retells most;
    None when it finds none retold."""
    # A line over a photo credit is more often the photo's caption; the headline stands
    # over the credit only where the page has no other ("Суд …" / "Фото: ТАСС/…", m24.ru).
    # Of equals, one the page writes twice (its headline and its title) goes first.
    twice = Counter(lines[i] for i in above)
    for candidates in ([i for i in above if not is_captioned(lines, i)], above):
        scored = [(score(lines[i], opening), twice[lines[i]] > 1, -i) for i in candidates]
        if scored and max(scored)[0] > 0:
            best, repeated, at = max(scored)
            return -at if repeated else headline_over(lines, -at, opening, best)
    return None


def headline_right_above(lines: list[str], start: int) -> int | None:
    """The headline right above the text, past the byline and date between them written as
    list items ("От Кирпичной до Петербургской" / "- Любовь АГЕЕВА" / "- 23 апреля 2011 года")."""
    at = start - 1
    while at > 0 and start - at <= ITEMS_BETWEEN and BETWEEN_ITEM.match(lines[at]):
        at -= 1
    if at < 0 or is_text_exclaimed(lines, at):
        return None
    return at if is_headline(lines, at) or is_page_headline(lines, at) else None


def is_page_headline(lines: list[str], i: int) -> bool:
    """True for a headline of two words opening the page right over the text ("Новая
    традиция" / "Теперь режиссеры …"): a rubric has the headline, not the text, below it."""
    line = lines[i]
    if i != 0 or len(line.split()) != 2 or not line[:1].isupper() or is_chrome_line(line):
        return False
    if not CYRILLIC_WORD.search(line):
        return False  # a rubric's or a brand's label: "Daily News"
    return line[-1:].isalpha() and i + 1 < len(lines) and is_paragraph(lines[i + 1])


def headline_over(lines: list[str], i: int, opening: set[str], score: float) -> int:
    """The headline over a subtitle: the headline-shaped line right above line i (chrome
    between skipped) when the text retells it nearly as well ("Игоря Стрелкова приговорили
    …" over "Его признали виновным в экстремизме"), else i."""
    above = next((j for j in range(i - 1, -1, -1) if not is_chrome_line(lines[j])), None)
    if above is None or not is_headline(lines, above) or is_captioned(lines, above):
        return i
    told = headline_score(lines[above], opening)
    return above if told >= OVER_SHARE and told >= OVER_RATIO * score else i
