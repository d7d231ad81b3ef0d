"""Search results as plain JSON-ready dicts: the shape of the API and of `search --json`."""

from dataclasses import fields
from datetime import date

from indexer.engine.results import ArticleView, Hit, SearchPage


def json_value(value):
    """A field's value for JSON: dates in ISO form, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    return list(value) if isinstance(value, tuple) else value


def record(item) -> dict:
    """A Hit, an ArticleView, a FacetValue or a TimelineBar as JSON: its dataclass fields,
    in order (a hit's plain `title`, its HTML-safe `title_html` and `snippet`)."""
    return {name.name: json_value(getattr(item, name.name)) for name in fields(item)}


def page_data(page: SearchPage) -> dict:
    """The whole results page as the API's JSON."""
    return {
        "query": page.request.q,
        "total": page.total,
        "page": page.request.page,
        "per_page": page.request.per_page,
        "pages": page.pages,
        "took_ms": round(page.took_ms, 2),
        "results": [record(hit) for hit in page.hits],
        "facets": {name: [record(v) for v in values] for name, values in page.facets.items()},
        "timeline": [record(bar) for bar in page.timeline],
        "suggestion": page.suggestion,
        "partial": page.partial,
        "hint": page.hint,
        "notice": page.notice,
        "corrected_from": page.corrected_from,
        "undated": page.undated,
    }


def article_data(view: ArticleView, similar: list[Hit]) -> dict:
    """One article as the API's JSON, with its similar articles."""
    return {**record(view), "similar": [record(hit) for hit in similar]}
