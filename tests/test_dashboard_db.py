"""The cached warehouse connection follows an atomic rebuild (os.replace) and releases the old file."""

from __future__ import annotations

import os
import threading

import duckdb
import pytest
from dashboard_support import build_fixture_warehouse

from dashboard import db
from dashboard.queries import Query

COUNT = Query("SELECT count(*) AS n FROM incidents WHERE country_code = $country", {"country": "RU"})


def test_warehouse_path_from_the_environment(monkeypatch):
    monkeypatch.delenv("WAREHOUSE", raising=False)
    assert str(db.warehouse_path()) == "warehouse/incidents.duckdb"
    monkeypatch.setenv("WAREHOUSE", "/data/w.duckdb")
    assert str(db.warehouse_path()) == "/data/w.duckdb"


def test_connection_is_read_only(tmp_path):
    path = build_fixture_warehouse(tmp_path / "incidents.duckdb")
    with db.cursor(path) as cursor, pytest.raises(duckdb.Error, match="read-only"):
        cursor.execute("DELETE FROM incidents")


def rebuild_without_refineries(path):
    """What `python -m etl build` does: write a new file next to the old one and swap it in."""
    rebuilt = build_fixture_warehouse(path.with_name(path.name + ".tmp"))
    with duckdb.connect(str(rebuilt)) as con:
        con.execute("DELETE FROM incidents WHERE target_type = 'oil_refinery'")
    os.replace(rebuilt, path)


def test_rebuilt_warehouse_is_seen(tmp_path):
    path = build_fixture_warehouse(tmp_path / "incidents.duckdb")
    assert db.frame(path, COUNT)["n"].iloc[0] == 3
    rebuild_without_refineries(path)
    assert db.frame(path, COUNT)["n"].iloc[0] == 2


def test_reconnect_waits_for_queries_on_the_old_file(tmp_path):
    path = build_fixture_warehouse(tmp_path / "incidents.duckdb")
    results: list[int] = []
    with db.cursor(path) as held:
        rebuild_without_refineries(path)
        reader = threading.Thread(target=lambda: results.append(int(db.run(path, COUNT)["n"].iloc[0])))
        reader.start()
        reader.join(timeout=0.5)
        assert reader.is_alive() and results == []  # it waits: closing now would break `held`
        assert held.execute(COUNT.sql, COUNT.params).fetchall() == [(3,)]
    reader.join(timeout=10)
    assert results == [2]
