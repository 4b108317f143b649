-- What one actor did to another, counted per week, CAMEO root code and QuadClass
-- (cooperation or conflict). Direction matters: actor1 acted on actor2. Weeks start on
-- Monday and follow event_timeline.timeline_date (NULL when an event has no date at all).
CREATE OR REPLACE VIEW actor_relations AS
SELECT
    CAST(date_trunc('week', timeline_date) AS DATE) AS week,
    actor1_entity_id,
    actor1_name,
    actor2_entity_id,
    actor2_name,
    root_code,
    root_name,
    quad_class,
    quad_class_name,
    relation,
    count(*) AS n_events,
    sum(n_articles) AS n_reports,
    min(timeline_date) AS first_date,
    max(timeline_date) AS last_date
FROM event_timeline
WHERE actor1_entity_id IS NOT NULL AND actor2_entity_id IS NOT NULL
GROUP BY ALL;
