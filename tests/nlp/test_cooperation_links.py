"""Consultation and cooperation between named parties that news names in a roundabout way:
a deal whose infinitive or memorandum names the other party, a business sold or jets
ordered, a video call; a partnership, joint venture or merger set up
with a named partner or between two named subjects."""

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
        ("Siemens sold its rail signalling unit to Alstom in March.", ("06", "Siemens", "Alstom")),
        ("Lufthansa ordered 50 jets from Airbus.", ("06", "Lufthansa", "Airbus")),
        (
            "President Emmanuel Macron held a video conference with Chancellor Olaf Scholz.",
            ("04", "Emmanuel Macron", "Olaf Scholz"),
        ),
        (
            "Poland signed a memorandum of understanding with Germany on Monday.",
            ("05", "Poland", "Germany"),
        ),
        (
            "Siemens won a contract from Deutsche Bahn to build trains.",
            ("06", "Siemens", "Deutsche Bahn"),
        ),
        ("Alstom landed a deal with Deutsche Bahn last year.", ("05", "Alstom", "Deutsche Bahn")),
    ],
)
def test_the_other_party_of_a_deal_sale_order_or_call_is_named(analyze, text, expected):
    assert expected in _coded(analyze(article(text)))


def test_a_deal_to_do_something_alone_has_no_other_party(analyze):
    text = "Lockheed Martin signed a deal to open a factory in Ohio."
    assert not {c for c in _coded(analyze(article(text))) if c[0] in {"05", "06"}}


def _pairs(knowledge) -> set[tuple[str, frozenset[str | None]]]:
    return {(code, frozenset({a1, a2})) for code, a1, a2 in _coded(knowledge)}


@pytest.mark.parametrize(
    "text",
    [
        "Siemens and Alstom announced a partnership on Monday.",
        "Siemens formed a joint venture with Alstom last year.",
        "Siemens and Alstom set up a joint venture in 2019.",
        "Siemens launched a partnership with Alstom to build trains.",
        "Siemens and Alstom agreed to merge.",
        "Siemens and Alstom worked together on the project.",
        "Siemens teamed with Alstom on the project.",
    ],
)
def test_setting_up_a_partnership_or_merging_is_cooperation_between_them(analyze, text):
    assert ("06", frozenset({"Siemens", "Alstom"})) in _pairs(analyze(article(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Siemens announced a new partnership on Monday.",
        "Siemens merged its two rail divisions last year.",
        "Siemens formed a committee with Alstom.",
        "Siemens won an award from the city of Berlin.",
    ],
)
def test_a_partnership_or_merger_without_a_named_partner_is_no_event(analyze, text):
    assert not {c for c in _coded(analyze(article(text))) if c[0] == "06"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siemens's partnership with Alstom was announced on Monday.", "06"),
        ("The joint venture between Siemens and Alstom opened a plant in Lyon.", "06"),
        ("Angela Merkel's call with Vladimir Putin lasted two hours.", "04"),
        ("The call between Angela Merkel and Vladimir Putin lasted two hours.", "04"),
    ],
)
def test_a_relation_noun_naming_both_sides_is_an_event(analyze, text, expected):
    pairs = {pair for code, pair in _pairs(analyze(article(text))) if code == expected}
    assert len(pairs) == 1 and len(next(iter(pairs))) == 2


def test_dinner_with_someone_is_a_meeting(analyze):
    text = "Emmanuel Macron had dinner with Olaf Scholz in Berlin on Friday."
    assert ("04", frozenset({"Emmanuel Macron", "Olaf Scholz"})) in _pairs(analyze(article(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Siemens still has a partnership with Alstom to sell trains.",  # a relation held
        "Siemens did not issue a statement in partnership with Alstom.",  # how, not what
        "Angela Merkel's call with her French counterpart lasted two hours.",  # no name
        "Siemens's call with analysts lasted an hour.",
    ],
)
def test_a_relation_noun_without_both_sides_named_is_no_event(analyze, text):
    assert not {c for c in _coded(analyze(article(text))) if c[0] in {"04", "06"}}


def test_ordering_troops_from_a_region_is_no_purchase(analyze):
    text = "General Mark Milley ordered troops from the region on Tuesday."
    assert not {c for c in _coded(analyze(article(text))) if c[0] == "06"}


def test_a_by_phrase_parsed_on_a_passive_verbs_object_names_the_doer(analyze):
    text = "Airbus was awarded a $3 billion contract by Deutsche Bahn last year."
    assert ("06", "Deutsche Bahn", "Airbus") in _coded(analyze(article(text)))


@pytest.mark.parametrize(
    ("text", "met", "topic"),
    [
        ("Emmanuel Macron discussed Ukraine with Olaf Scholz on Friday.", "Olaf Scholz", "Ukraine"),
        ("Emmanuel Macron and Olaf Scholz discussed Ukraine on Friday.", "Olaf Scholz", "Ukraine"),
        ("Emmanuel Macron and Olaf Scholz discussed relations with China.", "Olaf Scholz", "China"),
    ],
)
def test_a_named_thing_discussed_is_the_topic_not_the_counterpart(analyze, text, met, topic):
    pairs = {pair for code, pair in _pairs(analyze(article(text))) if code == "04"}
    assert pairs == {frozenset({"Emmanuel Macron", met})}
    assert all(topic not in pair for pair in pairs)


def test_joining_someone_for_talks_is_a_meeting_with_them(analyze):
    text = "Emmanuel Macron joined Olaf Scholz for talks in Berlin on Friday."
    assert ("04", frozenset({"Emmanuel Macron", "Olaf Scholz"})) in _pairs(analyze(article(text)))
