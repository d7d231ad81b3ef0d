"""A Hypothesis state machine: random corpus changes, then incremental builds equal to full ones.

The corpus is a few dozen real ng.ru articles (cut short, so a build takes a
second) spread over a handful of files, and a folder of one site's scraped pages; the
rules add, edit, delete, rename, copy, move, duplicate by URL or by text, symlink and
lock files, save and delete pages beside the site's others (which changes what the
folder repeats, so how they read), and build with overlapping paths. After every build
with nothing locked, the index must hold exactly what a full build of the same paths
holds, every stored field.
"""

import gzip
import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from indexed import Denials, stored_documents

from indexer.writing.build import build_index

SHARED_NG = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ng"
POOL_SIZE = 30
BODY_CHARS = 600
NAMES = ("a.jsonl", "m.jsonl", "z.jsonl", "sub/b.jsonl", "sub/y.jsonl", "sub/deep/k.jsonl")
LOCKABLE = NAMES + ("sub",)
# Command lines: one folder, a folder with a file inside it, a path twice, a subfolder first.
PATH_SETS = ((".",), (".", "a.jsonl"), ("sub", "."), (".", "."), ("sub/b.jsonl", "sub"))
# Five scraped pages of one site, saved into the corpus's site folder in up to four places.
SITE_PAGES = Path(__file__).resolve().parent / "fixtures" / "scraped" / "report41" / "pavlodar.city"
PAGE_SLOTS = 4


