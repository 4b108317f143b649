"""Argument linking: who did it to whom, whatever shape the parse gives the sentence."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def _pairs(analyze, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(analyze(article(text)))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the second described name hangs off the first one's apposition
            "The deal was signed at Chequers, the prime minister's country residence, by the "
            "business secretary, Jonathan Reynolds, and India's commerce minister, Piyush Goyal.",
            ("05", "Jonathan Reynolds", "Piyush Goyal"),
        ),
        (
            "The treaty was signed in Paris by the French foreign minister, Jean Dupont, and the "
            "German foreign minister, Hans Weber.",
            ("05", "Jean Dupont", "Hans Weber"),
        ),
        (
            "The merger of the big newspaper chains Gannett and GateHouse Media became final on "
            "Tuesday.",
            ("06", "Gannett", "GateHouse Media"),
        ),
    ],
)
def test_listed_names_after_an_apposition_are_all_sides(analyze, text, expected):
    assert expected in _pairs(analyze, text)


def test_where_a_deal_was_signed_is_no_counterpart(analyze):
    text = (
        "The deal was signed at Chequers, the prime minister's country residence, by the "
        "business secretary, Jonathan Reynolds, and India's commerce minister, Piyush Goyal."
    )
    assert all("Chequers" not in pair for pair in _pairs(analyze, text))
