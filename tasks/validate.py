"""Validate: the Great Expectations gate in front of the warehouse."""

from __future__ import annotations

from datetime import date

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from expectations import GateResult, GateSettings, gate_batch
from newsetl.models import Batch
from newsetl.settings import Settings
from newsetl.warehouse import connect
from newsetl.warehouse.reads import existing_ids


def gate_settings(settings: Settings) -> GateSettings:
    return GateSettings(
        max_failed_share=settings.max_failed_share,
        earliest_published=date.fromisoformat(settings.earliest_published),
        data_docs_dir=settings.data_docs_dir,
    )


@task(name="validate", task_run_name="validate-{label}", cache_policy=NONE)
def validate_batch(
    batch: Batch, settings: Settings, run_id: str, label: str = "batch"
) -> GateResult:
    actor_ids = {
        actor
        for event in batch.events
        for actor in (event.actor1_entity_id, event.actor2_entity_id, event.place_entity_id)
        if actor
    }
    article_ids = {
        row.article_id
        for rows in (batch.article_urls, batch.article_entities, batch.event_mentions)
        for row in rows
    }
    with connect(settings.warehouse) as con:
        known_entities = existing_ids(con, "entity", "entity_id", sorted(actor_ids))
        known_articles = existing_ids(con, "article", "article_id", sorted(article_ids))
    result = gate_batch(
        batch,
        gate_settings(settings),
        run_id=run_id,
        known_entity_ids=known_entities,
        known_article_ids=known_articles,
    )
    logger = get_run_logger()
    if result.quarantined:
        logger.warning("%s: %s", label, result.message)
    else:
        logger.info("%s: %s", label, result.message)
    return result
