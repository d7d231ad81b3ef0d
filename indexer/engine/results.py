"""Plain data that the search side hands to the site, the API and the CLI."""

import datetime as dt
from dataclasses import MISSING, dataclass, field, fields

from indexer.writing.schema import STORED_FIELDS

SORTS = ("relevance", "date")
MAX_QUERY_CHARS = 500
MAX_PER_PAGE = 100
# A page's results unless asked otherwise; the re-ranking by closeness is for the first.
PER_PAGE = 10


@dataclass(frozen=True)
class SearchRequest:
    """What a person asked for: the query text plus filters and paging."""

    q: str = ""
    page: int = 1
    per_page: int = PER_PAGE
    sort: str = "relevance"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    rubrics: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()  # editorial keywords: a filter, never part of the ranking
    # True when the person asked for the query as typed, not its correction.
    as_typed: bool = False
    # True when the person asked to see near-copies of a story too (collapse.py).
    copies: bool = False


@dataclass(frozen=True)
class Headline:
    """What every view of an article shows first; `title_html` is safe HTML with <mark>."""

    id: str
    title: str
    title_html: str
    url: str
    source: str
    rubric: str
    date: dt.date | None


@dataclass(frozen=True)
class Hit(Headline):
    """One ranked result; `snippet` is safe HTML with <mark>."""

    score: float
    snippet: str
    # The query word the article lacks, when it is shown after those with every word.
    missing: str = ""
    # How many near-copies of this story were left out of the list below it.
    copies: int = 0


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with the number of matching articles."""

    value: str
    count: int
    active: bool = False


@dataclass(frozen=True)
class TimelineBar:
    """Matching articles in one period: a month ("2018-03") or a year ("2018")."""

    period: str
    start: dt.date
    end: dt.date
    count: int


@dataclass
class SearchPage:
    """One page of results with everything the page and the API show."""

    request: SearchRequest
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    timeline: list[TimelineBar] = field(default_factory=list)
    suggestion: str | None = None
    # True when no article had every word and the best partial matches are shown.
    partial: bool = False
    # A hint for a query that could not be searched as typed ("only stop words").
    hint: str | None = None
    # A notice on a query searched in part ("слишком короткое начало слова").
    notice: str | None = None
    # The query typed when the results shown are those of its correction (page.request.q).
    corrected_from: str | None = None
    # Matches without a date: left out of the timeline, the year facet and a period.
    undated: int = 0
    # Near-copies left out of the list, counted when every match was ranked (collapse.py):
    # the pages hold the rest.
    collapsed: int = 0
    took_ms: float = 0.0

    @property
    def pages(self) -> int:
        return max(1, -(-(self.total - self.collapsed) // self.request.per_page))


@dataclass(frozen=True)
class ArticleView(Headline):
    """A whole stored article, with the query's words marked when there is one."""

    lead_html: str
    paragraphs_html: list[str]
    keywords: tuple[str, ...]
    city: str = ""
    caption: str = ""


def article_values(stored: dict) -> dict:
    """The stored fields of an article (schema.STORED_FIELDS) as plain values: the date as
    a date or None, the keywords as a tuple, any other missing field as ""."""
    values = {use.name: stored.get(use.name, "") for use in STORED_FIELDS}
    when = stored.get("date")
    values["date"] = when.date() if when else None
    values["keywords"] = tuple(k for k in stored.get("keywords", "").split(",") if k)
    return values


def shown(kind, stored: dict, **parts):
    """A Hit or an ArticleView: the fields its dataclass names, from the stored article and
    from `parts` (its HTML: title_html, snippet, …); a field with a default may be left out."""
    values = {**article_values(stored), **parts}
    return kind(
        **{f.name: values[f.name] for f in fields(kind) if f.name in values or not optional(f)}
    )


def optional(one_field) -> bool:
    return one_field.default is not MISSING or one_field.default_factory is not MISSING
