"""A learned second look at a copied page's headline: whether the line the rules took for it
is the page's own headline, or furniture over a copy that has none (a site's or a section's
name, a teaser of another story, a photo's caption, a menu's words, a list's item).

A logistic regression over general shapes of that line (words, its end, capitals, digits,
Latin letters, a verb in it), what the text under it retells of it, and where the copy writes
it (how far above the text, twice, with a date line beside it, the copy's first line),
trained on the hand-written records of the scraped test pages (bench/headlinetrain.py) and
kept as a small data file beside this module. It knows no site: only shapes. When it is sure the
line is no headline, the copy is read as one without a headline: the first sentence of its
text stands in for the title, as the rules do for a copy that starts at the text.
"""

import math
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from indexer.article import Article
from indexer.sources.chrome import is_chrome_line
from indexer.sources.dates import is_date_text
from indexer.sources.pageheads import (
    SENTENCE_INSIDE,
    headline_score,
    is_headline,
    is_paragraph,
    stand_in_title,
    stems,
    told_score,
)
from indexer.sources.weights import StoredWeights, chances
from indexer.text.morph import has_finite_verb, tells_deed

WEIGHTS = StoredWeights(Path(__file__).with_name("titlescore.json"))
WEIGHTS_FILE = WEIGHTS.path
model, using = WEIGHTS.current, WEIGHTS.using  # the weights in use; others for a block
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"\w+")
LIST_ITEM = re.compile(r"^(?:[•·▪●◦*\-–—]|\d{1,2}[.)])\s*\S")
CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
QUOTES = re.compile('[«»"“”]')
CREDIT = re.compile(r"©|[Фф]ото")
MENU_MARKS = re.compile(r"[|<>/]")  # "26 января 2017 года, Четверг, 16:05 << АНОНСЫ"
OPENING_LINES = 3  # the text's first lines that may retell the headline
KEY = 50  # characters of the text's first line looked for among the copy's lines
STAND_IN_KEY = 60  # characters of a title standing in that open the text's first line
FEATURE_NAMES = (
    "bias", "words", "chars", "full_stop", "colon", "exclaimed", "lower_start", "digit_start",
    "list_item", "digits", "latin", "capitals", "quotes", "retold", "told", "in_text",
    "rule_chrome", "date", "sentences", "credit", "gap", "right_above", "not_above",
    "written_twice", "position", "opening_words", "lead", "share", "commas", "few_words",
    "dated", "clock", "menu_marks", "in_body", "date_under", "date_over", "headline_shape",
    "capital_words", "first_line", "paragraphs_between", "headline_between", "deed", "verb",
    "plain",
)  # fmt: skip


def opening(article: Article) -> str:
    """The first line of the article's text: its lead, else its body's first line."""
    return article.lead or next((line for line in article.body.split("\n") if line), "")


def stand_in(article: Article) -> str:
    """The title of the copy read without a headline: its text's first sentence."""
    first = opening(article)
    return stand_in_title(first) or first


@dataclass(frozen=True)
class Copy:
    """What a line is looked at against as the headline of a copy: the copy's non-empty lines
    (flat), the text's first line, the stems of its opening and of its body, and the article's
    other fields the features ask for."""

    lines: list[str]
    first: str
    told: set[str]
    said: set[str]
    body: str
    lead: bool
    dated: bool
    plain: bool

    shaped: dict[int, bool] = field(default_factory=dict, compare=False)

    def is_headline(self, i: int) -> bool:
        """Whether line i is shaped like a headline (pageheads.is_headline), each line read
        once for all the lines the choice of a headline looks at (titlepick)."""
        if i not in self.shaped:
            self.shaped[i] = is_headline(self.lines, i)
        return self.shaped[i]

    @cached_property
    def text_at(self) -> int | None:
        """The copy's line the text starts on (its first line's opening), None if not found."""
        key = flat(self.first)[:KEY]
        return next((i for i, line in enumerate(self.lines) if line.startswith(key)), None)


