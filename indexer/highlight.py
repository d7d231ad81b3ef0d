"""Snippets and highlighting: the query's words marked as the article writes them.

A query word is expanded once into every form of its lemmas (pymorphy3's
lexeme) and compiled into one regular expression, so marking a 7,000-character
body costs a regex scan instead of a morphological analysis of every word.
"""

import re
from functools import lru_cache
from html import escape

from indexer import query as q
from indexer.analysis import query_lemmas
from indexer.morph import fold, word_forms

SNIPPET_CHARS = 250
FRAGMENTS = 3
ELLIPSIS = "…"
MAX_MATCHES = 500


def words_pattern(words: list[q.Word]) -> re.Pattern | None:
    """One regex matching every form of every word; None for no words."""
    key = tuple(sorted({(fold(w.text), w.exact, w.prefix) for w in words}))
    return compiled(key) if key else None


@lru_cache(maxsize=512)
def compiled(key: tuple) -> re.Pattern:
    forms: set[str] = set()
    prefixes: set[str] = set()
    for text, exact, prefix in key:
        if prefix:
            prefixes.add(text)
        else:
            forms |= {text} if exact else forms_of(text)
    alternatives = [yo(re.escape(f)) for f in sorted(forms, key=len, reverse=True)]
    alternatives += [yo(re.escape(p)) + r"\w*" for p in prefixes]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def forms_of(word: str) -> set[str]:
    forms = {word}
    for lemma in query_lemmas(word):
        forms |= word_forms(lemma)
    return forms


def yo(pattern: str) -> str:
    """Folded "е" matches "ё" in the text too: "еще" marks "ещё"."""
    return pattern.replace("е", "[её]")


def mark(text: str, pattern: re.Pattern | None) -> str:
    """The text HTML-escaped, with each match wrapped in <mark>."""
    if not pattern or not text:
        return escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out += [escape(text[last : match.start()]), "<mark>", escape(match.group()), "</mark>"]
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def snippet(body: str, lead: str, pattern: re.Pattern | None) -> str:
    """Up to three marked fragments of the body; the lead when the body has no match."""
    matches = list(first(pattern.finditer(body), MAX_MATCHES)) if pattern else []
    if not matches:
        if lead and pattern and pattern.search(lead):
            return mark(shorten(one_line(lead), SNIPPET_CHARS), pattern)
        return escape(shorten(one_line(body or lead), SNIPPET_CHARS))
    windows = [word_bounds(body, start, end) for start, end in pick_windows(matches, len(body))]
    fragments = " … ".join(mark(one_line(body[start:end]), pattern) for start, end in windows)
    head = ELLIPSIS + " " if windows[0][0] > 0 else ""
    tail = " " + ELLIPSIS if windows[-1][1] < len(body) else ""
    return head + fragments + tail


def first(iterator, limit: int):
    for count, item in enumerate(iterator):
        if count >= limit:
            return
        yield item


def pick_windows(matches: list[re.Match], length: int) -> list[tuple[int, int]]:
    """Non-overlapping windows, each chosen for the most words not yet shown."""
    width = SNIPPET_CHARS // FRAGMENTS
    shown: set[str] = set()
    chosen: list[tuple[int, int]] = []
    while len(chosen) < FRAGMENTS:
        best = best_window(matches, width, shown, chosen)
        if best is None:
            break
        start, words = best
        chosen.append((start, start + width))
        shown |= words
    return widen(sorted(chosen), length)


def best_window(matches, width, shown, chosen):
    best, best_score = None, 0.0
    for m in matches:
        start = max(0, m.start() - width // 3)
        if any(start < end and start + width > begin for begin, end in chosen):
            continue
        inside = [x for x in matches if start <= x.start() and x.end() <= start + width]
        words = {fold(x.group()) for x in inside}
        score = len(words - shown) + 0.1 * len(inside)
        if score > best_score and (words - shown or not chosen):
            best, best_score = (start, words), score
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


def one_line(text: str) -> str:
    """Paragraph breaks and runs of spaces become single spaces."""
    return " ".join(text.split())


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the cut points out of the middle of words."""
    if start > 0:
        space = max(text.rfind(" ", start - 20, start), text.rfind("\n", start - 20, start))
        start = space + 1 if space >= 0 else start
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
