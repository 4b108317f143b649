"""Entities and events: NER, entity resolution and CAMEO event coding."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.models import Article
from newsetl.nlp import Knowledge, KnowledgeExtractor
from newsetl.settings import Settings
from newsetl.stage_settings import nlp_settings
from newsetl.warehouse import connect
from newsetl.warehouse.reads import known_entities


@task(name="entities-and-events", task_run_name="nlp-{label}", cache_policy=NONE)
def analyze_articles(
    articles: list[Article], settings: Settings, label: str = "batch"
) -> Knowledge:
    with connect(settings.warehouse) as con:
        known = known_entities(con)
    knowledge = KnowledgeExtractor(nlp_settings(settings), known).analyze(articles)
    get_run_logger().info(
        "%s: %d articles -> %d entities, %d events (skipped: %s)",
        label,
        len(articles),
        len(knowledge.entities),
        len(knowledge.events),
        knowledge.skipped_articles or "none",
    )
    return knowledge
