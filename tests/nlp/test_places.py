"""Where an event took place (``places``), as the GUIDELINES' "When and where" reads it."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def places_of(analyze, text: str) -> dict[tuple[str, str | None, str | None], str | None]:
    """(root, actor 1, actor 2) -> the name of the event's place."""
    knowledge = analyze(article(text))
    names = {entity.entity_id: entity.name for entity in knowledge.entities}
    return {
        (code[:2], actor1, actor2): names.get(event.place_entity_id)
        for code, actor1, actor2, event in named_events(knowledge)
    }


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        (
            "Russian troops shelled the port of Odesa in southern Ukraine on Sunday.",
            ("19", "Russia", "Odesa"),
            "Odesa",
        ),
        ("Israeli jets bombed Beirut on Friday.", ("19", "Israel", "Beirut"), "Beirut"),
    ],
    ids=["the target, not the region around it", "a target named without a phrase of place"],
)
def test_an_attack_takes_place_at_the_place_it_hits(analyze, text, event, place):
    assert places_of(analyze, text)[event] == place


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        (
            "Emmanuel Macron made a state visit to Brazil in March.",
            ("04", "Emmanuel Macron", "Brazil"),
            "Brazil",
        ),
        (
            "William Ruto flew to Berlin on Monday for talks.",
            ("04", "William Ruto", "Germany"),
            "Berlin",
        ),
    ],
    ids=["the country visited", "the capital a visit to its country went to"],
)
def test_a_visit_takes_place_at_its_destination(analyze, text, event, place):
    assert places_of(analyze, text)[event] == place


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russian officials in Crimea accused Ukraine of sabotage.", ("11", "Russia", "Ukraine")),
        (
            "Germany and France, alarming officials in Washington, signed a defence pact.",
            ("05", "Germany", "France"),
        ),
        (
            "Kaja Kallas criticised China over its military drills near Taiwan.",
            ("11", "Kaja Kallas", "China"),
        ),
    ],
    ids=["the place of the doers", "the place of a side remark", "the place of the topic"],
)
def test_a_place_that_qualifies_a_party_or_a_topic_is_not_where(analyze, text, event):
    assert places_of(analyze, text)[event] is None
