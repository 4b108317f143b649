"""What the rows of a batch may refer to: the cross-table facts the suites check."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from expectations.frames import naive_utc
from newsetl.models import Batch


@dataclass(frozen=True)
class References:
    article_ids: frozenset[str]  # the batch's articles and those already in the warehouse
    entity_ids: frozenset[str]  # the batch's entities and those already in the warehouse
    reported_on: dict[
        str, datetime
    ]  # event id -> earliest publication of a batch article reporting it


def article_columns(records: Sequence[Any], references: References) -> dict[str, list[Any]]:
    """A link table's ``article_id`` column and whether each names a known article."""
    article_ids = [record.article_id for record in records]
    return {
        "article_id": article_ids,
        "article_found": [article_id in references.article_ids for article_id in article_ids],
    }


def batch_references(
    batch: Batch, known_article_ids: Collection[str], known_entity_ids: Collection[str]
) -> References:
    published = {
        article.article_id: naive_utc(article.published_at)
        for article in batch.articles
        # a malformed date is the article suite's to report, not a reference
        if isinstance(article.published_at, date)
    }
    reported_on: dict[str, datetime] = {}
    for mention in batch.event_mentions:
        when = published.get(mention.article_id)
        if when is not None and (
            mention.event_id not in reported_on or when < reported_on[mention.event_id]
        ):
            reported_on[mention.event_id] = when
    return References(
        article_ids=frozenset(article.article_id for article in batch.articles)
        | frozenset(known_article_ids),
        entity_ids=frozenset(entity.entity_id for entity in batch.entities)
        | frozenset(known_entity_ids),
        reported_on=reported_on,
    )
