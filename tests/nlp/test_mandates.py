"""Appeals read off the shape of what is asked: a suggestion in the bare (subjunctive) form
asks its subject to act; the subject of a "for X to do" clause on an appeal is the one
asked."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_pairs

ASKED = [
    ("Angela Merkel suggested that Greece reform its pension system.", "02 Angela Merkel|Greece"),
    ("Nadia Petrova recommended that Bulgaria raise its fuel taxes.", "02 Nadia Petrova|Bulgaria"),
    (
        "Tom Brady lobbied for the NFL to change the overtime rules.",
        "02 Tom Brady|National Football League",
    ),
    # a suggestion about someone asks nothing of them
    ("Some members of Congress have suggested that NASA isn't using its rocket enough.", None),
]


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_the_one_asked_is_read_off_the_clause(analyze, text, expected):
    appeals = {p for p in root_pairs(analyze(article(text))) if p.startswith("02 ")}
    assert expected in appeals if expected else not appeals
