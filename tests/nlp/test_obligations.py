"""What a speaker says a named party should do asks it of them (02); what it must, has to,
needs to or is going to have to do is demanded of them (10); being told by someone to act
is a demand by them."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events, root_pairs

OBLIGED = [
    ("Emmanuel Macron said Iran must free the two French teachers.", "10 Emmanuel Macron|Iran"),
    (
        "Olaf Scholz said on Monday that Hungary is going to have to lift its veto.",
        "10 Olaf Scholz|Hungary",
    ),
    (
        "Elizabeth Warren said Amazon needs to pay its warehouse workers more.",
        "10 Elizabeth Warren|Amazon",
    ),
    (
        '"Poland has to respect the court\'s ruling," Ursula von der Leyen said.',
        "10 Ursula von der Leyen|Poland",
    ),
    ("Angela Merkel said Greece should cut its spending.", "02 Angela Merkel|Greece"),
    # told to act, in the passive
    ("Rishi Sunak was told by Boris Johnson to resign.", "10 Boris Johnson|Rishi Sunak"),
]


@pytest.mark.parametrize(("text", "expected"), OBLIGED)
def test_what_a_named_party_must_or_should_do(analyze, text, expected):
    assert expected in root_pairs(analyze(article(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel said Greece should be a partner.",
        "Tim Cook said sales need to be watched closely.",
        # what one's own company must do asks nothing of another party
        "Apple CEO Tim Cook said Apple has to keep innovating.",
    ],
)
def test_a_state_or_an_unnamed_party_asks_nothing(analyze, text):
    assert not [e for e in root_events(analyze(article(text))) if e[0] in {"02", "10"}]
