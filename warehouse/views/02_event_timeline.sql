-- One row per event: who did what to whom, when and where, and how widely it was reported.
-- timeline_date is the event's own date, or the day it was first reported when the
-- text gave none (timeline_date_source says which); source_url is the earliest report.
CREATE OR REPLACE VIEW event_timeline AS
WITH article_source AS (
    SELECT
        a.article_id,
        a.domain,
        a.published_at,
        coalesce(
            a.canonical_url,
            (SELECT min(u.url) FROM article_url u WHERE u.article_id = a.article_id)
        ) AS source_url
    FROM article a
),
reports AS (
    SELECT
        m.event_id,
        count(DISTINCT m.article_id) AS n_articles,
        count(DISTINCT s.domain) AS n_domains,
        min(s.published_at) AS first_reported_at,
        arg_min(s.source_url, coalesce(s.published_at, TIMESTAMP '9999-12-31')) AS source_url,
        arg_min(m.sentence, coalesce(s.published_at, TIMESTAMP '9999-12-31')) AS example_sentence
    FROM event_mention m
    JOIN article_source s USING (article_id)
    GROUP BY m.event_id
)
SELECT
    e.event_id,
    e.event_date,
    e.date_precision,
    coalesce(e.event_date, CAST(r.first_reported_at AS DATE)) AS timeline_date,
    CASE
        WHEN e.event_date IS NOT NULL THEN 'event'
        WHEN r.first_reported_at IS NOT NULL THEN 'report'
    END AS timeline_date_source,
    e.cameo_code,
    e.root_code,
    c.root_name,
    c.quad_class,
    c.quad_class_name,
    c.relation,
    e.label,
    e.modality,
    e.actor1_entity_id,
    a1.name AS actor1_name,
    e.actor2_entity_id,
    a2.name AS actor2_name,
    e.place_entity_id,
    p.name AS place_name,
    coalesce(r.n_articles, 0) AS n_articles,
    coalesce(r.n_domains, 0) AS n_domains,
    r.first_reported_at,
    r.source_url,
    r.example_sentence
FROM event e
LEFT JOIN cameo_root c ON c.root_code = e.root_code
LEFT JOIN entity a1 ON a1.entity_id = e.actor1_entity_id
LEFT JOIN entity a2 ON a2.entity_id = e.actor2_entity_id
LEFT JOIN entity p ON p.entity_id = e.place_entity_id
LEFT JOIN reports r ON r.event_id = e.event_id;
