-- Who met whom, where and when?
-- Meetings, visits and calls (CAMEO root 04, consult) between two known actors, newest first,
-- with how widely each was reported.
SELECT timeline_date AS date, date_precision, actor1_name AS who, actor2_name AS met,
       place_name AS place, n_articles AS articles, n_domains AS sources
FROM event_timeline
WHERE root_code = '04' AND actor1_name IS NOT NULL AND actor2_name IS NOT NULL
ORDER BY timeline_date DESC NULLS LAST, who, met, date_precision, place, articles DESC;
