-- Countries that have incidents, for the country filter. Incidents at sea have no country; they are offered
-- as the pseudo-code 'SEA' (never an ISO 3166-1 alpha-2 code), last, so a link can select them too.
SELECT coalesce(country_code, 'SEA') AS country_code, coalesce(country, 'At sea (no country)') AS country
FROM (SELECT country_code, any_value(country) AS country FROM incidents GROUP BY country_code)
ORDER BY country_code IS NULL, country_code
