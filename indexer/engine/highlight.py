"""Snippets and highlighting: the query's words marked as the article writes them.

A query word is expanded once into every form of its lemmas (pymorphy3's
lexeme); marking a text is then a scan of its words against that set, with
no morphological analysis of the article at query time.
"""

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from indexer.engine.plan import Term
from indexer.text.morph import CYRILLIC_LIKE, LATIN_LIKE, fold, fold_word

SNIPPET_CHARS = 250
FRAGMENTS = 3
# A passage holding every query word that is at most this long is shown as one fragment,
# with room left around it.
PASSAGE_CHARS = 230
ELLIPSIS = "…"
MAX_MATCHES = 200
# Enough matches to choose the fragments from, once every query word is among them (else up
# to MAX_MATCHES); the rest of a long body is not scanned.
SNIPPET_SPANS = 12
WORD_CHAR = re.compile(r"\w")
LONGEST_WORD = 64
# A form's letters alike in the two alphabets match either: «cенате» written with a Latin c is
# marked for «сенат», as the index reads it (morph.fold_word). Matching them in the regex costs
# a page nothing measurable; folding each text's mixed words before the scan cost it 1 ms.
LOOK_ALIKE = dict(zip(LATIN_LIKE + CYRILLIC_LIKE, CYRILLIC_LIKE + LATIN_LIKE, strict=True))


@dataclass(frozen=True)
class Highlighter:
    """Which words of a text to mark: any form of the query's words."""

    pattern: re.Pattern
    forms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    # Which query word each form and prefix stands for (its number): a snippet is chosen to
    # show the query's words, not the most forms of one of them.
    groups: Mapping[str, int] = field(default_factory=dict)
    prefix_groups: tuple[int, ...] = ()
    words: int = 0  # how many query words there are to show
    # The forms with their first letter's look-alike («cенате»), scanned apart: a pattern whose
    # branches all start with one letter is searched for that letter alone, much faster.
    foreign: re.Pattern | None = None

    def marks(self, word: str) -> bool:
        """True for a word the pattern found that is a query form as the index reads it: not
        "top", all of Latin look-alikes, for «тор»."""
        if word in self.forms:
            return True
        word = fold_word(word)
        return word in self.forms or word.startswith(self.prefixes)

    def group(self, word: str) -> int | str:
        """The number of the query word a marked word stands for (the folded word itself
        for one no form or prefix names)."""
        folded = fold_word(word)
        if folded in self.groups:
            return self.groups[folded]
        numbered = zip(self.prefixes, self.prefix_groups, strict=True)
        return next((n for prefix, n in numbered if folded.startswith(prefix)), folded)

    def spans(self, text: str, enough: int = MAX_MATCHES) -> list[tuple[int, int]]:
        """(start, end) of the words to mark, in order; the scan stops once `enough`
        matches have shown every query word, or at MAX_MATCHES."""
        folded = fold(text)
        if len(folded) != len(text):  # a rare letter whose lower case is longer
            folded = "".join(fold(c) if len(fold(c)) == 1 else c for c in text)
        found = self.scan(self.pattern, folded, enough)
        if self.foreign is not None:
            found = sorted(found + self.scan(self.foreign, folded, enough))
        return found

    def scan(self, pattern: re.Pattern, folded: str, enough: int) -> list[tuple[int, int]]:
        """The whole words of one pattern's that are query forms, as `spans` tells."""
        found, seen, position, every = [], set(), 0, self.words
        while match := pattern.search(folded, position):
            start, end = match.span()
            inside = start and WORD_CHAR.match(folded, start - 1)
            if inside or not self.marks(match.group()):  # look again after its first letter
                position = start + 1
                continue
            found.append((start, end))
            seen.add(self.group(match.group()))
            if len(found) >= enough and (len(seen) >= every or len(found) >= MAX_MATCHES):
                break
            position = end
        return found


