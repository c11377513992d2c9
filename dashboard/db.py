"""The warehouse connection: read-only, reopened when the ETL swaps in a rebuilt file."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard.queries import Query

DEFAULT_WAREHOUSE = "warehouse/incidents.duckdb"

FileIdentity = tuple[int, int]


def warehouse_path() -> Path:
    """The warehouse file named by the WAREHOUSE environment variable, or the default."""
    return Path(os.environ.get("WAREHOUSE") or DEFAULT_WAREHOUSE)


def identity(path: Path) -> FileIdentity:
    """(inode, mtime) of the file: the ETL swaps in a new file with os.replace, which changes both."""
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns


class Warehouse:
    """One read-only connection to the current version of a warehouse file, shared by every session.

    DuckDB keeps one database instance per path while any connection to it is open, so a connection opened
    after a rebuild would still see the old file: the old connection is closed first, once the queries
    running on it have finished.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._changed = threading.Condition()
        self._identity: FileIdentity | None = None
        self._connection: duckdb.DuckDBPyConnection | None = None
        self._in_use = 0

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for the caller's thread, on the file as it is now."""
        with self._changed:
            current = identity(self.path)
            if current != self._identity:
                self._changed.wait_for(lambda: self._in_use == 0)
                if self._connection is not None:
                    self._connection.close()
                self._connection = duckdb.connect(str(self.path), read_only=True)
                self._identity = current
            cur = self._connection.cursor()
            self._in_use += 1
        try:
            yield cur
        finally:
            cur.close()
            with self._changed:
                self._in_use -= 1
                self._changed.notify_all()


@st.cache_resource(show_spinner=False)
def warehouse(path: str) -> Warehouse:
    """The process-wide Warehouse of a path; it connects on first use, never at import."""
    return Warehouse(Path(path))


@contextmanager
def cursor(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the current version of the warehouse at `path`."""
    with warehouse(str(path)).cursor() as cur:
        yield cur


def run(path: Path, query: Query) -> pd.DataFrame:
    """Run a query on the current version of the warehouse."""
    with cursor(path) as cur:
        return cur.execute(query.sql, query.params).df()


def frame(path: Path, query: Query) -> pd.DataFrame:
    """Cached `run`: results are keyed by the file identity, so a rebuilt warehouse is queried afresh."""
    return _cached(str(path), identity(path), query.sql, query.params)


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(path: str, file_identity: FileIdentity, sql: str, params: dict) -> pd.DataFrame:
    """The result of one query on one version of the warehouse (`file_identity` is part of the key)."""
    return run(Path(path), Query(sql, params))
