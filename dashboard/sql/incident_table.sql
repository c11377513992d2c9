-- The newest filtered incidents with their source link, for the table (LIMITed: the app never loads all rows).
SELECT
    f.incident_date AS date,
    coalesce(f.place, f.admin1, f.country) AS place,
    f.country_code,
    f.target_type,
    f.evidence,
    f.means,
    f.impacts,
    f.status,
    f.killed,
    f.injured,
    f.confidence,
    f.target_category,
    f.admin1,
    f.date_precision,
    d.url,
    d.title
FROM filtered AS f
LEFT JOIN documents AS d USING (document_id)
ORDER BY f.incident_date DESC NULLS LAST, f.incident_id
LIMIT $limit
