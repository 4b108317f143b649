-- Which entities rose this week?
-- Articles naming each entity in the last 7 days of data against the 7 days before
-- (swap max(day) for current_date to use the calendar instead).
WITH bounds AS (SELECT max(day) AS last_day FROM entity_daily_mentions),
weeks AS (
    SELECT name, type,
           coalesce(sum(n_articles) FILTER (WHERE day > last_day - 7), 0) AS this_week,
           coalesce(sum(n_articles) FILTER (WHERE day <= last_day - 7 AND day > last_day - 14), 0)
               AS week_before
    FROM entity_daily_mentions, bounds
    GROUP BY name, type
)
SELECT name, type, this_week, week_before, this_week - week_before AS rise
FROM weeks
WHERE this_week > 0
ORDER BY rise DESC, this_week DESC, name
LIMIT 10;
