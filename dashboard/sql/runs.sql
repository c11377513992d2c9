-- ETL runs, newest first.
SELECT run_id, command, started_at, finished_at, sources, documents_loaded, duplicates_skipped,
    incidents_loaded, rejected, status
FROM runs
ORDER BY started_at DESC
LIMIT $limit
