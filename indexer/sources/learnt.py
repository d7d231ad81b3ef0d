"""Page chrome learnt from a folder of one site's pages: the lines they repeat.

A line that repeats across many pages of one folder (a menu, a footer, "Читайте также", a
subscription call, a widget's name) is chrome: the signal jusText and boilerpipe are built on.
Pages are compared with their numbers as 0, so a counter or the weather's degrees inside an
otherwise repeated line do not hide it; a line with a date in it is compared whole, as a date
shared by a day's pages is the articles'. A widget's changing line between two learnt lines
(a quote of the day, a "this day in history" line) is chrome too, unless it is a sentence, a
date or what the text below retells: the page's own headline and date may stand there.
"""

import re
from collections import Counter
from collections.abc import Iterable

from indexer.sources.clock import CLOCK_KEY, opens_with_clock
from indexer.sources.linekey import DATED, is_learnt, line_key
from indexer.sources.pageheads import (
    headline_score,
    is_headline,
    is_paragraph,
    stems,
    title_names,
)

SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")
MIN_PAGES = 3  # a line on this many pages of a folder …
MIN_SHARE = 0.3  # … and on this share of them is the site's chrome
PAIR_WORDS = 2  # of a folder's two pages, a line both have of this many words is chrome
FEW_PAGES = 6  # of a folder this small, a line two pages close with alike is chrome too
SLOT_LINES = 2  # lines between two learnt lines taken for a widget's changing content …
RETOLD_SHARE = 0.3  # … unless the text below retells this share of one of them
TEXT_CHARS = 1000  # of the text below a slot that it is compared with
COPY_PARAGRAPHS = 2  # two pages sharing this many paragraphs …
COPY_SHARE = 0.8  # … and this share of the shorter page's lines this long: one article
COPY_LINE_CHARS = 25
FIGURE_WORDS = 4  # a sentence with a figure in it this long, in a daily report's template
LIST_MARKS = "-–—•"  # a list's item opens with one


def repeated_lines(texts: Iterable[str]) -> set[str]:
    """The keys (line_key) of the lines found on many of the pages: the folder's menus,
    footers and promos, and lines repeated but for a number in them (a counter, a year);
    CLOCK_KEY when many open with a weekday date (the site's clock, a day a page). Copies of
    one page count once, and so do two layouts of one article (a print copy beside the page):
    what they share is their article, not the site's chrome. In a
    folder of a few pages, the lines of a few words two pages have below their text's first
    paragraph too (a footer, a call to readers that not every page shows)."""
    pages = {frozenset(page_keys(text)): text for text in texts}  # a copy once, by its keys
    pages = once_per_article(pages)
    keyed = list(pages)
    if len(keyed) == 2:
        return pair_lines(*keyed)
    counts = Counter(key for keys in keyed for key in keys)
    least = max(MIN_PAGES, MIN_SHARE * len(keyed))
    found = {key for key, count in counts.items() if count >= least}
    return found | closing_pairs(pages.values()) if len(keyed) <= FEW_PAGES else found


def once_per_article(pages: dict[frozenset[str], str]) -> dict[frozenset[str], str]:
    """The pages without the second of two copies of one article (its print copy and its
    page, is_one_article): what they share is their text, not two articles' chrome."""
    paragraphs = {keys: paragraph_keys(text) for keys, text in pages.items()}
    counts = Counter(key for found in paragraphs.values() for key in found)
    kept: list[frozenset[str]] = []
    for keys in pages:
        if not any(is_one_article(keys, other, paragraphs, counts) for other in kept):
            kept.append(keys)
    return {keys: pages[keys] for keys in kept}


def is_one_article(
    one: frozenset[str],
    other: frozenset[str],
    paragraphs: dict[frozenset[str], list[str]],
    counts: Counter,
) -> bool:
    """True when two pages open their text with the same paragraph, share two paragraphs at
    least that no other page has (not a notice or a footer the site's other pages show too),
    and nearly all the longer lines of the shorter page (not two short notes under one
    site's chrome)."""
    first, second = paragraphs[one], paragraphs[other]
    shared = set(first) & set(second)
    if not first or not second or first[0] != second[0] or len(shared) < COPY_PARAGRAPHS:
        return False
    if any(counts[key] > 2 for key in shared):
        return False
    longer = [{key for key in keys if len(key) >= COPY_LINE_CHARS} for keys in (one, other)]
    return len(longer[0] & longer[1]) >= COPY_SHARE * min(map(len, longer))


def paragraph_keys(text: str) -> list[str]:
    """The keys of a page's paragraphs (is_paragraph), in their order, each once."""
    lines = map(str.strip, text.splitlines())
    return list(dict.fromkeys(line_key(line) for line in lines if is_paragraph(line)))


def closing_pairs(texts: Iterable[str]) -> set[str]:
    """The keys of the lines of a few words at least two pages have below their first
    paragraph."""
    counts = Counter(key for text in texts for key in below_first_paragraph(text))
    return {key for key, count in counts.items() if count >= 2 and len(key.split()) >= PAIR_WORDS}


def below_first_paragraph(text: str) -> set[str]:
    """The keys of the lines below the text's first paragraph (is_paragraph)."""
    lines = [line.strip() for line in text.splitlines()]
    first = next((i for i, line in enumerate(lines) if is_paragraph(line)), len(lines))
    return {line_key(line) for line in lines[first + 1 :]} - {""}


