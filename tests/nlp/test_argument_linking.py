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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a relative clause on a predicate noun is about the copula's subject
            "Leon Cooperman is the billionaire investor who recently tangled with Elizabeth "
            "Warren over her proposal.",
            ("11", "Leon Cooperman", "Elizabeth Warren"),
        ),
        (
            # "refraining from condemning": the gerund's doer is the clause's subject
            "China remains a close ally of Moscow, refraining from condemning Russia's actions.",
            ("11", "China", "Russia"),
        ),
        (
            # "provoked into attacking": who is made to act is the verb's (passive) object
            "Moscow says Russia was provoked into attacking Ukraine by the West.",
            ("19", "Russia", "Ukraine"),
        ),
        (
            # the thing that acted was sent by someone
            "A drone launched by the Houthis hit an apartment building in Tel Aviv.",
            ("19", "Houthis", "Tel Aviv"),
        ),
        (
            # a passive clause without its own subject is done to its head clause's subject
            "Austria argued that it was a victim, having been annexed by Hitler's Germany in 1938.",
            ("19", "Germany", "Austria"),
        ),
    ],
)
def test_doer_and_target_found_through_the_clause_shape(analyze, text, expected):
    assert expected in _pairs(analyze, text)


def test_refraining_from_an_act_negates_it(analyze):
    text = "China remains a close ally of Moscow, refraining from condemning Russia's actions."
    events = named_events(analyze(article(text)))
    assert [e.modality for code, a1, a2, e in events if (a1, a2) == ("China", "Russia")] == [
        "negated"
    ]
