"""How far a typed word is from a known one, counting slips of the finger as half an edit;
and the index's words near a typed one, found fast (rapidfuzz over a range of the vocabulary)."""

import threading
import weakref
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from indexer.text.analysis import EXACT

# The body holds nearly every title word too; reading one field halves a range's cost.
SPELLING_FIELDS = ("body",)
# Document frequencies remembered per generation (about 100 bytes each) before starting over.
REMEMBERED_FREQUENCIES = 100_000

# The Russian ЙЦУКЕН rows and the English QWERTY rows, as the keys stand.
ROWS = (
    "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю",
    "qwertyuiop", "asdfghjkl", "zxcvbnm",
)  # fmt: skip
RUSSIAN_KEYS = "".join(ROWS[:3])  # the Russian layout's three letter rows
NEAR_KEY = 0.5  # a neighbouring key: "прнзидент"
SWAP = 0.5  # two letters swapped: "президетн"
SIMILAR = 0.5  # letters people confuse by ear: е/и, а/о, ы/и, е/э
DOUBLED = 0.5  # a letter typed twice or once too few: "выборр", "класный"


@lru_cache(maxsize=1)
def key_positions() -> dict[str, tuple[int, float]]:
    """Each letter's (row, column); rows are shifted as on a keyboard."""
    positions = {}
    for n, row in enumerate(ROWS):
        for column, letter in enumerate(row):
            positions[letter] = (n % 3, column + 0.25 * (n % 3))
    return positions


SOUNDS = {frozenset(pair) for pair in ("еи", "ао", "ыи", "еэ", "ьъ", "зс", "дт", "бп")}


def substitution(a: str, b: str) -> float:
    """The cost of typing `a` for `b`: 0 if equal, less for neighbours and sound-alikes."""
    if a == b:
        return 0.0
    if frozenset((a, b)) in SOUNDS:
        return SIMILAR
    pa, pb = key_positions().get(a), key_positions().get(b)
    if pa and pb and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.25:
        same_alphabet = (a in RUSSIAN_KEYS) == (b in RUSSIAN_KEYS)
        return NEAR_KEY if same_alphabet else 1.0
    return 1.0


def weighted_distance(typed: str, word: str) -> float:
    """Damerau–Levenshtein distance with cheaper slips: ("навальнй", "навальный") → 1."""
    previous2: list[float] = []
    previous = [float(j) for j in range(len(word) + 1)]
    for i, a in enumerate(typed, 1):
        current = [float(i)]
        extra = DOUBLED if i > 1 and typed[i - 2] == a else 1.0
        for j, b in enumerate(word, 1):
            missing = DOUBLED if j > 1 and word[j - 2] == b else 1.0
            cost = min(
                previous[j] + extra, current[j - 1] + missing, previous[j - 1] + substitution(a, b)
            )
            if i > 1 and j > 1 and a == word[j - 2] and typed[i - 2] == b and a != b:
                cost = min(cost, previous2[j - 2] + SWAP)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


