-- Incidents per category and country, for the breakdown heatmap (incidents at sea as 'SEA', like countries.sql).
SELECT
    target_category,
    coalesce(country_code, 'SEA') AS country_code,
    CASE WHEN $unit = 'events' THEN count(DISTINCT cluster_id) ELSE count(*) END AS incidents
FROM filtered
GROUP BY ALL
ORDER BY target_category, country_code
