"""The Russian analyzer: words → folded surface forms and their lemmas.

Every word gives, at its own position, its exact form marked with "!" and its
lemmas; a hyphenated word also gives those of its parts, so "Санкт-Петербурге"
is found by "Петербург". Filters change only `token.text`, never the offsets,
so the highlighter marks the words as written.
"""

import re
from collections import defaultdict
from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer

from indexer.text.context import in_context, kinds
from indexer.text.morph import fold_word, lemmas, weak_lemmas

# A word, keeping inner hyphens: "Санкт-Петербурге", "COVID-19", "из-за".
WORD = re.compile(r"\w+(?:[-‐‑]\w+)*")
HYPHENS = re.compile(r"[-‐‑]")
# The words beyond a word's next and its last that its context may look at («стали главной
# опорой», «жертвами теракта стали»).
FURTHER = 3
EXACT = "!"
# The mark of a weak reading's term: «стали» is indexed as "стать" and "~сталь". The engine reads
# a lemma's postings with its weak term's (engine/postings.py), so every form still finds the
# word, and scores the weak ones lower.
WEAK = "~"
# The version of how words become terms. An index whose manifest names another is built
# again in full (writing/build.py): its terms are not the ones queries now look for.
# 2: a name with a number is declined, "Формулы-1" → формула-1 (morph.NUMBERED); a word set
# with a typographic hyphen is the word with the keyboard's ("Санкт‑Петербург", morph.fold).
# 3: a word's unlikely readings are not indexed, «после» as посол (morph.RARE_READING).
# 4: nor a command or an abbreviation where the word reads as another word, «три» as тереть,
# «им» as имя (morph.MARKED), nor a function word as a noun, a short adjective or a
# comparative, «уже» as узкий, «просто» as простой (morph.NOT_FUNCTION); a word of two kinds
# is read as the one its neighbours tell, «из стали» as сталь, «стали работать» as стать
# (text/context.py).
# 5: a word's weak readings are their own terms, "~сталь" for «стали» (morph.WEAK_READING),
# "~течь" for «текущий» (morph.PARTICIPLES);
# a word of look-alike letters of both alphabets is in one, «cенате» as сенате (morph.fold_word).
# 6: a dump's line breaks written as text are breaks again, so the ODS dumps' paragraphs no longer
# open with an "n" glued to their first word, «nРанее» (sources/linebreaks.py); a word of both
# alphabets longer than three letters goes only into its majority's (morph.SHORT_MIXED).
# 7: the law's footnotes on banned and designated names are no part of an article
# (sources/legalnotes.py), nor a dump's link words alone on a line, «На страницу галереи»
# (sources/embeds.py); a word a dump cut at a line break is whole again, «терр\nористическая»
# (sources/splitwords.py); more neighbours tell a word of two kinds, and a word the dictionary
# lacks is none (text/context.py).
# 8: the words of a page's address are indexed, for the ranking (text/address.py).
# 9: where each of a body's paragraphs begins is kept, for the ranking (paragraph_starts).
ANALYSIS_VERSION = 9


def exact_term(word: str) -> str:
    """The term of one exact surface form: "собянину" → "!собянину"."""
    return EXACT + word


def weak_term(lemma: str) -> str:
    """The term of a lemma where a word reads as it only weakly: "сталь" → "~сталь"."""
    return WEAK + lemma


def weak_partner(term: str) -> str | None:
    """The weak term read with a lemma's ("сталь" → "~сталь"); None for an exact form's or a
    weak term itself."""
    return None if term.startswith((EXACT, WEAK)) else weak_term(term)


def form_terms(word: str) -> list[str]:
    """The lemmas of a word, the weak ones marked, and its exact form unless that is its only
    lemma.

    "собянину" → ["!собянину", "собянин"], but "собянин" → ["собянин"]: the
    lemma term already holds that form, which halves the postings to write.
    The engine finds such a form from the lemma's positions less those of the other
    forms' exact terms (`indexer.engine.phrases.own_form`).
    """
    found = lemmas(word)
    if found == (word,):
        return list(found)
    weak = weak_lemmas(word)
    return [exact_term(word), *(weak_term(lemma) if lemma in weak else lemma for lemma in found)]


def word_terms(word: str) -> tuple[str, ...]:
    """All index terms of one folded word, its hyphenated parts included (word_entry keeps
    them for the indexing path)."""
    terms = form_terms(word)
    if HYPHENS.search(word):
        for part in HYPHENS.split(word):
            if part:
                terms += form_terms(part)
    return tuple(dict.fromkeys(terms))


