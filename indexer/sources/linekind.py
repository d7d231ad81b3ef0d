"""Lines of article text told from page chrome by their shape, jusText's way.

A line of text is long, ends as a sentence ends and is dense in function words (и, в, на,
что, не, по …); chrome is short, unpunctuated, link-like or a stamp. A short line, or one
of middling density, takes its class from the nearest clear lines around it (jusText's
context smoothing), so an intertitle between two paragraphs is text and a short label
between two menus is chrome. Lines here are the non-empty lines of a page, in order.
"""

import re
from functools import lru_cache

import justext

from indexer.sources.chrome import is_chrome_line, is_closing_credit
from indexer.sources.linescore import SENTENCE_END, sure_chrome

GOOD, BAD, NEAR, SHORT = "good", "bad", "near", "short"
SURE = "sure"  # chrome by the learned scorer, sentence or not
LENGTH_LOW = 70  # jusText's defaults, measured on its paragraphs: shorter is "short" …
LENGTH_HIGH = 200  # … longer and dense enough is "good" alone
DENSITY_LOW = 0.30  # of the words in the stop list: below it, a line is chrome
DENSITY_HIGH = 0.32
# Latin and Greek letters some pages write inside Russian words ("в этoм гoду", "этοм"): read
# as the Cyrillic ones they look like, so the words are found in the stop list.
CYRILLIC = re.compile(r"[а-яё]")
LOOKALIKES = str.maketrans("aeopcxyκοα", "аеорсхукоа")
# Letters of Ukrainian and Belarusian that Russian has not.
OTHER_LETTERS = re.compile(r"[іїєґўІЇЄҐЎ]")
OTHER_SHARE = 0.25  # of a line's words with them: a line in another language …
OTHER_LINES = 0.5  # … when fewer than this share of the body's lines have any
# An item of a list: "• по факту хулиганства,", "- Анна, лицей № 1;", "2) ремонт дорог".
LIST_ITEM = re.compile(r"^(?:[•·▪●◦*\-–—]|\d{1,2}[.)])\s*\S")
ELLIPSES = ("…", "...")
TEASER_RUN = 2
# A line cut with an ellipsis after its last word: "… он подчеркнул, что…", "в том..."
CUT_END = re.compile(r"(?:^|\s)(\w+),?\s*(?:…|\.\.\.)$")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """jusText's Russian stop list: its most frequent words, the measure of running text."""
    return frozenset(justext.get_stoplist("Russian"))


def density(line: str) -> float:
    """The share of a line's words that are in the stop list."""
    words = [cyrillic(word) for word in line.casefold().split()]
    return sum(word in stop_words() for word in words) / len(words) if words else 0.0


def cyrillic(word: str) -> str:
    """A Russian word with its look-alike Latin or Greek letters read as Cyrillic."""
    return word.translate(LOOKALIKES) if CYRILLIC.search(word) else word


def line_class(line: str) -> str:
    """A line's class on its own: bad (chrome), short, near (middling) or good."""
    if "©" in line or is_chrome_line(line):
        return BAD
    sentence = ends_sentence(line)
    if len(line) < LENGTH_LOW or not (sentence or len(line) > LENGTH_HIGH):
        return SHORT  # a headline, a label, a link: its neighbours tell
    share = density(line)
    if share >= DENSITY_HIGH:
        return GOOD if sentence or len(line) > LENGTH_HIGH else NEAR
    return NEAR if share >= DENSITY_LOW else BAD


def ends_sentence(line: str) -> bool:
    """True for a line ending as a sentence ends."""
    return SENTENCE_END.search(line) is not None


def nearest_clear(classes: list[str], near: bool) -> tuple[list[str], list[str]]:
    """For each line, the class of the nearest clear line before it and after it (bad past
    the page's edge); with `near`, a middling line counts as clear. One pass each way: a
    text of thousands of short lines would otherwise be searched from every line."""
    clear = (GOOD, BAD, NEAR) if near else (GOOD, BAD)
    return last_clear(classes, clear), last_clear(classes[::-1], clear)[::-1]


def last_clear(classes: list[str], clear: tuple[str, ...]) -> list[str]:
    """For each line, the class of the last clear line before it (bad for none)."""
    found, last = [], BAD
    for kind in classes:
        found.append(last)
        if kind in clear:
            last = kind
    return found


def short_class(strict: tuple[list[str], list[str]], loose, i: int) -> str:
    """A short line's class: its clear neighbours', text when they differ but one is near."""
    before, after = strict[0][i], strict[1][i]
    if before == after:
        return before
    return GOOD if NEAR in (loose[0][i], loose[1][i]) else BAD


def near_class(strict: tuple[list[str], list[str]], i: int) -> str:
    """A middling line's class: chrome only between chrome."""
    return BAD if strict[0][i] == strict[1][i] == BAD else GOOD


def classify(lines: list[str]) -> list[str]:
    """Each line's class, good or bad: the rules' after the context smoothing, then the
    learned scorer's where it is sure (a line it finds very unlike text is chrome), unless it
    would leave no text at all (the rules' text then kept: better kept than lost)."""
    classes = rule_classes(lines)
    sure = sure_chrome(lines, [density(line) for line in lines], [c == GOOD for c in classes])
    if all(flag for flag, kind in zip(sure, classes, strict=True) if kind == GOOD):
        sure = [flag and kind != GOOD for flag, kind in zip(sure, classes, strict=True)]
    return [SURE if flag else kind for flag, kind in zip(sure, classes, strict=True)]


