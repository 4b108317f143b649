"""A threat aimed at whom only its condition names: "warned that it would act if Poland did
not pay", "threatened tariffs ... unless Venezuela holds elections", "threats should Japan
not open its markets"."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events

CONDITIONED = {
    "Norway warned that it would freeze the accounts if Poland did not pay.": (
        "13",
        "Norway",
        "Poland",
    ),
    (
        "Donald Trump threatened tariffs on any country that buys Venezuelan oil unless "
        "Venezuela holds free elections."
    ): ("13", "Donald Trump", "Venezuela"),
    (
        "Donald Trump has paired generous offers for a trade deal with even harsher threats "
        "should Japan not open its markets."
    ): ("13", "Donald Trump", "Japan"),
    "Oil prices climbed on Tuesday, a day after Donald Trump threatened sweeping tariffs on Mexico.": (
        "13",
        "Donald Trump",
        "Mexico",
    ),
    (
        "Vladimir Putin pledged on Monday to expand trade with Beijing, a day after Joe Biden "
        "threatened heavy sanctions on any bank that keeps dealing with Iran unless Tehran "
        "agrees to halt its nuclear work within 30 days."
    ): ("13", "Joe Biden", "Iran"),
}


@pytest.mark.parametrize("text", CONDITIONED)
def test_the_condition_names_the_threat_target(analyze, text):
    assert CONDITIONED[text] in root_events(analyze(article(text)))


def test_a_forecast_under_a_condition_threatens_no_one(analyze):
    text = "Jerome Powell warned that inflation would return if Congress did not act."
    assert not [e for e in root_events(analyze(article(text))) if e[0] == "13"]
