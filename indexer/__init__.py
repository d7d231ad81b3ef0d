"""Russian news search: files → articles → a morphology-aware Whoosh index → ranked results.

The public API, used by the site, the benchmarks and the command line:
read articles from files, build or update an index, search it.
"""

from indexer.article import Article, Skip
from indexer.engine.export import EXPORT_LIMIT, Matches, MatchRow, csv_lines, jsonl_lines
from indexer.engine.results import (
    MAX_PER_PAGE,
    MAX_QUERY_CHARS,
    PER_PAGE,
    SORTS,
    ArticleView,
    FacetValue,
    Hit,
    SearchPage,
    SearchRequest,
    TimelineBar,
)
from indexer.engine.search import IndexMissing, SearchEngine
from indexer.engine.serialize import article_data, page_data
from indexer.sources import read_articles, read_file
from indexer.text.morph import fold, lemmas, morph_analyzer
from indexer.text.stopwords import STOP_WORDS
from indexer.writing.build import StrictBuildFailed, build_index, directory_bytes
from indexer.writing.lock import BuildRunning
from indexer.writing.manifest import STALE_INDEX, index_made_by_other_analysis

__all__ = [
    "EXPORT_LIMIT",
    "MAX_PER_PAGE",
    "MAX_QUERY_CHARS",
    "PER_PAGE",
    "SORTS",
    "STALE_INDEX",
    "STOP_WORDS",
    "Article",
    "ArticleView",
    "BuildRunning",
    "FacetValue",
    "Hit",
    "MatchRow",
    "Matches",
    "IndexMissing",
    "SearchEngine",
    "SearchPage",
    "SearchRequest",
    "Skip",
    "StrictBuildFailed",
    "TimelineBar",
    "article_data",
    "build_index",
    "csv_lines",
    "directory_bytes",
    "fold",
    "index_made_by_other_analysis",
    "jsonl_lines",
    "lemmas",
    "morph_analyzer",
    "page_data",
    "read_articles",
    "read_file",
]
