"""Builders of batches with good rows, for planting bad ones in."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from newsetl.models import Article, ArticleEntity, ArticleURL, Batch, Entity, Event, EventMention

CODEBOOK = Path(__file__).with_name("cameo-sample.csv")
PUBLISHED = datetime(2024, 5, 2, 9, 30)
SUITES = ("article", "entity", "article_url", "article_entity", "event", "event_mention")


def article(number: int, **changes) -> Article:
    fields = {
        "article_id": f"art-{number}",
        "canonical_url": f"https://news.example/story-{number}",
        "domain": "news.example",
        "title": f"Ministers meet for talks, part {number}",
        "text": "The two ministers met and talked about trade. " * 10,
        "authors": ["A. Writer"],
        "published_at": PUBLISHED,
        "language": "en",
        "word_count": 80,
        "content_hash": f"hash-{number}",
    }
    fields.update(changes)
    return Article(**fields)


def canonical_url(number: int) -> ArticleURL:
    return ArticleURL(f"https://news.example/story-{number}", f"art-{number}", "canonical", 1.0)


def event(event_id: str, **changes) -> Event:
    fields = {
        "event_id": event_id,
        "cameo_code": "036",
        "root_code": "03",
        "label": "Express intent to meet or negotiate",
        "actor1_entity_id": "ent-lavrov",
        "actor2_entity_id": "ent-wang",
        "place_entity_id": "ent-beijing",
        "event_date": date(2024, 5, 1),
        "date_precision": "day",
    }
    fields.update(changes)
    return Event(**fields)


def good_batch(count: int = 4) -> Batch:
    """``count`` articles, each with a URL, two entity links and one reported event."""
    numbers = range(1, count + 1)
    return Batch(
        articles=[article(n) for n in numbers],
        article_urls=[canonical_url(n) for n in numbers],
        entities=[
            Entity("ent-lavrov", "Sergey Lavrov", "PERSON"),
            Entity("ent-wang", "Wang Yi", "PERSON"),
            Entity("ent-beijing", "Beijing", "GPE"),
        ],
        article_entities=[
            link
            for n in numbers
            for link in (
                ArticleEntity(f"art-{n}", "ent-lavrov", 2),
                ArticleEntity(f"art-{n}", "ent-wang", 1),
            )
        ],
        events=[event(f"evt-{n}") for n in numbers],
        event_mentions=[
            EventMention(f"evt-{n}", f"art-{n}", f"Lavrov said he would meet Wang ({n}).")
            for n in numbers
        ],
    )
