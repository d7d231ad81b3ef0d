"""Searching while the index is rebuilt: `make index` after changing articles, then
`make reindex`, under a client searching in a loop through the running site. No error, never
an empty or half-built index, and the new articles show without a restart.
"""

import gzip
import itertools
import json
import shutil
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from harness import SHARED_CORPUS, check_lost_nothing, get, run_build, unique_articles

from indexer.article import Article
from indexer.sources import read_articles

pytestmark = pytest.mark.stress

# Words of many articles: a query's total may only grow while articles are added.
STEADY = ["россии", "президент", "экономика", "закон"]
CHANGED, ADDED = "zqxchanged", "zqxadded"  # in changed and in new articles, nowhere else
CHANGES_PER_FILE = 15
ADDED_ARTICLES = 30
PAUSE = 0.01  # between two searches: the client is busy, but leaves the build some CPU


@dataclass
class Observations:
    """What the searching client saw, by stage of the test."""

    stage: str = "before"
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    totals: dict = field(default_factory=lambda: defaultdict(set))  # (stage, query) → totals

    def total(self, stage: str, query: str) -> set[int]:
        return self.totals[stage, query]


def search_loop(server, seen: Observations, stop: threading.Event) -> None:
    """Searches every query in turn until stopped, recording each total and any error."""
    conn = server.connection()
    try:
        for loop in itertools.count():
            if stop.is_set():
                break
            for query in [*STEADY, CHANGED, ADDED]:
                stage = seen.stage
                try:
                    status, body = get(conn, f"/api/search?q={quote(query)}&per_page=1")
                except OSError as error:
                    seen.errors.append(f"{stage} {query}: {error!r}")
                    conn.close()
                    conn = server.connection()
                    continue
                seen.requests += 1
                if status != 200:
                    seen.errors.append(f"{stage} {query}: HTTP {status} {body[:200]!r}")
                else:
                    seen.totals[stage, query].add(json.loads(body)["total"])
                time.sleep(PAUSE)
            if loop % 10 == 0:  # the HTML page too, now and then
                status, _ = get(conn, "/?q=" + quote(STEADY[0]))
                seen.requests += 1
                if status != 200:
                    seen.errors.append(f"{stage} page: HTTP {status}")
    finally:
        conn.close()


def change_articles(path: Path, word: str, count: int, unique: set[str]) -> None:
    """Appends `word` to the text of the first `count` articles of a .jsonlines.gz file
    that are in the index on their own (not duplicates of another)."""
    lines = gzip.decompress(path.read_bytes()).decode().splitlines(keepends=True)
    changed = 0
    for number, line in enumerate(lines, start=1):
        if changed < count and f"{path.name}:{number}" in unique:
            record = json.loads(line)
            record["content"] += f" {word}."
            lines[number - 1] = json.dumps(record, ensure_ascii=False) + "\n"
            changed += 1
    assert changed == count
    path.write_bytes(gzip.compress("".join(lines).encode()))


def add_articles(path: Path, word: str, count: int) -> None:
    records = [
        {
            "url": f"https://example.ru/stress/{n}",
            "title": f"Новая статья {n} о законе",
            "content": f"Текст новой статьи {n} о законе и экономике России. {word}.",
        }  # fmt: skip
        for n in range(count)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def singles(corpus: Path) -> set[str]:
    """ "file:line" of the articles that no other article repeats, by id or by text."""
    ids, texts = defaultdict(int), defaultdict(int)
    for item in read_articles([corpus]):
        if isinstance(item, Article):
            ids[item.id] += 1
            texts[item.text_key] += 1
    kept = unique_articles(corpus)
    return {Path(a.origin).name for a in kept if ids[a.id] == 1 and texts[a.text_key] == 1}


def wait_for_total(seen: Observations, query: str, wanted: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if wanted in seen.total(seen.stage, query):
            return
        time.sleep(0.2)
    pytest.fail(f"the site never showed {wanted} for {query!r}: {seen.total(seen.stage, query)}")


def test_searching_through_an_incremental_and_a_full_rebuild(workdir, serve):
    corpus, index_dir = workdir / "corpus", workdir / "index"
    server = serve(index_dir)
    seen, stop = Observations(), threading.Event()
    client = threading.Thread(target=search_loop, args=(server, seen, stop))
    client.start()
    try:
        time.sleep(3)
        before = {q: seen.total("before", q) for q in [*STEADY, CHANGED, ADDED]}
        assert all(len(totals) == 1 for totals in before.values()), before
        old = {q: min(totals) for q, totals in before.items()}
        assert old[CHANGED] == old[ADDED] == 0 and all(old[q] > 0 for q in STEADY)

        # Change articles in both files, so that every file is read again in both builds
        # and the incremental and the full build keep the same first copy of a repeated text.
        unique = singles(corpus)
        for path in sorted(corpus.glob("ng_*.jsonlines.gz")):
            change_articles(path, CHANGED, CHANGES_PER_FILE, unique)
        add_articles(corpus / "added.jsonl", ADDED, ADDED_ARTICLES)
        shutil.copy(SHARED_CORPUS / "rt" / "russia_today_7.jsonlines.gz", corpus)
        changed = 2 * CHANGES_PER_FILE

        seen.stage = "index"
        started = time.monotonic()
        run_build(workdir)
        index_seconds = time.monotonic() - started
        seen.stage = "after index"
        wait_for_total(seen, ADDED, ADDED_ARTICLES)
        wait_for_total(seen, CHANGED, changed)
        time.sleep(1)
        new = {q: max(seen.total("after index", q)) for q in STEADY}

        seen.stage = "reindex"
        started = time.monotonic()
        run_build(workdir, "--full")
        reindex_seconds = time.monotonic() - started
        seen.stage = "after reindex"
        time.sleep(2)
    finally:
        stop.set()
        client.join(timeout=120)

    assert not seen.errors, seen.errors[:10]
    assert not server.errors_logged(), server.errors_logged()[:10]
    assert server.proc.poll() is None  # the same process throughout: no restart
    for q in STEADY:  # never empty, never fewer than before: no half-built index is ever seen
        assert min(seen.total("index", q)) >= old[q] > 0, q
        assert seen.total("after index", q) == {new[q]}, q
        assert seen.total("reindex", q) == {new[q]}, q
        assert seen.total("after reindex", q) == {new[q]}, q
    assert seen.total("index", ADDED) <= {0, ADDED_ARTICLES}  # all new articles at once
    assert seen.total("index", CHANGED) <= {0, changed}
    assert seen.total("reindex", ADDED) == {ADDED_ARTICLES}
    assert seen.total("reindex", CHANGED) == {changed}
    articles = check_lost_nothing(index_dir, corpus)

    print(
        f"\nrebuilds under search: {seen.requests} requests, {len(seen.errors)} errors; "
        f"make index {index_seconds:.0f} s, make reindex {reindex_seconds:.0f} s; "
        f"{articles} articles verified against the corpus; "
        f"totals {', '.join(f'{q} {old[q]}→{new[q]}' for q in STEADY)}"
    )
