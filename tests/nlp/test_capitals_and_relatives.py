"""Capitals standing for their governments as actors ("urged Damascus", "criticised
Caracas"), and a "who" clause the parser hung on a thing, read as about the name right
before its comma ("talks between his party and Hamas, who have refused to negotiate")."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_pairs

CODED = [
    ("Turkey urged Damascus to release the prisoners.", "02 Turkey|Syria"),
    ("Canada criticised Caracas for jailing the opposition leader.", "11 Canada|Venezuela"),
    (
        "Nawaz Sharif hoped for direct talks between his party and Hamas, who have long "
        "refused to negotiate with Fatah.",
        "12 Hamas|Fatah",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_capitals_and_relative_clauses(analyze, text, expected):
    assert expected in root_pairs(analyze(article(text)))
