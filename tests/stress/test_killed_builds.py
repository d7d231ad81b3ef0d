"""Killed builds: `kill -9` of `make index` and `make reindex` while starting, while streaming
articles from the readers to the writers, while committing, while assembling the segments and
right after the switch to the new index. After each kill the index serves what it served
before (or, after the switch, the whole new index), no lock is left to block the next build,
and the next build completes with every article of the corpus present.

The phase of a build is watched from outside, so no hook is needed in the indexer: the build
lock names its holder once the build has started, new segment files appear when the writer
opens and articles stream from the readers to the writers (reading and writing overlap: there
is no reading phase of its own), the build prints "writing the segments…" once the corpus is
read and it commits, compound .seg files appear when the segments are assembled, and a new
_MAIN_<n>.toc is the switch. Between taking the lock and opening the writer the build only
compares the corpus's file states with its manifest ("scanning", about 10 ms): too short to aim
a kill at, it is still a phase the watcher knows.
"""

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path
from subprocess import DEVNULL

import pytest
from harness import (
    ENV,
    SHARED_CORPUS,
    build_command,
    check_lost_nothing,
    child_pids,
    run_build,
)
from whoosh import index

from indexer.engine.results import SearchRequest
from indexer.engine.search import SearchEngine
from indexer.writing.lock import LOCK_NAME, BuildRunning, build_lock

pytestmark = pytest.mark.stress

PHASES = ["starting", "scanning", "streaming", "committing", "assembling", "switched", "finished"]
AIMED = {"starting", "streaming", "committing", "assembling", "switched"}
TOC = re.compile(r"^_MAIN_(\d+)\.toc$")
SEGMENT_FILE = re.compile(r"^MAIN_\w+\.\w+$")
QUERY = "россии"
JOBS = ("--jobs", "2")  # worker processes as on a two-core machine, wherever the test runs
# 2,000 new articles: 20 batches for the workers, more than their queue holds, so the build
# spends seconds in each phase (streaming ~9 s, committing ~20 s while the workers write what
# is queued); 218 are written in the build process.
MANY = ["russia_today_0.jsonlines.gz", "russia_today_1.jsonlines.gz"]
FEW = "russia_today_7.jsonlines.gz"
MANY_KILLS = [("starting", 0.3), ("streaming", 1.0), ("committing", 2.0)]
FEW_KILLS = [("streaming", 0.5), ("assembling", 0.0), ("switched", 0.0)]
REINDEX_KILLS = [("streaming", 1.0), ("committing", 1.0)]


def generation(index_dir: Path) -> int:
    return max((int(m[1]) for name in os.listdir(index_dir) if (m := TOC.match(name))), default=-1)


def alive(pids: list[int]) -> list[int]:
    """The pids still running (zombies waiting to be reaped do not count)."""
    running = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.append(pid)
    return running


class WatchedBuild:
    """A build in a child process, and the phase it has reached, seen from outside."""

    def __init__(self, workdir: Path, *options: str):
        self.index_dir = workdir / "index"
        self.before = set(os.listdir(self.index_dir))
        self.generation = generation(self.index_dir)
        self.started = time.monotonic()
        # A file, not a pipe: workers left behind by a killed build would keep a pipe open.
        self.stderr_path = workdir / f"build-{time.monotonic_ns()}.stderr"
        with self.stderr_path.open("w") as stderr:
            self.proc = subprocess.Popen(
                build_command(*options), cwd=workdir, env=ENV, stdout=DEVNULL, stderr=stderr
            )

    def phase(self) -> str:
        if self.proc.poll() is not None:
            return "finished"
        if generation(self.index_dir) > self.generation:
            return "switched"
        new = set(os.listdir(self.index_dir)) - self.before
        if any(name.endswith(".seg") for name in new):
            return "assembling"
        if "writing the segments" in self.stderr_path.read_text():
            return "committing"
        if (self.index_dir / LOCK_NAME).read_text() != str(self.proc.pid):
            return "starting"  # a segment file before the lock would show here as a wrong phase
        return "streaming" if any(SEGMENT_FILE.match(name) for name in new) else "scanning"

    def wait_for(self, phase: str, seconds: float = 600) -> None:
        deadline = time.monotonic() + seconds
        while PHASES.index(self.phase()) < PHASES.index(phase):
            assert time.monotonic() < deadline, f"no {phase} phase in {seconds} s"
            time.sleep(0.005)
        ended = self.stderr_path.read_text()[-500:]
        assert self.phase() != "finished", f"the build ended before {phase}: {ended}"

    def kill(self) -> tuple[str, list[int]]:
        """kill -9 of the build process alone, as a crash or the OOM killer would do it;
        returns the phase it was in and its worker processes."""
        workers = child_pids(self.proc.pid)
        phase = self.phase()
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        return phase, workers


