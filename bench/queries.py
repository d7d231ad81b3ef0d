"""Deterministic query sets drawn from the corpus: for speed, known items and tags.

Every set comes from the articles in read order and a seeded `random.Random`,
so the same corpus always gives the same queries; `load_or_make` saves a set
under bench/queries/ the first time and reads it back on every later run.
"""

import json
import random
import re
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from indexer import STOP_WORDS, Article, morph_analyzer
from indexer.text.morph import lemmas

QUERIES_DIR = Path(__file__).parent / "queries"
SEED = 20240
# Plain Cyrillic words of a title: "Путин" yes; "COVID-19", "Санкт-Петербург" no.
WORD = re.compile(r"(?<![\w-])[А-Яа-яЁё]+(?![\w-])")
CONTENT = {"NOUN", "ADJF", "VERB", "INFN"}
# Forms a person would not type: superlatives, imperatives, archaic and slang spellings.
ODD = {"Supr", "Cmp2", "impr", "incl", "Arch", "Infr", "Slng", "Erro", "Dist", "V-ey", "V-oy",
       "V-ej", "V-be", "V-en", "V-ie", "V-bi", "V-sh"}  # fmt: skip
GENDERS = {"masc", "femn", "neut", "ms-f"}
# How many speed queries of each kind: 310 in all.
SPEED_MIX = {"1w": 90, "2w": 80, "3w": 60, "phrase": 30, "title": 25, "date": 25}
TAG_MIN, TAG_MAX = 5, 200
# Draws per wanted query before giving up (a corpus of a few untitled articles).
MAX_TRIES = 50


# Each set is split in two by a hash of its key: tune on one half, report the other.
HALVES = ("tuning", "report")


def half(key: str) -> str:
    """The half a query belongs to, fixed by its key (article id or tag): "tuning" or "report"."""
    return HALVES[zlib.crc32(key.encode()) % 2]


def plain(text: str) -> str:
    """Lower case with ё → е, as people type queries."""
    return text.lower().replace("ё", "е")


def title_words(title: str) -> list[str]:
    """The Cyrillic words of a title, lower-cased, in order."""
    return [plain(w) for w in WORD.findall(title)]


def first_parse(word: str):
    """pymorphy3's most likely reading of a word."""
    return morph_analyzer().parse(word)[0]


def is_content(word: str) -> bool:
    """A noun, adjective or verb of 3+ letters that is not a stop word."""
    return len(word) >= 3 and word not in STOP_WORDS and first_parse(word).tag.POS in CONTENT


def indexed_parse(word: str):
    """The reading of a word whose lemma the index gives it: of equally likely readings
    pymorphy3 may list another word's first ("нашли": the imperative of наслать before the
    past of найти), and inflecting that gives a word the reader never wrote ("наслало")."""
    parses = morph_analyzer().parse(word)
    lemma = lemmas(word)[0]
    return next((p for p in parses if plain(p.normal_form) == lemma), parses[0])


def other_forms(word: str) -> list[str]:
    """The word's other forms in its own part of speech: "выборы" → выборам, выборах…

    A noun keeps its gender ("путин" gives "путина", not "путиной"); odd forms are left out.
    """
    parse = indexed_parse(word)
    if not parse.is_known:
        return []
    gender = parse.tag.grammemes & GENDERS if parse.tag.POS == "NOUN" else set()
    forms = set()
    for form in parse.lexeme:
        grammemes = form.tag.grammemes
        if form.tag.POS == parse.tag.POS and not grammemes & ODD and gender <= grammemes:
            forms.add(plain(form.word))
    forms.discard(word)
    return sorted(forms)


def inflect(word: str, rng: random.Random) -> str:
    """Another grammatical form of the word, or the word itself if it has none."""
    forms = other_forms(word)
    return rng.choice(forms) if forms else word


def pick_in_order(items: list, count: int, rng: random.Random) -> list:
    """`count` items chosen at random, kept in their original order."""
    return [items[i] for i in sorted(rng.sample(range(len(items)), count))]


def title_counts(articles: list[Article]) -> dict[str, int]:
    """How many articles carry each title (folded), to skip ambiguous ones."""
    counts: dict[str, int] = defaultdict(int)
    for article in articles:
        counts[plain(article.title)] += 1
    return counts


def known_item(article: Article, rng: random.Random) -> dict | None:
    """2–4 title words in another form, and in their own form as a control; None if too few."""
    words = [w for w in dict.fromkeys(title_words(article.title)) if is_content(w)]
    words = [w for w in words if other_forms(w)]
    if len(words) < 2:
        return None
    chosen = pick_in_order(words, rng.randint(2, min(4, len(words))), rng)
    inflected = [inflect(w, rng) for w in chosen]
    return {"id": article.id, "title": article.title, "control": " ".join(chosen),
            "inflected": " ".join(inflected)}  # fmt: skip


