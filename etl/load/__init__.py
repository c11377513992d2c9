"""Loading into DuckDB: schema, staged atomic writes, batched inserts, runs."""

from etl.load.pipeline import RunSummary, run

__all__ = ["RunSummary", "run"]
