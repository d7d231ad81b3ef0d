"""Completions for the search box: the last word from the index vocabulary, then whole titles.

The vocabulary of one index generation is read once, on the first call, into
sorted arrays: a prefix is then two bisections and a top-k of the counts.
"""

import logging
import re
import threading
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from indexer.text.analysis import EXACT, WEAK, term_positions
from indexer.text.morph import fold
from indexer.writing.columns import deleted_docs

log = logging.getLogger(__name__)

MAX_COMPLETIONS = 10
SHORT = 2  # letters of a prefix whose best words are kept
# Past the last letter of any word: "выб" + END sorts after every word starting with "выб".
END = "\U0010ffff"
WORD_FIELDS = ("title", "lead", "body")
# The text before the last word and the word: "title:выборы през" → ("title:выборы ", "през").
LAST_WORD = re.compile(r"^(.*?)(\w+(?:-\w*)*)$", re.DOTALL)


class Packed(Sequence):
    """Sorted strings held in one: 367,000 words of the shared corpus take 7 MB
    this way against 34 MB as a list of strings; bisect reads it like a list."""

    def __init__(self, items: list[str]):
        self.text = "".join(items)
        self.ends = np.cumsum([len(item) for item in items], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, n: int) -> str:
        start = int(self.ends[n - 1]) if n else 0
        return self.text[start : int(self.ends[n])]


@dataclass(frozen=True)
class Vocabulary:
    """Folded words with the number of articles holding each, and folded titles, both sorted."""

    words: Sequence[str]
    counts: np.ndarray
    title_keys: list[str]
    titles: list[str]
    # The best words of one- and two-letter prefixes, kept once found: "в" ranks
    # 20,000 words, a tenth of the vocabulary, at every first key typed.
    short: dict[str, list[str]] = field(default_factory=dict, compare=False)


def read_words(reader) -> dict[str, int]:
    """Every typeable word of the text fields: exact forms and lemmas, "!" dropped.

    The count is the largest of a word's live document frequencies over fields and terms
    ("выборы" is both "!выборы" in one field and "выборы", a lemma, in another), each summed
    over the segments: the same however the articles fall into segments.
    """
    by_field: dict[str, Counter] = {name: Counter() for name in WORD_FIELDS}
    for segment, _ in reader.leaf_readers():
        for name, raw, frequency in segment_terms(segment):
            if name in by_field:
                by_field[name][raw.decode("utf-8")] += frequency
        for name, deleted in deleted_terms(segment).items():
            by_field[name].subtract(deleted)
    counts: dict[str, int] = {}
    for name in WORD_FIELDS:
        for term, frequency in by_field.pop(name).items():
            if frequency > 0 and not term.startswith(WEAK):  # a rare reading is no word used
                word = term.removeprefix(EXACT)
                counts[word] = max(counts.get(word, 0), frequency)
    return counts


def deleted_terms(segment) -> dict[str, Counter]:
    """Per field, how many of the segment's deleted articles hold each term. Whoosh counts
    them until a merge; their stored text gives their terms again (schema.RussianText), so
    the words only deleted articles held are not offered, as after a full build."""
    found = {name: Counter() for name in WORD_FIELDS}
    for docnum in deleted_docs(segment):
        stored = segment.stored_fields(docnum)
        for name in WORD_FIELDS:
            found[name].update(term_positions(stored.get(name) or "").keys())
    return found


def segment_terms(segment) -> Iterator[tuple[str, bytes, int]]:
    """(field, term, document frequency) of every term of one segment.

    Straight from Whoosh 3's term table when it is there: its public iter_field
    decodes every term's whole TermInfo, unpickling the postings of rare terms.
    With memory maps, the vocabulary of the shared corpus (9,865 articles, 367,000
    words) is built in 4.8 s instead of 14 s on a busy machine.
    """
    table = getattr(getattr(segment, "_terms", None), "_tindex", None)
    if table is None:
        for name in WORD_FIELDS:
            for raw, info in segment.iter_field(name):
                yield name, raw, info.doc_frequency()
        return
    decode_key, unpack = segment._terms._keydecoder, W3TermInfo._struct.unpack_from
    for key, value in table.items():
        name, raw = decode_key(key)
        yield name, raw, unpack(value)[2]


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
    return Vocabulary(Packed(words), np.array([counts[w] for w in words], np.int32), keys,
                      [titles[k] for k in keys])  # fmt: skip


def prefix_range(keys: list[str], prefix: str) -> tuple[int, int]:
    """The slice of sorted `keys` that start with `prefix`."""
    return bisect_left(keys, prefix), bisect_left(keys, prefix + END)


def complete_word(vocab: Vocabulary, prefix: str, limit: int) -> list[str]:
    """The `limit` most frequent words starting with `prefix`, most frequent first."""
    prefix = fold(prefix)
    if len(prefix) > SHORT or limit > MAX_COMPLETIONS:
        return best_words(vocab, prefix, limit)
    if prefix not in vocab.short:
        found = best_words(vocab, prefix, MAX_COMPLETIONS)
        if not found:  # only prefixes of real words are kept: a bounded number
            return []
        vocab.short[prefix] = found
    return vocab.short[prefix][:limit]


def best_words(vocab: Vocabulary, prefix: str, limit: int) -> list[str]:
    """The `limit` most frequent words starting with the folded `prefix`."""
    low, high = prefix_range(vocab.words, prefix)
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


def mapped_reader(index_dir: str, generation: int):
    """A reader of one generation through memory maps, for one pass over the whole index:
    plain file reads cost a seek and a read per term (2.5x slower); the maps go with it."""
    ix = FileStorage(index_dir, supports_mmap=True).open_index()
    toc = TOC.read(ix.storage, ix.indexname, gen=generation, schema=ix._schema)
    return ix._reader(ix.storage, toc.schema, toc.segments, toc.generation)


class Vocabularies:
    """One Vocabulary per index generation, built in a thread of its own on first use.

    A build reads the whole index (5 to 10 s for the shared corpus): the site asks
    without waiting and shows no suggestions meanwhile, rather than hold a server
    thread per keystroke. Safe to share between threads.
    """

    def __init__(self):
        self.lock = threading.Lock()
        # Keyed by the generation's searcher: dropped with it.
        self.built: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.building: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def get(self, searcher, index_dir: str, generation: int, wait: bool = True):
        """The searcher's generation's Vocabulary; None while it is being built (wait=False)
        or when its build failed (logged; the next call tries again)."""
        with self.lock:
            if searcher in self.built:
                return self.built[searcher]
            if searcher not in self.building:
                self.building[searcher] = self.start(searcher, index_dir, generation)
            builder = self.building[searcher]
        if wait:
            builder.join()
        return self.built.get(searcher)

    def start(self, searcher, index_dir: str, generation: int) -> threading.Thread:
        args = (searcher, index_dir, generation)
        builder = threading.Thread(target=self.build, args=args, name="vocabulary", daemon=True)
        builder.start()
        return builder

    def build(self, searcher, index_dir: str, generation: int) -> None:
        """Reads the generation through its own mapped reader and files the result."""
        vocabulary = None
        try:
            reader = mapped_reader(index_dir, generation)
            try:
                vocabulary = build_vocabulary(reader)
            finally:
                reader.close()
        except Exception:  # a missing file of a replaced generation, a broken index
            log.exception("the vocabulary of %s, generation %d, failed", index_dir, generation)
        with self.lock:
            if vocabulary is not None:
                self.built[searcher] = vocabulary
            self.building.pop(searcher, None)


# One for the process: each engine's generations are keyed by their own searchers.
VOCABULARIES = Vocabularies()
