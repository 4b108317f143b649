"""Trigger words in a sense that is no event (other_senses): a market that rallies,
information one is provided with, a budget request, a disease or a storm that kills; next
to them the same words that still are events."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events

NO_EVENT = [
    # prices that rise: no demonstration (is_market_rally)
    ("Not only the Dow, even the Nasdaq has been rallying this week as investors cheer.", "14"),
    ("Shares of Tata Motors rallied in Mumbai on Friday after the results.", "14"),
    # what informs is no aid (provides_only_information)
    ("The Interior Ministry did not provide Reuters with further information on Tuesday.", "07"),
    ("Siemens provided Bloomberg with a wealth of data about its Chinese plants.", "07"),
    # a yearly spending plan is a document, no appeal (is_budget_request)
    ("NASA sent its 2020 budget request to Congress on Monday.", "02"),
    # a disease or a storm kills but is no actor of force (names_a_hazard)
    (
        "In the 17th century the Great Plague spread across England and Scotland, killing a "
        "quarter of London's population.",
        "19",
    ),
    ("Typhoon Haiyan struck the Philippines, killing 6,000.", "19"),
]

STILL_EVENTS = [
    ("Supporters of Imran Khan rallied in Lahore on Friday against the verdict.", "14"),
    ("Germany provided Ukraine with tanks and ammunition on Tuesday.", "07"),
    ("Russian forces struck Kharkiv in September, killing four.", "19"),
    ("Ukraine sent a request for air defence systems to Germany on Monday.", "02"),
]


@pytest.mark.parametrize(("text", "root"), NO_EVENT)
def test_a_trigger_word_in_another_sense_is_no_event(analyze, text, root):
    assert root not in {code for code, _, _ in root_events(analyze(article(text)))}


@pytest.mark.parametrize(("text", "root"), STILL_EVENTS)
def test_the_same_words_in_their_event_sense_are_coded(analyze, text, root):
    assert root in {code for code, _, _ in root_events(analyze(article(text)))}
