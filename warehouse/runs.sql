-- One row per ETL run (build or add), so every load can be audited.
CREATE TABLE IF NOT EXISTS runs (
    run_id             VARCHAR PRIMARY KEY,
    command            VARCHAR NOT NULL,          -- 'build' or 'add'
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    sources            VARCHAR[] NOT NULL,
    documents_loaded   INTEGER NOT NULL DEFAULT 0,
    duplicates_skipped INTEGER NOT NULL DEFAULT 0,
    incidents_loaded   INTEGER NOT NULL DEFAULT 0,
    rejected           INTEGER NOT NULL DEFAULT 0,
    status             VARCHAR NOT NULL           -- 'ok', 'empty'
);
