"""The articles every engine indexes, subsets of them, and a corpus copy to touch."""

import gzip
import json
import random
import shutil
from collections.abc import Iterable
from pathlib import Path

from indexer import Article, read_articles

# The corpus file whose records the incremental build measure changes: RT, 999 records.
TOUCHED_FILE = "rt/russia_today_0.jsonlines.gz"
# A paragraph of its own: appended to the last line, it fell inside a legal footnote there (14 of
# the 99 touched articles), which the reader leaves out with it, and the article read unchanged.
TOUCH_MARK = "\n(Обновлено редакцией.)"


def unique_articles(paths: Iterable[str | Path]) -> list[Article]:
    """The articles a build indexes: readable ones, each id and each text once."""
    ids: set[str] = set()
    texts: set[str] = set()
    found = []
    for item in read_articles(paths):
        if isinstance(item, Article) and item.id not in ids and item.text_key not in texts:
            ids.add(item.id)
            texts.add(item.text_key)
            found.append(item)
    return found


def text_megabytes(articles: Iterable[Article]) -> float:
    """The UTF-8 size of the indexed text (title, lead, body) in MB."""
    size = sum(len((a.title + a.lead + a.body).encode()) for a in articles)
    return size / 2**20


def sample(articles: list[Article], fraction: float, seed: int = 1) -> list[Article]:
    """A fixed random share of the articles, in their original order."""
    keep = set(random.Random(seed).sample(range(len(articles)), round(len(articles) * fraction)))
    return [a for i, a in enumerate(articles) if i in keep]


def subset(articles: list[Article], fraction: float, keep: set[str]) -> list[Article]:
    """A fixed sample of the articles plus those whose ids are in `keep`, in order."""
    chosen = {a.id for a in sample(articles, fraction)} | keep
    return [a for a in articles if a.id in chosen]


def record(article: Article) -> dict:
    """An article as a JSON Lines record the project's readers take back unchanged."""
    return {
        "url": article.url,
        "source": article.source,
        "rubric": article.rubric,
        "date": article.date.isoformat() if article.date else "",
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "keywords": list(article.keywords),
    }


def write_jsonl(articles: Iterable[Article], path: Path) -> Path:
    """The articles in one .jsonl file, for building a subset with `build_index`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(record(article), ensure_ascii=False) + "\n")
    return path


def copy_corpus(src: Path, dst: Path) -> Path:
    """A writable copy of the corpus tree (the shared one is read-only)."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    return dst


def touch_articles(path: Path, count: int) -> int:
    """Change the text of the first `count` records of a JSON Lines file (.gz or not);
    returns how many were changed."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    touched = min(count, len(records))
    for item in records[:touched]:
        key = "content" if "content" in item else "body"
        item[key] = item.get(key, "") + TOUCH_MARK
    with opener(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in records)
    return touched
