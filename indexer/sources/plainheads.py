"""The head of a title-first text: a headline split over two lines, a standfirst under it, a
copy that starts at its text (plaintop.py: what stands over the headline)."""

import re

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.dates import TIME, is_date_text
from indexer.sources.linekind import ends_sentence
from indexer.sources.linetrim import ELLIPSES, LIST_ITEM
from indexer.sources.pageheads import (
    PARAGRAPH_CHARS,
    RETOLD_BELOW,
    headline_score,
    is_headline,
    is_paragraph,
    is_upper,
    opens_headless,
    stand_in_title,
    stems,
)
from indexer.sources.pageleads import brief_standfirst, is_short_subtitle
from indexer.sources.separators import is_one_line_sentence, is_separator
from indexer.text.morph import has_finite_verb

# NEREL ships the texts of Russian Wikinews: "NEREL-v1.1-texts.tar.gz/NEREL-v1.1/dev/1003.txt"
WIKINEWS_MARKS = ("wikinews", "nerel")
# A line of sentences: a notice, not a headline ("Ведутся работы. Приносим извинения!").
NOTICE_SENTENCES = re.compile(r"[.!?…]\s+[А-ЯЁA-Z]")
RETOLD_SHARE = 0.5
SPLIT_TITLE_WORDS = 6  # the words of each line of a headline split over two
STANDFIRST_WORDS = 8  # a standfirst cut with an ellipsis has this many words …
STANDFIRST_TEXT = 2  # … and the paragraphs below it (one or two looked at) all text
STANDFIRST_MAX_WORDS = 30
SUBTITLE_WORDS = 5  # an unpunctuated line under the title this long over the text: its subtitle
FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[ ./](?:[а-яё]{3,8}|\d{1,2})[ ./](?:19|20)\d\d", re.I)
LABEL_WORDS = 5  # a video player's caption or a stock photo's credit over a headless copy
LABEL_TEXT_CHARS = 3000  # of the text that retells no word of such a label
APART_LINES = (1, 3)  # short lines between a headless copy's standfirst and its text
LABEL_MAX_WORDS = 2  # of those, a label (a rubric, an agency's name) is left out
SHORT_WORDS = 3  # a short first sentence has this many words at least
WORD = re.compile(r"\w")


def is_wikinews(path: str) -> bool:
    """True for a Wikinews text, read as the corpus gives it (its head and captions kept)."""
    return any(mark in path.lower() for mark in WIKINEWS_MARKS)


def plain_lead(body: str, path: str, under_title: str = "") -> tuple[str, str]:
    """The lead of a headline-first page: a sentence of a few words right under the title
    (`under_title`: the copy's line there) over a longer paragraph (brief_standfirst), a
    one-sentence standfirst cut with an ellipsis over the text ("Широкое внимание …
    привлекли новости о продаже резиденции …"), else ("", body)."""
    first, _, rest = body.partition("\n")
    if first == under_title and brief_standfirst(body.split("\n")) and not is_wikinews(path):
        return first, rest
    if is_wikinews(path) or not first.endswith(ELLIPSES):
        return "", body
    one_sentence = not NOTICE_SENTENCES.search(first) and len(first.split()) >= STANDFIRST_WORDS
    paragraphs = sum(1 for line in rest.splitlines() if ends_sentence(line))
    return (first, rest) if one_sentence and paragraphs >= STANDFIRST_TEXT else ("", body)


def split_title(title: str, body: str) -> tuple[str, str]:
    """A headline of two sentences split over two lines ("«Свободным» - 10 лет." / "И это
    не срок"): a short title with its full stop over a few words with no end of sentence; or
    one broken after its colon ("Долевой жилстрой:" / "обещание по цене квартиры")."""
    first, _, rest = body.lstrip("\n").partition("\n")
    short = len(title.split()) <= SPLIT_TITLE_WORDS and len(first.split()) <= SPLIT_TITLE_WORDS
    sentences = title.endswith(".") and first[:1].isupper()
    broken = broken_at_colon(title, first)
    if not (short and (sentences or broken) and rest.strip()):
        return title, body
    if first[-1:] in '.!?…:;,»"' or not (broken or is_headline([first], 0)):
        return title, body
    again = f"{title}\n{first}\n"  # the headline written again as broken: left out
    return f"{title} {first}", rest.lstrip("\n").removeprefix(again)