def rule_classes(lines: list[str]) -> list[str]:
    """Each line's class by the rules, good or bad, after the context smoothing."""
    first = [line_class(line) for line in lines]
    strict, loose = nearest_clear(first, False), nearest_clear(first, True)
    shorts = [short_class(strict, loose, i) if c == SHORT else c for i, c in enumerate(first)]
    smoothed = nearest_clear(shorts, False)
    return [near_class(smoothed, i) if c == NEAR else c for i, c in enumerate(shorts)]


def line_classes(lines: list[str]) -> dict[str, str]:
    """The class of each non-empty line of a page, by its text."""
    kept = [line for line in lines if line]
    return dict(zip(kept, classify(kept), strict=True))


def trim_chrome(body: list[str], classes: dict[str, str]) -> list[str]:
    """The body without the chrome its context marks: unpunctuated chrome lines inside it, and
    the page's foot after it: from the credit of the text's origin, teasers cut inside their
    sentence, and from its first unpunctuated chrome line on (a short sentence right after
    the text stays: better kept than lost). The items of a list its text introduces ("…
    возбуждено три уголовных дела:" / "• по факту хулиганства,") stay."""
    body = body[: closing_credit_at(body)]
    while len(body) > 1 and (is_cut_teaser(body[-1]) or body[-1].endswith(":")):
        body = body[:-1]  # another story's teaser; an intro of links left out ("По теме:")
    body = body[: len(body) - teasers_at_foot(body)]
    if other_language_minor(body):
        body = [line for line in body if not is_other_language(line)]
    items = listed(body)
    end = len(body)
    while end > 1 and classes.get(body[end - 1]) in (BAD, SURE) and end - 1 not in items:
        end -= 1
    foot = next(
        (i for i in range(end, len(body)) if is_foot(body[i], classes) and i not in items),
        len(body),
    )
    return [line for i, line in enumerate(body[:foot]) if i in items or is_kept(line, classes)]


def is_foot(line: str, classes: dict[str, str]) -> bool:
    """True for a line after the text's chrome that starts the page's foot."""
    return not ends_sentence(line) or classes.get(line) == SURE


def is_kept(line: str, classes: dict[str, str]) -> bool:
    """True for a line the body keeps: text, or a sentence its context marks as chrome that
    no rule does (better kept than lost). Chrome by the rules is always marked."""
    if classes.get(line) == SURE:
        return False
    if classes.get(line) != BAD:
        return True
    return ends_sentence(line) and not is_chrome_line(line)


def other_language_minor(body: list[str]) -> bool:
    """True when some of the body's lines, fewer than half, have Ukrainian or Belarusian
    letters: those lines are a bilingual site's widgets, not a text in that language."""
    marked = sum(1 for line in body if OTHER_LETTERS.search(line))
    return 0 < marked < OTHER_LINES * len(body)


def is_other_language(line: str) -> bool:
    """True for a line in Ukrainian or Belarusian: "НОВИНИ ДНЯ: …", "Коментує мер Одеси …"."""
    words = line.split()
    marked = sum(1 for word in words if OTHER_LETTERS.search(word))
    return bool(words) and marked >= OTHER_SHARE * len(words)


def listed(body: list[str]) -> set[int]:
    """The indexes of the items of lists the text introduces with a colon."""
    found: set[int] = set()
    for i in range(1, len(body)):
        if LIST_ITEM.match(body[i]) and (i - 1 in found or body[i - 1].endswith(":")):
            found.add(i)
    return found


def closing_credit_at(body: list[str]) -> int:
    """Where the text ends at the credit of its origin after it ("Источник: МЧС"): the page's
    foot follows; the whole body when there is none. A credit with more of the text below it
    than above is an aggregator's source line under the standfirst (sourced_lead), no end."""
    return next(
        (i for i in range(1, len(body)) if is_closing_credit(body[i]) and not opens(body, i)),
        len(body),
    )


def opens(body: list[str], i: int) -> bool:
    """True when more sentences of the text stand below line i than above it."""
    above = sum(1 for line in body[:i] if ends_sentence(line))
    return sum(1 for line in body[i + 1 :] if ends_sentence(line)) > max(above, 1)


def teasers_at_foot(body: list[str]) -> int:
    """How many lines at the body's end are teasers cut with an ellipsis, when two or more
    stand together ("… который, в том...", "… учебное заведение расшир..."); one alone may
    end the text ("Дети не любят овощи…")."""
    count = 0
    while count < len(body) - 1 and body[-1 - count].endswith(ELLIPSES):
        count += 1
    return count if count >= TEASER_RUN else 0


def is_cut_teaser(line: str) -> bool:
    """True for another story's teaser cut inside its sentence: "… он подчеркнул, что…"
    (a sentence does not end on "что"; one ending "Дети не любят овощи…" may)."""
    if line.endswith((".…", "!…", "?…")):
        return True  # a teaser's ellipsis put after a whole sentence: "… поселках Якутии.…"
    match = CUT_END.search(line)
    return match is not None and cyrillic(match[1].casefold()) in stop_words()
