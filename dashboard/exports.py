"""Downloads of the filtered incidents, written by DuckDB itself (CSV, Parquet) or built in SQL (GeoJSON)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from dashboard.queries import Query

# File extension -> (label, MIME type).
FORMATS = {
    "csv": ("CSV", "text/csv"),
    "parquet": ("Parquet", "application/vnd.apache.parquet"),
    "geojson": ("GeoJSON", "application/geo+json"),
}


def write_file(cursor: duckdb.DuckDBPyConnection, query: Query, fmt: str) -> bytes:
    """The rows of `query` as a CSV or Parquet file, through a temporary file DuckDB writes."""
    relation = cursor.sql(query.sql, params=query.params)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"incidents.{fmt}"
        if fmt == "csv":
            relation.write_csv(str(target), header=True)
        elif fmt == "parquet":
            relation.write_parquet(str(target))
        else:
            raise ValueError(f"unknown export format {fmt!r}")
        return target.read_bytes()


def geojson(cursor: duckdb.DuckDBPyConnection, query: Query) -> bytes:
    """The single GeoJSON document that `query` (queries.export_geojson) builds."""
    rows = cursor.execute(query.sql, query.params).fetchall()
    return rows[0][0].encode("utf-8")
