"""The index's figures: articles per source and rubric, the undated, the dates covered."""

from collections import Counter

from indexer.engine.doctable import DocTable


def table_stats(table: DocTable) -> dict:
    """How many live articles, from which sources and rubrics, over which dates."""
    live = table.live
    sources = Counter(table.sources.values[c] for c in table.sources.codes[live].tolist())
    undated = live & (table.days == 0)
    undated_sources = Counter(
        table.sources.values[c] for c in table.sources.codes[undated].tolist()
    )
    rubrics = Counter(table.rubrics.values[c] for c in table.rubrics.codes[live].tolist())
    first, last = table.date_range(live)
    return {
        "articles": int(live.sum()),
        "undated": int(undated.sum()),
        "undated_sources": dict(undated_sources.most_common()),
        "sources": dict(sources.most_common()),
        "rubrics": {name: n for name, n in rubrics.most_common() if name},
        "first_date": first,
        "last_date": last,
    }
