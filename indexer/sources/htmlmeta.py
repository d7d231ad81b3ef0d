"""The metadata of a saved HTML page: title, lead, URL, source, rubric, date, tags."""

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from indexer.sources.clean import normalize_line, parse_date
from indexer.sources.urls import clean_url, host_source, url_date, url_host

# "https://web.archive.org/web/20220721144334/https://ura.news/news/1052317323"
WAYBACK = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(?P<url>https?://.+)$")
# The separators sites put between a headline and their name: "Заголовок | ОВД-Инфо".
TITLE_SUFFIX = re.compile(r"\s+[|—–-]\s+(?P<suffix>[^|—–]{2,60})$")
# The classes of the block holding a standfirst: "article__text__overview", "ArticleDescription".
LEAD_CLASS = re.compile(
    r"lead|overview|announce|anons|intro|subtitle|descr|summary|standfirst", re.I
)
HEADINGS = ("h1", "h2")
HEADING_TAGS = ("h1", "h2", "h3", "h4")
LEAD_XPATH = "//body//*[self::div or self::p][@class]"
MIN_LEAD_WORDS = 5
BODY_PARAGRAPH_CHARS = 100  # a sibling paragraph this long: the description is the text's start
MAX_TAGS = 12  # more "tags" than this are a search-engine keyword list, not the editors' tags
MAX_TAG_CHARS = 40


@dataclass
class PageMeta:
    """What a page says about its article, beside the text."""

    title: str = ""
    lead: str = ""
    url: str = ""
    source: str = ""
    rubric: str = ""
    date: dt.date | None = None
    keywords: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    headings: list[str] = field(default_factory=list)  # h1/h2 texts: kickers and subtitles
    # The headlines of other articles on the page (an endless feed): one in the text ends it.
    other_titles: set[str] = field(default_factory=set)


def text_of(element: HtmlElement, skip_links: bool = False) -> str:
    """The visible text of an element on one line; links left out when asked (badges)."""
    if skip_links:
        parts = [t for t in element.xpath(".//text()[not(ancestor::a)]")]
        return normalize_line(" ".join(parts))
    return normalize_line(element.text_content())


def article_titles(tree: HtmlElement) -> set[str]:
    """The texts of every article headline on the page: h1s and "…__title" blocks."""
    found = tree.xpath("//h1 | //*[contains(@class, 'header__title') or @itemprop='headline']")
    return {text for element in found if (text := text_of(element, skip_links=True))}


def page_url(document: dict) -> str:
    """The canonical URL, out of a Wayback Machine wrapper when the page is a capture."""
    url = document.get("url") or ""
    if match := WAYBACK.match(url):
        url = match["url"]
    return clean_url(url)


def page_source(url: str, document: dict) -> str:
    """The outlet: its name for a known host, else the page's site name unless it is a host."""
    if name := host_source(url_host(url)):
        return name
    sitename = normalize_line(document.get("sitename") or "")
    looks_like_host = "_" in sitename or sitename.lower() == url_host(url)
    return url_host(url) if looks_like_host or not sitename else sitename


def headings(tree: HtmlElement) -> list[str]:
    """The texts of the page's h1 and h2 elements, badges in links left out."""
    found = (text_of(h, skip_links=True) for tag in HEADINGS for h in tree.iter(tag))
    return [text for text in found if text]


def strip_suffix(title: str, source: str, url: str) -> str:
    """The title without the site's name after it: "Суд … — Право на vc.ru" -> "Суд …"."""
    match = TITLE_SUFFIX.search(title)
    names = {source.lower(), url_host(url).lower()} - {""}
    if match and any(name in match["suffix"].lower() for name in names):
        return title[: match.start()]
    return title


def page_title(document: dict, found: list[str], source: str, url: str) -> str:
    """The headline: trafilatura's, unsuffixed, or the h1 that continues it."""
    title = strip_suffix(normalize_line(document.get("title") or ""), source, url)
    longer = [h for h in found if h.startswith(title) and len(h) > len(title)]
    return longer[0] if title and longer else title or (found[0] if found else "")


def page_date(url: str, document: dict) -> dt.date | None:
    """The date in the URL (the most reliable), else the date htmldate found."""
    return url_date(url) or parse_date(document.get("date"))


def distinct_tags(tags) -> list[str]:
    """Tags without repeats in another case, as the page capitalises them: "Конституция РФ"."""
    kept: dict[str, str] = {}
    for tag in tags:
        key = tag.casefold()
        if key not in kept or kept[key] == key:  # a capitalised spelling wins over lower case
            kept[key] = tag
    return list(kept.values())


def page_keywords(document: dict) -> tuple[str, ...]:
    """The editors' tags; a long keyword list for search engines is not tags."""
    tags = [normalize_line(t) for raw in document.get("tags") or [] for t in raw.split(",")]
    tags = distinct_tags(t for t in tags if t)
    if len(tags) > MAX_TAGS or any(len(t) > MAX_TAG_CHARS for t in tags):
        return ()
    return tuple(tags)


def is_lead_block(element: HtmlElement) -> bool:
    """True for the block of a standfirst; a paragraph among the text's is its first one."""
    classes = " ".join(filter(None, (element.get("class"), element.getparent().get("class"))))
    if element.tag in HEADING_TAGS:
        return False  # a subtitle, not a lead
    if LEAD_CLASS.search(classes) is not None or element.tag != "p":
        return True
    siblings = [p for p in element.getparent().iterchildren("p") if p is not element]
    return sum(len(text_of(p)) > BODY_PARAGRAPH_CHARS for p in siblings) < 2


def visible_block(tree: HtmlElement, text: str) -> HtmlElement | None:
    """The innermost element of the page body whose whole text is `text`."""
    # Only elements whose own text starts the same are tried: text_content() of every
    # element of a 1 MB page would take seconds.
    head = text[:20]
    for element in tree.xpath("//body//*[not(self::script or self::style)]"):
        if head in normalize_line(element.text or ""):
            for candidate in (element, element.getparent(), element.getparent().getparent()):
                if candidate is not None and text_of(candidate) == text:
                    return candidate
    return None


def marked_lead(tree: HtmlElement) -> str:
    """The text of the first block whose own class names it a lead: "article__lead"."""
    for element in tree.xpath(LEAD_XPATH):
        if element.tag not in HEADING_TAGS and LEAD_CLASS.search(element.get("class", "")):
            text = text_of(element)
            if len(text.split()) >= MIN_LEAD_WORDS:
                return text
    return ""


def page_lead(tree: HtmlElement, document: dict, title: str) -> str:
    """The page's description when the page shows it as a standfirst; else a lead block's."""
    description = normalize_line(document.get("description") or "")
    if len(description.split()) < MIN_LEAD_WORDS or description == title:
        return "" if description else marked_lead(tree)
    if "..." in description or "…" in description:
        return ""  # cut from the body by the site: "…при этом снижение было,... РИА Новости"
    element = visible_block(tree, description)
    return description if element is not None and is_lead_block(element) else ""


def read_meta(tree: HtmlElement, document: dict) -> PageMeta:
    """The metadata of a page, from trafilatura's findings and the page itself."""
    url = page_url(document)
    source = page_source(url, document)
    found = headings(tree)
    title = page_title(document, found, source, url)
    categories = [normalize_line(c) for c in document.get("categories") or [] if c.strip()]
    authors = tuple(a.strip() for a in (document.get("author") or "").split(";") if a.strip())
    return PageMeta(
        title=title,
        lead=page_lead(tree, document, title),
        url=url,
        source=source,
        rubric=categories[0] if categories else "",
        date=page_date(url, document),
        keywords=page_keywords(document),
        authors=authors,
        headings=found,
        other_titles=article_titles(tree) - {title},
    )
