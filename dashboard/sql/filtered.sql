-- Incidents with the date every filter and chart uses: the event date, or the report date when it is unknown.
-- queries.filtered() appends the WHERE clause of the active filters.
SELECT *
FROM (SELECT i.*, coalesce(i.event_date, i.report_date) AS incident_date FROM incidents AS i)
