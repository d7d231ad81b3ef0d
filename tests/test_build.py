import json
import multiprocessing
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from indexed import stored_documents, titles_with
from whoosh import index

from indexer.writing import build, segments
from indexer.writing.build import build_index
from indexer.writing.lock import LOCK_NAME, BuildRunning, build_lock
from tests.support import REPO, indexer_command, write_jsonl


def article(n: int, text: str = "") -> dict:
    return {
        "url": f"https://example.ru/news/{n}",
        "title": f"Новость номер {n}",
        "text": text or f"Текст новости {n} о товарообороте и санкциях.",
    }


def test_incremental_build_adds_updates_and_removes(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1), article(2)])
    write_jsonl(corpus / "b.jsonl", [article(3)])
    first = build_index([corpus], index_dir, progress=False)
    assert (first.added, first.articles) == (3, 3)

    write_jsonl(corpus / "a.jsonl", [article(1), article(2, "Собянин приехал в Минск.")])
    (corpus / "b.jsonl").unlink()
    write_jsonl(corpus / "c.jsonl", [article(4)])
    second = build_index([corpus], index_dir, progress=False)

    assert (second.added, second.updated, second.unchanged, second.removed) == (1, 1, 1, 1)
    assert second.read == 3  # a.jsonl and c.jsonl; b.jsonl is gone
    assert titles_with(index_dir, "Собянин") == ["Новость номер 2"]
    assert titles_with(index_dir, "товарооборот") == ["Новость номер 1", "Новость номер 4"]


def test_unchanged_files_are_not_read_again(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1), article(2)])
    write_jsonl(corpus / "b.jsonl", [article(3)])
    build_index([corpus], tmp_path / "index", progress=False)
    write_jsonl(corpus / "b.jsonl", [article(3, "Новый текст о выборах.")])
    again = build_index([corpus], tmp_path / "index", progress=False)
    assert (again.read, again.updated, again.unchanged, again.articles) == (1, 1, 2, 3)
    idle = build_index([corpus], tmp_path / "index", progress=False)
    assert (idle.read, idle.added, idle.updated, idle.unchanged, idle.removed) == (0, 0, 0, 3, 0)
    assert titles_with(tmp_path / "index", "выборах") == ["Новость номер 3"]


def test_an_index_made_by_another_analysis_is_built_again_in_full(tmp_path, caplog):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1, "Пилот вернулся в «Формулу-1».")])
    build_index([corpus], index_dir, progress=False)
    manifest = json.loads((index_dir / "manifest.json").read_text())
    # As an index of the version that kept "Формулу-1" as written would say.
    (index_dir / "manifest.json").write_text(json.dumps({**manifest, "analysis": 1}))
    again = build_index([corpus], index_dir, progress=False)
    assert (again.read, again.added, again.unchanged) == (1, 1, 0)
    assert "made by another version of the word analysis" in caplog.text
    idle = build_index([corpus], index_dir, progress=False)
    assert (idle.read, idle.unchanged) == (0, 1)


def segment_sizes(index_dir: Path) -> list[tuple[int, int]]:
    """(all, live) documents of each segment."""
    with index.open_dir(str(index_dir)).reader() as reader:
        return [(leaf.doc_count_all(), leaf.doc_count()) for leaf, _ in reader.leaf_readers()]


