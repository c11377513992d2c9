-- Incidents from different documents that describe one event share a cluster_id:
-- same target type, same place (or the same admin1 / country when no place is named; a sea, with no
-- country, keyed '||Black Sea'), event dates within one day of each other. Reports on consecutive days form
-- a run; a run is cut into two-day windows from its first day, so daily strikes on one city for weeks are
-- many events, not one. Recomputed over the whole table on every run.
UPDATE incidents SET cluster_id = clustered.cluster_id
FROM (
    WITH keyed AS (
        SELECT incident_id, target_type, event_date,
               concat_ws('|', coalesce(country_code, ''), coalesce(admin1_code, ''), coalesce(place, ''))
                   AS place_key
        FROM incidents
    ),
    marked AS (
        SELECT *,
               -- ordered exactly as `numbered` below: with ties on event_date ordered differently (DuckDB's
               -- order among equal keys is arbitrary), a new cluster could start at any of the tied rows,
               -- splitting same-day reports of one event and merging some into the previous cluster
               CASE WHEN event_date - lag(event_date) OVER (PARTITION BY target_type, place_key
                                                            ORDER BY event_date, incident_id) <= 1
                    THEN 0 ELSE 1 END AS starts_cluster
        FROM keyed
    ),
    numbered AS (
        SELECT *,
               sum(starts_cluster) OVER (PARTITION BY target_type, place_key ORDER BY event_date, incident_id
                                         ROWS UNBOUNDED PRECEDING) AS cluster_no
        FROM marked
    ),
    firsts AS (
        SELECT *, min(event_date) OVER (PARTITION BY target_type, place_key, cluster_no) AS first_date
        FROM numbered
    ),
    windows AS (
        SELECT *, first_date + CAST(2 * floor((event_date - first_date) / 2) AS INTEGER) AS window_start
        FROM firsts
    )
    SELECT incident_id,
           substr(md5(concat_ws('|', target_type, place_key, coalesce(CAST(window_start AS VARCHAR), incident_id))), 1, 16)
               AS cluster_id
    FROM windows
) AS clustered
WHERE incidents.incident_id = clustered.incident_id;
