"""A learned second look at a scraped page's lead, or a title-first copy's: whether the line
opening its text (the lead the rules chose, or the body's first line when they chose none) is
the standfirst.

A logistic regression over general shapes of that line and its neighbours (words, sentence
end, sentences inside, the stems it shares with the headline and with the text under it, the
next line's length, capitals, digits, quotes, a dateline, a digest's words, what the rules
said), trained on the hand-written records of the scraped test pages (bench/leadtrain.py) and
kept as a small data file beside this module. It knows no site: only shapes. It overturns the
rules only when sure.
"""

import math
import re
from pathlib import Path

import numpy as np

from indexer.sources.datelines import find_dateline
from indexer.sources.learnt import SENTENCE_END
from indexer.sources.pagecore import is_bullet
from indexer.sources.pageheads import SENTENCE_INSIDE, headline_score, is_paragraph, stems
from indexer.sources.pageleads import SOURCE_SENTENCE, is_one_sentence
from indexer.sources.weights import StoredWeights, chances

WEIGHTS = StoredWeights(Path(__file__).with_name("leadscore.json"))
WEIGHTS_FILE = WEIGHTS.path
model, using = WEIGHTS.current, WEIGHTS.using  # the weights in use; others for a block
# The text's credit of its source, no standfirst: "Об этом сообщает пресс-служба МЧС".
SOURCE_CREDIT = re.compile(r"^(?:Об этом|Как|По словам|По данным|Согласно)\b", re.I)
# A digest's or a review's opening: "NewsNN подводит информационные итоги дня", "Самые
# интересные и громкие события, которые произошли сегодня", "Традиционный утренний обзор".
DIGEST = re.compile(
    r"итог\w* (?:дня|недели|месяца|года)|подводит итоги|обзор|подборк|дайджест|"
    r"сам\w+ (?:интересн|важн|главн|громк|резонансн)|главн\w+ (?:новост|событи)|"
    r"рассказываем|коротко о|(?:минувш|прошедш|уходящ)\w+ (?:недел|сутк|год|месяц)|"
    r"на этой неделе|за неделю|еженедельн",
    re.I,
)
# A line over a list or a list's item, no standfirst: "… пожаров, в том числе:", "- г. Киров, …;".
LIST_LINE = re.compile(r"(?:;|\b[а-яё]+:)$")
NEXT_LINES = 3  # the lines under the candidate whose stems it may retell
FEATURE_NAMES = (
    "bias", "rules_lead", "words", "chars", "sentence", "sentences", "colon", "title_told",
    "text_told", "next_words", "share", "capitals", "digits", "quotes", "dateline",
    "source_credit", "paragraph", "body_lines", "headless", "next_sentence", "title_in_next",
    "title_in_line", "title_sentence", "next_dateline", "median_share", "one_sentence",
    "digest", "plain",
)  # fmt: skip


def candidate(lead: str, body: list[str]) -> tuple[str, list[str]] | None:
    """The line in question and the body lines under it; None when there is no choice."""
    if lead:
        return (lead, body) if body else None
    return (body[0], body[1:]) if len(body) >= 2 else None


def features(title: str, lead: str, body: list[str], plain: bool = False) -> np.ndarray | None:
    """The feature row of the line opening a page's text, or None when there is no choice;
    `plain`: a title-first copy the plain reader read."""
    found = candidate(lead, body)
    if found is None:
        return None
    line, under = found
    words, after = line.split(), under[0]
    letters = [c for c in line if c.isalpha()] or ["a"]
    return np.array([
        1.0, float(bool(lead)), math.log1p(len(words)), len(line) / 200,
        float(bool(SENTENCE_END.search(line))), len(SENTENCE_INSIDE.findall(line)),
        float(line.endswith(":")), headline_score(line, stems(title)),
        headline_score(line, stems(" ".join(under[:NEXT_LINES]))),
        math.log1p(len(after.split())), len(line) / (len(line) + len(after)),
        sum(c.isupper() for c in letters) / len(letters),
        sum(c.isdigit() for c in line) / len(line), float(bool(re.search("[«»\"“”]", line))),
        float(find_dateline(line) is not None), float(bool(SOURCE_CREDIT.match(line))),
        float(is_paragraph(line)), math.log1p(len(under)),
        float(bool(title) and line.startswith(title[:40])),
        float(bool(SENTENCE_END.search(after))), headline_score(title, stems(after)),
        headline_score(title, stems(line)), float(bool(SENTENCE_END.search(title))),
        float(find_dateline(after) is not None), len(line) / (len(line) + median_chars(under)),
        float(is_one_sentence(line)), float(bool(DIGEST.search(line))),
        float(plain),
    ])  # fmt: skip


def median_chars(lines: list[str]) -> float:
    """The median length of the first lines of the text under the candidate."""
    return float(np.median([len(line) for line in lines[: NEXT_LINES * 2]]))


def decided(title: str, lead: str, body: list[str], plain: bool = False) -> tuple[str, list[str]]:
    """The lead and body, the rules' choice overturned where the model is sure of the other."""
    weights = model()
    if weights.get("weights") is None or (row := features(title, lead, body, plain)) is None:
        return lead, body
    chance = float(chances(row, weights))  # that the line is the standfirst
    # A summary list the rules joined into the lead ("• … • …") is no line of the text, nor
    # is a teaser cut short with an ellipsis.
    if lead and chance < weights["demote_below"] and not is_bullet(lead) and lead[-1] != "…":
        return "", [lead, *body]
    # The text's credit of its source stays in the text: "Об этом сообщает пресс-служба МЧС";
    # so does a LIST_LINE.
    promoted = not lead and chance > weights["promote_above"]
    if promoted and not SOURCE_SENTENCE.match(body[0]) and not LIST_LINE.search(body[0]):
        return body[0], body[1:]
    return lead, body