def highlighter(words: list[Term]) -> Highlighter | None:
    """The highlighter of these analysed query words; None for no words."""
    key = tuple(sorted({(w.form, w.prefix, w.forms) for w in words}, key=lambda k: k[:2]))
    return compiled(key) if key else None


@lru_cache(maxsize=512)
def compiled(key: tuple) -> Highlighter:
    """One regex over folded text: every form of every word, ending a word; spans()
    drops the matches that start inside one ("петербург" still marks "Петербурге" in
    "Санкт-Петербурге"). Without a look-behind first, the regex engine skips straight
    to the letters a form can start with: 2.4x faster on the speed set's snippets."""
    forms: set[str] = set()
    prefixes: list[str] = []
    groups: dict[str, int] = {}
    numbers: dict = {}  # a word typed twice in two forms is one word to show
    for text, prefix, word_forms in key:
        number = numbers.setdefault(text if prefix else word_forms, len(numbers))
        if prefix:
            prefixes.append(re.escape(text) + r"\w*")
        else:
            forms |= word_forms
            groups |= {form: number for form in word_forms if form not in groups}
    # A form longer than any word (a query of 2,000 letters) would nest the trie too deep.
    long = sorted((f for f in forms if len(f) > LONGEST_WORD), key=len, reverse=True)
    short = forms.difference(long)
    own, foreign = as_tries(short) if short else ("", "")
    alternatives = [re.escape(f) for f in long] + ([own] if own else []) + prefixes
    starts = tuple(text for text, prefix, _ in key if prefix)
    return Highlighter(whole_words(alternatives), frozenset(forms), starts,
                       groups, tuple(numbers[text] for text in starts), len(numbers),
                       whole_words([foreign]) if foreign else None)  # fmt: skip


def whole_words(alternatives: list[str]) -> re.Pattern:
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


def as_tries(forms: set[str]) -> tuple[str, str]:
    """The regex of the forms with their shared beginnings written once ("реформ(?:а|ы)?"), and
    apart from it, when they all start with one letter, the regex of them starting with its
    look-alike of the other alphabet instead ("" when there is none to keep apart). The regex
    engine tries a form's letters once, not once per form (2x faster snippets), and searches for
    one first letter much faster than for a set. Longer forms are tried first, as in a
    longest-first alternation."""
    trie: dict = {}
    for form in forms:
        node = trie
        for letter in form:
            node = node.setdefault(letter, {})
        node[""] = {}
    own, foreign = [], []
    for letter, child in sorted(trie.items()):
        rest = trie_regex(child)
        own.append(re.escape(letter) + rest)
        if letter in LOOK_ALIKE:
            foreign.append(re.escape(LOOK_ALIKE[letter]) + rest)
    if len(own) > 1 or not foreign:  # searched for a set of letters anyway: one regex
        return "(?:" + "|".join(own + foreign) + ")", ""
    return own[0], foreign[0]


