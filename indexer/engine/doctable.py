"""Per-article facts held in memory for one index generation: filters, facets, timeline.

Every array is indexed by document number, so a filter, a facet count or a
date order over thousands of matches is one numpy operation.
"""

from dataclasses import dataclass
from datetime import date

import numpy as np
from whoosh.util.times import long_to_datetime

from indexer.engine.results import FacetValue, TimelineBar
from indexer.writing.columns import column_values

MONTHS_IN_TIMELINE = 36
FACET_LIMIT = 12
# Tag counts worked out per query: enough for the facet's FACET_LIMIT and chosen ones.
TAG_COUNTS = 100


@dataclass
class Codes:
    """One string per document, as an index into a list of distinct values."""

    values: list[str]
    codes: np.ndarray

    @classmethod
    def of(cls, by_doc: dict[int, str], size: int) -> "Codes":
        values = sorted(set(by_doc.values()) | {""})
        index = {value: n for n, value in enumerate(values)}
        codes = np.zeros(size, np.int32)
        for docnum, value in by_doc.items():
            codes[docnum] = index[value]
        return cls(values, codes)

    def having(self, wanted) -> np.ndarray:
        chosen = [n for n, value in enumerate(self.values) if value in set(wanted)]
        return np.isin(self.codes, chosen)


@dataclass
class Tags:
    """The editorial keywords of each document, as (document, tag) pairs."""

    values: list[str]
    docs: np.ndarray
    codes: np.ndarray

    @classmethod
    def read(cls, reader) -> "Tags":
        """Every document's tags, from the postings of the keywords field."""
        by_tag: dict[str, list[int]] = {}
        for segment, offset in reader.leaf_readers() if "keywords" in reader.schema else ():
            # Segment by segment: the index-wide reader looks each term up in every segment.
            for term in segment.field_terms("keywords"):
                ids = segment.postings("keywords", term).all_ids()
                by_tag.setdefault(term, []).extend(docnum + offset for docnum in ids)
        values = sorted(by_tag)
        docs = [docnum for value in values for docnum in by_tag[value]]
        codes = [code for code, value in enumerate(values) for _ in by_tag[value]]
        return cls(values, np.array(docs, np.int64), np.array(codes, np.int32))

    def having(self, wanted, size: int) -> np.ndarray:
        """The documents carrying any of the wanted tags (as written, in any case)."""
        wanted = {value.casefold() for value in wanted}
        chosen = [n for n, value in enumerate(self.values) if value.casefold() in wanted]
        mask = np.zeros(size, bool)
        mask[self.docs[np.isin(self.codes, chosen)]] = True
        return mask

    def counts(self, mask: np.ndarray, keep=(), limit: int = TAG_COUNTS) -> dict[str, int]:
        """How many documents of the mask carry each of the `limit` most frequent tags
        (ties: the first indexed) and the tags in `keep`, in the order they were indexed.

        Only the first few are shown, and a dict of every tag carried (thousands for a
        common word) took longer than the rest of the facets together.
        """
        counts = np.bincount(self.codes[mask[self.docs]], minlength=len(self.values))
        found = np.flatnonzero(counts)
        if len(found) > limit:
            wanted = set(keep)
            kept = [n for n, value in enumerate(self.values) if value in wanted]
            found = found[np.lexsort((found, -counts[found]))[:limit]]
            found = np.unique(np.concatenate([found, np.array(kept, found.dtype)]))
        return {self.values[n]: int(counts[n]) for n in found.tolist()}


@dataclass
class DocTable:
    """Live flag, id, source, rubric and date (as an ordinal, 0 if none) by document;
    `ties`: each document's place among equal scores (tie_places); `by_id`: its place in
    the order of article ids (id_places)."""

    live: np.ndarray
    ids: dict[int, str]
    sources: Codes
    rubrics: Codes
    days: np.ndarray
    years: np.ndarray
    months: np.ndarray  # year * 12 + month - 1, 0 if undated
    tags: Tags
    ties: np.ndarray
    by_id: np.ndarray

    @property
    def size(self) -> int:
        return len(self.live)

    def date_range(self, mask: np.ndarray) -> tuple[date | None, date | None]:
        """The first and last date among the documents of `mask`."""
        days = self.days[mask & (self.days > 0)]
        if not days.size:
            return None, None
        return date.fromordinal(int(days.min())), date.fromordinal(int(days.max()))


def load_doctable(reader) -> DocTable:
    """Read the sortable columns of every live document."""
    size = reader.doc_count_all()
    ids = column_values(reader, "id")
    live = np.zeros(size, bool)
    live[list(ids)] = True
    days = day_numbers(column_values(reader, "date", translate=False), size)
    months = each_unique(days, month_number)
    by_id = id_places(ids, size)
    return DocTable(
        live=live,
        ids=ids,
        sources=Codes.of(column_values(reader, "source"), size),
        rubrics=Codes.of(column_values(reader, "rubric"), size),
        days=days,
        years=months // 12,  # 0 for an undated article, as its month
        months=months,
        tags=Tags.read(reader),
        ties=tie_places(by_id, days),
        by_id=by_id,
    )


def id_places(ids: dict[int, str], size: int) -> np.ndarray:
    """Each document's place in the order of article ids (deleted ones first)."""
    names = np.array([ids.get(docnum, "").encode() for docnum in range(size)])
    return places(np.argsort(names, kind="stable"))


