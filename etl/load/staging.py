"""Atomic warehouse updates: work on a staged copy, swap it in with os.replace only when the run succeeds.

Readers (the dashboard) keep reading the old file until the swap; a run that fails, is interrupted or is
killed leaves the previous warehouse exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb

from etl.load.schema import apply_schema


def _staged_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def remove_stale_stages(target: Path) -> None:
    """Delete staged files left by runs that were killed (their process no longer exists)."""
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        pid = stale.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _alive(int(pid)):
            stale.unlink(missing_ok=True)
            stale.with_name(stale.name + ".wal").unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def staged_warehouse(target: Path, fresh: bool) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a staged copy of the warehouse (empty when fresh) that replaces it on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_stages(target)
    staged = _staged_path(target)
    staged.unlink(missing_ok=True)
    if not fresh and target.exists():
        shutil.copy2(target, staged)
    con = duckdb.connect(str(staged))
    try:
        apply_schema(con)
        yield con
        con.execute("CHECKPOINT")
        con.close()
        os.replace(staged, target)
    except BaseException:
        con.close()
        staged.unlink(missing_ok=True)
        staged.with_name(staged.name + ".wal").unlink(missing_ok=True)
        raise
