"""Rows follow their parents out of the batch.

A quarantined article takes its URLs, entity links and event mentions with it;
a quarantined entity its links and the events it acts in; a quarantined event
its mentions; and an event whose every mention in the batch was quarantined goes
too. Each such row is named with the reason below instead of an expectation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from expectations.event import ENTITY_REFERENCES
from newsetl.models import Batch

PARENT_ARTICLE = "parent_article_quarantined"
PARENT_ENTITY = "parent_entity_quarantined"
PARENT_EVENT = "parent_event_quarantined"
NO_MENTION_LEFT = "every_event_mention_quarantined"

# table name -> row number -> names of the expectations the row failed, in order
Failures = dict[str, dict[int, list[str]]]


def follow_parents(batch: Batch, failures: Failures) -> None:
    """Add the failures rows inherit from quarantined parents, in dependency order."""
    bad_articles = _failed_keys(batch.articles, failures.get("article"), "article_id")
    bad_entities = _failed_keys(batch.entities, failures.get("entity"), "entity_id")
    _inherit(
        failures, "article_url", batch.article_urls, "article_id", bad_articles, PARENT_ARTICLE
    )
    _inherit(
        failures,
        "article_entity",
        batch.article_entities,
        "article_id",
        bad_articles,
        PARENT_ARTICLE,
    )
    _inherit(
        failures, "article_entity", batch.article_entities, "entity_id", bad_entities, PARENT_ENTITY
    )
    for reference in ENTITY_REFERENCES:
        _inherit(failures, "event", batch.events, reference, bad_entities, PARENT_ENTITY)
    bad_events = _failed_keys(batch.events, failures.get("event"), "event_id")
    _inherit(
        failures, "event_mention", batch.event_mentions, "article_id", bad_articles, PARENT_ARTICLE
    )
    _inherit(failures, "event_mention", batch.event_mentions, "event_id", bad_events, PARENT_EVENT)
    _drop_unreported_events(batch, failures)


def _drop_unreported_events(batch: Batch, failures: Failures) -> None:
    """Events whose every mention in the batch was quarantined go too."""
    mention_failures = failures.get("event_mention", {})
    kept = Counter()
    dropped = Counter()
    for number, mention in enumerate(batch.event_mentions):
        (dropped if number in mention_failures else kept)[mention.event_id] += 1
    event_failures = failures.setdefault("event", {})
    for number, event in enumerate(batch.events):
        already_failed = number in event_failures
        if dropped[event.event_id] and not kept[event.event_id] and not already_failed:
            event_failures[number] = [NO_MENTION_LEFT]


def _failed_keys(
    records: list[Any], table_failures: dict[int, list[str]] | None, key: str
) -> set[str]:
    if not table_failures:
        return set()
    return {getattr(records[number], key) for number in table_failures}


def _inherit(
    failures: Failures,
    table: str,
    records: Iterable[Any],
    reference: str,
    bad_parents: set[str],
    reason: str,
) -> None:
    if not bad_parents:
        return
    table_failures = failures.setdefault(table, {})
    for number, record in enumerate(records):
        if getattr(record, reference) in bad_parents:
            names = table_failures.setdefault(number, [])
            if reason not in names:
                names.append(reason)
