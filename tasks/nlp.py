"""Entities and events: NER, entity resolution and CAMEO event coding.

Cached (see ``tasks.caching``): the same articles, analysed with the same
model and settings against the same warehouse entities, are analysed once.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import spacy
from prefect import get_run_logger, task

from newsetl.models import Article, Entity
from newsetl.nlp import Knowledge, KnowledgeExtractor, NLPSettings
from newsetl.settings import Settings
from newsetl.stage_settings import nlp_settings
from newsetl.warehouse import connect
from newsetl.warehouse.reads import known_entities
from tasks.caching import cached_stage_options, stage_cache


def warehouse_entities(settings: Settings) -> list[Entity]:
    with connect(settings.warehouse) as con:
        return known_entities(con)


def result_settings(settings: Settings) -> NLPSettings:
    """The NLP settings that decide the result: parallelism and batching do not."""
    return replace(nlp_settings(settings), n_process=1, batch_size=0)


def model_version(model: str) -> str:
    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:  # a model loaded from a folder
        return "unpackaged"


def analysis_inputs(parameters: dict[str, Any]) -> Iterator[object]:
    """What ``analyze_articles`` reads: the articles, the settings and model, and the
    warehouse's entities (names resolve to their ids and roles)."""
    settings: Settings = parameters["settings"]
    analysis = result_settings(settings)
    yield analysis
    yield spacy.__version__, model_version(analysis.model)
    yield parameters["articles"]
    yield warehouse_entities(settings)


@task(
    name="entities-and-events",
    task_run_name="nlp-{label}",
    cache_policy=stage_cache(analysis_inputs),
    **cached_stage_options(),
)
def analyze_articles(
    articles: list[Article], settings: Settings, label: str = "batch"
) -> Knowledge:
    known = warehouse_entities(settings)
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