def real_records(count: int = POOL_SIZE) -> list[dict]:
    """The first articles of the shared ng.ru corpus, their text cut short."""
    files = sorted(SHARED_NG.glob("*.jsonlines.gz"))
    if not files:
        pytest.skip(f"no shared corpus at {SHARED_NG}")
    with gzip.open(files[0], "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in itertools.islice(lines, count)]
    return [{**record, "content": record["content"][:BODY_CHARS]} for record in records]


class CorpusMachine(RuleBasedStateMachine):
    """A corpus folder, its incremental index, and the changes users make."""

    pool: list[dict] = []

    def __init__(self):
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="incremental-"))
        self.corpus = self.root / "c"
        self.corpus.mkdir()
        self.patch = pytest.MonkeyPatch()
        self.denials = Denials(self.patch)
        self.clock = 1_700_000_000 * 10**9
        self.edits = 0

    def teardown(self):
        try:
            self.denials.paths.clear()
            self.check((".",))
        finally:
            self.patch.undo()
            shutil.rmtree(self.root, ignore_errors=True)

    # -- files

    def path(self, name: str) -> Path:
        return self.corpus / name

    def records(self, name: str) -> list[dict]:
        path = self.path(name)
        if not path.is_file():
            return []
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]

    def write(self, name: str, records: list[dict]) -> None:
        """Write a file, with a modification time later than any before (as time passes)."""
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        path = Path(os.path.realpath(self.path(name)))  # through a symlink, as an editor does
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        except OSError:  # a symlink loop: replace the link by a file
            path = self.path(name)
            path.unlink()
            path.write_text(text)
        self.touch(path)

    def touch(self, path: Path) -> None:
        self.clock += 10**9
        os.utime(path, ns=(self.clock, self.clock))

    def fresh_text(self) -> str:
        self.edits += 1
        return f" Правка номер {self.edits}."

    # -- changes

    @initialize(
        picks=st.lists(
            st.lists(st.integers(0, POOL_SIZE - 1), min_size=2, max_size=8), min_size=3, max_size=3
        )
    )
    def start(self, picks):
        """Three files of articles, some shared, and two of a site's pages, indexed once."""
        for name, chosen in zip(("a.jsonl", "m.jsonl", "sub/b.jsonl"), picks, strict=True):
            self.write(name, [self.pool[i] for i in chosen])
        for page in (1, 2):
            self.save_page(page, page)
        self.check((".",))

    @rule(name=st.sampled_from(NAMES), picks=st.lists(st.integers(0, POOL_SIZE - 1), max_size=6))
    def add_file(self, name, picks):
        self.write(name, [self.pool[i] for i in picks])

    @rule(
        name=st.sampled_from(NAMES),
        at=st.integers(0, 5),
        how=st.sampled_from(["text", "title", "url", "drop"]),
    )
    def edit_line(self, name, at, how):
        records = self.records(name)
        if not records:
            return
        at %= len(records)
        if how == "drop":
            del records[at]
        elif how == "url":
            records[at] = {**records[at], "url": records[at]["url"] + f"?v={self.edits}"}
            self.edits += 1
        else:
            field = "content" if how == "text" else "title"
            records[at] = {**records[at], field: records[at][field] + self.fresh_text()}
        self.write(name, records)

    @rule(
        name=st.sampled_from(NAMES),
        source=st.sampled_from(NAMES),
        how=st.sampled_from(["url", "text"]),
    )
    def duplicate(self, name, source, how):
        """Append another file's first article: its URL with a new text, or its text elsewhere."""
        records = self.records(source)
        if not records:
            return
        first = records[0]
        if how == "url":
            copy = {**first, "content": first["content"] + self.fresh_text()}
        else:
            copy = {**first, "url": f"https://mirror.example.ru/{self.edits}"}
            self.edits += 1
        self.write(name, self.records(name) + [copy])

    @rule(name=st.sampled_from(NAMES))
    def delete(self, name):
        if self.path(name).is_symlink() or self.path(name).exists():
            self.path(name).unlink()

    @rule(slot=st.integers(1, PAGE_SLOTS), page=st.integers(1, 5))
    def save_page(self, slot, page):
        """A site's page saved into its folder, new or over another."""
        path = self.path(f"site/{slot}.txt")
        path.parent.mkdir(exist_ok=True)
        path.write_bytes((SITE_PAGES / f"{page}.txt").read_bytes())
        self.touch(path)

    @rule(slot=st.integers(1, PAGE_SLOTS))
    def delete_page(self, slot):
        self.path(f"site/{slot}.txt").unlink(missing_ok=True)

    @rule(source=st.sampled_from(NAMES), destination=st.sampled_from(NAMES))
    def rename(self, source, destination):
        """`mv`: the file keeps its time and size under another name or folder."""
        if source != destination and os.path.lexists(self.path(source)):
            self.path(destination).parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.path(source), self.path(destination))

    @rule(source=st.sampled_from(NAMES), destination=st.sampled_from(NAMES))
    def copy(self, source, destination):
        if source == destination or not self.path(source).is_file():
            return
        if any(self.denials.is_denied(str(self.path(name))) for name in (source, destination)):
            return  # cp would fail too
        self.path(destination).parent.mkdir(parents=True, exist_ok=True)
        # Read first: the source may be a link through the destination being replaced.
        content = self.path(source).read_bytes()
        self.path(destination).unlink(missing_ok=True)
        self.path(destination).write_bytes(content)
        self.touch(self.path(destination))

    @rule(link=st.sampled_from(NAMES), destination=st.sampled_from(NAMES))
    def symlink(self, link, destination):
        if link == destination:
            return
        path = self.path(link)
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(path):
            path.unlink()
        path.symlink_to(os.path.relpath(self.path(destination), path.parent))

    @rule(name=st.sampled_from(LOCKABLE))
    def lock(self, name):
        """chmod 000 on a file or a folder."""
        self.denials.deny(self.path(name))

    @rule()
    def unlock(self):
        self.denials.paths.clear()

    # -- builds

    @precondition(lambda self: not self.denials.paths)
    @rule(paths=st.sampled_from(PATH_SETS))
    def build(self, paths):
        self.check(paths)

    @precondition(lambda self: not self.denials.paths)
    @rule()
    def build_corpus(self):
        """`make index`: the common case, drawn as often as a change."""
        self.check((".",))

    def check(self, paths: tuple[str, ...]) -> None:
        """An incremental build; it must equal a full build of the same paths."""
        given = [self.corpus / p for p in paths]
        build_index(given, self.root / "index", jobs=1, progress=False)
        full = Path(tempfile.mkdtemp(dir=self.root))
        build_index(given, full, full=True, jobs=1, progress=False)
        assert stored_documents(self.root / "index") == stored_documents(full)
        shutil.rmtree(full)

    @precondition(lambda self: bool(self.denials.paths))
    @rule(paths=st.sampled_from(PATH_SETS))
    def build_while_locked(self, paths):
        """A build while something is unreadable keeps its articles; nothing fails."""
        given = [self.corpus / p for p in paths]
        report = build_index(given, self.root / "index", jobs=1, progress=False)
        assert report.articles == len(stored_documents(self.root / "index"))


def run_machine(max_examples: int, steps: int) -> None:
    """Run the machine for `max_examples` random sequences of up to `steps` changes."""
    CorpusMachine.pool = real_records()
    options = settings(
        max_examples=max_examples,
        stateful_step_count=steps,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    CorpusMachine.TestCase.settings = options
    CorpusMachine.TestCase().runTest()
