"""Input readers: files and folders in, Article and Skip records out."""

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from indexer.article import Article, Skip
from indexer.sources import io, titlepick, titlescore
from indexer.sources.csv import is_taiga, read_csv, read_taiga
from indexer.sources.fields import MAX_ARTICLE_CHARS
from indexer.sources.folders import (
    folder_chrome,
    folder_context,
    folder_pages,
    forget_folders,
    has_learnt_chrome,
)
from indexer.sources.html import read_html
from indexer.sources.images import alt_texts
from indexer.sources.jsonl import read_json, read_jsonl
from indexer.sources.markdown import SUFFIXES as MARKDOWN_SUFFIXES
from indexer.sources.markdown import read_markdown, with_header
from indexer.sources.pagekind import is_page
from indexer.sources.pages import parse_page
from indexer.sources.plain import parse_plain
from indexer.sources.plainheads import is_wikinews
from indexer.sources.wrapped import unwrapped

__all__ = [
    "folder_context",
    "folder_pages",
    "forget_folders",
    "list_files",
    "read_articles",
    "read_entry_safely",
    "read_file",
]

Reader = Callable[[io.Entry], Iterator[Article | Skip]]
# A copy this long holds an article over the limit however much of it is the site's chrome;
# told at once, not after a minute of looking for a page's shape in fifty megabytes.
MAX_COPY_CHARS = 2 * MAX_ARTICLE_CHARS
# No copy of a web page was published before the web: an older date is a day its text tells of
# ("3 февраля 1920 г. решением Сибревкома …", an anniversary's), not the page's.
FIRST_WEB_YEAR = 1991


def read_txt(entry: io.Entry) -> Iterator[Article | Skip]:
    """A .txt file: a scraped page when it looks like one, else title-first plain text."""
    text = io.read_text(entry)
    yield text if isinstance(text, Skip) else read_copy(text, entry.path)


def read_md(entry: io.Entry) -> Iterator[Article | Skip]:
    """A page copied as Markdown: read as the text it shows, with its header's address and day."""
    text = io.read_text(entry)
    if isinstance(text, Skip):
        yield text
    else:
        copy = read_markdown(text)
        yield with_header(read_copy(copy.text, entry.path), copy)


def read_copy(text: str, path: str) -> Article | Skip:
    """A copy of a page: a scraped page when it looks like one, else title-first plain text."""
    if len(text) > MAX_COPY_CHARS:
        return Skip(path, None, f"article longer than {MAX_ARTICLE_CHARS:,} characters")
    chrome = folder_chrome(os.path.dirname(path))
    text = copy_text(text)
    plain = not is_scraped_page(text, chrome)
    article = parse_plain(text, path) if plain else parse_page(text, path, chrome)
    return of_the_web(headline_again(article, text, plain, path, chrome))


def copy_text(text: str) -> str:
    """A copy's text as its readers read it: images' alt texts in, hard-wrapped lines joined."""
    return unwrapped(alt_texts(text))


def headline_again(
    article: Article | Skip, text: str, plain: bool, path: str, chrome: frozenset[str]
) -> Article | Skip:
    """The rules' headline looked at again by the learned decisions: furniture over a copy
    without a headline (titlescore), another line above the text, not one of the folder's
    `chrome` (titlepick); Wikinews texts keep theirs, as given."""
    if isinstance(article, Skip) or (plain and is_wikinews(path)):
        return article
    return titlepick.picked(titlescore.decided(article, text, plain), text, plain, chrome)


def of_the_web(article: Article | Skip) -> Article | Skip:
    """The article without a date from before the web (FIRST_WEB_YEAR)."""
    if isinstance(article, Article) and article.date and article.date.year < FIRST_WEB_YEAR:
        return dataclasses.replace(article, date=None)
    return article


def is_scraped_page(text: str, chrome: frozenset[str]) -> bool:
    """True for a text the scraped-page reader reads: shaped like a page, or sharing lines
    with its folder's other pages."""
    return is_page(text) or has_learnt_chrome(text, chrome)


READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".jsonlines": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".txt": read_txt,
    ".text": read_txt,
    **dict.fromkeys(MARKDOWN_SUFFIXES, read_md),
    ".html": read_html,
    ".htm": read_html,
}


def read_members(members: list[io.Entry | Skip]) -> Iterator[Article | Skip]:
    """The articles of an archive's members; Taiga's texts get their metadata."""
    entries = [member for member in members if isinstance(member, io.Entry)]
    if is_taiga(entries):
        yield from read_taiga(entries)
    else:
        for entry in entries:
            nested = io.is_archive(entry.name)
            yield from [Skip(entry.path, None, "nested archive")] if nested else read_entry(entry)
    yield from (member for member in members if isinstance(member, Skip))


def read_archive(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of every member of a tar archive."""
    try:
        with io.open_archive(entry) as members:
            yield from read_members(members)
    except io.READ_ERRORS as exc:
        yield Skip(entry.path, None, io.describe_error(exc, entry.name))


def read_entry(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of one file, by the reader its name calls for."""
    if io.is_archive(entry.name):
        return read_archive(entry)
    reader = READERS.get(io.file_type(entry.name))
    if reader is None:
        return iter([Skip(entry.path, None, "unsupported file type")])
    return reader(entry)


def read_file(path: str | Path) -> Iterator[Article | Skip]:
    """The articles of one file (or archive), whatever its name."""
    return read_entry(io.file_entry(str(path)))


def is_skipped_name(name: str) -> bool:
    """True for the files a folder walk leaves out: hidden files and READMEs."""
    return name.startswith(".") or io.is_readme(name)


def seen_reason(path: Path, real: str) -> str:
    """Why a folder is not read twice: a link to a folder above it, or a second path to one."""
    if os.path.commonpath([os.path.realpath(path.parent), real]) == real:
        return f"symlink loop: {real} is being read already"
    return f"folder read already as {real}"


def walk_dir(path: Path, seen: set[str]) -> Iterator[io.Entry | Skip]:
    """The files under a folder, in sorted order, each real folder once (no symlink loops)."""
    real = os.path.realpath(path)
    if real in seen:
        yield Skip(str(path), None, seen_reason(path, real))
        return
    seen.add(real)
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        yield Skip(str(path), None, f"unreadable: {exc}")
        return
    for name in names:
        if not is_skipped_name(name):
            yield from walk(path / name, seen)


def walk(path: Path, seen: set[str]) -> Iterator[io.Entry | Skip]:
    """The files a path names: itself, or everything under it."""
    if not io.is_utf8(str(path)):  # the name would end up in a source name, then in the index
        yield Skip(io.printable(str(path)), None, "name is not UTF-8: rename it to read it")
    elif path.is_dir():
        yield from walk_dir(path, seen)
    elif path.is_file():
        yield io.file_entry(str(path))
    elif path.is_symlink():
        yield Skip(str(path), None, "broken symlink")
    elif os.path.lexists(path):
        yield Skip(str(path), None, "not a regular file")
    else:
        yield Skip(str(path), None, "no such file or directory")


def list_files(paths: Iterable[str | Path]) -> Iterator[io.Entry | Skip]:
    """The files under the given files and folders, each once, in a stable order."""
    seen: set[str] = set()
    for path in paths:
        yield from walk(Path(path), seen)


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Skip]:
    """Every article in the given files and folders, and a Skip for each unreadable item."""
    for item in list_files(paths):
        if isinstance(item, Skip):
            yield item
        else:
            yield from read_entry_safely(item)


def read_entry_safely(entry: io.Entry) -> Iterator[Article | Skip]:
    """The articles of one file; a reader bug becomes a Skip instead of ending the run."""
    try:
        yield from read_entry(entry)
    except Exception as exc:  # one odd file must not stop a whole build
        yield Skip(entry.path, None, f"reader failed: {type(exc).__name__}: {exc}")
