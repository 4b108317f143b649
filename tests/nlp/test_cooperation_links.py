"""Consultation and cooperation between named parties that news names in a roundabout way:
a deal whose infinitive names the other party."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(knowledge)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qantas Airways finalized a deal to purchase 12 of Airbus's A350 jets on Monday.",
            ("05", "Qantas Airways", "Airbus"),
        ),
        (
            "Thomas Tuchel has agreed a deal to replace Graham Potter as Chelsea's manager.",
            ("05", "Thomas Tuchel", "Chelsea"),
        ),
        (
            "Lockheed Martin signed a contract to supply NASA with rockets.",
            ("06", "Lockheed Martin", "NASA"),
        ),
    ],
)
def test_a_deal_is_with_the_party_its_infinitive_names(analyze, text, expected):
    assert expected in _coded(analyze(article(text)))


def test_a_deal_to_do_something_alone_has_no_other_party(analyze):
    text = "Lockheed Martin signed a deal to open a factory in Ohio."
    assert not {c for c in _coded(analyze(article(text))) if c[0] in {"05", "06"}}
