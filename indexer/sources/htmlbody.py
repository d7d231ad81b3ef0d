"""Tidying trafilatura's text of a page: the title, lead, related links and bylines out."""

import re

from lxml.html import HtmlElement

from indexer.sources.chrome import CARD_TIME, STAMP
from indexer.sources.clean import is_boilerplate, is_date_line, normalize_line
from indexer.sources.datelines import find_dateline
from indexer.sources.htmlmeta import PageMeta, text_of
from indexer.sources.pagebody import SENTENCE_END

# The lines a page puts after an article: bylines, sources, embeds' captions.
BYLINE = re.compile(
    r"^(?:авторы?|текст|источник|фото|видео|публикация от|a post shared by|читайте также|"
    r"подробнее о|подробнее на)\b|>>$",
    re.I,
)
# A line of page data, not text: "https://ria.ru/…", "2022-06-11T09:24", "/html/head/meta".
DATA_LINE = re.compile(r"^(?:https?://\S+|/\S*|\d{4}-\d\d-\d\dT[\d:+\-.]+)$")
# An embedded post's caption glued to a paragraph: "… Публикация от Nyusha (@nyusha) Дек 20, 2017".
EMBED_CAPTION = re.compile(r"\s*(?:Публикация от|A post shared by) [^()]{1,80} \(@[\w.]+\).*$")
# A page's data printed as text: a JSON object ("{", "\"author_name\": …") ends the article.
CODE = re.compile(r'^(?:[{\[]$|"\w+"\s*:)')
AUTHORS_LABEL = re.compile(r"^(?:авторы?|текст|фото)\s*:?$", re.I)
TAIL_LINES = 3  # how far from the end an "Авторы:" label cuts the text
SHORT_TAIL_WORDS = 4
HEAD_LINES = 4  # how far down the title and lead are looked for at the top of the text


def link_texts(tree: HtmlElement) -> set[str]:
    """The texts of the page's links: a body line that is one of them is a related link."""
    return {text for a in tree.iter("a") if len(text := text_of(a)) > 1}


def is_chrome(line: str, links: set[str], meta: PageMeta) -> bool:
    """True for a line of page furniture inside the text."""
    if line in links or is_boilerplate(line) or is_date_line(line) or CARD_TIME.match(line):
        return True
    if DATA_LINE.match(line) or STAMP.match(line):
        return True
    return line == ", ".join(meta.authors) or line in meta.authors


def text_start(lines: list[str], meta: PageMeta) -> int:
    """Where the text starts: at the dateline, else after the headline, when near the top."""
    near = lines[: HEAD_LINES * 2]
    if datelines := [i for i, line in enumerate(near) if find_dateline(line)]:
        return datelines[0]
    titles = [i for i, line in enumerate(near) if line == meta.title]
    return titles[0] + 1 if titles else 0


def drop_head(lines: list[str], meta: PageMeta) -> list[str]:
    """The text without what stands before its start, and the headings and lead repeated."""
    lines = lines[text_start(lines, meta) :]
    repeated = {meta.title, meta.lead, *meta.headings} - {""}
    top = [line for line in lines[:HEAD_LINES] if line not in repeated]
    return top + lines[HEAD_LINES:]


def is_tail(line: str, meta: PageMeta) -> bool:
    """True for a byline, a source credit or a stray label at the end of the text."""
    if BYLINE.match(line) or line in meta.authors:
        return True
    return len(line.split()) <= SHORT_TAIL_WORDS and not line.endswith(SENTENCE_END)


def ends_text(line: str, meta: PageMeta) -> bool:
    """True for a line after which the article is over: data, or another article's headline."""
    return CODE.match(line) is not None or line in meta.other_titles


def drop_tail(lines: list[str], meta: PageMeta) -> list[str]:
    """The text without the bylines and labels after its last paragraph, nor data after it."""
    end = next((i for i, line in enumerate(lines) if ends_text(line, meta)), len(lines))
    label = [i for i in range(max(0, end - TAIL_LINES), end) if AUTHORS_LABEL.match(lines[i])]
    end = label[0] if label else end
    while end and is_tail(lines[end - 1], meta):
        end -= 1
    return lines[:end]


def dateline_paragraph(tree: HtmlElement) -> str:
    """The page's first paragraph that opens with a news dateline, or ""."""
    for paragraph in tree.iter("p"):
        text = text_of(paragraph)
        if find_dateline(text):
            return text
    return ""


def with_dateline(lines: list[str], tree: HtmlElement) -> list[str]:
    """The text with its dateline paragraph, which trafilatura sometimes leaves out (RIA 2017)."""
    first = dateline_paragraph(tree)
    present = any(first[:60] in line for line in lines)
    return [first, *lines] if first and not present else lines


def clean_body(text: str, meta: PageMeta, tree: HtmlElement) -> str:
    """The article text of trafilatura's output, one paragraph a line."""
    lines = [EMBED_CAPTION.sub("", line) for line in map(normalize_line, text.splitlines())]
    lines = with_dateline([line for line in lines if line], tree)
    links = link_texts(tree)
    lines = [line for line in drop_head(lines, meta) if not is_chrome(line, links, meta)]
    lines = [line for line in lines if line != meta.lead or not meta.lead]
    return "\n".join(drop_tail(lines, meta))
