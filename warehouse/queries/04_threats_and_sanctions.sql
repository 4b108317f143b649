-- Who threatened, sanctioned or attacked whom?
-- Conflict events (CAMEO QuadClass 3 and 4), newest first, with a sentence that reports each.
SELECT timeline_date AS date, actor1_name AS actor, label, actor2_name AS target,
       quad_class_name AS kind, n_articles AS articles, example_sentence
FROM event_timeline
WHERE relation = 'conflict'
ORDER BY timeline_date DESC NULLS LAST, actor, label, target, example_sentence;
