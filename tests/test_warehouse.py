"""The warehouse built by the real command: its column contract, table checks, idempotence, atomic rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import SEED_PATH, build_warehouse

from etl.load import run
from etl.tagging import tag_document

# The public contract of DESIGN.md: users write SQL against these names.
INCIDENT_CONTRACT = {
    "incident_id": "VARCHAR",
    "document_id": "VARCHAR",
    "event_date": "DATE",
    "date_precision": "VARCHAR",
    "report_date": "DATE",
    "country_code": "VARCHAR",
    "country": "VARCHAR",
    "admin1": "VARCHAR",
    "admin1_code": "VARCHAR",
    "place": "VARCHAR",
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "geo_precision": "VARCHAR",
    "target_category": "VARCHAR",
    "target_type": "VARCHAR",
    "means": "VARCHAR",
    "impacts": "VARCHAR[]",
    "killed": "INTEGER",
    "injured": "INTEGER",
    "status": "VARCHAR",
    "evidence": "VARCHAR",
    "evidence_start": "INTEGER",
    "evidence_end": "INTEGER",
    "confidence": "DOUBLE",
    "cluster_id": "VARCHAR",
}
# Table checks, declared once (dbt style) and looped over below.
UNIQUE = [
    ("incidents", "incident_id"),
    ("documents", "document_id"),
    ("taxonomy", "target_type"),
    ("runs", "run_id"),
]
NOT_NULL = [
    ("incidents", c)
    for c in (
        "incident_id",
        "document_id",
        "event_date",
        "country_code",
        "target_type",
        "target_category",
        "evidence",
        "cluster_id",
        "geo_precision",
    )
]
NOT_EMPTY = ["incidents", "documents", "taxonomy", "runs"]


def _rows(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_incidents_match_the_column_contract(seed_warehouse):
    columns = _rows(
        seed_warehouse,
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = 'incidents' ORDER BY ordinal_position",
    )
    assert dict(columns) == INCIDENT_CONTRACT
    assert [c for c, _ in columns] == list(INCIDENT_CONTRACT)


@pytest.mark.parametrize(("table", "column"), UNIQUE)
def test_unique(seed_warehouse, table, column):
    assert (
        _rows(seed_warehouse, f"SELECT {column}, count(*) FROM {table} GROUP BY 1 HAVING count(*) > 1") == []
    )


@pytest.mark.parametrize(("table", "column"), NOT_NULL)
def test_not_null(seed_warehouse, table, column):
    assert _rows(seed_warehouse, f"SELECT count(*) FROM {table} WHERE {column} IS NULL") == [(0,)]


@pytest.mark.parametrize("table", NOT_EMPTY)
def test_not_empty(seed_warehouse, table):
    assert _rows(seed_warehouse, f"SELECT count(*) FROM {table}")[0][0] > 0


def test_taxonomy_covers_every_incident_type(seed_warehouse):
    orphans = (
        "SELECT i.target_type FROM incidents i ANTI JOIN taxonomy t USING (target_type, target_category)"
    )
    assert _rows(seed_warehouse, orphans) == []


def test_seed_warehouse_holds_the_six_incidents(seed_warehouse):
    rows = _rows(
        seed_warehouse, "SELECT country_code, target_type, count(*) FROM incidents GROUP BY ALL ORDER BY ALL"
    )
    assert rows == [
        ("RU", "border_region", 1),
        ("RU", "oil_refinery", 1),
        ("RU", "public_venue", 1),
        ("UA", "power_grid", 1),
        ("UA", "settlement_control", 2),
    ]


ALL_ROWS = "SELECT * FROM incidents ORDER BY incident_id"


def test_building_twice_gives_the_same_rows(seed_warehouse, tmp_path):
    again = tmp_path / "again.duckdb"
    assert build_warehouse(again, "seeds/").returncode == 0
    assert _rows(again, ALL_ROWS) == _rows(seed_warehouse, ALL_ROWS)


def test_adding_the_same_document_twice_stores_it_once(seed_warehouse, tmp_path):
    target = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, target)
    result = build_warehouse(target, SEED_PATH, command="add")
    assert result.returncode == 0, result.stderr
    assert "1 duplicates skipped" in result.stderr
    assert _rows(target, ALL_ROWS) == _rows(seed_warehouse, ALL_ROWS)
    assert _rows(
        target, "SELECT command, documents_loaded, duplicates_skipped FROM runs ORDER BY started_at"
    ) == [("build", 1, 0), ("add", 0, 1)]


class Boom(BaseException):
    """A failure that ends a run midway (an ordinary exception in the tagger only rejects its document)."""


def test_a_failed_build_leaves_the_previous_warehouse_intact(seed_warehouse, tmp_path):
    target = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, target)
    before = target.read_bytes()

    def failing_tagger(doc):
        tag_document(doc)
        raise Boom("tagger died midway")

    with pytest.raises(Boom):
        run("build", [str(SEED_PATH)], target, failing_tagger)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]  # no staged file left behind


def test_missing_source_is_an_error_and_touches_nothing(tmp_path):
    target = tmp_path / "w.duckdb"
    result = build_warehouse(target, "no/such/dir")
    assert result.returncode == 2
    assert "source not found: no/such/dir" in result.stderr
    assert not target.exists()
