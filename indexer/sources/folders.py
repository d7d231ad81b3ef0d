"""What a text page takes from its folder: the chrome its site's other pages repeat.

A page is read with the lines its folder's pages repeat (learnt.py), so its record depends
on its siblings as well as on its own text: a page added, edited or deleted beside it can
change it. `folder_context` names what a page was read with, for the build to read an
unchanged file again when that changed; `folder_pages` tells, without reading them, whether
the pages it is learnt from changed at all.
"""

import hashlib
import os
from functools import lru_cache

from indexer.article import Skip
from indexer.sources import io
from indexer.sources.images import alt_texts
from indexer.sources.learnt import repeated_lines
from indexer.sources.linekey import is_learnt
from indexer.sources.markdown import SUFFIXES, read_markdown
from indexer.sources.wrapped import unwrapped

MAX_LEARNT_PAGES = 200  # the pages of a folder its chrome is learnt from
PAGE_TYPES = (".txt", ".text", *SUFFIXES)  # the files read as pages, whose folder counts


@lru_cache(maxsize=64)
def folder_chrome(folder: str) -> frozenset[str]:
    """The lines repeated across the text pages of a folder on disk: its site's chrome.
    Learnt once a build (forget_folders): a folder is taken as it was when first asked for."""
    entries = [io.file_entry(os.path.join(folder, name)) for name in learnt_pages(folder)]
    texts = (page_text(entry) for entry in entries)
    return frozenset(repeated_lines(text for text in texts if text))


def page_text(entry: io.Entry) -> str:
    """The text a page shows ("" when unreadable): a Markdown copy's without its marks."""
    text = io.read_text(entry)
    if isinstance(text, Skip):
        return ""
    shown = read_markdown(text).text if entry.name.lower().endswith(SUFFIXES) else text
    return unwrapped(alt_texts(shown))


@lru_cache(maxsize=64)
def learnt_pages(folder: str) -> tuple[str, ...]:
    """The names of the text pages a folder's chrome is learnt from."""
    try:
        names = sorted(
            n for n in os.listdir(folder) if n.lower().endswith(PAGE_TYPES) and not io.is_readme(n)
        )
    except OSError:  # a member of an archive, or a folder gone
        return ()
    return tuple(names[:MAX_LEARNT_PAGES])


def has_learnt_chrome(text: str, chrome: frozenset[str]) -> bool:
    """True when the text shares lines with its folder's other pages: a site's page."""
    return bool(chrome) and any(is_learnt(line, chrome) for line in text.splitlines())


def folder_pages(path: str) -> str:
    """A digest of the names, sizes and times of the pages a text file's folder chrome is
    learnt from, found without reading them: while it holds, so does folder_context's."""
    if not is_page_type(path):
        return ""
    return pages_digest(os.path.dirname(path))


def folder_context(path: str) -> str:
    """A digest of the folder chrome a file is read with; "" for a file that is no text
    page, or whose folder repeats nothing."""
    if not is_page_type(path):
        return ""
    return chrome_digest(os.path.dirname(path))


def is_page_type(path: str) -> bool:
    return io.file_type(os.path.basename(path)) in PAGE_TYPES


@lru_cache(maxsize=64)
def pages_digest(folder: str) -> str:
    states = []
    for name in learnt_pages(folder):
        try:
            found = os.stat(os.path.join(folder, name))
            states.append(f"{name}\t{found.st_size}\t{found.st_mtime_ns}")
        except OSError:
            states.append(f"{name}\t-")
    return digest(states)


@lru_cache(maxsize=64)
def chrome_digest(folder: str) -> str:
    chrome = folder_chrome(folder)
    return digest(sorted(chrome)) if chrome else ""


def digest(lines: list[str]) -> str:
    return hashlib.blake2b("\n".join(lines).encode(), digest_size=8).hexdigest()


def forget_folders() -> None:
    """Learn every folder again when next asked: a new build sees them as they are now."""
    for cached in (folder_chrome, learnt_pages, pages_digest, chrome_digest):
        cached.cache_clear()
