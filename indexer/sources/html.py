"""Saved HTML article pages: trafilatura finds the text and metadata, we tidy its output.

trafilatura (with htmldate for the date) gets most pages right; what it leaves, measured on
17 pages from 14 outlets: the title and lead repeated at the top of the text, related-link
cards and bylines inside or after it, a site suffix in the title ("… | ОВД-Инфо").
"""

from collections.abc import Iterator
from copy import deepcopy

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from indexer.article import Article, Skip
from indexer.sources import io
from indexer.sources.clean import normalize_line
from indexer.sources.fields import make_article
from indexer.sources.htmlbody import clean_body
from indexer.sources.htmlmeta import PageMeta, read_meta

HTML_LIMIT = 20 * 2**20  # a saved page larger than this is not an article page
HIDDEN_XPATH = (
    "//body//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(@class, 'modal') or contains(@class, 'vjs-') or @role='dialog'"
    # schema.org data blocks that CSS hides: RIA's "article__meta" (sections, e-mail, rating)
    " or contains(@class, '__meta') or @itemprop='citation' or @itemprop='copyrightHolder']"
)

# A link wrapping a gallery (pictures and a headline) inside the text: a related photo report,
# whose block trafilatura takes for the text's end, losing the paragraphs after it (RBC 2017).
GALLERY_XPATH = "//body//a[count(.//img) >= 2]"


def read_html(entry: io.Entry) -> Iterator[Article | Skip]:
    """The article of a saved HTML page (.html, .htm, also .gz/.bz2 and in archives)."""
    try:
        with io.opened(entry) as stream:
            data = stream.read(HTML_LIMIT + 1)
    except io.READ_ERRORS as exc:
        yield Skip(entry.path, None, io.describe_error(exc, entry.name))
        return
    if len(data) > HTML_LIMIT:
        yield Skip(entry.path, None, f"HTML page larger than {HTML_LIMIT // 2**20} MB")
    else:
        yield parse_html(data, entry.path)


def drop_hidden(tree: HtmlElement) -> HtmlElement:
    """A copy of the page without what it never shows (hidden blocks, dialogs, video players)
    and without gallery links."""
    # RIA's comment rules and press-release form, RBC's video.js texts ("This is a modal
    # window.") sit in hidden blocks that trafilatura takes for text.
    tree = deepcopy(tree)
    for element in tree.xpath(HIDDEN_XPATH):
        if element.getparent() is not None:
            element.drop_tree()
    for link in tree.xpath(GALLERY_XPATH):
        if (block := links_block(link)).getparent() is not None:
            block.drop_tree()
    return tree


def links_block(link: HtmlElement) -> HtmlElement:
    """The largest block around a link whose words are all links' words: the widget it is in."""
    block = link
    while (parent := block.getparent()) is not None and parent.tag != "body":
        if words(parent) != sum(words(a) for a in parent.iter("a")):
            break
        block = parent
    return block


def words(element: HtmlElement) -> int:
    """How many words an element's text has."""
    return len(element.text_content().split())


def extract(tree: HtmlElement) -> dict | None:
    """trafilatura's text and metadata of a page, or None when it finds no main text."""
    # trafilatura prunes the tree it is given: it gets a copy, the metadata reader the original.
    document = trafilatura.bare_extraction(
        drop_hidden(tree), with_metadata=True, include_comments=False, include_tables=True
    )
    return document.as_dict() if document is not None else None


def parse_html(data: bytes | str, path: str) -> Article | Skip:
    """An Article from a saved HTML page, or a Skip saying why there is none."""
    tree = load_html(data)
    if tree is None:
        return Skip(path, None, "not an HTML page")
    document = extract(tree)
    if not document or not (document.get("text") or "").strip():
        return Skip(path, None, "no main text found in the HTML page")
    meta = read_meta(tree, document)
    body = clean_body(document["text"], meta, tree)
    if not body:
        return Skip(path, None, "no main text found in the HTML page")
    return build_article(path, meta, body)


def build_article(path: str, meta: PageMeta, body: str) -> Article | Skip:
    """The Article of a page's metadata and cleaned text."""
    return make_article(
        path,
        None,
        title=normalize_line(meta.title),
        lead=meta.lead,
        body=body,
        url=meta.url,
        source=meta.source,
        rubric=meta.rubric,
        date=meta.date,
        keywords=meta.keywords,
    )
