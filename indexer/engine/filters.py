"""Filters by the names the facets show, and facet counts that let a person pick several values.

One rule for `source:`/`rubric:` in the query and `source=`/`rubric=` in the URL:
a value matches the facet names that equal it, case and ё aside ("rt" → «RT»);
when none does, the names holding its words as whole words in a row
("газета" → «Независимая газета», but "газ" → nothing).
"""

import re
from datetime import date

import numpy as np

from indexer.engine.doctable import DocTable, code_facet, facet_values, year_facet
from indexer.engine.periods import period
from indexer.engine.results import SearchRequest
from indexer.text.morph import fold

WORDS = re.compile(r"\w+")
# Facet → the DocTable column of its names and the SearchRequest field of its chosen values.
NAMED = {"source": ("sources", "sources"), "rubric": ("rubrics", "rubrics")}


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name: "Независимая газета" → ("независимая", "газета")."""
    return tuple(WORDS.findall(fold(name)))


def matching_names(names: list[str], value: str) -> list[str]:
    """The names a filter value picks: equal ones, else those holding its words in a row."""
    wanted = name_words(value)
    if not wanted:
        return []
    equal = [name for name in names if name_words(name) == wanted]
    return equal or [name for name in names if holds(name_words(name), wanted)]


def holds(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when `run` stands in `words` as whole words in a row."""
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def value_mask(table: DocTable, facet: str, value: str) -> np.ndarray:
    """The articles whose `facet` ("source", "rubric") name matches `value`."""
    codes = getattr(table, NAMED[facet][0])
    return codes.having(matching_names(codes.values, value))


def values_mask(table: DocTable, facet: str, values) -> np.ndarray:
    """Articles matching any of the chosen values of one facet (all of them for none)."""
    if not values:
        return table.live  # shared, as every unfiltered facet's: never changed in place
    mask = np.zeros(table.size, bool)
    for value in values:
        mask |= value_mask(table, facet, value)
    return mask


def facet_masks(table: DocTable, request: SearchRequest) -> dict[str, np.ndarray]:
    """One mask per facet of the request's filters: OR within a facet, AND across them."""
    return {
        "source": values_mask(table, "source", request.sources),
        "rubric": values_mask(table, "rubric", request.rubrics),
        "year": np.isin(table.years, list(request.years)) if request.years else table.live,
        "tag": table.tags.having(request.tags, table.size) if request.tags else table.live,
        "period": period_mask(table, request),
    }


def period_mask(table: DocTable, request: SearchRequest) -> np.ndarray:
    """Articles dated within from–to; every article when there is no period."""
    if not (request.date_from or request.date_to):
        return table.live
    return dated_within(table, request.date_from or date.min, request.date_to or date.max)


def date_mask(table: DocTable, value: str) -> np.ndarray:
    """The query's date:2017 (periods.period): the articles dated within it; every article
    when the value cannot be read (the page says so: plan.unread_dates)."""
    found = period(value)
    return dated_within(table, *found) if found else table.live.copy()


def dated_within(table: DocTable, first: date, last: date) -> np.ndarray:
    """The articles dated from `first` through `last` (undated ones left out)."""
    return (table.days >= first.toordinal()) & (table.days <= last.toordinal())


def combined(masks: dict[str, np.ndarray], leave_out: str = "") -> np.ndarray:
    """All filter masks ANDed, but the one named `leave_out`."""
    result = np.ones(len(next(iter(masks.values()))), bool)
    for name, mask in masks.items():
        if name != leave_out:
            result &= mask
    return result


def post_filter_facets(table: DocTable, matches: np.ndarray, masks, request) -> dict:
    """Facet counts as Elasticsearch's post_filter gives them: each facet is counted over
    the other facets' filters, so its other values keep their counts and can be added."""
    docs = FacetDocs(matches, masks)
    return {
        "source": code_facet(table.sources, docs.without("source"), request.sources),
        "rubric": code_facet(table.rubrics, docs.without("rubric"), request.rubrics),
        "year": year_facet(table, docs.without("year"), request.years),
        "tag": facet_values(
            table.tags.counts(docs.mask_without("tag"), request.tags), request.tags
        ),
    }


class FacetDocs:
    """The matches each facet is counted over, as a mask and as document numbers; each
    combination of filters made once (with none, the four facets count the same ones).
    Column values are taken by document number: a boolean mask's gather was 5x slower."""

    def __init__(self, matches: np.ndarray, masks: dict[str, np.ndarray]):
        self.matches, self.masks = matches, masks
        self.made: dict[frozenset, tuple[np.ndarray, np.ndarray]] = {}

    def mask_without(self, name: str) -> np.ndarray:
        return self.made_without(name)[0]

    def without(self, name: str) -> np.ndarray:
        return self.made_without(name)[1]

    def made_without(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        key = frozenset(id(mask) for other, mask in self.masks.items() if other != name)
        if key not in self.made:
            mask = self.matches & combined(self.masks, name)
            self.made[key] = (mask, np.flatnonzero(mask))
        return self.made[key]


def undated(table: DocTable, matches: np.ndarray, masks) -> int:
    """Matches with no date, counted before the year and period filters (which leave them out)."""
    passing = matches & combined({k: v for k, v in masks.items() if k not in ("year", "period")})
    return int((passing & (table.days == 0)).sum())
