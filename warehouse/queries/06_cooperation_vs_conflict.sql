-- Is there more cooperation or more conflict, week by week?
-- Events per week split by CAMEO QuadClass family.
SELECT CAST(date_trunc('week', timeline_date) AS DATE) AS week,
       count(*) FILTER (WHERE relation = 'cooperation') AS cooperation,
       count(*) FILTER (WHERE relation = 'conflict') AS conflict,
       count(*) AS events
FROM event_timeline
WHERE timeline_date IS NOT NULL
GROUP BY week
ORDER BY week;
