"""The scale benchmark's corpus generator and its 1 % change, on a small corpus."""

import gzip

import pytest

from bench import scale, scale_corpus
from indexer import Article, read_articles

pytestmark = pytest.mark.skipif(
    not (scale_corpus.SHARED / "rt").is_dir(), reason="no shared corpus"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale") / "2500"
    return folder, scale_corpus.write_corpus(2500, folder)


def test_the_generated_articles_are_unique_and_spread_over_25_years(corpus):
    folder, stats = corpus
    articles = [a for a in read_articles([folder]) if isinstance(a, Article)]
    assert len(articles) == stats["articles"] == 2500
    assert len({a.id for a in articles}) == len({a.text_key for a in articles}) == 2500
    assert sum(len(a.title) + len(a.body) for a in articles) == pytest.approx(stats["chars"], 0.05)
    years = {a.date.year for a in articles}
    assert min(years) == 2000 and max(years) == 2024
    assert {a.rubric for a in articles} == set(scale_corpus.RUBRICS)
    assert len({a.source for a in articles}) == len(scale_corpus.OUTLETS)


def test_the_same_size_and_seed_give_the_same_corpus(corpus, tmp_path):
    folder, _ = corpus
    again = scale_corpus.write_corpus(2500, tmp_path / "again")
    first = gzip.decompress((folder / "part-00001.jsonl.gz").read_bytes())
    assert gzip.decompress((tmp_path / "again" / "part-00001.jsonl.gz").read_bytes()) == first
    assert again == corpus[1]


def test_one_percent_of_the_articles_change_and_come_back(corpus):
    folder, _ = corpus
    before = {p: p.read_bytes() for p in folder.glob("*.gz")}
    saved = scale.change_articles(folder, 2500, 0.01)
    titles = [a.title for a in read_articles([folder]) if isinstance(a, Article)]
    assert sum(t.endswith(scale.EDIT_MARK) for t in titles) == 25
    scale.restore(saved)
    assert {p: p.read_bytes() for p in folder.glob("*.gz")} == before
