"""Topic queries as people type them, judged by editorial tags and title words.

An editorial tag of 2–4 words ("Пенсионная реформа", "Алина Загитова") becomes a
query in lower case, half of them with the opening noun phrase put into another
case the way a sentence would ask for it ("пенсионной реформе", "алины загитовой").
Relevant: the articles carrying the tag, and those whose title holds every content
word of the tag (by its most likely lemma).
"""

import random
import re
from collections import defaultdict

from bench.queries import SEED, TAG_MAX, TAG_MIN, first_parse, plain, title_words
from indexer import STOP_WORDS, Article, morph_analyzer

# A tag word a person types: Cyrillic letters or digits ("с-400" and "2018" too).
TAG_WORD = re.compile(r"^[а-яё0-9]+(?:-[а-яё0-9]+)*$")
CASES = ("gent", "datv", "ablt", "loct")
MIN_WORDS, MAX_WORDS = 2, 4


def tag_words(tag: str) -> list[str]:
    """The words of a tag as typed, or [] when one is not Cyrillic: "us open" → []."""
    words = re.findall(r"\w+(?:-\w+)*", plain(tag))
    return words if all(TAG_WORD.match(w) for w in words) else []


def lemma(word: str) -> str:
    """The most likely lemma of a word, folded: "реформы" → "реформа"."""
    return plain(first_parse(word).normal_form)


def content_lemmas(words: list[str]) -> frozenset[str]:
    """The lemmas of the words that are not stop words or numbers."""
    return frozenset(lemma(w) for w in words if w not in STOP_WORDS and not w.isdigit())


def nominative(word: str):
    """The word's nominative noun or adjective reading, or None: "выборы" yes, "президента" no."""
    for parse in morph_analyzer().parse(word):
        if parse.tag.case == "nomn" and parse.tag.POS in {"NOUN", "ADJF"}:
            return parse
    return None


def in_case(words: list[str], case: str) -> list[str]:
    """The opening nominative words put into `case`: "пенсионная реформа" → пенсионной реформе."""
    typed = list(words)
    for n, word in enumerate(words):
        parse = nominative(word)
        changed = parse.inflect({case}) if parse else None
        if changed is None:
            break
        typed[n] = plain(changed.word)
    return typed


def typed_query(words: list[str], rng: random.Random) -> str:
    """The tag as typed: as written, or its opening noun phrase in another case."""
    if rng.random() < 0.5:
        return " ".join(words)
    return " ".join(in_case(words, rng.choice(CASES)))


def title_lemmas(articles: list[Article]) -> dict[str, frozenset[str]]:
    """Each article's title as the set of its words' lemmas."""
    return {a.id: frozenset(lemma(w) for w in title_words(a.title)) for a in articles}


def tag_carriers(articles: list[Article]) -> dict[str, list[str]]:
    """Each tag with the ids of the articles carrying it."""
    carriers: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for tag in article.keywords:
            carriers[tag].append(article.id)
    return carriers


def topic_tags(carriers: dict[str, list[str]]) -> list[str]:
    """Tags of 2–4 typeable words given to 5–200 articles, sorted."""
    return sorted(
        tag
        for tag, ids in carriers.items()
        if TAG_MIN <= len(ids) <= TAG_MAX and MIN_WORDS <= len(tag_words(tag)) <= MAX_WORDS
    )


def topic_queries(articles: list[Article], count: int, seed: int = SEED) -> list[dict]:
    """`count` topic queries with their relevant articles: tag carriers and title matches."""
    rng, carriers, titles = random.Random(seed), tag_carriers(articles), title_lemmas(articles)
    tags = topic_tags(carriers)
    found = []
    for tag in sorted(rng.sample(tags, min(count, len(tags)))):
        words = tag_words(tag)
        need = content_lemmas(words)
        by_title = [doc for doc, held in titles.items() if need and need <= held]
        relevant = list(dict.fromkeys(carriers[tag] + by_title))
        found.append({"tag": tag, "q": typed_query(words, rng), "relevant": relevant})
    return found
