"""An Atom feed per search, for feed readers: the newest matching articles first.

Readers poll: the ETag and Last-Modified come from the index generation, so a
conditional request is answered 304 before any searching while nothing changed.
"""

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, abort, request, url_for
from werkzeug.http import is_resource_modified

from indexer import Hit, SearchPage, SearchRequest

from . import format as fmt
from .data import run_search
from .engine import get_engine
from .links import request_url, safe_url
from .params import DEFAULT_PER_PAGE, parse_request

bp = Blueprint("feed", __name__)

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
FEED_ENTRIES = 50
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NEED_QUERY = "Укажите запрос: лента собирается из статей, найденных по q=…"


@bp.app_template_global()
def feed_url(req: SearchRequest, external: bool = False) -> str:
    """The feed of the same query and filters; its order is always newest first."""
    plain = replace(req, sort="relevance", page=1, per_page=DEFAULT_PER_PAGE, as_typed=False)
    return request_url("feed.feed", plain, external)


@bp.get("/feed")
def feed():
    """The newest matches of ?q= and its filters as Atom; 304 when the index has not changed."""
    req = feed_request(request.args)
    if not req.q:
        abort(400, NEED_QUERY)
    response = versioned_response()
    etag, _ = response.get_etag()
    if not is_resource_modified(request.environ, etag, last_modified=response.last_modified):
        response.status_code = 304
        return response
    response.set_data(feed_xml(req, run_search(req), response.last_modified))
    return response


def feed_request(args) -> SearchRequest:
    """The page's request, newest first, as typed: a feed someone follows never switches
    to a spelling correction's results."""
    req = parse_request(args)
    return replace(req, sort="date", page=1, per_page=FEED_ENTRIES, as_typed=True)


def versioned_response() -> Response:
    """An empty Atom response with the ETag and Last-Modified of the index generation."""
    generation, committed = get_engine().version()
    response = Response(mimetype=ATOM_TYPE)
    response.set_etag(f"g{generation}-{int(committed)}")
    response.last_modified = datetime.fromtimestamp(int(committed), UTC)
    return response


def feed_xml(req: SearchRequest, page: SearchPage, updated: datetime) -> bytes:
    """The feed document: its head, then one entry per dated hit."""
    root = ET.Element("feed", xmlns=ATOM_NS)
    own_url = feed_url(req, external=True)
    add_text(root, "id", "urn:news-search:feed:" + own_url.partition("?")[2])
    add_text(root, "title", f"Новости по запросу «{req.q}»")
    add_text(root, "subtitle", subtitle(page))
    add_text(root, "updated", updated.isoformat())
    ET.SubElement(root, "link", rel="self", type=ATOM_TYPE, href=own_url)
    page_url = request_url("pages.search", replace(req, per_page=DEFAULT_PER_PAGE), external=True)
    ET.SubElement(root, "link", rel="alternate", type="text/html", href=page_url)
    ET.SubElement(ET.SubElement(root, "author"), "name").text = "Новостной архив"
    for hit in entry_hits(page):
        root.append(entry(hit, req.q))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def entry_hits(page: SearchPage) -> list[Hit]:
    """The dated hits; none for partial matches, which do not hold every word."""
    return [] if page.partial else [hit for hit in page.hits if hit.date]


def undated_count(page: SearchPage) -> int:
    """Matches without a date: the timeline counts only the dated ones."""
    return page.total - sum(bar.count for bar in page.timeline)


def subtitle(page: SearchPage) -> str:
    """How many articles match, and how many of them the feed leaves out for lack of a date."""
    if page.partial or not page.total:
        return "Статей со всеми словами запроса пока нет."
    text = f"Всего {fmt.plural(page.total)}; в ленте — до {FEED_ENTRIES} самых новых."
    undated = undated_count(page)
    if undated:
        text += f" Без даты и поэтому не в ленте: {fmt.number(undated)}."
    return text


def entry(hit: Hit, q: str) -> ET.Element:
    """One article: its page and the original as links, its date, source, rubric and snippet."""
    node = ET.Element("entry")
    add_text(node, "id", f"urn:news-search:article:{hit.id}")
    add_text(node, "title", hit.title or fmt.UNTITLED)
    page_url = url_for("pages.article", article_id=hit.id, q=q, _external=True)
    ET.SubElement(node, "link", rel="alternate", type="text/html", href=page_url)
    if safe_url(hit.url):
        ET.SubElement(node, "link", rel="related", type="text/html", href=xml_text(hit.url))
    add_text(node, "published", atom_date(hit.date))
    add_text(node, "updated", atom_date(hit.date))
    add_text(ET.SubElement(node, "author"), "name", hit.source or "Без источника")
    if hit.rubric:
        ET.SubElement(node, "category", term=xml_text(hit.rubric))
    add_text(node, "summary", hit.snippet)
    node.find("summary").set("type", "html")
    return node


def add_text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = xml_text(text)


def xml_text(text: str) -> str:
    """The text without the characters XML 1.0 forbids: "a\x0bb" → "ab" (ElementTree
    writes them as they are, and every feed reader then rejects the whole feed)."""
    return NOT_XML.sub("", text)


def atom_date(day: date) -> str:
    """A day as an Atom timestamp: midnight UTC, "2024-12-23T00:00:00+00:00"."""
    return datetime.combine(day, time(), UTC).isoformat()
