"""Run a command and measure it: wall time, the largest process's peak RSS, the process tree's peak PSS."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class Measured:
    """What one command cost."""

    seconds: float
    returncode: int
    max_rss_mb: float  # the largest single process (the command or one of its workers), from wait4
    tree_pss_mb: float  # all its processes together, shared pages counted once (sampled every 0.1 s)
    stdout: str


def measure(command: list[str], cwd: Path) -> Measured:
    """Run `command` to completion, sampling the memory of it and its worker processes."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = [0.0]
    done = threading.Event()
    sampler = threading.Thread(target=_sample, args=(proc.pid, peak, done), daemon=True)
    sampler.start()
    stdout = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it has been reaped
    return Measured(seconds, proc.returncode, usage.ru_maxrss / 1024, peak[0], stdout)


def _sample(root: int, peak: list[float], done: threading.Event) -> None:
    while not done.wait(SAMPLE_SECONDS):
        peak[0] = max(peak[0], sum(_pss_mb(pid) for pid in _tree(root)))


def _tree(root: int) -> list[int]:
    """The process and all its descendants (from each process's parent id in /proc/<pid>/stat)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
