-- Totals for the Sources page.
SELECT
    (SELECT count(*) FROM documents) AS documents,
    (SELECT count(*) FROM incidents) AS incidents,
    (SELECT count(*) FROM rejects) AS rejects,
    (SELECT count(*) FROM runs) AS runs
