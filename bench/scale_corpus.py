"""A synthetic corpus of any size, made of real paragraphs, for build tests at scale.

    python -m bench.scale_corpus 100000 var/bench-scale/100000 [--shared ../shared/corpus]

Each article joins a few paragraphs of the shared corpus (RT and ng.ru) under a
real title, with a date, a rubric and a source spread over 25 years, and a URL of
its own; texts are unique, so nothing is de-duplicated away. The articles go to
JSON Lines `.gz` files of FILE_ARTICLES each; the same size and seed give the
same corpus.
"""

import argparse
import gzip
import json
import random
from datetime import date, timedelta
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SOURCES = ("rt", "ng")
FILE_ARTICLES = 1000
MIN_PARAGRAPH = 80
PARAGRAPHS = (4, 12)  # per article: about 2,500 characters on average
FIRST_DAY, DAYS = date(2000, 1, 1), 25 * 365
RUBRICS = (
    "Политика", "Экономика", "Общество", "Мир", "Наука", "Культура", "Спорт",
    "Происшествия", "Технологии", "Регионы", "Армия", "Образование", "Здоровье",
)  # fmt: skip
OUTLETS = ("Вестник", "Хроника", "Обозреватель", "Курьер", "Ведомости края", "Новый день")


def shared_texts(shared: Path) -> tuple[list[str], list[str]]:
    """(titles, paragraphs) of the shared RT and ng.ru dumps."""
    titles, paragraphs = [], []
    for path in sorted(p for name in SOURCES for p in (shared / name).glob("*.jsonlines.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                titles.append(record.get("title") or "")
                text = record.get("content") or record.get("text") or ""
                paragraphs += [p.strip() for p in text.split("\n") if len(p) >= MIN_PARAGRAPH]
    return [t for t in titles if t], paragraphs


def make_record(number: int, rng: random.Random, titles: list[str], paragraphs: list[str]):
    """One synthetic article as a JSON Lines record."""
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    rubric = rng.choice(RUBRICS)
    return {
        "url": f"https://scale.example.ru/{RUBRICS.index(rubric)}/{day}/{number}.html",
        "title": rng.choice(titles),
        "text": "\n".join(rng.sample(paragraphs, rng.randint(*PARAGRAPHS))),
        "date": day.isoformat(),
        "rubric": rubric,
        "source": rng.choice(OUTLETS),
    }


def write_corpus(articles: int, folder: Path, shared: Path = SHARED, seed: int = 1) -> dict:
    """Write the corpus (unless it is there already); its size in articles and characters."""
    stats_path = folder / ".stats.json"  # hidden: the build leaves it out
    if stats_path.exists():
        return json.loads(stats_path.read_text())
    titles, paragraphs = shared_texts(shared)
    rng, chars = random.Random(seed), 0
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, articles, FILE_ARTICLES):
        numbers = range(start, min(start + FILE_ARTICLES, articles))
        records = [make_record(n, rng, titles, paragraphs) for n in numbers]
        chars += sum(len(r["title"]) + len(r["text"]) for r in records)
        write_part(folder / f"part-{start // FILE_ARTICLES:05d}.jsonl.gz", records)
    stats = {"articles": articles, "chars": chars}
    stats_path.write_text(json.dumps(stats))  # last: a half-written corpus is written again
    return stats


def write_part(path: Path, records: list[dict]) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> None:
    """Write a corpus of the given size and print its size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    print(json.dumps(write_corpus(args.articles, args.folder, args.shared)))


if __name__ == "__main__":
    main()
