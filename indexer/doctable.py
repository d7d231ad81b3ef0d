"""Per-article facts held in memory for one index generation: filters, facets, timeline.

Ten thousand articles take a few megabytes; with them a facet count or a
date filter is a loop over document numbers, not a search.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from whoosh.util.times import long_to_datetime

from indexer.results import FacetValue, SearchRequest, TimelineBar

MONTHS_IN_TIMELINE = 36
FACET_LIMIT = 12


@dataclass
class DocTable:
    """id, source, rubric and date of every live document number."""

    ids: dict[int, str] = field(default_factory=dict)
    sources: dict[int, str] = field(default_factory=dict)
    rubrics: dict[int, str] = field(default_factory=dict)
    dates: dict[int, date] = field(default_factory=dict)

    @property
    def all_docs(self) -> frozenset[int]:
        return frozenset(self.ids)


def load_doctable(reader) -> DocTable:
    """Read the sortable columns of every live document."""
    dates = column_values(reader, "date", translate=False)
    return DocTable(
        ids=column_values(reader, "id"),
        sources=column_values(reader, "source"),
        rubrics=column_values(reader, "rubric"),
        dates={docnum: when for docnum, raw in dates.items() if (when := as_date(raw))},
    )


def as_date(raw) -> date | None:
    """A raw DATETIME column value as a date; None for an undated article,
    whose column holds a filler value out of the date range."""
    try:
        return long_to_datetime(raw).date()
    except (OverflowError, TypeError, ValueError):
        return None


def column_values(reader, name: str, translate: bool = True) -> dict:
    """docnum → value of a sortable column for every live document.

    Segment by segment: a segment whose documents all lack the field has no
    column, and Whoosh's multi-segment column reader then mixes up offsets.
    """
    values = {}
    for segment, offset in reader.leaf_readers():
        if not segment.has_column(name):
            continue
        column = segment.column_reader(name, translate=translate)
        for docnum in range(segment.doc_count_all()):
            if not segment.is_deleted(docnum):
                values[docnum + offset] = column[docnum]
    return values


def apply_filters(table: DocTable, docs: frozenset[int], request: SearchRequest) -> frozenset[int]:
    """The documents left after the request's source, rubric, year and date filters."""
    keep = [
        ok
        for ok in (
            by_value(table.sources, request.sources),
            by_value(table.rubrics, request.rubrics),
            by_year(table.dates, request.years),
            by_range(table.dates, request.date_from, request.date_to),
        )
        if ok
    ]
    return frozenset(d for d in docs if all(test(d) for test in keep))


def by_value(values: dict[int, str], wanted: tuple[str, ...]):
    if not wanted:
        return None
    chosen = set(wanted)
    return lambda docnum: values.get(docnum) in chosen


def by_year(dates: dict[int, date], years: tuple[int, ...]):
    if not years:
        return None
    chosen = set(years)
    return lambda docnum: docnum in dates and dates[docnum].year in chosen


def by_range(dates: dict[int, date], start: date | None, end: date | None):
    if not start and not end:
        return None
    low, high = start or date.min, end or date.max
    return lambda docnum: docnum in dates and low <= dates[docnum] <= high


def facets(table: DocTable, docs: frozenset[int], request: SearchRequest) -> dict:
    """Counts of source, rubric and year among the matching documents."""
    years = Counter(table.dates[d].year for d in docs if d in table.dates)
    return {
        "source": facet_values(Counter(table.sources[d] for d in docs), request.sources),
        "rubric": facet_values(Counter(table.rubrics[d] for d in docs), request.rubrics),
        "year": facet_values(Counter({str(y): n for y, n in years.items()}), request.years),
    }


def facet_values(counts: Counter, active) -> list[FacetValue]:
    active = {str(value) for value in active}
    top = [(value, n) for value, n in counts.most_common(FACET_LIMIT) if value]
    top += [(value, counts[value]) for value in active if value not in dict(top)]
    return [FacetValue(value, n, value in active) for value, n in top]


def timeline(table: DocTable, docs: frozenset[int]) -> list[TimelineBar]:
    """Matches per month, or per year when the months would not fit."""
    dated = [table.dates[d] for d in docs if d in table.dates]
    if not dated:
        return []
    first, last = min(dated), max(dated)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MONTHS_IN_TIMELINE:
        return month_bars(Counter((d.year, d.month) for d in dated), first, months)
    return year_bars(Counter(d.year for d in dated), first.year, last.year)


def month_bars(counts: Counter, first: date, months: int) -> list[TimelineBar]:
    bars = []
    for step in range(months):
        year, month = divmod(first.year * 12 + first.month - 1 + step, 12)
        start = date(year, month + 1, 1)
        end = date(year + (month == 11), (month + 1) % 12 + 1, 1)
        end = date.fromordinal(end.toordinal() - 1)
        bars.append(TimelineBar(f"{year}-{month + 1:02d}", start, end, counts[(year, month + 1)]))
    return bars


def year_bars(counts: Counter, first: int, last: int) -> list[TimelineBar]:
    return [
        TimelineBar(str(y), date(y, 1, 1), date(y, 12, 31), counts[y]) for y in range(first, last + 1)
    ]
