"""The stress tests' tools: builds and the site run as in production, and the lost-nothing check.

Builds run as `make index` runs them (`python -O -m indexer build corpus --index index`, paths
relative to a work folder), the site as `make serve` runs it (waitress, 8 threads).
"""

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from whoosh import index

from indexer.article import Article
from indexer.sources import read_articles
from indexer.writing.build import indexed_fingerprints
from tests.support import REPO, SHARED_CORPUS, Server, child_pids, get

__all__ = ["REPO", "SHARED_CORPUS", "Server", "child_pids", "get"]

ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def build_command(*options: str) -> list[str]:
    """The command of `make index` (`make reindex` with --full), run in a work folder."""
    return [sys.executable, "-O", "-m", "indexer", "build", "corpus", "--index", "index", *options]


def run_build(workdir: Path, *options: str) -> subprocess.CompletedProcess:
    """One whole build; fails the test on a non-zero exit."""
    done = subprocess.run(
        build_command(*options), cwd=workdir, env=ENV, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


# Checking that nothing is lost


def unique_articles(corpus: Path) -> list[Article]:
    """The articles a build keeps, in the order of a full build: the first of each id and text."""
    ids, texts, kept = set(), set(), []
    for item in read_articles([corpus]):
        if isinstance(item, Article) and item.id not in ids and item.text_key not in texts:
            ids.add(item.id)
            texts.add(item.text_key)
            kept.append(item)
    return kept


def check_lost_nothing(index_dir: Path, corpus: Path) -> int:
    """Every article of the corpus is in the index, once, as it is now; returns the count."""
    articles = [item for item in read_articles([corpus]) if isinstance(item, Article)]
    ix = index.open_dir(str(index_dir))
    prints = indexed_fingerprints(ix)
    with ix.reader() as reader:
        stored = list(reader.all_stored_fields())
    ids = [fields["id"] for fields in stored]
    texts = {Article(f["id"], f.get("title", ""), f.get("body", "")).text_key for f in stored}
    assert len(ids) == len(set(ids)) == len(texts) == len(prints), "an article is indexed twice"
    versions = defaultdict(set)
    for article in articles:
        versions[article.id].add(article.fingerprint)
    stale = [i for i, fingerprint in prints.items() if fingerprint not in versions.get(i, ())]
    assert not stale, f"{len(stale)} indexed articles are not in the corpus as they are now"
    missing = [a.origin for a in articles if a.id not in prints and a.text_key not in texts]
    assert not missing, f"{len(missing)} articles lost, e.g. {missing[:3]}"
    assert len(ids) == len(unique_articles(corpus))
    return len(ids)
