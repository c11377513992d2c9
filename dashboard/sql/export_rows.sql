-- Every filtered incident with every contract column and its source, for the CSV and Parquet downloads.
SELECT f.* EXCLUDE (incident_date), d.url, d.title
FROM filtered AS f
LEFT JOIN documents AS d USING (document_id)
ORDER BY f.incident_date DESC NULLS LAST, f.incident_id
