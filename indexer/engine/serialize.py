"""Search results as plain JSON-ready dicts: the shape of the API and of `search --json`."""

from dataclasses import fields
from datetime import date

from indexer.engine.results import ArticleView, FacetValue, Hit, SearchPage


def iso(d: date | None) -> str | None:
    """A date for JSON: "2024-12-23" or null."""
    return d.isoformat() if d else None


def json_value(value):
    """A field's value for JSON: dates in ISO form, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    return list(value) if isinstance(value, tuple) else value


def record(item) -> dict:
    """A Hit or an ArticleView as JSON: its dataclass fields, in order."""
    return {name.name: json_value(getattr(item, name.name)) for name in fields(item)}


def hit_data(hit: Hit) -> dict:
    """One result as JSON: plain `title`, HTML-safe `title_html` and `snippet`."""
    return record(hit)


def facet_data(values: list[FacetValue]) -> list[dict]:
    """The values of one facet with their counts."""
    return [{"value": v.value, "count": v.count, "active": v.active} for v in values]


def page_data(page: SearchPage) -> dict:
    """The whole results page as the API's JSON."""
    return {
        "query": page.request.q,
        "total": page.total,
        "page": page.request.page,
        "per_page": page.request.per_page,
        "pages": page.pages,
        "took_ms": round(page.took_ms, 2),
        "results": [hit_data(h) for h in page.hits],
        "facets": {name: facet_data(values) for name, values in page.facets.items()},
        "timeline": [
            {"period": b.period, "start": iso(b.start), "end": iso(b.end), "count": b.count}
            for b in page.timeline
        ],
        "suggestion": page.suggestion,
        "partial": page.partial,
        "hint": page.hint,
        "notice": page.notice,
        "corrected_from": page.corrected_from,
        "undated": page.undated,
    }


def article_data(view: ArticleView, similar: list[Hit]) -> dict:
    """One article as the API's JSON, with its similar articles."""
    return {**record(view), "similar": [hit_data(h) for h in similar]}
