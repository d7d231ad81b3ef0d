"""What stands over a title-first copy's headline, passed over: a site's notice in whole
sentences, breadcrumbs glued before the headline, tags or an image's alt text the text does
not retell, a site's call or tagline with a rubric and a date line under it.
"""

import re

from indexer.sources.chrome import is_chrome_line
from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.dates import is_date_text
from indexer.sources.glued import EMPTY_IMAGE, GLUED_IMAGE
from indexer.sources.pageheads import TITLE_WORDS, headline_score, is_headline, is_paragraph, stems
from indexer.sources.pagestands import without_rubric_crumb
from indexer.sources.plainheads import (
    NOTICE_SENTENCES,
    RETOLD_SHARE,
    is_standfirst_line,
)
from indexer.sources.sitelines import DAY_MONTH

WORD = re.compile(r"[^\W\d_]{2}")  # two letters at least: a word, not a figure
BULLETS = " •·*-–—"  # a list's marks around a line
NOTICE_BREAKS = 2  # sentence breaks in a notice: three sentences
NOTICE_TEXT_CHARS = 600  # the text's opening a headline below a notice is compared with
UNTOLD_RATIO = 0.5  # of the headline's retold share, at most, for a first line passed over
RUBRIC_WORDS = 2  # a rubric's words over a headline
CHROME_OVER_HEADLINE = 4  # lines of a rubric and a date between a site's call and the headline


