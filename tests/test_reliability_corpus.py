"""A hostile corpus: every bad file is skipped with its path and a clear reason, the rest is
indexed, and the build neither crashes nor hangs.
"""

import gzip
import io
import json
import os
import random
import tarfile
from pathlib import Path

import pytest
from whoosh import index

from indexer.article import Article, Skip
from indexer.sources import read_articles
from indexer.writing import scan
from indexer.writing.build import build_index
from tests.support import run_indexer

FIFTY_MB = 50 * 2**20
WIDE = 10_000  # columns


def record(n: int, **fields) -> dict:
    return {
        "url": f"https://example.ru/good/{n}",
        "title": f"Хорошая новость {n}",
        "text": f"Текст хорошей новости номер {n} о товарообороте.",
        **fields,
    }


def line(n: int, **fields) -> bytes:
    return json.dumps(record(n, **fields), ensure_ascii=False).encode() + b"\n"


def random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def truncated_gzip() -> bytes:
    # Random hex keeps the records from compressing to nothing, so half the file holds some.
    rng = random.Random(7)
    data = b"".join(line(100 + n, text=f"Текст {rng.randbytes(400).hex()}") for n in range(200))
    packed = gzip.compress(data)
    return packed[: len(packed) // 2]


def page_with_blob() -> bytes:
    """A scraped page whose copy kept an image's data as text: one run of some 160,000 letters
    and digits between the headline and the text (a pattern tried from each of its characters
    took minutes over a quarter of it, past the CLI test's time limit)."""
    blob = random.Random(8).randbytes(80_000).hex()
    page = ("Главная | Новости | Общество\n\n12 марта 2024, 10:00\n\nВ Заречном открыли новую "
            f"школу\n\n{blob}\n\nШкола приняла первых учеников.\n")  # fmt: skip
    return page.encode()


def wide_csv(with_text: bool) -> bytes:
    names = (["title", "text"] if with_text else []) + [f"c{i}" for i in range(WIDE)]
    row = ["Широкая таблица", "Текст из таблицы на десять тысяч колонок."] if with_text else []
    row += ["x"] * WIDE
    return (",".join(names) + "\n" + ",".join(row) + "\n").encode()


def tar_with_odd_names() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for n, name in [(40, "ok.jsonl"), (41, "bad\udcff.jsonl")]:  # "\udcff": the byte 0xff
            data = line(n)
            member = tarfile.TarInfo(name)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return buffer.getvalue()


# name → (content, the reason of its Skip, or None when its good records are all indexed)
HOSTILE = {
    "random.jsonl": (lambda: random_bytes(2**16, 1), "undecodable bytes"),
    "random.csv": (lambda: random_bytes(2**16, 2), "undecodable bytes"),
    "random.txt": (lambda: random_bytes(2**16, 3), "undecodable bytes"),
    "random.jsonl.gz": (lambda: random_bytes(2**16, 4), "corrupt gzip"),
    "random.tar.gz": (lambda: random_bytes(2**16, 5), "not a tar archive, or a damaged one"),
    "truncated.jsonl.gz": (truncated_gzip, "truncated gzip"),
    "long_line.jsonl": (lambda: b'{"text": "' + b"a" * FIFTY_MB + b'"}\n' + line(1), "line longer"),
    "long_line.txt": (lambda: b"Title\n" + b"word " * (FIFTY_MB // 5), "article longer"),
    "wide.csv": (lambda: wide_csv(with_text=True), None),
    "blob.txt": (page_with_blob, None),
    "wide_no_text.csv": (lambda: wide_csv(with_text=False), "no text column"),
    "nested.jsonl": (lambda: b"[" * 100_000 + b"]" * 100_000 + b"\n" + line(2), "malformed JSON"),
    "nested_object.json": (lambda: b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "malformed JSON"),
    "nested_field.jsonl": (lambda: line(3, tags=json.loads("[" * 500 + "]" * 500)), None),
    "surrogates.jsonl": (lambda: line(4).replace(b"4", b"4\\ud800") + line(5), None),
    "odd_names.tar": (tar_with_odd_names, None),
    b"\xff\xfe.jsonl": (lambda: line(6), "name is not UTF-8"),
}
GOOD = [line(10), line(11), line(12)]


def write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Good files, every hostile file of HOSTILE, a symlink loop and a doomed file."""
    root = tmp_path_factory.mktemp("hostile")
    for name, (content, _) in HOSTILE.items():
        if isinstance(name, bytes):
            with open(os.fsencode(root) + b"/" + name, "wb") as file:
                file.write(content())
        else:
            write(root / name, content())
    (root / "good").mkdir()
    write(root / "good" / "news.jsonl", b"".join(GOOD))
    (root / "good" / "loop").symlink_to(root / "good", target_is_directory=True)
    (root / "good" / "up").symlink_to(root, target_is_directory=True)
    return root


@pytest.fixture(scope="module")
def readable(corpus) -> list[Article]:
    """The articles a reader gets out of the corpus."""
    return [item for item in read_articles([corpus]) if isinstance(item, Article)]


def indexed_ids(index_dir: Path) -> set[str]:
    with index.open_dir(str(index_dir)).reader() as reader:
        return {fields["id"] for fields in reader.all_stored_fields()}


def first_reason(skips: list[Skip], path: str) -> str:
    reasons = [skip.reason for skip in skips if skip.path == path]
    assert reasons, f"no skip for {path}"
    return reasons[0]


def expected_reasons(root: Path) -> dict[str, str]:
    """The path each Skip must name → how its reason starts."""
    expected = {}
    for name, (_, reason) in HOSTILE.items():
        if reason:
            shown = name.decode("utf-8", "backslashreplace") if isinstance(name, bytes) else name
            expected[f"{root}/{shown}"] = reason
    expected[f"{root}/good/loop"] = "symlink loop"
    expected[f"{root}/good/up"] = "symlink loop"
    return expected


def test_every_hostile_file_is_skipped_with_its_reason_and_the_rest_is_indexed(
    corpus, readable, tmp_path, monkeypatch
):
    doomed = corpus / "doomed.jsonl"
    doomed.write_bytes(line(20))
    list_files = scan.sources.list_files

    def listed_then_deleted(paths):  # the file goes between the folder walk and its reading
        yield from list_files(paths)
        doomed.unlink()

    monkeypatch.setattr(scan.sources, "list_files", listed_then_deleted)
    report = build_index([corpus], tmp_path / "index", full=True, jobs=1, progress=False)

    for path, reason in expected_reasons(corpus).items():
        assert first_reason(report.skips, path).startswith(reason), path
    assert "No such file" in first_reason(report.skips, str(doomed))
    assert all(len(str(skip)) < 500 for skip in report.skips)  # readable, not a dump
    wanted = {article.id for article in readable}
    assert {record(n)["url"] for n in (1, 2, 3, 10, 11, 12, 40, 41)} <= {a.url for a in readable}
    assert "В Заречном открыли новую школу" in {a.title for a in readable}  # the page with a blob
    assert sum("truncated.jsonl.gz" in a.origin for a in readable) > 10  # those before the cut
    assert indexed_ids(tmp_path / "index") == wanted
    assert report.articles == len(wanted)


def test_the_cli_names_each_skip_on_stderr(corpus, readable, tmp_path):
    args = ["build", corpus, "--index", tmp_path / "ix", "--full", "--no-progress"]
    done = run_indexer(*args, errors="replace", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    for path, reason in expected_reasons(corpus).items():
        assert f"skipped {path}" in done.stderr and reason in done.stderr, path
    assert "Traceback" not in done.stderr
    assert f"{len(readable)} articles in the index" in done.stdout


def test_surrogates_and_odd_member_names_become_readable_text(readable):
    by_url = {article.url: article for article in readable}
    assert by_url["https://example.ru/good/4\ufffd"].title == "Хорошая новость 4\ufffd"
    assert by_url["https://example.ru/good/41"].origin.endswith("bad\ufffd.jsonl:1")