def trie_regex(node: dict) -> str:
    branches = [
        either_alphabet(letter) + trie_regex(child)
        for letter, child in sorted(node.items())
        if letter
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def either_alphabet(letter: str) -> str:
    """A letter of a form as a regex, its look-alike of the other alphabet beside it."""
    alike = LOOK_ALIKE.get(letter)
    return f"[{letter}{alike}]" if alike else re.escape(letter)


def mark(text: str, marker: Highlighter | None) -> str:
    """The text HTML-escaped, with each matching word wrapped in <mark>."""
    if not marker or not text:
        return escape(text)
    out, last = [], 0
    for start, end in marker.spans(text):
        out += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def snippet(body: str, lead: str, marker: Highlighter | None) -> str:
    """Up to three marked fragments of the lead and body (the page shows no lead beside
    them); their opening when neither names a query word."""
    text = "\n".join(part for part in (lead, body) if part)
    spans = marker.spans(text, enough=SNIPPET_SPANS) if marker else []
    if not spans:
        return escape(opening(text))
    windows = [word_bounds(text, a, b) for a, b in pick_windows(text, spans, marker)]
    fragments = " … ".join(mark(one_line(text[a:b]), marker) for a, b in windows)
    head = ELLIPSIS + " " if windows[0][0] > 0 else ""
    tail = " " + ELLIPSIS if windows[-1][1] < len(text) else ""
    return head + fragments + tail


def pick_windows(
    text: str, spans: list[tuple[int, int]], marker: Highlighter
) -> list[tuple[int, int]]:
    """One window round the shortest passage showing every query word found, when it fits;
    else windows each chosen for the most query words not yet shown, none overlapping."""
    words = [marker.group(text[a:b]) for a, b in spans]
    first, last = shortest_passage(spans, words)
    start, end = spans[first][0], spans[last][1]
    if end - start <= PASSAGE_CHARS:
        return widen([(start, end)], len(text))
    width = SNIPPET_CHARS // FRAGMENTS
    starts = [a for a, _ in spans]
    shown: set = set()
    chosen: list[tuple[int, int]] = []
    while len(chosen) < FRAGMENTS:
        best = best_window(spans, words, starts, width, shown, chosen)
        if best is None:
            break
        chosen.append((best[0], best[0] + width))
        shown |= best[1]
    return widen(sorted(chosen), len(text))


def shortest_passage(spans: list[tuple[int, int]], words: list) -> tuple[int, int]:
    """The first and last of the shortest run of spans holding every word the spans hold."""
    every, count = len(set(words)), {}
    best, first = (0, len(spans) - 1), 0
    for last, word in enumerate(words):
        count[word] = count.get(word, 0) + 1
        while len(count) == every:
            if spans[last][1] - spans[first][0] < spans[best[1]][1] - spans[best[0]][0]:
                best = (first, last)
            gone = words[first]
            count[gone] -= 1
            if not count[gone]:
                del count[gone]
            first += 1
    return best


def best_window(spans, words, starts, width, shown, chosen):
    best, best_score = None, 0.0
    for first, (span_start, _) in enumerate(spans[:MAX_MATCHES]):
        start = max(0, span_start - width // 3)
        if any(start < end and start + width > begin for begin, end in chosen):
            continue
        inside = set(words[first : bisect_right(starts, start + width - 1)])
        count = bisect_right(starts, start + width - 1) - first
        score = len(inside - shown) + 0.1 * count
        if score > best_score and (inside - shown or not chosen):
            best, best_score = (start, inside), score
    return best


def widen(windows: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Fewer fragments get more room each, to fill about SNIPPET_CHARS."""
    extra = (SNIPPET_CHARS - sum(end - start for start, end in windows)) // max(1, len(windows))
    widened: list[tuple[int, int]] = []
    for start, end in windows:
        start, end = max(0, start - extra // 3), min(length, end + extra - extra // 3)
        if widened and start <= widened[-1][1]:
            start = widened.pop()[0]  # overlapping fragments become one
        widened.append((start, end))
    return widened


def opening(text: str) -> str:
    """The text's first SNIPPET_CHARS or so as one line; a long body is not joined whole."""
    head = text[: 4 * SNIPPET_CHARS]
    line = one_line(head)
    if len(line) <= SNIPPET_CHARS and len(head) < len(text):  # mostly blank lines
        line = one_line(text)
    return shorten(line, SNIPPET_CHARS)


def one_line(text: str) -> str:
    """Paragraph breaks and runs of spaces become single spaces."""
    return " ".join(text.split())


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the cut points out of the middle of words."""
    if start > 0:
        back = max(0, start - 20)
        space = max(text.rfind(" ", back, start), text.rfind("\n", back, start))
        start = space + 1 if space >= 0 or back == 0 else start
    if end < len(text):
        space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        end = space if space > start else end
    return start, end


def shorten(text: str, size: int) -> str:
    """The first `size` characters or so, cut at a word boundary."""
    if len(text) <= size:
        return text
    _, end = word_bounds(text, 0, size)
    return text[:end].rstrip(" ,.;:") + " " + ELLIPSIS
