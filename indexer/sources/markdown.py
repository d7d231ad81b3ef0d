"""Pages copied as Markdown, read as the text a person sees on them: one block per line.

Scrapers write Markdown now (Jina Reader, Firecrawl, crawl4ai, trafilatura --markdown,
html2text): the headline as "# …", links as "[text](address)", images as "![alt](address)",
menus as lists. Without the marks the copy is the scraped text the page reader knows, chrome
and all. Jina Reader's header ("Title:", "URL Source:", "Published Time:", then "Markdown
Content:") gives the page's title line, address and publication time.
"""

import re
from dataclasses import dataclass, replace

from markdown_it import MarkdownIt

from indexer.article import Article, Skip
from indexer.sources.dates import read_date_line

SUFFIXES = (".md", ".markdown")  # the files read as Markdown copies
PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
HEADER_FIELD = re.compile(r"^(Title|URL Source|Published Time):[ \t]*(.*)$")
CONTENT_START = "Markdown Content:"
HEADER_LINES = 12  # the lines a header may take, "Markdown Content:" the last
# Jina numbers the images it names: "![Image 3: Глава города на открытии моста](…)".
IMAGE_NUMBER = re.compile(r"^Image \d+:\s*")
TAG = re.compile(r"<[^>]*>")
BLOCK_ENDS = frozenset(
    {"paragraph_close", "heading_close", "fence", "code_block", "html_block", "hr", "table_close"}
    | {"bullet_list_close", "ordered_list_close"}
)


@dataclass(frozen=True)
class Copy:
    """A Markdown copy read: its text, one block per line, and what its header says."""

    text: str
    title: str = ""
    url: str = ""
    published: str = ""


def read_markdown(markdown: str) -> Copy:
    """The text of a Markdown copy, its header's fields apart. The header's title (the page's
    <title>, often with the site's name) opens the text only when the copy has no headline."""
    fields, content = header(markdown)
    tokens = PARSER.parse(content)
    text = "\n".join(blocks(tokens))
    title = fields.get("Title", "")
    headed = any(token.type == "heading_open" and token.tag == "h1" for token in tokens)
    return Copy(
        f"{title}\n\n{text}" if title and not headed else text,
        title,
        fields.get("URL Source", ""),
        fields.get("Published Time", ""),
    )


def with_header(article: Article | Skip, copy: Copy) -> Article | Skip:
    """The article with the address and publication day its copy's header gives."""
    if isinstance(article, Skip):
        return article
    published = read_date_line(copy.published) if copy.published else None
    return replace(article, url=copy.url or article.url, date=published or article.date)


def header(markdown: str) -> tuple[dict[str, str], str]:
    """Jina Reader's header fields and the content under them; none for other copies."""
    lines = markdown.split("\n", HEADER_LINES + 1)
    at = next(
        (i for i, line in enumerate(lines[:HEADER_LINES]) if line.strip() == CONTENT_START), None
    )
    fields = [HEADER_FIELD.match(line) for line in lines[:at] if line.strip()] if at else []
    if not fields or not all(fields):
        return {}, markdown
    return {field[1]: field[2].strip() for field in fields}, "\n".join(lines[at + 1 :])


def blocks(tokens) -> list[str]:
    """Each block's text on its lines (a list's item, a table's row on one), an empty line
    after a paragraph or a heading, as a copy of the page would set them; a tight list's items
    with none between them."""
    lines: list[str] = []
    row: list[str] | None = None  # the cells of a table's row being read
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(inline_text(token).replace("\n", " "))
        elif token.type == "inline":
            lines.extend(inline_text(token).split("\n"))
        elif token.type in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").split("\n"))
        elif token.type == "html_block":
            lines.extend(TAG.sub("", token.content).strip("\n").split("\n"))
        elif token.type == "tr_close" and row is not None:
            lines.append(" | ".join(row))
            row = None
        if token.type in BLOCK_ENDS and not token.hidden:
            lines.append("")
    return lines


def inline_text(token) -> str:
    """The words of an inline run: links' and emphasis' text, images' alt text, no marks."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(IMAGE_NUMBER.sub("", child.content))
    return "".join(parts).strip()
