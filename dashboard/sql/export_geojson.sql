-- Every filtered incident as one GeoJSON FeatureCollection; incidents without coordinates get a null geometry.
SELECT json_object(
    'type', 'FeatureCollection',
    'features', coalesce(to_json(list(json_object(
        'type', 'Feature',
        'geometry', CASE WHEN longitude IS NULL OR latitude IS NULL THEN NULL
            ELSE json_object('type', 'Point', 'coordinates', json_array(longitude, latitude)) END,
        'properties', json_object(
            'incident_id', incident_id, 'document_id', document_id, 'event_date', event_date,
            'date_precision', date_precision, 'report_date', report_date, 'country_code', country_code,
            'country', country, 'admin1', admin1, 'place', place, 'geo_precision', geo_precision,
            'target_category', target_category, 'target_type', target_type, 'means', means,
            'impacts', impacts, 'killed', killed, 'injured', injured, 'status', status,
            'evidence', evidence, 'confidence', confidence, 'cluster_id', cluster_id
        )
    ) ORDER BY incident_id)), json_array())
) AS geojson
FROM filtered
