-- The newest loaded documents, for the Sources page.
SELECT document_id, report_date, title, source, url, source_path, run_id,
    (SELECT count(*) FROM incidents AS i WHERE i.document_id = d.document_id) AS incidents
FROM documents AS d
ORDER BY report_date DESC NULLS LAST, document_id
LIMIT $limit
