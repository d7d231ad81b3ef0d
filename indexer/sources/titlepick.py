"""A learned second choice of a copied page's headline among the lines above its text: where
the rules took furniture for the headline (the site's or the office's name, a region's or a
section's label, a menu, the weather, the date line with its source), the line the page's
headline is, or the standfirst the rules took for the lead under it.

Each line within WINDOW lines above the text, of headline length, none of the text's own nor of
the lines the folder's other pages repeat, and the standfirst, are scored by a conditional logit
(a softmax over the page's lines) over the headline decision's shapes of a line
(titlescore.line_features), where it stands beside the rules' choice, and how much it spells the
site's host. The model is trained on the hand-written records of the scraped test pages
(bench/titlepicktrain.py) and kept as a small data file beside this module; it knows no site,
only shapes. The rules' headline gives way only to a line the model prefers by MARGIN; a copy
read without a headline is left as it is.
"""

from dataclasses import dataclass, replace
from pathlib import Path

import cyrtranslit
import numpy as np
from rapidfuzz import fuzz

from indexer.article import Article
from indexer.sources.dates import is_date_text
from indexer.sources.linekey import is_learnt
from indexer.sources.pageheads import TITLE_SEPARATOR, without_site_name
from indexer.sources.titlescore import (
    FEATURE_NAMES as LINE_FEATURES,
)
from indexer.sources.titlescore import (
    Copy,
    copy_of,
    has_headline,
    line_features,
    opens_text,
    word_key,
)
from indexer.sources.weights import StoredWeights

WEIGHTS = StoredWeights(Path(__file__).with_name("titlepick.json"))
WEIGHTS_FILE = WEIGHTS.path
model, using = WEIGHTS.current, WEIGHTS.using  # the weights in use; others for a block
WINDOW = 15  # lines above the text a headline is looked for in
MOST_WORDS = 30  # a longer line is a paragraph, no headline
SITE_LETTERS = 4  # a shorter host name matches too many lines by chance
SITE_LIKE = 0.8  # a line this like the host's name is the site's name ("Вести Семей": 0.95)
FEATURE_NAMES = (
    *LINE_FEATURES, "chosen", "above_chosen", "below_chosen", "last_shaped", "last_line",
    "distance", "names_site", "site_like", "lead",
)  # fmt: skip
SHAPED = LINE_FEATURES.index("headline_shape")


@dataclass(frozen=True)
class Line:
    """A line above the text, or the standfirst, that may be the headline: its title, its
    place in the copy, whether it is the rules' choice, whether it is the standfirst."""

    title: str
    at: int
    chosen: bool
    lead: bool = False  # the rules' standfirst


def lines_above(article: Article, copy: Copy, chrome: frozenset[str]) -> list[Line]:
    """The lines within WINDOW above the text that could be its headline, each once and none
    of the text's own nor of the folder's `chrome`, the lines its other pages repeat (the site's
    name a page title adds taken off, as the rules take it off)."""
    chosen, below = word_key(article.title), copy.text_at
    if below is None:
        return []
    # A line of the text itself is no headline: a copy may write the text above its headline.
    found, seen = [], {word_key(line) for line in (article.lead, *article.body.split("\n"))}
    for at in range(max(0, below - WINDOW), below):
        line = copy.lines[at]
        if not 1 <= len(line.split()) <= MOST_WORDS or is_date_text(line):
            continue
        title = without_site_name(line)
        key = word_key(title)
        if is_learnt(line, chrome) and key != chosen:
            continue
        if key and key not in seen and not opens_text(title, copy.first):
            seen.add(key)
            found.append(Line(title, at, key == chosen))
    return without_page_titles(found)


def without_page_titles(found: list[Line]) -> list[Line]:
    """The lines but a page title that is another line's headline with the site's name after
    a separator ("Губернатор побывал в Шуе - «Местный спрос»" over "Губернатор побывал в
    Шуе"): one headline, the one written alone."""
    heads = {line.title for line in found}
    return [line for line in found if not any(is_titled(line.title, head) for head in heads)]


def is_titled(line: str, headline: str) -> bool:
    """True for the headline with more after a separator: "<headline> - <site>"."""
    rest = line[len(headline) :] if line != headline and line.startswith(headline) else ""
    return TITLE_SEPARATOR.match(rest) is not None