class Lexicon:
    """The index's words by their first two letters and their length, read a range at a time
    when first asked for: reading the whole vocabulary takes 9 s on the shared corpus, one
    range 0.1 s."""

    def __init__(self):
        self.lock = threading.Lock()
        self.ranges: dict[str, dict[int, list[str]]] = {}
        self.grouped: dict[tuple[str, str], dict[str, list[str]]] = {}
        self.frequencies: dict[tuple[str, str], int] = {}

    def counting(self, reader, postings) -> "CountingReader":
        """`reader` with its live document frequencies remembered for this generation
        (`postings`: its PostingsCache)."""
        return CountingReader(reader, self.frequencies, postings)

    def starting(self, reader, head: str) -> dict[int, list[str]]:
        """Every indexed word (lemma or form as written) starting with `head`, by length."""
        with self.lock:
            if head not in self.ranges:
                self.ranges[head] = by_length(read_range(reader, head))
            return self.ranges[head]

    def by_key(self, reader, head: str, key) -> dict[str, list[str]]:
        """Every indexed word starting with `head`, grouped by `key(word)` (a named function);
        words without a key (None) left out."""
        with self.lock:
            if (head, key.__name__) not in self.grouped:
                groups: dict[str, list[str]] = {}
                for word in read_range(reader, head):
                    found = key(word)
                    if found:
                        groups.setdefault(found, []).append(word)
                self.grouped[head, key.__name__] = groups
            return self.grouped[head, key.__name__]

    def near(self, reader, word: str, maxdist: int, limit: int = 30) -> list[str]:
        """Up to `limit` words within `maxdist` plain edits, the first two letters kept;
        nearest first, then in alphabetical order."""
        lengths = self.starting(reader, word[:2])
        # A word more than `maxdist` letters longer or shorter is more edits away: a range
        # of a common head ("не…") has tens of thousands of words, a few lengths far fewer.
        choices = [c for n in range(len(word) - maxdist, len(word) + maxdist + 1)
                   for c in lengths.get(n, ())]  # fmt: skip
        # A swap is one Damerau edit but two plain ones; the plain distance has a fast bit-parallel
        # form (25x faster on a range of 2,500 words), so it sifts the range first.
        plain = process.extract(
            word, choices, scorer=Levenshtein.distance, score_cutoff=2 * maxdist, limit=None
        )
        found = process.extract(
            word,
            [choice for choice, _, _ in plain],
            scorer=DamerauLevenshtein.distance,
            score_cutoff=maxdist,
            limit=None,
        )
        ranked = sorted((distance, choice) for choice, distance, _ in found if choice != word)
        return [choice for _, choice in ranked[:limit]]


def by_length(words: list[str]) -> dict[int, list[str]]:
    """Words grouped by their length, each group in the order given."""
    groups: dict[int, list[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


class CountingReader:
    """A reader whose doc_frequency is remembered: Whoosh asks every segment in turn
    (23 look-ups a term at 100,000 articles, a third of a suggesting query's time).

    Whoosh's count also counts the articles an incremental build deleted, which stay in their
    segments until a merge; where there are any, the live postings are counted instead, so
    that corrections, names in the other alphabet and feedback are those of a full build."""

    def __init__(self, reader, remembered: dict[tuple[str, str], int], postings):
        self.reader, self.remembered, self.postings = reader, remembered, postings

    def doc_frequency(self, field: str, term: str) -> int:
        found = self.remembered.get((field, term))
        if found is None:
            if len(self.remembered) >= REMEMBERED_FREQUENCIES:
                self.remembered.clear()
            found = self.remembered[field, term] = self.live_frequency(field, term)
        return found

    def live_frequency(self, field: str, term: str) -> int:
        if self.postings.deleted is None:
            return self.reader.doc_frequency(field, term)
        return self.postings.live_frequency(field, term)

    def expand_prefix(self, field: str, prefix: str):
        return self.reader.expand_prefix(field, prefix)

    def live_terms(self, field: str, prefix: str):
        """The terms starting with `prefix` that some live article holds: not those only the
        articles an incremental build deleted hold, which would take a prefix's places."""
        for term in map(as_term, self.reader.expand_prefix(field, prefix)):
            if self.postings.deleted is None or self.doc_frequency(field, term):
                yield term


def read_range(reader, head: str) -> list[str]:
    """The words of the spelling fields starting with `head`, as lemmas or as written."""
    words: set[str] = set()
    for field in SPELLING_FIELDS:
        for start in (head, EXACT + head):
            words.update(as_word(raw) for raw in reader.expand_prefix(field, start))
    return sorted(words)


def as_term(raw) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


def as_word(raw) -> str:
    return as_term(raw).removeprefix(EXACT)


class PerGeneration:
    """One `make()` per index generation (a Lexicon, abbreviations' names), keyed by its
    postings cache and dropped with it."""

    def __init__(self, make):
        self.make = make
        self.lock = threading.Lock()
        self.made: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def get(self, owner):
        """The one of the generation `owner` (its postings cache) belongs to."""
        with self.lock:
            if owner not in self.made:
                self.made[owner] = self.make()
            return self.made[owner]


LEXICONS = PerGeneration(Lexicon)


def counting_reader(snap) -> CountingReader:
    """A snapshot's reader, its live document frequencies remembered for the generation."""
    return LEXICONS.get(snap.postings).counting(snap.searcher.reader(), snap.postings)
