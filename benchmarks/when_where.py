"""When and where: the date and place of the matched events, against the gold's.

A gold event may carry ``date`` ("2024-07-20", "2024-07", "2024" or null: the sentence
does not date the action) and ``place`` (a bare name or null), written from the text
alone (GUIDELINES.md, "When and where"). Only events the coder found and matched are
compared: a date is right when it is the same at the same precision; a place when the
gold name is the name or an alias of the system's place entity. Precision counts the
dates (places) the coder gave, recall the ones the gold gives, so a date made up where
the sentence gives none costs precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scoring import Score, entity_forms, name_key

_ISO_LENGTH = {"day": 10, "month": 7, "year": 4}


@dataclass
class WhenWhere:
    dates: Score = field(default_factory=Score)
    places: Score = field(default_factory=Score)
    annotated: int = 0  # matched events whose gold event has a date and place annotation
    errors: list[str] = field(default_factory=list)


def when_where(matched: list[tuple[dict, object]], names: dict) -> WhenWhere:
    """Scores the date and place of each matched (gold event, system event) pair."""
    result = WhenWhere()
    for gold, event in matched:
        if "date" not in gold:
            continue
        result.annotated += 1
        label = f"{gold['root']} {gold['actors']}"
        found_date = system_date(event)
        right = found_date is not None and found_date == gold["date"]
        if _tally(result.dates, gold["date"], found_date, right):
            result.errors.append(f"date       {label}: gold {gold['date']}, found {found_date}")
        found_place = names[event.place_entity_id] if event.place_entity_id else None
        right = found_place is not None and gold.get("place") is not None
        right = right and name_key(gold["place"]) in entity_forms(found_place)
        found_name = found_place.name if found_place else None
        if _tally(result.places, gold.get("place"), found_name, right):
            result.errors.append(
                f"place      {label}: gold {gold.get('place')}, found {found_name}"
            )
    return result


def system_date(event) -> str | None:
    """The event's date written at its precision, as the gold writes dates."""
    if event.event_date is None or event.date_precision not in _ISO_LENGTH:
        return None
    return event.event_date.isoformat()[: _ISO_LENGTH[event.date_precision]]


def _tally(score: Score, gold: str | None, found: str | None, right: bool) -> bool:
    """Counts one comparison; True when gold and system disagree."""
    score.gold += gold is not None
    score.system += found is not None
    score.matched += right
    return not right and (gold is not None or found is not None)