def broken_at_colon(title: str, first: str) -> bool:
    """True for a headline's first part ending with its colon over the rest in lower case."""
    return title.endswith(":") and first[:1].islower()


def standfirst_under(body: str, path: str) -> tuple[str, str]:
    """The standfirst under the title, kept from the chrome trimming: a line of some words with
    no end of sentence over paragraphs of text ("Почти бесконечная страница о … редакции"), a
    short one the text retells or that tells what happened, or one sentence set apart from them
    by a counter or a dated line (separators); looked for under the article's date line too
    (that line left in the body, for the chrome trimming)."""
    if is_wikinews(path):
        return "", body
    if marks := wordless_head(body):
        standfirst, below = standfirst_under(body[marks:], path)
        if standfirst:  # the marks left to the chrome trimming
            return standfirst, body[:marks] + below
    first, _, rest = body.lstrip("\n").partition("\n")
    paragraphs = [line for line in rest.splitlines() if line.strip()][:STANDFIRST_TEXT]
    if is_date_text(first) and rest.strip():  # the article's date line over its standfirst
        standfirst, below = standfirst_under(rest, path)
        # Not the headline again in capitals, nor the date's sentence going on in lower case.
        apart = standfirst[:1].isupper() and not is_upper(standfirst)
        return (standfirst, f"{first}\n{below}") if apart else ("", body)
    if is_one_line_sentence(first) and len(paragraphs) > 1 and is_separator(paragraphs[0]):
        return (first, rest) if is_paragraph(paragraphs[1]) else ("", body)
    if first[-1:] in ".!?…:;,":
        return "", body
    words = len(first.split())
    dated = FULL_DATE.search(first) or TIME.search(first)  # a rubric's or date's line
    if words > STANDFIRST_MAX_WORDS or is_chrome_line(first) or dated:
        return "", body
    told = bool(paragraphs) and all(map(is_paragraph, paragraphs))
    if words < SUBTITLE_WORDS:  # a short one only when the text retells it, or a verb tells
        retold = told and is_short_subtitle(first, stems(" ".join(paragraphs)))
        # What happened told over a paragraph, its source's line under it or not.
        told = retold or (
            bool(paragraphs) and is_paragraph(paragraphs[0]) and has_finite_verb(first)
        )
    return (first, rest) if told else ("", body)


def wordless_head(body: str) -> int:
    """The length of the lines of marks alone opening a body ("-" / "-": a copied page's empty
    widgets between the headline and its subtitle), 0 when it opens with words."""
    at, marked = 0, False
    for line in body.split("\n"):
        if WORD.search(line):
            return at if marked else 0
        at, marked = at + len(line) + 1, marked or bool(line.strip())
    return 0


def headless(title: str, body: str, path: str) -> tuple[str, str]:
    """A text copied without its headline, its first line a paragraph of several sentences (or
    one sentence, or a short sentence over the text): that paragraph back in the body, its
    first sentence the title (Wikinews texts as given)."""
    below = body.lstrip().partition("\n")[0]
    if is_wikinews(path) or not (opens_headless(title, below) or opens_short(title, below)):
        return title, body
    return stand_in_title(title) or title, f"{title}\n{body}"


def past_label(title: str, body: str, path: str) -> tuple[str, str]:
    """A copy without its headline under a label no word of which the text retells (a video
    player's caption "Видео канала «…»", a stock photo's credit): the label left out, the
    text's first paragraph, a sentence with its full stop, back in the body and its first
    sentence standing in for the title; else the title and body as they are."""
    first = body.lstrip("\n").partition("\n")[0]
    if is_wikinews(path) or not is_label_over_text(title, first):
        return title, body
    if headline_score(title, stems(body[:LABEL_TEXT_CHARS])) > 0 or has_finite_verb(title):
        return title, body  # retold, or telling what happens: a headline
    if is_upper(title):
        return title, body  # a paper's headline in capitals: "СТАРТ НА ОТДЫХ ДАН"
    return stand_in_title(first) or first, body.lstrip("\n")


