"""SearchRequest → URLs: the same search with one thing changed, chips, page numbers."""

from dataclasses import dataclass, replace
from urllib.parse import urlencode, urlsplit

from flask import url_for

from indexer import SORTS, SearchRequest

from . import format as fmt
from .params import DEFAULT_PER_PAGE

# Facet name in the URL and the page → SearchRequest field.
FACET_FIELDS = {"source": "sources", "rubric": "rubrics", "year": "years", "tag": "tags"}
FACET_LABELS = {"source": "Источник", "rubric": "Рубрика", "year": "Год", "tag": "Тег"}


@dataclass(frozen=True)
class Chip:
    """An active filter shown above the results, with a link that removes it."""

    label: str
    href: str


def request_args(req: SearchRequest) -> list[tuple[str, str]]:
    """The query-string pairs for a request, leaving out defaults."""
    pairs = [("q", req.q)] if req.q else []
    pairs += [("source", v) for v in req.sources] + [("rubric", v) for v in req.rubrics]
    pairs += [("year", str(v)) for v in req.years] + [("tag", v) for v in req.tags]
    pairs += [("from", req.date_from.isoformat())] if req.date_from else []
    pairs += [("to", req.date_to.isoformat())] if req.date_to else []
    pairs += [("sort", req.sort)] if req.sort != SORTS[0] else []
    pairs += [("per_page", str(req.per_page))] if req.per_page != DEFAULT_PER_PAGE else []
    pairs += [("as_typed", "1")] if req.as_typed else []
    pairs += [("copies", "1")] if req.copies else []
    return pairs + ([("page", str(req.page))] if req.page > 1 else [])


def request_url(endpoint: str, req: SearchRequest, external: bool = False, **values) -> str:
    """The endpoint's URL with the request as its query string ("/feed?q=выборы&source=RT"),
    absolute when `external`; `values` fill the endpoint's own parts (kind="csv")."""
    query = urlencode(request_args(req))
    return url_for(endpoint, _external=external, **values) + ("?" + query if query else "")


def search_url(req: SearchRequest, **changes) -> str:
    """The search page for req with changes; any change but `page` goes back to page 1."""
    changes.setdefault("page", 1)
    return request_url("pages.search", replace(req, **changes))


def active_values(req: SearchRequest, facet: str) -> tuple:
    """The active values of a facet: req.sources for "source"."""
    return getattr(req, FACET_FIELDS[facet])


def facet_url(req: SearchRequest, facet: str, value: str) -> str:
    """Adds the facet value to the filters, or removes it when it is already active."""
    value = int(value) if facet == "year" and value.isdigit() else value
    active = active_values(req, facet)
    new = tuple(v for v in active if v != value) if value in active else (*active, value)
    return search_url(req, **{FACET_FIELDS[facet]: new})


def chips(req: SearchRequest) -> list[Chip]:
    """Every active filter as a removable chip: "Источник: RT"."""
    found = [
        Chip(f"{FACET_LABELS[facet]}: {value}", facet_url(req, facet, str(value)))
        for facet in FACET_FIELDS
        for value in active_values(req, facet)
    ]
    if req.date_from:
        found.append(Chip(f"С {fmt.long_date(req.date_from)}", search_url(req, date_from=None)))
    if req.date_to:
        found.append(Chip(f"По {fmt.long_date(req.date_to)}", search_url(req, date_to=None)))
    return found


def has_filters(req: SearchRequest) -> bool:
    """True when any filter narrows the search."""
    filters = (req.sources, req.rubrics, req.years, req.tags, req.date_from, req.date_to)
    return any(filters)


def page_numbers(current: int, last: int, around: int = 2) -> list[int | None]:
    """Page numbers to show, None for a gap: (5, 20) → [1, None, 3, 4, 5, 6, 7, None, 20]."""
    shown = {1, last, *range(current - around, current + around + 1)}
    numbers = sorted(n for n in shown if 1 <= n <= last)
    out: list[int | None] = []
    for n in numbers:
        if out and n - out[-1] > 1:
            out.append(None if n - out[-1] > 2 else n - 1)
        out.append(n)
    return out


def safe_url(url: str) -> str | None:
    """The URL when it is http(s) with a host, else None: "javascript:..." never becomes a link."""
    url = (url or "").strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None
