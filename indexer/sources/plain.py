"""Plain text articles: the first non-empty line is the title, the rest the body (Wikinews)."""

from pathlib import PurePosixPath

from indexer.article import Article, Skip
from indexer.sources.clean import normalize_text
from indexer.sources.fields import make_article

# NEREL ships the texts of Russian Wikinews: "NEREL-v1.1-texts.tar.gz/NEREL-v1.1/dev/1003.txt"
WIKINEWS_MARKS = ("wikinews", "nerel")


def plain_source(path: str) -> str:
    """The outlet of a plain text: Викиновости for NEREL, else the folder's name."""
    if any(mark in path.lower() for mark in WIKINEWS_MARKS):
        return "Викиновости"
    return PurePosixPath(path).parent.name


def parse_plain(text: str, path: str) -> Article | Skip:
    """An Article from title-first text: "Заголовок\\n\\nТекст..."."""
    title, _, body = normalize_text(text).partition("\n")
    return make_article(path, None, title=title, body=body, source=plain_source(path))
