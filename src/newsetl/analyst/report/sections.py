"""The report's sections: the question each answers, the SQL behind it and its chart.

Each section reads the warehouse views, so the SQL shown under a chart is what an
analyst can paste into ``newsetl query`` to get the numbers behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import plotly.graph_objects as go

from newsetl.analyst.report import charts
from newsetl.analyst.settings import AnalystSettings


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    question: str
    sql: str  # may hold {settings fields}, filled from AnalystSettings
    empty: str  # what "no data" means here and what fills it
    chart: Callable[[charts.Rows], go.Figure]

    def query(self, settings: AnalystSettings) -> str:
        return self.sql.strip().format(**vars(settings))

    def subtitle(self, settings: AnalystSettings) -> str:
        return self.question.format(**vars(settings))


EVENTS_PER_WEEK = Section(
    key="events-per-week",
    title="Events per week by CAMEO root code",
    question="What happened, and how much of it was cooperation or conflict, week by week?",
    sql="""
SELECT CAST(date_trunc('week', timeline_date) AS DATE) AS week,
       root_code, root_name, count(*) AS events
FROM event_timeline
WHERE timeline_date IS NOT NULL
GROUP BY ALL
ORDER BY week, root_code
""",
    empty="No dated events yet: events appear once articles naming who did what are loaded.",
    chart=charts.events_per_week,
)

TOP_ENTITIES = Section(
    key="top-entities",
    title="Most mentioned entities",
    question="Who and what do the articles talk about most?",
    sql="""
SELECT e.name, e.type, count(DISTINCT ae.article_id) AS articles, sum(ae.mentions) AS mentions
FROM article_entity ae
JOIN entity e USING (entity_id)
GROUP BY ALL
ORDER BY articles DESC, mentions DESC, e.name
LIMIT {report_top_entities}
""",
    empty="No entities yet: they are found in articles as they are loaded.",
    chart=charts.top_entities,
)

COOCCURRENCE = Section(
    key="cooccurrence-network",
    title="Entity co-occurrence network",
    question=(
        "Which entities are named together? The {report_network_nodes} best-linked entities"
        " and their {report_network_edges} strongest links; thicker lines: more shared mentions."
    ),
    sql="""
WITH ends AS (
    SELECT entity_a_id AS entity_id, weight FROM entity_cooccurrence
    UNION ALL
    SELECT entity_b_id, weight FROM entity_cooccurrence
),
best AS (
    SELECT entity_id FROM ends GROUP BY entity_id
    ORDER BY sum(weight) DESC, entity_id
    LIMIT {report_network_nodes}
)
SELECT entity_a_id, entity_a_name, entity_a_type, entity_b_id, entity_b_name, entity_b_type,
       n_articles, weight
FROM entity_cooccurrence
WHERE entity_a_id IN (SELECT entity_id FROM best) AND entity_b_id IN (SELECT entity_id FROM best)
ORDER BY weight DESC, entity_a_id, entity_b_id
LIMIT {report_network_edges}
""",
    empty="No pairs yet: the network needs articles naming at least two entities.",
    chart=charts.cooccurrence_network,
)

ACTOR_RELATIONS = Section(
    key="actor-relations",
    title="Actor-to-actor cooperation and conflict",
    question="Who acted on whom, and was it cooperation or conflict (CAMEO QuadClass)?",
    sql="""
WITH pairs AS (
    SELECT actor1_name || ' → ' || actor2_name AS pair, quad_class, quad_class_name,
           sum(n_events) AS events
    FROM actor_relations
    GROUP BY ALL
),
top AS (
    SELECT pair, sum(events) AS total FROM pairs GROUP BY pair
    ORDER BY total DESC, pair
    LIMIT {report_actor_pairs}
)
SELECT p.pair, p.quad_class_name, p.events
FROM pairs p JOIN top t USING (pair)
ORDER BY t.total DESC, p.pair, p.quad_class
""",
    empty="No events between two known actors yet.",
    chart=charts.actor_relations,
)

SOURCE_HEALTH = Section(
    key="source-health",
    title="Source health",
    question="Which sources answer, and which fail (and how)? Last {report_source_days} days.",
    sql="""
WITH recent AS (
    SELECT * FROM source_health
    WHERE day > (SELECT max(day) FROM source_health) - {report_source_days}
),
outcomes AS (
    SELECT domain, unnest(map_keys(outcomes)) AS outcome, unnest(map_values(outcomes)) AS urls
    FROM recent
)
SELECT o.domain, o.outcome, sum(o.urls) AS urls
FROM outcomes o
JOIN (SELECT domain, sum(n_urls) AS total FROM recent GROUP BY domain) d USING (domain)
GROUP BY o.domain, o.outcome, d.total
ORDER BY d.total DESC, o.domain, o.outcome
""",
    empty="No fetches logged yet: run `newsetl ingest` on some sources.",
    chart=charts.source_health,
)

DATA_QUALITY = Section(
    key="data-quality",
    title="Data quality over time",
    question="How many quality checks passed in each of the last {report_quality_loads} loads, per table?",
    sql="""
WITH recent AS (
    SELECT DISTINCT load_id, coalesce(load_started_at, validated_at) AS started_at
    FROM data_quality
    ORDER BY started_at DESC, load_id
    LIMIT {report_quality_loads}
)
SELECT strftime(r.started_at, '%Y-%m-%d %H:%M') || ' ' || q.load_id[:8] AS load,
       q.suite, q.success_rate, q.n_failed, q.n_quarantined
FROM data_quality q JOIN recent r USING (load_id)
ORDER BY r.started_at, q.load_id, q.suite
""",
    empty="No validation results yet: every load records them.",
    chart=charts.data_quality,
)

SECTIONS: tuple[Section, ...] = (
    EVENTS_PER_WEEK,
    TOP_ENTITIES,
    COOCCURRENCE,
    ACTOR_RELATIONS,
    SOURCE_HEALTH,
    DATA_QUALITY,
)
