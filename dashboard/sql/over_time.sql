-- Incidents per period (day, week or month) and category, for the stacked over-time chart.
SELECT
    CAST(date_trunc($grain, incident_date) AS DATE) AS period,
    target_category,
    CASE WHEN $unit = 'events' THEN count(DISTINCT cluster_id) ELSE count(*) END AS incidents
FROM filtered
WHERE incident_date IS NOT NULL
GROUP BY ALL
ORDER BY period, target_category