def choices(
    article: Article, text: str, plain: bool, chrome: frozenset[str] = frozenset()
) -> tuple[list[Line], np.ndarray] | None:
    """The lines the headline is chosen among and their feature rows; None when there is
    nothing to choose (no text, no line above it, a copy read without a headline)."""
    if not has_headline(article):
        return None
    copy, site = copy_of(article, text, plain), site_label(article.source)
    found = lines_above(article, copy, chrome)
    if not found:
        return None
    rows = [line_features(line.title, copy) for line in found]
    if (line := lead_line(article, found, copy.text_at)) is not None:
        # The standfirst is looked at as a headline over the body.
        found.append(line)
        rows.append(line_features(line.title, copy_of(replace(article, lead=""), text, plain)))
    shaped = [n for n, row in enumerate(rows) if row[SHAPED] > 0]
    last_shaped = shaped[-1] if shaped else -1
    chosen_at = next((line.at for line in found if line.chosen), None)
    extra = [
        [
            float(line.chosen),
            float(chosen_at is not None and line.at < chosen_at),
            float(chosen_at is not None and line.at > chosen_at),
            float(n == last_shaped),
            float(n == len(found) - 1),
            (copy.text_at - line.at) / WINDOW,
            *site_likeness(line.title, site),
            float(line.lead),
        ]
        for n, line in enumerate(found)
    ]
    return found, np.hstack([np.vstack(rows), np.array(extra)])


def lead_line(article: Article, above: list[Line], at: int) -> Line | None:
    """The standfirst as a possible headline (the rules took it for the lead, and furniture
    above for the headline), None when there is none, it is no headline's length, the body is
    empty or a line above says the same. The body's first line is no such choice: on the
    folds' measure it took lines of text for headlines and gained nothing (titlepicktrain)."""
    lead = article.lead
    if not lead or not 1 <= len(lead.split()) <= MOST_WORDS or not article.body.strip():
        return None
    title = lead.removesuffix(".") if not lead.endswith("..") else lead  # no headline's stop
    if word_key(title) in {word_key(line.title) for line in above}:
        return None
    return Line(title, at, chosen=False, lead=True)


def site_label(source: str) -> str:
    """The site's name as its host spells it ("vestisemey" of vestisemey.kz), or the source's
    letters where it is a name; "" when too short to tell anything."""
    host = source.lower().removeprefix("www.")
    label = host.split(".")[0] if "." in host and " " not in host else host
    label = "".join(ch for ch in latin(label) if ch.isalnum())
    return label if len(label) >= SITE_LETTERS else ""


def latin(text: str) -> str:
    """Cyrillic letters in Latin ones, as a host would spell them."""
    return cyrtranslit.to_latin(text, "ru")


def site_likeness(title: str, site: str) -> tuple[float, float]:
    """How much a line reads as the site's name (its letters in the host's spelling:
    "Вести Семей" of vestisemey.kz), and whether nearly so."""
    if not site:
        return 0.0, 0.0
    letters = "".join(ch for ch in latin(title.lower()) if ch.isalnum())
    likeness = fuzz.partial_ratio(site, letters) / 100 if letters else 0.0
    return likeness, float(likeness >= SITE_LIKE)


def softmax(rows: np.ndarray, weights: list[float]) -> np.ndarray:
    """The model's chance for each line to be the page's headline."""
    scores = rows @ np.array(weights, dtype=np.float64)
    scores = np.exp(scores - scores.max())
    return scores / scores.sum()


def picked(
    article: Article, text: str, plain: bool, chrome: frozenset[str] = frozenset()
) -> Article:
    """The article with the line the model prefers to the rules' headline by MARGIN as its
    headline; `text`: the copy as read, `plain`: read by the plain reader, `chrome`: the lines
    the folder's other pages repeat, none of them a headline."""
    weights = model()
    if weights.get("weights") is None:
        return article
    if (found := choices(article, text, plain, chrome)) is None:
        return article
    lines, rows = found
    chosen = next((n for n, line in enumerate(lines) if line.chosen), None)
    if chosen is None:
        return article  # the rules' headline is not one of the lines above the text
    chance = softmax(rows, weights["weights"])
    best = int(np.argmax(chance))
    if best == chosen or chance[best] - chance[chosen] < weights["margin"]:
        return article
    lead = "" if lines[best].lead else article.lead  # a standfirst taken for the headline
    return replace(article, title=lines[best].title, lead=lead)
