"""The browser's search bar: an OpenSearch description and search suggestions."""

from xml.etree import ElementTree as ET

from flask import Blueprint, Response, current_app, request, url_for

from indexer import IndexMissing

from .engine import get_engine
from .params import clean_query

bp = Blueprint("clients", __name__)

OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"
OPENSEARCH_TYPE = "application/opensearchdescription+xml"
SUGGESTIONS_TYPE = "application/x-suggestions+json"
SUGGESTIONS = 10
# Browsers put the typed text in place of {searchTerms}; url_for would escape the braces.
TERMS = "{searchTerms}"


@bp.get("/opensearch.xml")
def opensearch():
    """The description that lets a browser add the archive as a search engine."""
    return Response(description_xml(), mimetype=OPENSEARCH_TYPE)


def description_xml() -> bytes:
    """OpenSearch 1.1: a name, the results page and the suggestions, both as URL templates."""
    root = ET.Element("OpenSearchDescription", xmlns=OPENSEARCH_NS)
    ET.SubElement(root, "ShortName").text = "Новостной архив"
    ET.SubElement(root, "Description").text = "Поиск по архиву новостей с учётом форм слов"
    ET.SubElement(root, "InputEncoding").text = "UTF-8"
    icon = url_for("static", filename="favicon.svg", _external=True)
    ET.SubElement(root, "Image", type="image/svg+xml").text = icon
    ET.SubElement(root, "Url", type="text/html", method="get", template=template("pages.search"))
    ET.SubElement(root, "Url", type=SUGGESTIONS_TYPE, template=template("clients.suggest"))
    ET.SubElement(root, "Url", type=OPENSEARCH_TYPE, rel="self",
                  template=url_for("clients.opensearch", _external=True))  # fmt: skip
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def template(endpoint: str) -> str:
    """An absolute URL of the endpoint with q={searchTerms}."""
    return url_for(endpoint, _external=True) + "?q=" + TERMS


@bp.get("/api/suggest")
def suggest():
    """OpenSearch suggestions: ["выборы през", ["выборы президента", …]]."""
    text = clean_query(request.args.get("q", ""))
    body = current_app.json.dumps([text, completions(text)])
    response = Response(body, mimetype=SUGGESTIONS_TYPE)
    # Typing repeats the same prefixes: a minute of browser cache saves the round trips.
    response.cache_control.max_age = 60
    return response


def completions(text: str) -> list[str]:
    """The engine's completions; a failure is logged and the box just shows none."""
    if not text:
        return []
    try:
        # Not waiting: while a new index generation's words are read, no suggestions.
        return get_engine().complete(text, SUGGESTIONS, wait=False)
    except IndexMissing:
        raise
    except Exception:  # a hint under the box must never turn into an error page
        current_app.logger.exception("completions failed")
        return []
