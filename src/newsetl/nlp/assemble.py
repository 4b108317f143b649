"""From coded sentences to warehouse rows: events merged across articles, entity salience.

Event matching rule: two reports are one event when they agree on the root
code, the two actors' entity ids, the place's entity id, the event date (with
its precision) and the modality. For roots whose actors are interchangeable
(03 intent, 04 consult, 05 diplomatic and 06 material cooperation: "Xi met
Putin" is "Putin met Xi") the actor pair is ordered before matching. The id is
``evt_`` + the first 16 hex digits of sha1 over those fields, so the same
event found again in a later run gets the same id. A merged event keeps the
most specific CAMEO code any report gave it (longest code, first seen on ties).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

from newsetl.models import ArticleEntity, Entity, Event, EventMention
from newsetl.nlp.codebook import cameo_label, root_of
from newsetl.nlp.events import CodedEvent
from newsetl.nlp.resolve import Mention
from newsetl.nlp.targets import SYMMETRIC_ROOTS

# Salience weights: how often, how early, and whether the title names it.
FREQUENCY_WEIGHT = 0.5
POSITION_WEIGHT = 0.3
TITLE_WEIGHT = 0.2


class EventAssembler:
    def __init__(self) -> None:
        self._events: dict[str, Event] = {}
        self._mentions: dict[tuple[str, str, str], EventMention] = {}

    def add(
        self, coded: CodedEvent, mentions: Sequence[Mention], article_id: str, sentence: str
    ) -> None:
        actor1 = _entity(mentions, coded.actor1)
        actor2 = _entity(mentions, coded.actor2)
        if actor1 is None:
            return
        if actor2 == actor1:
            actor2 = None
        if actor2 is None and coded.needs_target:
            return
        place = _entity(mentions, coded.place)
        root = root_of(coded.code)
        event_id = event_id_for(
            root,
            actor1,
            actor2,
            place,
            coded,
        )
        existing = self._events.get(event_id)
        if existing is None:
            self._events[event_id] = Event(
                event_id=event_id,
                cameo_code=coded.code,
                root_code=root,
                label=cameo_label(coded.code),
                actor1_entity_id=actor1,
                actor2_entity_id=actor2,
                place_entity_id=place,
                event_date=coded.event_date,
                date_precision=coded.date_precision,
                modality=coded.modality,
            )
        elif len(coded.code) > len(existing.cameo_code):
            existing.cameo_code = coded.code
            existing.label = cameo_label(coded.code)
        key = (event_id, article_id, sentence)
        self._mentions.setdefault(key, EventMention(event_id, article_id, sentence))

    def result(self) -> tuple[list[Event], list[EventMention]]:
        return list(self._events.values()), list(self._mentions.values())


def event_id_for(
    root: str, actor1: str, actor2: str | None, place: str | None, coded: CodedEvent
) -> str:
    first, second = actor1, actor2 or ""
    if root in SYMMETRIC_ROOTS and second and second < first:
        first, second = second, first
    when = coded.event_date.isoformat() if coded.event_date else ""
    fields = (root, first, second, place or "", when, coded.date_precision, coded.modality)
    return "evt_" + hashlib.sha1("|".join(fields).encode()).hexdigest()[:16]


def _entity(mentions: Sequence[Mention], index: int | None) -> str | None:
    return mentions[index].entity_id or None if index is not None else None


def salience_table(
    article_id: str,
    title: str | None,
    mentions: Sequence[Mention],
    sentence_count: int,
    entities: Sequence[Entity],
) -> list[ArticleEntity]:
    """Mentions per entity in the article, and a salience in [0, 1]."""
    counts: dict[str, int] = defaultdict(int)
    first_sentence: dict[str, int] = {}
    for mention in mentions:
        if not mention.entity_id:
            continue
        counts[mention.entity_id] += 0 if mention.synthetic else 1
        first = first_sentence.get(mention.entity_id, mention.sentence_index)
        first_sentence[mention.entity_id] = min(first, mention.sentence_index)
    if not counts:
        return []
    names = {entity.entity_id: entity for entity in entities}
    most = max(max(counts.values()), 1)
    rows = []
    for entity_id, count in sorted(counts.items()):
        position = 1 - first_sentence[entity_id] / max(sentence_count, 1)
        in_title = _named_in(title, names.get(entity_id))
        salience = (
            FREQUENCY_WEIGHT * (max(count, 1) / most)
            + POSITION_WEIGHT * position
            + TITLE_WEIGHT * in_title
        )
        rows.append(ArticleEntity(article_id, entity_id, max(count, 1), round(salience, 4)))
    return rows


def _named_in(title: str | None, entity: Entity | None) -> float:
    if not title or entity is None:
        return 0.0
    for name in (entity.name, *entity.aliases):
        if len(name) > 1 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title, re.IGNORECASE):
            return 1.0
    return 0.0
