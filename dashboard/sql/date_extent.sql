-- The first and last incident date in the warehouse, to bound an open date range.
SELECT min(coalesce(event_date, report_date)) AS first_day, max(coalesce(event_date, report_date)) AS last_day
FROM incidents
