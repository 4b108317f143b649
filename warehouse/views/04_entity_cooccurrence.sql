-- Pairs of entities named in the same article, each pair once (entity_a_id < entity_b_id).
-- n_articles counts the shared articles; weight adds, per shared article, the smaller of
-- the two mention counts, so a passing mention weighs less than a story about both.
CREATE OR REPLACE VIEW entity_cooccurrence AS
SELECT
    a.entity_id AS entity_a_id,
    ea.name AS entity_a_name,
    ea.type AS entity_a_type,
    b.entity_id AS entity_b_id,
    eb.name AS entity_b_name,
    eb.type AS entity_b_type,
    count(*) AS n_articles,
    sum(least(a.mentions, b.mentions)) AS weight,
    min(art.published_at) AS first_published_at,
    max(art.published_at) AS last_published_at
FROM article_entity a
JOIN article_entity b ON b.article_id = a.article_id AND a.entity_id < b.entity_id
JOIN entity ea ON ea.entity_id = a.entity_id
JOIN entity eb ON eb.entity_id = b.entity_id
LEFT JOIN article art ON art.article_id = a.article_id
GROUP BY ALL;