def build_lock_free(index_dir: Path) -> bool:
    """True when the build lock can be taken."""
    try:
        with build_lock(index_dir):
            return True
    except BuildRunning:
        return False


def write_lock_free(index_dir: Path) -> bool:
    """True when Whoosh's own write lock can be taken."""
    lock = index.open_dir(str(index_dir)).storage.lock("MAIN_WRITELOCK")
    if not lock.acquire(blocking=False):
        return False
    lock.release()
    return True


class KillSweep:
    """Kills builds at chosen phases and checks the index after each kill."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.index_dir = workdir / "index"
        self.running = SearchEngine(self.index_dir)  # like the site: open all along
        self.killed: list[tuple[str, str, float]] = []  # (mode, phase, seconds after start)
        self.problems: list[str] = []

    def serves(self) -> tuple[int, int]:
        """(articles, total for QUERY), checked alike by the open engine and a fresh one."""
        seen = set()
        for engine in (self.running, SearchEngine(self.index_dir)):
            total = engine.search(SearchRequest(q=QUERY)).total
            seen.add((engine.stats()["articles"], total))
        assert len(seen) == 1, seen
        return seen.pop()

    def kill_at(self, options: tuple[str, ...], phase: str, delay: float) -> str:
        build = WatchedBuild(self.workdir, *options)
        mode = "reindex" if "--full" in options else "index"
        try:
            build.wait_for(phase)
            time.sleep(delay)
        finally:
            reached, workers = build.kill()
            self.killed.append((mode, reached, time.monotonic() - build.started))
            self.check_leftovers(f"{mode} killed while {reached}", workers)
        return reached

    def check_leftovers(self, label: str, workers: list[int]) -> None:
        deadline = time.monotonic() + 5
        while alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        orphans = alive(workers)
        if orphans:
            self.problems.append(f"{label}: {len(orphans)} worker processes outlive it")
        # A worker forked after the workers were listed dies with the build too, a moment
        # later: the locks it inherited are free once it has, within the same five seconds.
        while not (build_lock_free(self.index_dir) and write_lock_free(self.index_dir)):
            if time.monotonic() >= deadline:
                break
            time.sleep(0.1)
        if not build_lock_free(self.index_dir):
            self.problems.append(f"{label}: the build lock is still held")
        if not write_lock_free(self.index_dir):
            self.problems.append(f"{label}: Whoosh's write lock is still held")
        for pid in orphans:  # the test's own processes: end them so the sweep can go on
            os.kill(pid, signal.SIGKILL)


def kill_sweep(sweep: KillSweep, options: tuple[str, ...], kills, serving: tuple[int, int]):
    """Kills a build at each (phase, delay); until the switch the index serves `serving`."""
    for phase, delay in kills:
        reached = sweep.kill_at(options, phase, delay)
        assert reached == phase, f"aimed at {phase}, killed while {reached}"
        if phase != "switched":
            assert sweep.serves() == serving, f"killed while {phase}: the index changed"


def test_builds_killed_at_every_phase_lose_nothing(workdir):
    corpus = workdir / "corpus"
    sweep = KillSweep(workdir)
    old = sweep.serves()
    try:
        # make index with 2,000 new articles, written by worker processes.
        for name in MANY:
            shutil.copy(SHARED_CORPUS / "rt" / name, corpus)
        kill_sweep(sweep, JOBS, MANY_KILLS, old)

        # make index with 218 new articles, written in the build process.
        for name in MANY:
            (corpus / name).unlink()
        shutil.copy(SHARED_CORPUS / "rt" / FEW, corpus)
        kill_sweep(sweep, JOBS, FEW_KILLS, old)
        new = sweep.serves()  # the last kill came just after the switch: the new index serves
        assert new[0] == check_lost_nothing(sweep.index_dir, corpus) > old[0]
        run_build(workdir, *JOBS)  # the killed build saved no manifest: this one reads again
        assert sweep.serves() == new

        # make reindex of the same corpus.
        kill_sweep(sweep, ("--full", *JOBS), REINDEX_KILLS, new)
        run_build(workdir)
        assert sweep.serves() == new
        articles = check_lost_nothing(sweep.index_dir, corpus)
    finally:
        print(f"\nbuilds killed: {len(sweep.killed)}; problems: {sweep.problems}")
        for mode, phase, seconds in sweep.killed:
            print(f"  make {mode} killed while {phase}, {seconds:.1f} s after it started")
    print(f"articles verified: {articles} (old index {old[0]})")
    assert {phase for _, phase, _ in sweep.killed} == AIMED
    assert not sweep.problems
