-- What did Xi Jinping do, and with whom?
-- Everything one actor did or had done to them (change the name to follow someone else).
SELECT CASE WHEN actor1_name = 'Xi Jinping' THEN 'did' ELSE 'was subject of' END AS role,
       root_name AS action, actor1_name AS actor, actor2_name AS other_side,
       sum(n_events) AS events, min(first_date) AS first, max(last_date) AS last
FROM actor_relations
WHERE 'Xi Jinping' IN (actor1_name, actor2_name)
GROUP BY ALL
ORDER BY events DESC, first, role, action, actor, other_side;
