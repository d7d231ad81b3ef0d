"""Ranking experiments on the tuning halves only, on an index built once.

    python -m bench.tune --index var/index [--set indexer.engine.ranking.QUORUM=0] ...

Runs our engine on the tuning half of every query set (never the reporting half)
and prints each figure; `--set module.NAME=value` changes a ranking constant first,
so each change can be measured alone against the same index.
"""

import argparse
import importlib
import json
import time
from pathlib import Path

from bench.engines import Guarded, Ours
from bench.quality import KEYS, MAKERS, per_query
from bench.queries import QUERIES_DIR, half

TAGGED = Path("var/bench/tagged.json")


def tuning_sets(folder: Path = QUERIES_DIR) -> dict[str, list[dict]]:
    """The tuning half of every saved query set."""
    sets = {}
    for name in MAKERS:
        queries = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        sets[name] = [q for q in queries if half(q[KEYS[name]]) == "tuning"]
    return sets


def tagged_ids(path: Path = TAGGED) -> set[str]:
    """The ids of the articles with editorial tags, read from the corpus once and saved."""
    if not path.exists():
        from bench.corpus import unique_articles

        ids = [a.id for a in unique_articles(["../shared/corpus"]) if a.keywords]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(ids), encoding="utf-8")
    return set(json.loads(path.read_text(encoding="utf-8")))


def apply_setting(setting: str) -> None:
    """ "module.NAME=value": the constant set to the value (a Python literal)."""
    target, value = setting.split("=", 1)
    module, name = target.rsplit(".", 1)
    setattr(importlib.import_module(module), name, eval(value, {}))  # noqa: S307 (our own flag)


def main(argv: list[str] | None = None) -> None:
    """Command line: print the tuning-half figures of our engine as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--set", action="append", default=[], dest="settings")
    args = parser.parse_args(argv)
    for setting in args.settings:
        apply_setting(setting)
    started, engine = time.monotonic(), Guarded(Ours(args.index))
    values = per_query(engine, tuning_sets(), tagged_ids())
    means = {key: round(sum(v) / len(v), 4) for key, v in values.items() if v}
    print(json.dumps({"settings": args.settings, "seconds": round(time.monotonic() - started),
                      "errors": len(engine.errors), **means}))  # fmt: skip


if __name__ == "__main__":
    main()
