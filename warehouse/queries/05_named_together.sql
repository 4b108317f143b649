-- Which people, places and organisations are named together most often?
-- Entity pairs by the number of articles naming both.
SELECT entity_a_name AS entity, entity_b_name AS named_with, n_articles AS articles, weight
FROM entity_cooccurrence
ORDER BY n_articles DESC, weight DESC, entity, named_with
LIMIT 10;