def tie_places(by_id: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Each document's place in the order equal scores take: newest first, then by article
    id (`by_id`: id_places). Not the document number, which differs between an incremental
    and a full build of the same articles, and between two builds with several jobs."""
    return places(np.lexsort((by_id, -days)))


def places(order: np.ndarray) -> np.ndarray:
    """The inverse of a permutation: where each element stands in `order`."""
    found = np.empty(len(order), np.int32)
    found[order] = np.arange(len(order), dtype=np.int32)
    return found


def day_numbers(raw_dates: dict[int, int], size: int) -> np.ndarray:
    """The ordinal day of each document's date column value, 0 for none."""
    days = np.zeros(size, np.int32)
    docnums = np.fromiter(raw_dates.keys(), np.int64, len(raw_dates))
    raw = np.fromiter(raw_dates.values(), np.uint64, len(raw_dates))
    days[docnums] = each_unique(raw, lambda value: ordinal(as_date(value)))
    return days


def each_unique(values: np.ndarray, convert) -> np.ndarray:
    """`convert` of each value, called once per distinct value (a million articles
    have a few thousand distinct dates)."""
    unique, inverse = np.unique(values, return_inverse=True)
    converted = np.array([convert(value) for value in unique.tolist()], np.int32)
    return converted[inverse] if len(values) else np.zeros(0, np.int32)


def ordinal(when: date | None) -> int:
    return when.toordinal() if when else 0


def as_date(raw) -> date | None:
    """A raw DATETIME column value as a date; None for an undated article,
    whose column holds a filler value out of the date range."""
    try:
        return long_to_datetime(raw).date()
    except (OverflowError, TypeError, ValueError):
        return None


def code_facet(codes: Codes, docs: np.ndarray, active) -> list[FacetValue]:
    """The names' counts over `docs` (document numbers, or a mask)."""
    counts = np.bincount(codes.codes[docs], minlength=len(codes.values))
    return facet_values({codes.values[n]: int(c) for n, c in enumerate(counts) if c}, active)


def year_facet(table: DocTable, docs: np.ndarray, active) -> list[FacetValue]:
    """The years' counts over `docs` (document numbers, or a mask); undated ones left out."""
    years = table.years[docs]
    years = years[years > 0]
    first = int(years.min()) if years.size else 0
    # Counted over the few years spanned, not sorted: np.unique sorted 74,000 matches.
    counts = np.bincount(years - first).tolist() if years.size else []
    by_year = {str(first + step): count for step, count in enumerate(counts) if count}
    return sorted(facet_values(by_year, active), key=lambda f: f.value, reverse=True)


def facet_values(counts: dict[str, int], active) -> list[FacetValue]:
    active = {str(value) for value in active}
    ranked = sorted(((v, n) for v, n in counts.items() if v), key=lambda item: -item[1])
    top = ranked[:FACET_LIMIT]
    top += [(value, counts.get(value, 0)) for value in active if value not in dict(top)]
    return [FacetValue(value, n, value in active) for value, n in top]


def timeline(table: DocTable, docs: np.ndarray) -> list[TimelineBar]:
    """Matches (`docs`: their document numbers) per month, or per year when the months
    would not fit. Taken by number: a gather by a boolean mask was 5x slower."""
    month_of = table.months[docs][table.days[docs] > 0]
    if not month_of.size:
        return []
    first, last = int(month_of.min()), int(month_of.max())
    if last - first < MONTHS_IN_TIMELINE:
        counts = np.bincount(month_of - first, minlength=last - first + 1)
        return [month_bar(first + step, int(c)) for step, c in enumerate(counts)]
    years = month_of // 12
    counts = np.bincount(years - years.min())
    return [year_bar(int(years.min()) + step, int(c)) for step, c in enumerate(counts)]


def month_number(day: int) -> int:
    """year * 12 + month - 1 of an ordinal day (0 for none)."""
    if not day:
        return 0
    when = date.fromordinal(day)
    return when.year * 12 + when.month - 1


def month_bar(month_number: int, count: int) -> TimelineBar:
    year, month = divmod(month_number, 12)
    start = date(year, month + 1, 1)
    following = date(year + month // 11, (month + 1) % 12 + 1, 1)
    end = date.fromordinal(following.toordinal() - 1)
    return TimelineBar(f"{year}-{month + 1:02d}", start, end, count)


def year_bar(year: int, count: int) -> TimelineBar:
    return TimelineBar(str(year), date(year, 1, 1), date(year, 12, 31), count)


def by_score(table: DocTable, docnums: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Best score first; equal scores newest first, then by article id (DocTable.ties)."""
    return docnums[np.lexsort((table.ties[docnums], -score[docnums]))]


def top(mask: np.ndarray, score: np.ndarray, limit: int, table: DocTable) -> np.ndarray:
    """The `limit` best-scoring matches, best first; equal scores in the order of the
    table's ties (by_score)."""
    candidates = np.flatnonzero(mask)
    if len(candidates) > limit:
        # The limit-th best score; every match above it, then those at it first in the
        # order of ties (argpartition kept any of them). Linear but for the tied ones
        # (a filter alone scores every match 0).
        values = score[candidates]
        least = np.partition(values, len(values) - limit)[len(values) - limit]
        above = np.flatnonzero(values > least)
        tied = np.flatnonzero(values == least)
        tied = tied[first(table.ties[candidates[tied]], limit - len(above))]
        candidates = candidates[np.concatenate([above, tied])]
    return by_score(table, candidates, score)


def first(places: np.ndarray, count: int) -> np.ndarray:
    """The indices of the `count` lowest places, lowest first."""
    if len(places) > count:
        chosen = np.argpartition(places, count)[:count]
        return chosen[np.argsort(places[chosen])]
    return np.argsort(places)


def by_date(table: DocTable, docnums: np.ndarray, limit: int) -> np.ndarray:
    """Newest first, undated last; the same day by article id (DocTable.ties: the order of
    equal scores is this one), so in one order however the index was built."""
    order = np.argsort(table.ties[docnums], kind="stable")
    return docnums[order[:limit]]
