"""The queries that stalled the service, each timed alone on a freshly opened engine.

    python -m bench.costly INDEX_DIR

Each runs twice: cold (the first query of a new engine, its caches empty) and warm.
Before the time budget they took 2.5–17.6 s each on the shared corpus, every other
search waiting behind them; now each must answer within about a second.
"""

import argparse
import time
from pathlib import Path

from indexer import SearchEngine, SearchRequest

LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
STOP_WORDS = ["и", "в", "на", "с", "по", "не", "что", "он", "как", "к"]
COSTLY = {
    "grouped two-letter prefixes (па* пе* …) ×~170": {
        "q": " ".join(f"({' '.join(a + b + '*' for b in 'аеиоуя')})" for a in LETTERS)
    },
    "а* б* в* … я*": {"q": " ".join(f"{a}*" for a in LETTERS)},
    "100 stop words in one pair of quotes": {"q": '"' + " ".join(STOP_WORDS * 10) + '"'},
    '"год россия" ×32 joined by OR': {"q": " OR ".join(['"год россия"'] * 32)},
    "10 stop words within 1,000 words of one another": {"q": '"' + " ".join(STOP_WORDS) + '"~1000'},
    "five unknown 25-letter words": {
        "q": " ".join((w * 5)[:25] for w in ("прези", "минис", "госуд", "прави", "экспе"))
    },
    "!быть ×32": {"q": " ".join(["!быть"] * 32)},
    "год ×32, page=1000, per_page=100": {
        "q": " ".join(["год"] * 32),
        "page": 1000,
        "per_page": 100,
    },
}


def request(query: dict) -> SearchRequest:
    return SearchRequest(
        q=query["q"], page=query.get("page", 1), per_page=query.get("per_page", 10)
    )


def timed(engine: SearchEngine, query: dict) -> tuple[float, str | None]:
    """Milliseconds of one search, and the hint it answered with."""
    started = time.perf_counter()
    page = engine.search(request(query))
    return (time.perf_counter() - started) * 1000, page.hint


def measure(index_dir: Path) -> dict[str, dict]:
    """Cold and warm milliseconds of each costly query, with its hint."""
    found = {}
    for name, query in COSTLY.items():
        engine = SearchEngine(index_dir)
        engine.search(SearchRequest(q="новости"))  # the index open, the morphology loaded
        cold, hint = timed(engine, query)
        warm, _ = timed(engine, query)
        found[name] = {"cold_ms": cold, "warm_ms": warm, "hint": hint}
    return found


def markdown(found: dict[str, dict]) -> str:
    """A table: query, cold ms, warm ms, hint."""
    lines = ["| costly query | cold, ms | warm, ms | hint |", "|---|---|---|---|"]
    for name, row in found.items():
        hint = (row["hint"] or "").replace("|", "/")
        lines.append(f"| {name} | {row['cold_ms']:.0f} | {row['warm_ms']:.0f} | {hint} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("index", type=Path)
    args = parser.parse_args(argv)
    print(markdown(measure(args.index)))


if __name__ == "__main__":
    main()