def test_an_incremental_build_adds_a_segment_and_rewrites_none(tmp_path):
    """Whoosh's default merge rewrote most of a large index after a small change."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for part in range(8):  # eight builds, eight segments of 20 articles
        write_jsonl(corpus / f"{part}.jsonl", [article(part * 100 + n) for n in range(20)])
        build_index([corpus], index_dir, jobs=1, progress=False)
    assert segment_sizes(index_dir) == [(20, 20)] * 8
    write_jsonl(corpus / "0.jsonl", [article(n, "Собянин приехал в Минск.") for n in range(20)])
    write_jsonl(corpus / "1.jsonl", [article(100 + n) for n in range(19)])
    (corpus / "2.jsonl").unlink()
    report = build_index([corpus], index_dir, jobs=1, progress=False)
    assert (report.updated, report.removed, report.articles) == (20, 21, 139)
    # The first file's old segment (every article replaced) and the third's (removed) are
    # dropped, the second's keeps 19 live articles; the 20 new ones make one new segment.
    assert sorted(segment_sizes(index_dir)) == sorted([(20, 19)] + [(20, 20)] * 6)
    assert len(titles_with(index_dir, "Собянин")) == 20


def test_the_same_article_twice_is_indexed_once(tmp_path):
    copy = dict(article(5), url="https://mirror.example.ru/5")
    write_jsonl(tmp_path / "a.jsonl", [article(1), article(1), article(5), copy])
    report = build_index([tmp_path / "a.jsonl"], tmp_path / "index", progress=False)
    assert (report.articles, report.duplicates) == (2, 2)


def test_bad_lines_are_reported_and_the_rest_indexed(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(article(1)) + "\n{broken\n" + json.dumps(article(2)) + "\n")
    report = build_index([path], tmp_path / "index", progress=False)
    assert report.articles == 2
    assert [(s.line, s.reason.split(":")[0]) for s in report.skips] == [(2, "malformed JSON")]


def test_a_second_build_is_refused_while_one_runs(tmp_path):
    (tmp_path / "index").mkdir()
    with build_lock(tmp_path / "index"), pytest.raises(BuildRunning, match="another build"):
        build_index([tmp_path], tmp_path / "index", progress=False)


def test_an_interrupted_build_leaves_the_old_index_and_the_next_one_finishes(tmp_path, monkeypatch):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1)])
    build_index([corpus], index_dir, progress=False)
    write_jsonl(corpus / "b.jsonl", [article(n, f"Собянин {n}") for n in range(2, 40)])

    def interrupted(articles, progress):
        for number, item in enumerate(articles):
            if number == 20:
                raise KeyboardInterrupt
            yield item

    with monkeypatch.context() as patch:
        patch.setattr(build, "with_progress", interrupted)
        with pytest.raises(KeyboardInterrupt):
            build_index([corpus], index_dir, progress=False)

    assert titles_with(index_dir, "товарооборот") == ["Новость номер 1"]
    assert titles_with(index_dir, "Собянин") == []
    report = build_index([corpus], index_dir, progress=False)
    assert (report.added, report.articles) == (38, 39)


def new_segment_files(index_dir: Path, before: set[str]) -> list[str]:
    """Postings files of a segment that a running build has begun to write."""
    return [name for name in os.listdir(index_dir) if name.endswith(".pst") and name not in before]


def kill_while_writing(child: subprocess.Popen, index_dir: Path, seconds: float = 60) -> None:
    """SIGKILL the build once it holds the lock and writes a new segment, before it commits."""
    before, lock = set(os.listdir(index_dir)), index_dir / LOCK_NAME
    deadline = time.monotonic() + seconds
    while not (lock.read_text() == str(child.pid) and new_segment_files(index_dir, before)):
        assert child.poll() is None, "the build ended before it could be killed"
        assert time.monotonic() < deadline, "the build never began writing"
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_a_killed_build_leaves_no_lock_and_the_old_index(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1)])
    build_index([corpus], index_dir, progress=False)
    write_jsonl(corpus / "b.jsonl", [article(n, "Собянин " * 3000) for n in range(2, 400)])
    args = ["build", corpus, "--index", index_dir, "--jobs", "1", "--no-progress"]
    child = subprocess.Popen(indexer_command(*args), cwd=REPO)

    kill_while_writing(child, index_dir)
    assert child.returncode == -signal.SIGKILL  # killed, not finished
    assert not (index_dir / "_MAIN_2.toc").exists()  # and nothing of it committed
    assert titles_with(index_dir, "товарооборот") == ["Новость номер 1"]
    report = build_index([corpus], index_dir, progress=False)
    assert report.articles == 399


def test_workers_write_bounded_segments_that_appear_together(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for part in range(5):
        write_jsonl(corpus / f"{part}.jsonl", [article(part * 100 + n) for n in range(100)])
    build_index([corpus], tmp_path / "serial", jobs=1, progress=False)
    monkeypatch.setattr(build, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(segments, "ROLL_MB", 0.1)  # about 100 of these short articles
    report = build_index([corpus], tmp_path / "rolled", jobs=2, progress=False)
    assert report.articles == 500
    with index.open_dir(str(tmp_path / "rolled")).reader() as reader:
        sizes = [leaf.doc_count_all() for leaf, _ in reader.leaf_readers()]
    # Workers take batches of 100 articles and close a segment once its postings reach ROLL_MB.
    assert len(sizes) >= 3 and max(sizes) <= 200, sizes
    assert stored_documents(tmp_path / "rolled") == stored_documents(tmp_path / "serial")


def test_strict_with_workers_stops_them_and_commits_nothing(tmp_path, monkeypatch):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [article(1)])
    build_index([corpus], index_dir, progress=False)
    write_jsonl(corpus / "b.jsonl", [article(n) for n in range(2, 300)])
    (corpus / "c.jsonl").write_text("{broken\n")
    monkeypatch.setattr(build, "PARALLEL_BYTES", 0)
    with pytest.raises(build.StrictBuildFailed, match="1 items skipped"):
        build_index([corpus], index_dir, jobs=2, progress=False, strict=True)
    assert multiprocessing.active_children() == []
    assert titles_with(index_dir, "товарооборот") == ["Новость номер 1"]
    assert build_index([corpus], index_dir, jobs=2, progress=False).articles == 299