def past_intertitle(title: str, body: str, path: str) -> tuple[str, str]:
    """A copy that opens inside the text, a photo's caption or a pull quote over an intertitle
    in capitals ("… Асгат Сафаров |" / "БУРЛЯЩИЙ КОТЕЛ ПОЛИТИКИ" / "Газета … не берем
    политиков."): both left out, the paragraph under them the text's first, its first sentence
    standing in for the title; else the title and body as they are."""
    first, _, rest = body.lstrip("\n").partition("\n")
    paragraph = rest.lstrip("\n").partition("\n")[0]
    if is_wikinews(path) or not is_upper(first):
        return title, body
    if not is_paragraph(paragraph):
        return title, body
    if len(title.split()) == 1:  # a button over it ("Печать"): the headline, in capitals
        return first, rest.lstrip("\n")
    return stand_in_title(paragraph) or paragraph, rest.lstrip("\n")


def headline_after_text(body: str, path: str) -> tuple[str, str, str] | None:
    """A copy that opens with its text and gives its headline after it (the page's head copied
    last): a headline-shaped line under the paragraphs that they retell, a sentence under it
    (the standfirst) or its date line. The headline, the standfirst and the text above them
    (the date line after the text); else None."""
    lines = [line for line in body.splitlines() if line.strip()]
    if is_wikinews(path):
        return None
    at = next((i for i in range(len(lines)) if is_headline(lines, i)), len(lines))
    if not 0 < at < len(lines) - 1 or not all(map(is_paragraph, lines[:at])):
        return None
    standfirst = "" if is_date_text(lines[at + 1]) else lines[at + 1]
    if standfirst and (not standfirst.endswith(".") or NOTICE_SENTENCES.search(standfirst)):
        return None
    told = headline_score(lines[at], stems(" ".join(lines[:at])))
    text = lines[:at] if standfirst else [*lines[:at], lines[at + 1]]  # the date line after it
    return (lines[at], standfirst, "\n".join(text)) if told >= RETOLD_SHARE else None


def is_label_over_text(title: str, first: str) -> bool:
    """True for a short line with no end of sentence over a paragraph that ends with its full
    stop, no list's item: a copy's label over its text's first paragraph."""
    if len(title.split()) > LABEL_WORDS or title.endswith(SENTENCE_ENDS) or is_chrome_line(title):
        return False
    return is_paragraph(first) and first.endswith(".") and not LIST_ITEM.match(first)


def standfirst_apart(title: str, body: str, path: str) -> tuple[str, str, str]:
    """A copy without its headline that opens with its standfirst, a paragraph standing apart
    from the text by a few short lines (labels, an intertitle): (the standfirst, the text's
    first sentence standing in for the title, the body from those lines on, labels left out);
    else ("", title, body)."""
    lines = [line for line in body.splitlines() if line.strip()]
    if is_wikinews(path) or not is_standfirst_line(title):
        return "", title, body
    at = next((i for i, line in enumerate(lines[: APART_LINES[1] + 1]) if is_paragraph(line)), 0)
    if at < APART_LINES[0] or any(line.endswith(";") for line in lines[:at]):
        return "", title, body  # not past a list's items ("- соблюдать правила …;")
    between = [line for line in lines[:at] if len(line.split()) > LABEL_MAX_WORDS]
    first = lines[at]
    return title, stand_in_title(first) or first, "\n".join([*between, *lines[at:]])


def is_standfirst_line(line: str) -> bool:
    """True for a paragraph longer than a headline, ending as a sentence ends."""
    return len(line) >= PARAGRAPH_CHARS and ends_sentence(line)


def opens_short(line: str, below: str) -> bool:
    """True for a short sentence with its full stop and a verb over a paragraph that does not
    retell it: the text's first ("Праздничное утро 12 июня началось с рева моторов."); of such
    copies the records make nearly five in six headless, so the full stop decides."""
    if not line.endswith(".") or len(line.split()) < SHORT_WORDS or not is_paragraph(below):
        return False
    if not line[:1].isupper() or not has_finite_verb(line):
        return False  # a date or a counter glued on, a masthead's line
    return headline_score(line, stems(below)) < RETOLD_BELOW
