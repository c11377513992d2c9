"""ETL: source documents -> tagged infrastructure incidents -> DuckDB warehouse."""
