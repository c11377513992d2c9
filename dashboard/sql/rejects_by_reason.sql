-- How often each reject reason occurs.
SELECT reason, count(*) AS inputs
FROM rejects
GROUP BY reason
ORDER BY inputs DESC, reason
