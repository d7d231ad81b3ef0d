"""Helpers the templates call: Russian wording, links, the timeline."""

from flask import Flask

from indexer import MAX_QUERY_CHARS, SearchRequest

from . import format as fmt
from . import links, params, timeline


def register(app: Flask) -> None:
    """Makes the helpers available in every template."""
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        ru_date=fmt.long_date,
        plural=fmt.plural,
        number=fmt.number,
    )
    app.jinja_env.globals.update(
        found=fmt.found,
        search_url=links.search_url,
        facet_url=links.facet_url,
        chips=links.chips,
        has_filters=links.has_filters,
        page_numbers=links.page_numbers,
        typed_date=params.typed_date,
        safe_url=links.safe_url,
        timeline_chart=timeline.layout,
        FACET_LABELS=links.FACET_LABELS,
        FROM_SOURCES=fmt.FROM_SOURCES,
        SIMILAR=fmt.SIMILAR,
        UNTITLED=fmt.UNTITLED,
        blank_request=SearchRequest(),
        MAX_PAGE=params.MAX_PAGE,
        MAX_QUERY_CHARS=MAX_QUERY_CHARS,
    )