def past_wordless(text: str) -> str:
    """The copy past the lines over its headline that hold no word: a list's or a counter's
    figures ("• 00,00", "1"), a place's tail cut off its line (", Павловский р-н"); without an
    empty image's mark, a video's id or an image's name glued before its first line
    ("Vis8NVQQQJwМы и так …")."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip() and not is_wordless(line)), 0)
    first = GLUED_IMAGE.sub("", EMPTY_IMAGE.sub("\n", lines[at]).strip())
    return "\n".join([first, *lines[at + 1 :]])


def is_wordless(line: str) -> bool:
    """True for a line with no word of two letters, or one that opens with a comma."""
    bare = line.strip(BULLETS)
    return not WORD.search(bare) or bare.startswith(",")


def past_notice(title: str, body: str) -> tuple[str, str]:
    """The title and body past a site's notice in whole sentences standing above the headline
    ("Ведутся технические работы. … Приносим извинения за неудобства!")."""
    if len(NOTICE_SENTENCES.findall(title)) < NOTICE_BREAKS or not title.endswith(SENTENCE_ENDS):
        return title, body  # a title may be two sentences: "Стив Джобс уходит. Что ждет Apple?"
    # The headline below is the text's, the notice tells of something else; a text copied
    # without its headline opens with its own sentences (a link after them is not its title).
    return headline_below(title, body, lambda below, own: own < RETOLD_SHARE <= below)


def past_crumbs(title: str, body: str) -> tuple[str, str]:
    """The headline under its copy with breadcrumbs glued before it ("Домой Общество Денис
    Добряков извинился …" / "Денис Добряков извинился …"): the title; a rubric's crumb and its
    mark left out of the title ("Сельское хозяйство » Уборка идет по плану"); else as they
    are."""
    title = without_rubric_crumb(title)
    first, _, rest = body.lstrip("\n").partition("\n")
    crumbed = len(first.split()) >= TITLE_WORDS[0] and title.endswith(" " + first)
    return (first, rest) if crumbed else (title, body)


def past_top_line(title: str, body: str) -> tuple[str, str]:
    """The title and body past a first line the text does not retell, when the headline below
    it is retold: tags or an image's alt text over the headline ("flag na mashinu … новости
    ДНР, ЛНР, украина" / "ДНР и ЛНР отвергли предложения Киева о диалоге"); not past a
    standfirst (standfirst_apart)."""
    if is_standfirst_line(title):
        return title, body
    if is_chrome_line(title):  # the site's tagline or a label over the headline
        return past_chrome_title(title, body)
    if is_named_rubric(title, body.lstrip("\n").partition("\n")[0]):
        return headline_below(title, body, lambda below, own: below >= RETOLD_SHARE)
    return headline_below(
        title, body, lambda below, own: below >= RETOLD_SHARE and own < UNTOLD_RATIO * below
    )


def is_named_rubric(line: str, below: str) -> bool:
    """True for a rubric of a word or two over a longer headline that names its words
    ("Общество глухих" / "Обществу глухих Челябинской области – 95 лет")."""
    words = len(line.split())
    if words > RUBRIC_WORDS or line.endswith(SENTENCE_ENDS) or len(below.split()) <= words + 1:
        return False
    return stems(line) <= stems(below)


def past_chrome_title(title: str, body: str) -> tuple[str, str]:
    """The headline under a chrome line standing first (a site's tagline or label) and the
    chrome over it; with no headline below, the next line that is no chrome stands first ("-
    Советская Чувашия - http://… -" / "Хроника ЧП" / the text; "Будьте в курсе последних
    новостей" / "Подпишитесь на наш Telegram-канал" / the text)."""
    found = headline_below(title, past_chrome(body), lambda below, own: True)
    if found[0] != title:
        return found
    lines = body.lstrip("\n").split("\n")
    at = next((i for i, line in enumerate(lines) if line and not is_chrome_line(line)), None)
    if at is None or at >= CHROME_OVER_HEADLINE:
        return found
    if DAY_MONTH.search(lines[at]) and not is_paragraph(lines[at]):
        return found  # a header's date line with the weather
    rest = "\n".join(lines[at + 1 :])
    return (lines[at], rest) if rest.strip() else found


def past_chrome(body: str) -> str:
    """The body past a rubric and a date line over the headline ("Катастрофы" / "6 февраля
    2011 08:44" / the headline), a few lines at most; the body as it is when no headline
    stands below them."""
    lines = [line for line in body.split("\n") if line.strip()]
    at = next(
        (i for i, line in enumerate(lines[:CHROME_OVER_HEADLINE]) if is_headline(lines, i)), 0
    )
    passed = all(map(is_over_headline, lines[:at]))
    return "\n".join(lines[at:]) if passed else body


def is_over_headline(line: str) -> bool:
    """True for a line a site sets over its headline: chrome, a date line, a rubric's word."""
    rubric = len(line.split()) <= RUBRIC_WORDS and not line.endswith(SENTENCE_ENDS)
    return rubric or is_chrome_line(line) or is_date_text(line)


def headline_below(title: str, body: str, retold) -> tuple[str, str]:
    """The body's first line as the title and the rest as the body, when that line is a
    headline and `retold(its score, the title's score)` against the text's opening says
    the text retells it rather than the title; else the title and body as they are."""
    first, _, rest = body.lstrip("\n").partition("\n")
    if not is_headline([first], 0) or not rest.strip():
        return title, body
    text = stems(rest[:NOTICE_TEXT_CHARS])
    if not retold(headline_score(first, text), headline_score(title, text)):
        return title, body
    return first, rest


def past_teaser(title: str, body: str) -> tuple[str, str]:
    """The title and body past another story's teaser, its headline and standfirst, over a
    text copied without a headline of its own; the standfirst stands again after the text
    among the site's other teasers, where the text ends (a district papers' template: "На
    территории района будет организовано 2 места для купаний" / "В Узловой – это пруд …" /
    the text / "В Узловой – это пруд …" / other teasers). The text's first line is the title.
    Not a copy written twice over, the headline again over the standfirst again."""
    lines = body.split("\n")
    standfirst = lines[0]
    again = next((i for i in range(2, len(lines)) if lines[i] == standfirst), None)
    if again is None or not is_paragraph(standfirst) or not is_paragraph(lines[1]):
        return title, body
    if title in lines[1:again]:
        return title, body
    return lines[1], "\n".join(lines[2:again])