def known_items(articles: list[Article], count: int, seed: int = SEED) -> list[dict]:
    """`count` known-item queries for articles drawn with a fixed seed."""
    rng = random.Random(seed)
    titles = title_counts(articles)
    pool = [a for a in articles if titles[plain(a.title)] == 1 and a.body]
    found: list[dict] = []
    for article in rng.sample(pool, len(pool)):
        if len(found) == count:
            break
        if (item := known_item(article, rng)) is not None:
            found.append(item)
    return found


def tag_queries(articles: list[Article], count: int, seed: int = SEED) -> list[dict]:
    """Editorial tags used by 5–200 articles, each with the ids of those articles."""
    carriers: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for tag in article.keywords:
            carriers[tag].append(article.id)
    tags = sorted(t for t, ids in carriers.items() if TAG_MIN <= len(ids) <= TAG_MAX)
    chosen = sorted(random.Random(seed).sample(tags, min(count, len(tags))))
    return [{"tag": tag, "q": tag_text(tag), "relevant": carriers[tag]} for tag in chosen]


def tag_text(tag: str) -> str:
    """A tag as a query both engines read as plain words: "с-400" stays, "(c)" goes."""
    return " ".join(re.findall(r"\w+(?:-\w+)*", tag))


def title_content_words(article: Article) -> list[str]:
    """The distinct content words of an article's title, in order."""
    return [w for w in dict.fromkeys(title_words(article.title)) if is_content(w)]


def words_query(words: list[str], count: int, rng: random.Random) -> str:
    """`count` of the words, in order, about half of them in another form."""
    chosen = pick_in_order(words, count, rng)
    return " ".join(inflect(w, rng) if rng.random() < 0.5 else w for w in chosen)


def phrase_query(article: Article, rng: random.Random) -> str | None:
    """Two neighbouring title words in quotes, as written: '"мирный договор"'."""
    words = title_words(article.title)
    pairs = [(a, b) for a, b in zip(words, words[1:], strict=False) if is_content(b)]
    return '"{} {}"'.format(*rng.choice(pairs)) if pairs else None


def speed_query(kind: str, article: Article, rng: random.Random) -> dict | None:
    """One speed query of the given kind from this article's title, or None."""
    words = title_content_words(article)
    need = {"1w": 1, "2w": 2, "3w": 3, "phrase": 0, "title": 2, "date": 1}[kind]
    if len(words) < max(need, 1):
        return None
    if kind == "phrase":
        text = phrase_query(article, rng)
        return {"kind": kind, "q": text, "sort": "relevance"} if text else None
    if kind == "title":
        first, second = words_query(words, 2, rng).split()
        return {"kind": kind, "q": f"title:{first} {second}", "sort": "relevance"}
    count = rng.randint(1, min(2, len(words))) if kind == "date" else need
    sort = "date" if kind == "date" else "relevance"
    return {"kind": kind, "q": words_query(words, count, rng), "sort": sort}


def speed_queries(articles: list[Article], mix=None, seed: int = SEED) -> list[dict]:
    """The speed query set: so many 1-, 2-, 3-word, phrase, title: and date-sorted queries."""
    rng = random.Random(seed)
    found: list[dict] = []
    for kind, count in (mix or SPEED_MIX).items():
        made = []
        for _ in range(count * MAX_TRIES):
            if (query := speed_query(kind, rng.choice(articles), rng)) is not None:
                made.append(query)
            if len(made) == count:
                break
        found += made
    return found


def renamed(items: list[dict], articles: list[Article]) -> dict[str, str]:
    """{old id: id now} for the items whose article the corpus no longer gives under their
    id: the one article now read with the item's title (a set draws only unique titles).
    A reader that keeps more of a text changes its id (a hash of the text when there is
    no URL), so the same record of the same file is read under another id."""
    ids = {a.id for a in articles}
    stale = {plain(i["title"]): i["id"] for i in items if i["id"] not in ids and "title" in i}
    found: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if (key := plain(article.title)) in stale:
            found[key].append(article.id)
    return {stale[key]: now[0] for key, now in found.items() if len(now) == 1}


def answers(item: dict, moved: dict[str, str]) -> list[str]:
    """The ids that count as finding a known item: its own, and its id now if it moved."""
    return [item["id"], moved[item["id"]]] if item["id"] in moved else [item["id"]]


def load_or_make(name: str, make: Callable[[], list[dict]], folder: Path = QUERIES_DIR):
    """The saved query set `name`, made and saved first if there is none."""
    path = folder / f"{name}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    queries = make()
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(queries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return queries
