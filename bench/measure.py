"""Time, CPU and memory of a child process and everything it starts (read from /proc)."""

import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

# RSS every half second; PSS, which costs ~50 ms per GB to read, every fourth sample.
SAMPLE_SECONDS = 0.5
PSS_EVERY = 4
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class Measured:
    """What one child run cost, and the JSON it printed last."""

    wall: float
    cpu: float
    peak_rss_mb: float
    peak_pss_mb: float
    result: dict


def children_of() -> dict[int, list[int]]:
    """Parent pid → child pids, for every process on the machine."""
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                # "1234 (python) S 1200 ...": the parent pid follows the closing parenthesis.
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            tree.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(name))
    return tree


def descendants(pid: int) -> list[int]:
    """The process and all its children, grandchildren…"""
    tree, found, todo = children_of(), [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(tree.get(current, []))
    return found


def rss_kb(pid: int) -> int:
    """The resident memory of one process in kB, cheaply (from statm)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; PSS splits pages shared after a fork."""
    try:
        rows = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0, 0
    values = {row.split(":")[0]: int(row.split()[1]) for row in rows[1:] if row.endswith("kB")}
    return values.get("Rss", 0), values.get("Pss", 0)


def tree_rss_mb(pids: list[int]) -> float:
    """The RSS summed over processes, in MB (pages shared after a fork count twice)."""
    return sum(rss_kb(p) for p in pids) / 1024


def tree_pss_mb(pids: list[int]) -> float:
    """The PSS summed over processes, in MB: each shared page split between its users."""
    return sum(memory_kb(p)[1] for p in pids) / 1024


class PeakSampler(threading.Thread):
    """Samples a process tree's memory until stopped, keeping the peaks."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss = pid, 0.0, 0.0
        self.done = threading.Event()

    def run(self) -> None:
        samples = 0
        while not self.done.wait(SAMPLE_SECONDS):
            pids = descendants(self.pid)
            self.peak_rss = max(self.peak_rss, tree_rss_mb(pids))
            if samples % PSS_EVERY == 0:
                self.peak_pss = max(self.peak_pss, tree_pss_mb(pids))
            samples += 1

    def stop(self) -> None:
        self.done.set()
        self.join()


def children_cpu() -> float:
    """User + system CPU seconds of all finished children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_python(args: list[str], env: dict | None = None) -> Measured:
    """`python -O -m …` in a child; its wall and CPU time, peak memory and JSON output."""
    cpu_before, started = children_cpu(), time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-O", "-m", *args], stdout=subprocess.PIPE, text=True, env=env
    )
    sampler = PeakSampler(child.pid)
    sampler.start()
    out, _ = child.communicate()
    sampler.stop()
    if child.returncode:
        raise RuntimeError(f"{' '.join(args)} failed with exit code {child.returncode}")
    return Measured(
        wall=time.monotonic() - started,
        cpu=children_cpu() - cpu_before,
        peak_rss_mb=sampler.peak_rss,
        peak_pss_mb=sampler.peak_pss,
        result=json.loads(out.strip().splitlines()[-1]),
    )