def copy_of(article: Article, text: str, plain: bool) -> Copy:
    """The copy the article was read from, as its headline's features look at it."""
    body = article.body.split("\n")
    return Copy(
        lines=[flat(line) for line in text.splitlines() if line.strip()],
        first=opening(article),
        told=stems(" ".join(([article.lead] if article.lead else []) + body[:OPENING_LINES])),
        said=stems(article.body),
        body=flat(article.body),
        lead=bool(article.lead),
        dated=article.date is not None,
        plain=plain,
    )


def has_headline(article: Article) -> bool:
    """True when the rules read the copy with a headline: a title, a text, and the title not
    the opening words of the text's first line."""
    first = opening(article)
    return bool(article.title and first) and not opens_text(article.title, first)


def opens_text(title: str, first: str) -> bool:
    """True for a title made of the text's first line's opening words (a copy read without
    a headline)."""
    return flat(first).startswith(flat(title)[:STAND_IN_KEY])


def features(article: Article, text: str, plain: bool) -> np.ndarray | None:
    """The feature row of the article's headline as the rules chose it, or None when the
    rules already read the copy without one (the title opens the text's first line)."""
    if not has_headline(article):
        return None
    return line_features(article.title, copy_of(article, text, plain))


def line_features(title: str, copy: Copy) -> np.ndarray:
    """The feature row of a line taken for the headline of the copy."""
    lines, first = copy.lines, copy.first
    # The headline's line as the copy writes it, its decoration and marks aside ("📌 …").
    words_of_title = word_key(title)
    words = title.split()
    letters = [c for c in title if c.isalpha()] or ["a"]
    at = [i for i, line in enumerate(lines) if word_key(line) == words_of_title]
    top = at[0] if at else -1
    below = copy.text_at
    gap = below - top if at and below is not None and below > top else -1
    between = lines[top + 1 : below] if gap > 0 else []
    return np.array([
        1.0, math.log1p(len(words)), len(title) / 100, float(title.endswith(".")),
        float(title.endswith(":")), float(title.endswith(("!", "?"))),
        float(title[:1].islower()), float(title[:1].isdigit()),
        float(bool(LIST_ITEM.match(title))), sum(c.isdigit() for c in title) / len(title),
        len(LATIN.findall(title)) / len(letters), sum(c.isupper() for c in letters) / len(letters),
        float(bool(QUOTES.search(title))), headline_score(title, copy.told),
        told_score(title, copy.told), headline_score(title, copy.said),
        float(is_chrome_line(title)), float(is_date_text(title)),
        float(bool(SENTENCE_INSIDE.search(title))), float(bool(CREDIT.search(title))),
        math.log1p(max(gap, 0)), float(gap == 1), float(gap < 0), min(len(at), 3) / 3,
        top / len(lines) if at else 1.0, math.log1p(len(first.split())), float(copy.lead),
        len(title) / (len(title) + len(first)), title.count(",") / len(words),
        float(len(words) <= 3), float(copy.dated), float(bool(CLOCK.search(title))),
        float(bool(MENU_MARKS.search(title))), float(flat(title) in copy.body),
        float(bool(at) and top + 1 < len(lines) and is_date_text(lines[top + 1])),
        float(bool(at) and top > 0 and is_date_text(lines[top - 1])),
        float(bool(at) and copy.is_headline(top)),
        sum(word[:1].isupper() for word in words) / len(words), float(top == 0),
        math.log1p(sum(map(is_paragraph, between))),
        float(any(copy.is_headline(j) for j in range(top + 1, top + 1 + len(between)))),
        float(tells_deed(title)), float(has_finite_verb(title)), float(copy.plain),
    ])  # fmt: skip


def word_key(line: str) -> str:
    """A line's words alone, in lower case: what the copy and the title share once the rules
    took a headline's decoration, quotes and marks off."""
    return " ".join(WORD.findall(line.lower()))


def flat(text: str) -> str:
    """Text on one line with single spaces, for comparing."""
    return " ".join(text.split())


def decided(article: Article, text: str, plain: bool) -> Article:
    """The article read without a headline where the model is sure the rules' one is none;
    `text`: the copy as read, `plain`: read by the plain reader (a title-first copy)."""
    weights = model()
    if weights.get("weights") is None or (row := features(article, text, plain)) is None:
        return article
    if float(chances(row, weights)) >= weights["demote_below"]:
        return article
    return replace(article, title=stand_in(article))
