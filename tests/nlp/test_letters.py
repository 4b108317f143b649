"""A statement made in a letter or message to someone, or emailed to them, is made to them
(01), as "told X" is; not to a news outlet."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events, root_pairs

ADDRESSED = [
    (
        "In a letter to Keir Starmer last month, Mick Lynch, the head of the rail union, "
        "said workers faced real hardship.",
        "01 Mick Lynch|Keir Starmer",
    ),
    (
        "Greta Thunberg said in a message to Ursula von der Leyen that the plan was too weak.",
        "01 Greta Thunberg|Ursula von der Leyen",
    ),
    (
        "On March 3, Stephen King emailed Neil Gaiman about the ending.",
        "01 Stephen King|Neil Gaiman",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSED)
def test_a_letter_names_its_addressee(analyze, text, expected):
    assert expected in root_pairs(analyze(article(text)))


def test_a_letter_to_the_press_has_no_addressee(analyze):
    text = "Mick Lynch said in an email to The Associated Press that the strike would go ahead."
    assert not [e for e in root_events(analyze(article(text))) if e[0] == "01" and e[2]]
