"""Known items from the body only: words a reader remembers from one paragraph.

For an article with a unique title, one paragraph of its lead or body of 20+ words;
3–4 of its content words that are not in the title (by lemma) and are not common
(their form is in under 5 % of the articles), in order, each put into another form
of the same part of speech ("inflected"), and as written ("control"). The article is
the one right answer.
"""

import random
from collections import Counter

from bench.queries import (
    SEED,
    WORD,
    is_content,
    other_forms,
    pick_in_order,
    plain,
    title_counts,
    title_words,
)
from bench.topics import lemma
from indexer import Article

MIN_PARAGRAPH_WORDS = 20
# A form in more than this share of the articles is too common to find one article by.
COMMON_SHARE = 0.05
MIN_WORDS, MAX_WORDS = 3, 4


def paragraphs(article: Article) -> list[str]:
    """The lead and the body's paragraphs with 20+ words."""
    parts = [article.lead, *article.body.split("\n")]
    return [p for p in parts if len(WORD.findall(p)) >= MIN_PARAGRAPH_WORDS]


def form_counts(articles: list[Article]) -> Counter:
    """In how many articles each lower-cased word form appears (title, lead, body)."""
    counts: Counter = Counter()
    for article in articles:
        text = " ".join((article.title, article.lead, article.body))
        counts.update({plain(w) for w in WORD.findall(text)})
    return counts


def telling_words(paragraph: str, title: str, common: set[str]) -> list[str]:
    """The paragraph's uncommon content words with other forms, not in the title, in order."""
    in_title = {lemma(w) for w in title_words(title)}
    words = dict.fromkeys(plain(w) for w in WORD.findall(paragraph))
    return [
        w
        for w in words
        if w not in common and is_content(w) and lemma(w) not in in_title and other_forms(w)
    ]


def passage_item(article: Article, rng: random.Random, common: set[str]) -> dict | None:
    """3–4 words of one paragraph, as written and in other forms; None if too few."""
    if not (texts := paragraphs(article)):
        return None
    paragraph = rng.choice(texts)
    words = telling_words(paragraph, article.title, common)
    if len(words) < MIN_WORDS:
        return None
    chosen = pick_in_order(words, rng.randint(MIN_WORDS, min(MAX_WORDS, len(words))), rng)
    inflected = [rng.choice(other_forms(w)) for w in chosen]
    return {"id": article.id, "title": article.title, "paragraph": paragraph[:300],
            "control": " ".join(chosen), "inflected": " ".join(inflected)}  # fmt: skip


def common_forms(articles: list[Article]) -> set[str]:
    """Forms found in more than 5 % of the articles."""
    limit = COMMON_SHARE * len(articles)
    return {form for form, n in form_counts(articles).items() if n > limit}


def passage_items(articles: list[Article], count: int, seed: int = SEED) -> list[dict]:
    """`count` body-only known items for articles drawn with a fixed seed."""
    rng, titles, common = random.Random(seed), title_counts(articles), common_forms(articles)
    pool = [a for a in articles if titles[plain(a.title)] == 1 and a.body]
    found: list[dict] = []
    for article in rng.sample(pool, len(pool)):
        if len(found) == count:
            break
        if (item := passage_item(article, rng, common)) is not None:
            found.append(item)
    return found
