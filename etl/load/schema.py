"""The warehouse schema: warehouse/*.sql applied in dependency order, and named SQL from etl/sql."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb

from etl.tagging.lexicon import load_lexicon

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "warehouse"
# Tables first, views (which read them) after.
SCHEMA_ORDER = ("taxonomy", "runs", "documents", "rejects", "incidents")


def schema_files() -> list[Path]:
    """warehouse/*.sql, tables in SCHEMA_ORDER then any others (views) by name."""
    files = {p.stem: p for p in SCHEMA_DIR.glob("*.sql")}
    ordered = [files.pop(name) for name in SCHEMA_ORDER if name in files]
    return ordered + [files[name] for name in sorted(files)]


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table and view the contract promises (idempotent: IF NOT EXISTS)."""
    for path in schema_files():
        con.execute(path.read_text(encoding="utf-8"))
    _load_taxonomy(con)


def _load_taxonomy(con: duckdb.DuckDBPyConnection) -> None:
    """Refresh the taxonomy table from the data file, so new types appear without code changes."""
    rows = [(t.target_type, t.target_category, t.label, None) for t in load_lexicon().types.values()]
    con.execute("DELETE FROM taxonomy")
    con.executemany("INSERT INTO taxonomy VALUES (?, ?, ?, ?)", rows)


def named_sql(name: str) -> str:
    """The text of etl/sql/<name>.sql."""
    return resources.files("etl.sql").joinpath(f"{name}.sql").read_text(encoding="utf-8")
