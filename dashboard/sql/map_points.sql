-- Incidents per located place and category, largest first, for the map.
SELECT
    coalesce(place, admin1, country) AS place,
    country_code,
    latitude,
    longitude,
    target_category,
    string_agg(DISTINCT target_type, ', ' ORDER BY target_type) AS types,
    CASE WHEN $unit = 'events' THEN count(DISTINCT cluster_id) ELSE count(*) END AS incidents
FROM filtered
WHERE latitude IS NOT NULL AND longitude IS NOT NULL
GROUP BY ALL
ORDER BY incidents DESC, place
LIMIT $limit
