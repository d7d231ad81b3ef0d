"""What a text page takes from its folder: the chrome its site's other pages repeat.

A page is read with the lines its folder's pages repeat (learnt.py), so its record depends
on its siblings as well as on its own text: a page added, edited or deleted beside it can
change it. `folder_context` names what a page was read with, for the build to read an
unchanged file again when that changed.
"""

import hashlib
import os
from functools import lru_cache

from indexer.sources import io
from indexer.sources.learnt import repeated_lines
from indexer.sources.linekey import is_learnt

MAX_LEARNT_PAGES = 200  # the pages of a folder its chrome is learnt from
PAGE_TYPES = (".txt", ".text")  # the files read as scraped pages, whose folder counts


@lru_cache(maxsize=64)
def folder_chrome(folder: str) -> frozenset[str]:
    """The lines repeated across the text pages of a folder on disk: its site's chrome.
    Learnt once a build (forget_folders): a folder is taken as it was when first asked for."""
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith(PAGE_TYPES))
    except OSError:  # a member of an archive, or a folder gone
        return frozenset()
    entries = [io.file_entry(os.path.join(folder, name)) for name in names[:MAX_LEARNT_PAGES]]
    texts = (text for entry in entries if isinstance(text := io.read_text(entry), str))
    return frozenset(repeated_lines(texts))


def has_learnt_chrome(text: str, chrome: frozenset[str]) -> bool:
    """True when the text shares lines with its folder's other pages: a site's page."""
    return bool(chrome) and any(is_learnt(line, chrome) for line in text.splitlines())


def folder_context(path: str) -> str:
    """A digest of the folder chrome a file is read with; "" for a file that is no text
    page, or whose folder repeats nothing."""
    if io.file_type(os.path.basename(path)) not in PAGE_TYPES:
        return ""
    return chrome_digest(os.path.dirname(path))


@lru_cache(maxsize=64)
def chrome_digest(folder: str) -> str:
    chrome = folder_chrome(folder)
    if not chrome:
        return ""
    return hashlib.blake2b("\n".join(sorted(chrome)).encode(), digest_size=8).hexdigest()


def forget_folders() -> None:
    """Learn every folder again when next asked: a new build sees them as they are now."""
    folder_chrome.cache_clear()
    chrome_digest.cache_clear()
