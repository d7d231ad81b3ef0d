"""A learned second look at where a scraped page's text ends: whether the page's lines after
the body the rules kept are the article's (a last paragraph a rule cut off, taken back).

    …В больницу госпитализирован водитель. По факту ДТП возбуждено уголовное дело.   the body
    Идёт расследование.                                    a short last sentence: taken back
    Также читайте                                          the page's chrome: the end

A logistic regression over general shapes of each of the next lines and of its neighbours
(words, sentence end, a headline's shape, digits, times and dates, capitals, quotes, a label,
the stems it shares with the headline, the text above and the lines around it, what the rules
say of it, its place after the body), trained on the hand-written records of the scraped test
pages (bench/endtrain.py) and kept as a small data file beside this module. It knows no site:
only shapes. It takes a line back only when sure, and only the lines right after the body.
"""

import math
import re
from pathlib import Path

import numpy as np

from indexer.sources.calls import is_site_call
from indexer.sources.chrome import is_chrome_line, is_closing_credit
from indexer.sources.dates import is_date_text
from indexer.sources.learnt import SENTENCE_END
from indexer.sources.linescore import CLOCK
from indexer.sources.pageend import is_feed_start, is_story_headline
from indexer.sources.pageheads import headline_score, stems
from indexer.sources.weights import StoredWeights, chances

WEIGHTS = StoredWeights(Path(__file__).with_name("endscore.json"))
WEIGHTS_FILE = WEIGHTS.path
model, using = WEIGHTS.current, WEIGHTS.using  # the weights in use; others for a block
# The body's last lines, left out of the text a line's stems are compared with (measured: the
# whole body took one page fewer back).
SETTLED = 3
AFTER = 3  # the page's lines after the body that may be taken back
FEATURE_NAMES = (
    "bias", "place", "words", "chars", "sentence", "full_stop", "ellipsis",
    "question", "headline", "digits", "clock", "date", "capitals", "quotes", "title_told",
    "text_told", "title_in_line", "chrome", "call", "feed", "credit", "next_words",
    "next_sentence", "next_headline", "last", "prev_sentence", "median_share", "list_item",
    "list_end", "prev_list", "dash", "title_again", "prev_headline", "prev_told", "next_told",
    "other_story", "label", "twice",
)  # fmt: skip
# An item of a list, a line of a dialogue: "• с 2024 года МРОТ вырастет …", "– Александр …".
LIST_START = re.compile(r"^(?:[•·▪●◦*]|\d{1,2}[.)])\s*\S")
DASH_START = re.compile(r"^[-–—]\s*\S")
# A label opening a caption or a credit: "Скриншот: Яндекс.Карты.", "Фото: пресс-служба".
LABEL = re.compile(r"^[A-ZА-ЯЁ][\w-]*(?: [\w-]+)?\s*:\s")
OPENING_CHARS = 40  # a line's opening letters, as a pull quote written twice repeats them
RETOLD = 0.3  # of a headline's stems in the line under it: its teaser
TITLE_AGAIN = 0.8  # of the headline's stems in a line: the headline written again


def lines_after(lines: list[str], body: list[str]) -> list[str]:
    """The page's non-empty lines after the body's last one, as the reader left them (its
    folder's chrome blank); none when the body's last line is not found on the page. The body
    is followed down the page line by line, so a short last line ("Фото.") written higher up
    is not taken for it; a line may have lost its end (a call cut off it)."""
    at, found = -1, None
    for line in body:
        found = next((i for i in range(at + 1, len(lines)) if lines[i].startswith(line)), None)
        at = at if found is None else found
    return [] if found is None else [line for line in lines[at + 1 :] if line]


def line_row(line: str, near: tuple[str, str], told: tuple[set, set], share: float) -> list:
    """A line's own shape, the stems it shares (headline, text above) and its neighbours'."""
    words, (before, after) = line.split(), near
    letters = [c for c in line if c.isalpha()] or ["a"]
    return [
        math.log1p(len(words)), len(line) / 200, float(bool(SENTENCE_END.search(line))),
        float(line.endswith(".")), float(line.endswith(("…", "..."))), float(line.endswith("?")),
        float(is_story_headline(line)), sum(c.isdigit() for c in line) / max(len(line), 1),
        float(bool(CLOCK.search(line))), float(is_date_text(line)),
        sum(c.isupper() for c in letters) / len(letters), float(bool(re.search("[«»\"“”]", line))),
        headline_score(line, told[0]), headline_score(line, told[1]),
        told_line(line, told[0]), float(is_chrome_line(line)), float(is_site_call(line)),
        float(is_feed_start(line)), float(is_closing_credit(line)),
        math.log1p(len(after.split())), float(bool(SENTENCE_END.search(after))),
        float(is_story_headline(after)), float(not after),
        float(bool(SENTENCE_END.search(before))), len(line) / (len(line) + share),
        float(bool(LIST_START.match(line))), float(line.endswith((";", ":", ","))),
        float(bool(LIST_START.match(before) or DASH_START.match(before))),
        float(bool(DASH_START.match(line))), float(told_line(line, told[0]) >= TITLE_AGAIN),
        float(is_story_headline(before)), headline_score(line, stems(before)),
        headline_score(line, stems(after)),
        float(other_story(line, after, told[1]) or other_story(before, line, told[1])),
        float(bool(LABEL.match(line))),
    ]  # fmt: skip


def other_story(line: str, under: str, text: set[str]) -> bool:
    """True for another story's headline with its teaser under it: a headline's shape, its
    stems retold by the line under it, hardly by the text above."""
    if not is_story_headline(line):
        return False
    return headline_score(line, stems(under)) >= RETOLD and headline_score(line, text) < RETOLD


def told_line(line: str, title: set[str]) -> float:
    """The share of the headline's stems the line holds."""
    return len(stems(line) & title) / len(title) if title else 0.0


def opening(line: str) -> str:
    """A line's opening letters, its spaces aside ("на ощупь" may be written "наощупь")."""
    return "".join(line.split()).casefold()[:OPENING_CHARS]


def features(title: str, lead: str, body: list[str], after: list[str]) -> np.ndarray:
    """The feature rows of the page's first AFTER lines after the body, one a line."""
    lines, settled = [*body, *after], body[: max(1, len(body) - SETTLED)]
    told = (stems(title), stems(" ".join([lead, *settled])))
    median = float(np.median([len(line) for line in settled]))
    openings = [opening(line) for line in lines]
    rows = []
    for i in range(len(body), len(body) + min(len(after), AFTER)):
        near = (lines[i - 1], lines[i + 1] if i + 1 < len(lines) else "")
        twice = float(openings.count(openings[i]) > 1)
        place = (i - len(body)) / AFTER
        rows.append([1.0, place, *line_row(lines[i], near, told, median), twice])
    return np.array(rows, dtype=np.float64).reshape(-1, len(FEATURE_NAMES))


def ended(title: str, lead: str, body: list[str], after: list[str]) -> list[str]:
    """The body with the page's next lines taken back while the model is sure they are the
    article's (their chance over `take_above`), the first unsure line ending it."""
    weights = model()
    if weights.get("weights") is None or not body or not after:
        return body
    text = chances(features(title, lead, body, after), weights)  # each line's, of being text
    taken = next((j for j, chance in enumerate(text) if chance <= weights["take_above"]), None)
    return [*body, *after[: len(text) if taken is None else taken]]
