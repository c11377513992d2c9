-- Countries that have incidents, for the country filter.
SELECT country_code, any_value(country) AS country
FROM incidents
WHERE country_code IS NOT NULL
GROUP BY country_code
ORDER BY country_code
