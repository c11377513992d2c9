-- Incidents per located place and category, largest first, for the map; geo_precision says whether the point
-- is the place itself or the centre of the region or country an incident was located to.
SELECT
    coalesce(place, admin1, country) AS place,
    country_code,
    geo_precision,
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
