"""One spaCy model per test session; articles built from short texts."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from newsetl.models import Article, Entity
from newsetl.nlp import Knowledge, KnowledgeExtractor, NLPSettings
from newsetl.nlp.pipeline import load_pipeline
from tests.nlp.articles import article  # noqa: F401  (re-exported for the tests)

SETTINGS = NLPSettings()


@pytest.fixture(scope="session")
def nlp():
    """The shared pipeline (``load_pipeline`` caches it for every extractor in the process)."""
    return load_pipeline(SETTINGS.model)


@pytest.fixture
def analyze(nlp):
    def run(*articles: Article, known: Iterable[Entity] = ()) -> Knowledge:
        return KnowledgeExtractor(SETTINGS, known).analyze(list(articles))

    return run


def typed_mentions(analyze, text: str) -> list[tuple[str, str]]:
    """(text, type) of each entity mention in one invented article."""
    return [(m.text, m.type) for m in analyze(article(text)).entity_mentions]


def by_name(knowledge: Knowledge) -> dict[str, Entity]:
    return {entity.name: entity for entity in knowledge.entities}


def named_events(knowledge: Knowledge) -> list[tuple[str, str | None, str | None, object]]:
    """(cameo_code, actor 1 name, actor 2 name, event) for every event."""
    names = {entity.entity_id: entity.name for entity in knowledge.entities}
    return [
        (event.cameo_code, names[event.actor1_entity_id], names.get(event.actor2_entity_id), event)
        for event in knowledge.events
    ]


def root_events(knowledge: Knowledge) -> list[tuple[str, str, str | None]]:
    """(root code, actor 1 name, actor 2 name) for every event."""
    return [(code[:2], one, two) for code, one, two, _ in named_events(knowledge)]


def root_pairs(knowledge: Knowledge) -> set[str]:
    """ "RR actor 1|actor 2" for every event."""
    return {f"{root} {one}|{two}" for root, one, two in root_events(knowledge)}
