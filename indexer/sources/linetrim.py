"""A body trimmed by its lines' classes (linekind.py): chrome at its foot from the credit of
the text's origin on, teasers cut inside their sentence, a bilingual site's widgets in another
language; the items of a list the text introduces and sentences no rule calls chrome stay.
"""

import re

from indexer.sources.chrome import is_chrome_line, is_closing_credit
from indexer.sources.linekind import BAD, SURE, cyrillic, ends_sentence, stop_words
from indexer.sources.pageend import box_end, is_feed_start, starts_story_after_call
from indexer.text.morph import morph_analyzer

# Letters of Ukrainian and Belarusian that Russian has not.
OTHER_LETTERS = re.compile(r"[іїєґўІЇЄҐЎ]")
# Greek and Hebrew letters: a Cypriot or an Israeli site's widgets ("Μπορεί επίσης να σας
# ενδιαφέρει:"), in words of their own; not a Greek omicron a site mixes into Russian words
# against copying ("Алуштинсκогο").
OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0590-\u05ff]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
ANY_OTHER = re.compile(f"{OTHER_LETTERS.pattern}|{OTHER_SCRIPT.pattern}")  # a line's quick test
OTHER_SHARE = 0.25  # of a line's words with them: a line in another language …
OTHER_LINES = 0.5  # … when fewer than this share of the body's lines have any
# An item of a list: "• по факту хулиганства,", "- Анна, лицей № 1;", "2) ремонт дорог".
LIST_ITEM = re.compile(r"^(?:[•·▪●◦*\-–—]|\d{1,2}[.)])\s*\S")
GROUP_HEADING_WORDS = 5
ELLIPSES = ("…", "...")
TEASER_RUN = 2
# A line cut with an ellipsis after its last word: "… он подчеркнул, что…", "в том..."
CUT_END = re.compile(r"(?:^|\s)(\w+),?\s*(?:…|\.\.\.)$")


def trim_chrome(body: list[str], classes: dict[str, str]) -> list[str]:
    """The body without the chrome its context marks: unpunctuated chrome lines inside it, and
    the page's foot after it: from the credit of the text's origin or a site's call over
    another story, teasers cut inside their sentence, and from its first unpunctuated chrome
    line on (a short sentence right after the text stays: better kept than lost). The items
    of a list its text introduces ("… возбуждено три уголовных дела:" / "• по факту
    хулиганства,") stay."""
    body = body[: min(closing_credit_at(body), feed_at(body), story_after_call_at(body))]
    while len(body) > 1 and ((teaser := is_cut_teaser(body[-1])) or body[-1].endswith(":")):
        body = body[:-1]  # another story's teaser; an intro of links left out ("По теме:")
        if teaser and len(body) > 1 and not ends_sentence(body[-1]):
            body = body[:-1]  # the teaser's headline over it
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
    """True when some of the body's lines, fewer than half, have Ukrainian, Belarusian, Greek
    or Hebrew letters: those lines are a bilingual site's widgets, not a text in that language."""
    marked = sum(1 for line in body if ANY_OTHER.search(line) and has_other_word(line))
    return 0 < marked < OTHER_LINES * len(body)


def has_other_word(line: str) -> bool:
    """True for a line with a word of another language (is_other_word)."""
    return any(map(is_other_word, line.split()))


def is_other_language(line: str) -> bool:
    """True for a line in Ukrainian, Belarusian, Greek or Hebrew: "НОВИНИ ДНЯ: …", "Коментує
    мер Одеси …"."""
    words = line.split()
    marked = sum(1 for word in words if is_other_word(word))
    return bool(words) and marked >= OTHER_SHARE * len(words)


def is_other_word(word: str) -> bool:
    """True for a word of Ukrainian or Belarusian, or one in Greek or Hebrew letters."""
    if OTHER_LETTERS.search(word):
        return True
    return OTHER_SCRIPT.search(word) is not None and CYRILLIC.search(word) is None


def listed(body: list[str]) -> set[int]:
    """The indexes of the items of lists the text introduces with a colon, and of the short
    headings of their groups ("… призёрами стали:" / "1-5 классы" / "1. Ширяев Егор")."""
    found: set[int] = set()
    for i in range(1, len(body)):
        if not (i - 1 in found or body[i - 1].endswith(":")):
            continue
        if LIST_ITEM.match(body[i]) or is_group_heading(body, i):
            found.add(i)
    return found


def is_group_heading(body: list[str], i: int) -> bool:
    """True for a short line without a sentence's end over an item of a list."""
    short = len(body[i].split()) <= GROUP_HEADING_WORDS and not ends_sentence(body[i])
    return short and i + 1 < len(body) and LIST_ITEM.match(body[i + 1]) is not None


def closing_credit_at(body: list[str]) -> int:
    """Where the text ends at the credit of its origin after it ("Источник: МЧС"): the page's
    foot follows; the whole body when there is none. A credit with more of the text below it
    than above is an aggregator's source line under the standfirst (sourced_lead), no end."""
    return next(
        (i for i in range(1, len(body)) if is_closing_credit(body[i]) and not opens(body, i)),
        len(body),
    )


def feed_at(body: list[str]) -> int:
    """Where the text ends at a heading of other news ("Новости по теме:") that no sentence of
    the text follows (a box of links inside it does); the whole body when there is none."""
    return next(
        (
            i
            for i in range(1, len(body))
            if is_feed_start(body[i]) and box_end(body, i) == len(body)
        ),
        len(body),
    )


def story_after_call_at(body: list[str]) -> int:
    """Where the text ends at a site's call with another story under it; the whole body when
    there is none."""
    found = (i for i in range(1, len(body)) if starts_story_after_call(body, i))
    return next(found, len(body))


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
    (a sentence does not end on "что"; one ending "Дети не любят овощи…" may), or inside a
    word."""
    if line.endswith((".…", "!…", "?…", ",…", ",...")):
        return True  # a teaser's ellipsis after a whole sentence ("… Якутии.…"), a comma
    match = CUT_END.search(line)
    word = match[1] if match else ""
    return bool(word) and (cyrillic(word.casefold()) in stop_words() or is_cut_word(word))


def is_cut_word(word: str) -> bool:
    """True for a word cut short by a teaser's ellipsis: in lower case, Cyrillic, and no word
    the dictionary knows ("… и многие другие реги...")."""
    return word.islower() and cyrillic(word) == word and not morph_analyzer().word_is_known(word)
