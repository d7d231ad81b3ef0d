"""Ranking experiments on the tuning halves only, on an index built once.

    python -m bench.tune --index var/index [--variant "indexer.engine.cover.ENABLED=True"] ...
    python -m bench.tune --index var/index --anew 777 [--variant ...]
    python -m bench.tune --index var/index --anew 777,4242,9001 [--variant ...]

Runs our engine on the tuning half of every query set (never the reporting half)
and prints each figure; each `--variant` sets ranking constants (module.NAME=value,
';'-separated) for one pass, so each change is measured alone on the same index.
`--anew SEED` runs known items, tags and paragraph items drawn with another seed instead,
none of them in either half: more misses to read, and a check that a change holds beyond
the tuning half; several seeds pool their sets (1,500 known items for three), which a change
of a few items in a hundred needs to be told from chance.
"""

import argparse
import importlib
import json
import time
from pathlib import Path

from bench.engines import Guarded, Ours
from bench.metrics import percentile
from bench.quality import KEYS, MAKERS, moved_ids, per_query, with_answers
from bench.queries import QUERIES_DIR, half
from indexer.engine import budget

TAGGED = Path("var/bench/tagged.json")
MOVED = Path("var/bench/moved.json")


def tuning_sets(folder: Path = QUERIES_DIR) -> dict[str, list[dict]]:
    """The tuning half of every saved query set."""
    sets = {}
    for name in MAKERS:
        queries = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        sets[name] = [q for q in queries if half(q[KEYS[name]]) == "tuning"]
    return with_answers(sets, moved(sets))


# How many known items, tags and paragraph items are drawn anew, and how many drawn to have
# that many left (of 600 paragraph items a seed draws, about 560 are in neither half).
ANEW = {"known_items": (500, 700), "tags": (300, 1000), "passages": (600, 600)}


def anew_sets(seed: int, folder: Path = Path("var/bench")) -> dict[str, list[dict]]:
    """Known items, tags and paragraph items drawn by the same code with another seed, none of
    them in bench/queries/ (in neither half): a check beside the nearly saturated tuning
    halves. Drawn from the corpus once and saved; a set saved before it was drawn anew
    too is drawn and added."""
    path = folder / f"anew-{seed}.json"
    saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if lacking := [name for name in ANEW if name not in saved]:
        from bench.corpus import unique_articles

        saved |= drawn_anew(unique_articles(["../shared/corpus"]), seed, names=lacking)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    return with_answers({"topics": [], **saved}, {})


def pooled_anew(seeds: list[int]) -> dict[str, list[dict]]:
    """The sets drawn anew with each seed, pooled; a query two seeds drew counts once."""
    pooled: dict[str, list[dict]] = {}
    for sets in map(anew_sets, seeds):
        for name, queries in sets.items():
            have = pooled.setdefault(name, [])
            seen = {q[KEYS[name]] for q in have}
            have.extend(q for q in queries if q[KEYS[name]] not in seen)
    return pooled


def drawn_anew(
    articles, seed: int, folder: Path = QUERIES_DIR, names=None
) -> dict[str, list[dict]]:
    """The ANEW sets (those `names` of them) drawn with `seed`, leaving out the saved sets'
    keys."""
    drawn = {}
    for name in names or ANEW:
        saved = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        used, (count, pool) = {q[KEYS[name]] for q in saved}, ANEW[name]
        found = MAKERS[name](articles, pool, seed)
        drawn[name] = [q for q in found if q[KEYS[name]] not in used][:count]
    return drawn


def moved(sets: dict[str, list[dict]], path: Path = MOVED) -> dict[str, str]:
    """{old id: id now} of the known items the corpus now reads under another id
    (quality.moved_ids), read from the corpus once and saved."""
    if not path.exists():
        from bench.corpus import unique_articles

        found = moved_ids(sets, unique_articles(["../shared/corpus"]))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(found), encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))


def tagged_ids(path: Path = TAGGED) -> set[str]:
    """The ids of the articles with editorial tags, read from the corpus once and saved."""
    if not path.exists():
        from bench.corpus import unique_articles

        ids = [a.id for a in unique_articles(["../shared/corpus"]) if a.keywords]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(ids), encoding="utf-8")
    return set(json.loads(path.read_text(encoding="utf-8")))


def unbounded() -> None:
    """No time budget per query: a loaded machine must not cut the queries whose
    ranking is measured (speed is measured by make bench, not here)."""
    budget.Budget.__init__.__defaults__ = (float("inf"), None)


def apply_setting(setting: str):
    """ "module.NAME=value": the constant set to the value (a Python literal); returns a
    function that puts the old value back."""
    target, value = setting.split("=", 1)
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    old = getattr(module, name)
    setattr(module, name, eval(value, {}))  # noqa: S307 (our own command line)
    return lambda: setattr(module, name, old)


def measure(engine, sets, tagged, settings: list[str]) -> dict:
    """The tuning-half figures with these settings, the old values put back after."""
    undo = [apply_setting(s) for s in settings]
    started = time.monotonic()
    try:
        values = per_query(engine, sets, tagged)
    finally:
        for restore in reversed(undo):
            restore()
    means = {key: round(sum(v) / len(v), 4) for key, v in values.items() if v}
    return {"settings": settings, "seconds": round(time.monotonic() - started), **means}


def timings(engine, settings: list[str], rounds: int = 3) -> dict:
    """p50 and p95 in ms of the speed query set with snippets (bench/queries/speed.json),
    after a warm-up pass, with these settings: each query's fastest of `rounds` runs, so
    that other jobs on a shared machine weigh less."""
    queries = json.loads((QUERIES_DIR / "speed.json").read_text(encoding="utf-8"))
    undo = [apply_setting(s) for s in settings]
    try:
        ms = [float("inf")] * len(queries)
        for n in range(rounds + 1):
            for i, query in enumerate(queries):
                started = time.perf_counter()
                engine.search(query["q"], sort=query["sort"])
                ms[i] = min(ms[i], (time.perf_counter() - started) * 1000) if n else ms[i]
    finally:
        for restore in reversed(undo):
            restore()
    return {"settings": settings, "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1)}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    """Command line: one JSON line of tuning-half figures per variant.

    Each --variant is a ';'-separated list of settings ("" for the code as it is)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--speed", action="store_true", help="time the speed queries instead")
    parser.add_argument(
        "--anew",
        type=lambda text: [int(seed) for seed in text.split(",")],
        metavar="SEED[,SEED…]",
        help="known items and tags drawn with these seeds",
    )
    args = parser.parse_args(argv)
    unbounded()
    sets = pooled_anew(args.anew) if args.anew is not None else tuning_sets()
    engine, tagged = Guarded(Ours(args.index)), tagged_ids()
    for variant in args.variant or [""]:
        settings = [s for s in variant.split(";") if s.strip()]
        if args.speed:
            figures = timings(engine, settings)
        else:
            figures = measure(engine, sets, tagged, settings)
        print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