def page_keys(text: str) -> set[str]:
    """The keys of a page's lines, CLOCK_KEY among them when it opens with the site's clock,
    and the site's name a page title line may end or open with (title_names)."""
    lines = text.splitlines()
    keys = {line_key(line) for line in lines} - {""}
    keys |= {key for line in lines for key, _ in title_names(line.strip())}
    return keys | {CLOCK_KEY} if opens_with_clock(text) else keys


def pair_lines(one: frozenset[str], other: frozenset[str]) -> set[str]:
    """The chrome of a folder of two pages: the lines of a few words both have (a banner, a
    menu's row: "Быстрее только ветер: заправь бак правильным топливом!"), not a word alone
    ("Новости", a city's name in a menu)."""
    return {key for key in one & other if key == CLOCK_KEY or len(key.split()) >= PAIR_WORDS}


def learnt_marks(lines: list[str], learnt: frozenset[str]) -> list[bool]:
    """For each line, True for the folder's chrome: a learnt line, or a widget's changing line
    between two of them ("Хронограф" / "1954 – Состоялось открытие …" / "Подробнее...")."""
    found = [is_learnt(line, learnt) for line in lines]
    marks = list(found)
    for slot, after in slots(lines, found):
        if len(slot) <= SLOT_LINES and is_widget(lines, slot, after, found):
            for i in slot:
                marks[i] = not SENTENCE_END.search(lines[i])
    return with_figures_kept(lines, marks)


def with_figures_kept(lines: list[str], marks: list[bool]) -> list[bool]:
    """The marks without the runs of learnt lines, each a sentence or a list's item with a
    figure in it, under a paragraph of the page's own text and over another, or opening a list,
    under the sentence that opens it ("… Среди них:") or under its item: a daily report's
    template, its figures the day's ("- кражи — 76;" / "В 24 случаях подозреваемых лиц удалось
    установить."), which the folder's pages repeat but for their numbers."""
    kept = list(marks)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for run, above, below in figure_runs(lines, marks, filled):
        if not is_own(lines, marks, above):
            continue
        opens_list = lines[above].rstrip().endswith(":") or is_item(lines[above])
        opens_list = opens_list or holds_list(lines, run)
        if opens_list or (below is not None and is_own(lines, marks, below)):
            for i in run:
                kept[i] = False
    return kept


def figure_runs(lines: list[str], marks: list[bool], filled: list[int]) -> list[tuple]:
    """The runs of learnt figure lines (is_figure_line) with the lines right above and below
    them (None at the page's end); none at the page's top."""
    runs, run = [], []
    for n, i in enumerate([*filled, None]):
        if i is not None and marks[i] and is_figure_line(lines[i]):
            run.append(n)
            continue
        if run and run[0] > 0:
            runs.append(([filled[m] for m in run], filled[run[0] - 1], i))
        run = []
    return runs


def holds_list(lines: list[str], run: list[int]) -> bool:
    """True when a line of the run opens a list its next line is an item of."""
    pairs = zip(run, run[1:], strict=False)
    return any(lines[a].rstrip().endswith(":") and is_item(lines[b]) for a, b in pairs)


def is_item(line: str) -> bool:
    """True for a list's item: "- грабежи — 1;"."""
    return line.strip()[:1] in LIST_MARKS


def is_own(lines: list[str], marks: list[bool], at: int) -> bool:
    """True for a line of the page's own text: not learnt, a paragraph, a list's opening or
    its item."""
    line = lines[at].strip()
    return not marks[at] and (is_paragraph(line) or line.endswith(":") or is_item(line))


def is_figure_line(line: str) -> bool:
    """True for a sentence or a list's item with a figure in it ("- грабежи — 1;", "В 24
    случаях подозреваемых лиц удалось установить."), not a counter ("посмотрело: 1073 чел.")."""
    stripped = line.strip()
    if not any(char.isdigit() for char in stripped) or not stripped.endswith((".", ";", ":")):
        return False
    return is_item(stripped) or len(stripped.split()) >= FIGURE_WORDS


def slots(lines: list[str], found: list[bool]) -> list[tuple[list[int], int]]:
    """The non-empty lines between each two learnt lines, with the index of the second."""
    learnt = [i for i, line in enumerate(lines) if line and found[i]]
    pairs = zip(learnt, learnt[1:], strict=False)
    return [([i for i in range(a + 1, b) if lines[i]], b) for a, b in pairs]


def is_widget(lines: list[str], slot: list[int], after: int, marks: list[bool]) -> bool:
    """True for lines between learnt ones that are no article's own: the page's headline
    stands below the learnt lines that follow them, over the text; no date is among them, and
    none is what the text retells."""
    if any(DATED.search(lines[i]) for i in slot) or not headed_below(lines, after, marks):
        return False
    text = stems(" ".join(lines[after + 1 :])[:TEXT_CHARS])
    return all(headline_score(lines[i], text) < RETOLD_SHARE for i in slot)


def headed_below(lines: list[str], after: int, marks: list[bool]) -> bool:
    """True when a headline-shaped line stands between the last learnt line above the text
    (its first sentence of some length below `after`) and the text."""
    below = range(after + 1, len(lines))
    start = next((i for i in below if not marks[i] and is_sentence(lines[i])), len(lines))
    top = max(i for i in range(after, start) if marks[i])
    return any(lines[i] and is_headline(lines, i) for i in range(top + 1, start))


def is_sentence(line: str) -> bool:
    """True for a paragraph of the text: long enough, ending as a sentence ends."""
    return is_paragraph(line) and SENTENCE_END.search(line) is not None
