-- Headline numbers; killed and injured take the largest figure per event so that two reports count once.
SELECT
    CASE WHEN $unit = 'events' THEN count(DISTINCT cluster_id) ELSE count(*) END AS incidents,
    count(DISTINCT country_code) AS countries,
    coalesce((SELECT sum(k) FROM (SELECT max(killed) AS k FROM filtered GROUP BY cluster_id)), 0) AS killed,
    coalesce((SELECT sum(n) FROM (SELECT max(injured) AS n FROM filtered GROUP BY cluster_id)), 0) AS injured
FROM filtered
