"""Completions for the search box: the last word from the index vocabulary, then whole titles.

The vocabulary of one index generation is read once, on the first call, into
sorted arrays: a prefix is then two bisections and a top-k of the counts.
"""

import re
import threading
import weakref
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np

from indexer.text.analysis import EXACT
from indexer.text.morph import fold

MAX_COMPLETIONS = 10
# Past the last letter of any word: "выб" + END sorts after every word starting with "выб".
END = "\U0010ffff"
WORD_FIELDS = ("title", "lead", "body")
# The text before the last word and the word: "title:выборы през" → ("title:выборы ", "през").
LAST_WORD = re.compile(r"^(.*?)(\w+(?:-\w*)*)$", re.DOTALL)


@dataclass(frozen=True)
class Vocabulary:
    """Folded words with the number of articles holding each, and folded titles, both sorted."""

    words: list[str]
    counts: np.ndarray
    title_keys: list[str]
    titles: list[str]


def read_words(reader) -> dict[str, int]:
    """Every typeable word of the text fields: exact forms and lemmas, "!" dropped.

    The count is the largest of a word's document frequencies over fields and
    terms: "выборы" is both "!выборы" in one field and "выборы" (a lemma) in another.
    """
    counts: dict[str, int] = {}
    for field in WORD_FIELDS:
        for raw, info in reader.iter_field(field):
            word = raw.decode("utf-8").removeprefix(EXACT)
            counts[word] = max(counts.get(word, 0), info.doc_frequency())
    return counts


def read_titles(reader) -> dict[str, str]:
    """Folded title → title as written, one per distinct folded title."""
    titles: dict[str, str] = {}
    for docnum in reader.all_doc_ids():
        title = " ".join(reader.stored_fields(docnum).get("title", "").split())
        titles.setdefault(fold(title), title)
    titles.pop("", None)
    return titles


def build_vocabulary(reader) -> Vocabulary:
    """The sorted arrays of one index generation."""
    counts = read_words(reader)
    words = sorted(counts)
    titles = read_titles(reader)
    keys = sorted(titles)
    return Vocabulary(words, np.array([counts[w] for w in words], np.int32), keys,
                      [titles[k] for k in keys])  # fmt: skip


def prefix_range(keys: list[str], prefix: str) -> tuple[int, int]:
    """The slice of sorted `keys` that start with `prefix`."""
    return bisect_left(keys, prefix), bisect_left(keys, prefix + END)


def complete_word(vocab: Vocabulary, prefix: str, limit: int) -> list[str]:
    """The `limit` most frequent words starting with `prefix`, most frequent first."""
    low, high = prefix_range(vocab.words, fold(prefix))
    counts = vocab.counts[low:high]
    if len(counts) > limit:
        best = np.argpartition(-counts, limit - 1)[:limit]
    else:
        best = np.arange(len(counts))
    # Ties alphabetically: the array is sorted, so by position.
    order = best[np.lexsort((best, -counts[best]))]
    return [vocab.words[low + int(n)] for n in order]


def complete_title(vocab: Vocabulary, text: str, limit: int) -> list[str]:
    """Titles that start with the whole typed text, alphabetically."""
    low, high = prefix_range(vocab.title_keys, fold(text))
    return vocab.titles[low : min(high, low + limit)]


def completions(vocab: Vocabulary, text: str, limit: int = MAX_COMPLETIONS) -> list[str]:
    """The typed text with its last word completed, then titles starting with it.

    "выборы през" → ["выборы президента", "выборы президент", …, "Выборы президента России…"]
    """
    text = " ".join(text.split())
    match = LAST_WORD.match(text)
    found = []
    if match:
        head, word = match.groups()
        found = [head + w for w in complete_word(vocab, word, limit) if w != fold(word)]
    if len(text) >= 2:
        found += complete_title(vocab, text, limit)
    return list(dict.fromkeys(found))[:limit]


class Vocabularies:
    """One Vocabulary per index generation, built on first use; safe to share between threads."""

    def __init__(self):
        self.lock = threading.Lock()
        # Keyed by the generation's searcher: dropped with it.
        self.built: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def get(self, searcher) -> Vocabulary:
        """The vocabulary of the searcher's generation; one thread builds it, others wait."""
        with self.lock:
            if searcher not in self.built:
                self.built[searcher] = build_vocabulary(searcher.reader())
            return self.built[searcher]


# One for the process: each engine's generations are keyed by their own searchers.
VOCABULARIES = Vocabularies()
