"""The knowledge benchmark's scorer compares names as the gold guidelines write them."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from benchmarks.knowledge import (
    Score,
    _actors_match,
    _score_entities,
    _score_events,
    name_key,
)


def test_a_leading_the_in_gold_names_the_same_thing():
    record = {
        "sentence": "The Carlyle Group bought it.",
        "entities": [{"text": "The Carlyle Group", "type": "ORG"}],
    }
    typed, untyped, errors = Score(), Score(), []
    _score_entities(
        record, [SimpleNamespace(text="Carlyle Group", type="ORG")], typed, untyped, errors
    )
    assert (typed.matched, typed.system, typed.gold) == (1, 1, 1)
    assert errors == []


def test_a_wrong_type_is_no_match():
    record = {"sentence": "Alibaba rose.", "entities": [{"text": "Alibaba", "type": "ORG"}]}
    typed, untyped, errors = Score(), Score(), []
    _score_entities(record, [SimpleNamespace(text="Alibaba", type="GPE")], typed, untyped, errors)
    assert (typed.matched, untyped.matched) == (0, 1)


def test_actors_match_by_name_or_alias_without_a_leading_the():
    names = {
        "a": SimpleNamespace(name="Carlyle Group", aliases=["Carlyle"]),
        "b": SimpleNamespace(name="Taylor Swift", aliases=[]),
    }
    gold = [name_key(actor) for actor in ("The Carlyle Group", "Taylor Swift")]
    assert _actors_match(frozenset({"a", "b"}), gold, names)
    assert not _actors_match(frozenset({"a"}), gold, names)


def test_events_are_scored_overall_and_per_root():
    names = {
        "xi": SimpleNamespace(name="Xi Jinping", aliases=["Xi"]),
        "putin": SimpleNamespace(name="Vladimir Putin", aliases=[]),
    }
    record = {
        "sentence": "Xi met Putin and criticised him.",
        "events": [
            {"root": "04", "actors": ["Xi Jinping", "Vladimir Putin"]},
            {"root": "11", "actors": ["Xi Jinping", "Vladimir Putin"]},
        ],
    }
    found = [
        SimpleNamespace(
            root_code=root, actor1_entity_id="xi", actor2_entity_id="putin", modality="asserted"
        )
        for root in ("04", "13")
    ]
    overall, by_root, errors = Score(), defaultdict(Score), []
    assert _score_events(record, found, names, (overall, by_root), errors) == (1, 1)
    assert (overall.matched, overall.system, overall.gold) == (1, 2, 2)
    assert {root: (s.matched, s.system, s.gold) for root, s in by_root.items()} == {
        "04": (1, 1, 1),
        "11": (0, 0, 1),
        "13": (0, 1, 0),
    }
