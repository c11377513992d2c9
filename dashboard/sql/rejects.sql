-- Rejected inputs with their reasons, newest run first.
SELECT r.reason, r.source, r.record, r.run_id, u.started_at
FROM rejects AS r
LEFT JOIN runs AS u USING (run_id)
ORDER BY u.started_at DESC NULLS LAST, r.source, r.record
LIMIT $limit