def term_positions(text: str) -> dict[str, list[int]]:
    """Every term of a text with its word positions: the fast indexing path."""
    # Group by word first: a word repeats, its terms are looked up once. A word of two kinds
    # («стали») is looked up at each place, as its neighbours may tell which one it is.
    words = WORD.findall(text)
    by_word: dict[str, list[int]] = defaultdict(list)
    for pos, word in enumerate(words):
        by_word[word].append(pos)
    positions: dict[str, list[int]] = {}
    two_kinds = []
    for word, poslist in by_word.items():
        form = fold_word(word)
        terms, told_by_neighbours = word_entry(form)
        if told_by_neighbours:
            two_kinds.append((form, poslist))
        else:
            add_positions(positions, terms, poslist)
    if two_kinds:
        gaps = WORD.split(text)
        by_terms: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for form, poslist in two_kinds:
            for pos in poslist:
                by_terms[terms_between(form, *neighbours(words, gaps, pos))].append(pos)
        for terms, poslist in by_terms.items():  # «Стали» and «стали» add to one list
            add_positions(positions, terms, sorted(poslist))
    return positions


def paragraph_starts(text: str) -> list[int]:
    """The position of the first word of each paragraph but the first, as `term_positions`
    numbers the words: "Раз два.\\n\\nТри." → [2]."""
    starts, count = [], 0
    for line in text.split("\n"):
        words = len(WORD.findall(line))
        if words and count:
            starts.append(count)
        count += words
    return starts


def add_positions(positions: dict[str, list[int]], terms, poslist: list[int]) -> None:
    """The positions of a word's terms, merged with those other forms gave the same term."""
    for term in terms:
        # Two forms of one lemma ("стали", "сталь") merge into one list.
        known = positions.get(term)
        positions[term] = sorted(known + poslist) if known else poslist


@lru_cache(maxsize=300_000)
def word_entry(form: str) -> tuple[tuple[str, ...], bool]:
    """A folded word's terms, and whether it is of two kinds, which its neighbours may tell
    apart (context.kinds; not a hyphenated word)."""
    return word_terms(form), not HYPHENS.search(form) and kinds(form) is not None


def neighbours(
    words: list[str], gaps: list[str], pos: int
) -> tuple[str | None, str | None, tuple[str, ...], tuple[str, ...]]:
    """The folded words before and after a position, each None across anything but spaces;
    the next FURTHER words after that, and the FURTHER before it, nearest first, up to
    punctuation; `gaps` is the text between the words (WORD.split)."""
    following = run_of_words(words, gaps, range(pos + 1, min(len(words), pos + 2 + FURTHER)))
    preceding = run_of_words(words, gaps, range(pos - 1, max(-1, pos - 2 - FURTHER), -1))
    after = following[0] if following else None
    before = preceding[0] if preceding else None
    return before, after, tuple(following[1:]), tuple(preceding[1:])


def run_of_words(words: list[str], gaps: list[str], places: range) -> list[str]:
    """The folded words at these places, going away from a word, up to the first with
    punctuation between it and the one nearer (gaps[n] stands before words[n])."""
    found = []
    for n in places:
        if gaps[n + 1 if places.step < 0 else n].strip():
            break
        found.append(fold_word(words[n]))
    return found


def terms_between(
    form: str,
    before: str | None,
    after: str | None,
    further: tuple[str, ...] = (),
    earlier: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The terms of a word of two kinds between these neighbours: its exact form and the
    lemmas of the kind they tell, or every lemma."""
    chosen = in_context(form, before, after, further, earlier)
    return word_entry(form)[0] if chosen is None else (exact_term(form), *chosen)


class YoFilter(Filter):
    """ё → е, so "ещё" and "еще" are one word; typographic hyphens → "-"; a word of both
    alphabets in one (morph.fold_word)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold_word(t.text)
            yield t


class MorphFilter(Filter):
    """Each word becomes its lemmas and its exact form, all at one position.

    In query mode only the lemmas come out, weak or not: the query side asks for the exact
    form itself when the user writes !слово. No MorphAnalyzer is held here, so
    pickling the schema stays cheap (see indexer.text.morph).
    """

    def __call__(self, tokens):
        for t in tokens:
            terms = word_terms(t.text)
            if t.mode == "query":
                terms = [term.removeprefix(WEAK) for term in terms if not term.startswith(EXACT)]
            for term in terms:
                t.text = term
                yield t


def russian_analyzer():
    """The analyzer of the text fields in the schema, for Whoosh's own query parsing.

    Indexing does not run it (`RussianText.index` calls `term_positions`, which gives the
    same terms but where a word of two kinds has neighbours that tell which one it is, a test
    checks), nor does highlighting (engine/highlight.py marks word forms).
    """
    return RegexTokenizer(WORD) | LowercaseFilter() | YoFilter() | MorphFilter()
