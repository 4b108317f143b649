"""The CAMEO coder on sentences from the seeds and the sample site."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsetl.nlp.modality import is_negated, modality_of
from tests.nlp.conftest import article, by_name, named_events

LAVROV = (
    "In a meeting with Russian Foreign Minister Sergei Lavrov in Beijing, Xi Jinping said both "
    "nations must implement the agreements, Chinese state media reported Tuesday."
)
THREAT = (
    "U.S. President Donald Trump threatened to levy sweeping secondary sanctions on Russia's "
    "trading partners if the Kremlin does not stop its war in Ukraine in 50 days."
)
SIGNING = (
    "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement "
    "Thursday in Moscow, vowing to further deepen their strategic partnership."
)


def test_meeting_has_both_actors_place_and_weekday_date(analyze):
    events = named_events(analyze(article(LAVROV, published=datetime(2025, 7, 15, 11, 20))))
    meetings = [
        e
        for code, a1, a2, e in events
        if code.startswith("04") and {a1, a2} == {"Xi Jinping", "Sergei Lavrov"}
    ]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert (meeting.root_code, meeting.modality) == ("04", "asserted")
    # "Chinese state media reported Tuesday", published on Tuesday 15 July
    assert (meeting.event_date, meeting.date_precision) == (date(2025, 7, 15), "day")


def test_meeting_place_is_beijing(analyze):
    knowledge = analyze(article(LAVROV))
    meeting = next(e for e in knowledge.events if e.root_code == "04")
    assert meeting.place_entity_id == by_name(knowledge)["Beijing"].entity_id


def test_sanctions_threat_is_a_threat_not_a_sanction(analyze):
    events = named_events(analyze(article(THREAT)))
    threats = [(code, a2, e) for code, a1, a2, e in events if a1 == "Donald Trump"]
    assert [(code, a2) for code, a2, _ in threats] == [("1312", "Russia")]
    assert threats[0][2].modality == "threatened"
    assert threats[0][2].label == "Threaten with sanctions, boycott, embargo"
    # the condition ("if the Kremlin does not stop its war") is not an event
    assert all(code[:2] != "16" for code, *_ in events)


def test_warning_that_he_would_impose_tariffs_is_a_threat(analyze):
    text = (
        "The remarks come just a day after Trump warned that unless Moscow agrees to a peace deal "
        "on Ukraine within 50 days, he would impose steep tariffs on Russia and any country doing "
        "business with it — including China."
    )
    events = named_events(analyze(article(text, published=datetime(2025, 7, 15))))
    assert {(code, a2) for code, _, a2, _ in events} == {("1312", "Russia"), ("1312", "China")}
    # "The remarks come a day after ...": the remarks are not dated, so neither is the warning
    assert {(e.event_date, e.modality) for *_, e in events} == {(None, "threatened")}


def test_signing_a_joint_statement(analyze):
    knowledge = analyze(article(SIGNING, published=datetime(2025, 5, 8, 19, 25)))
    signed = [(a1, a2, e) for code, a1, a2, e in named_events(knowledge) if code == "057"]
    assert len(signed) == 1
    a1, a2, event = signed[0]
    assert {a1, a2} == {"Xi Jinping", "Vladimir Putin"}
    assert event.label == "Sign formal agreement"
    assert event.place_entity_id == by_name(knowledge)["Moscow"].entity_id
    assert (event.event_date, event.modality) == (date(2025, 5, 8), "asserted")


def test_pledge_is_an_intent(analyze):
    text = "Chinese President Xi Jinping pledged to deepen China's support for Russia."
    events = named_events(analyze(article(text)))
    assert [(code[:2], a1, a2, e.modality) for code, a1, a2, e in events] == [
        ("03", "Xi Jinping", "Russia", "intended")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas has long refused to negotiate with Israel.",
            [("125", "Hamas", "Israel", "asserted")],
        ),
        (
            "Angela Merkel declined to send tanks to Ukraine.",
            [("122", "Angela Merkel", "Ukraine", "asserted")],
        ),
        (
            "Iran would refuse to meet with Donald Trump.",
            [("125", "Iran", "Donald Trump", "intended")],
        ),
        ("A spokeswoman for Shell declined to comment.", []),
    ],
)
def test_refusing_a_cooperative_act_is_a_rejection(analyze, text, expected):
    events = named_events(analyze(article(text)))
    assert [(code, a1, a2, e.modality) for code, a1, a2, e in events] == expected


def test_does_not_want_to_see_is_negated(nlp):
    doc = nlp("China does not want to see Russia lose the war.")
    see = next(token for token in doc if token.lemma_ == "see")
    assert is_negated(see)
    assert modality_of(see, "intent") == "negated"


def test_negated_support_is_a_negated_event(analyze):
    text = "Beijing has not publicly supported Russia's invasion of Ukraine."
    events = named_events(analyze(article(text)))
    assert sorted((code, a1, a2, e.modality) for code, a1, a2, e in events) == [
        ("051", "China", "Russia", "negated"),
        ("190", "Russia", "Ukraine", "asserted"),  # the invasion itself took place
    ]


def test_air_strike_with_nationality_actor(analyze):
    text = "Israeli warplanes struck the port of Hodeidah in western Yemen on Saturday."
    events = named_events(analyze(article(text, published=datetime(2024, 7, 20, 21, 5))))
    assert [(code, a1, a2) for code, a1, a2, _ in events] == [("195", "Israel", "Hodeidah")]
    assert events[0][3].event_date == date(2024, 7, 20)


def test_conjoined_subjects_with_a_target_make_one_event_each(analyze):
    text = "Vladimir Putin and Xi Jinping jointly condemned the United States on Thursday."
    events = named_events(analyze(article(text)))
    assert sorted((code, a1, a2) for code, a1, a2, _ in events) == [
        ("111", "Vladimir Putin", "United States"),
        ("111", "Xi Jinping", "United States"),
    ]


def test_protest_and_aid(analyze):
    text = (
        "Thousands of people protested in the Georgian capital on Friday.\n\n"
        "Trump said the United States would send Ukraine new weapons."
    )
    events = named_events(analyze(article(text, published=datetime(2024, 11, 30))))
    coded = {(code, a1, a2, e.modality) for code, a1, a2, e in events}
    assert ("141", "Georgia", None, "asserted") in coded
    assert ("072", "United States", "Ukraine", "intended") in coded


def test_plain_statement_is_not_an_event(analyze):
    text = "Putin said the economy was growing and the harvest was good."
    assert analyze(article(text)).events == []


def test_same_event_in_two_articles_is_one_event_with_two_mentions(analyze):
    other = SIGNING.replace("vowing to further deepen", "pledging to deepen")
    knowledge = analyze(
        article(SIGNING, article_id="a1", published=datetime(2025, 5, 8)),
        article(other, article_id="a2", published=datetime(2025, 5, 8, 22)),
    )
    signing = [e for e in knowledge.events if e.cameo_code == "057"]
    assert len(signing) == 1
    mentions = [m for m in knowledge.event_mentions if m.event_id == signing[0].event_id]
    assert {m.article_id for m in mentions} == {"a1", "a2"}


def test_event_actors_are_in_the_entities(analyze):
    knowledge = analyze(article(" ".join([LAVROV, THREAT, SIGNING])))
    ids = {e.entity_id for e in knowledge.entities}
    for event in knowledge.events:
        assert {event.actor1_entity_id, event.actor2_entity_id, event.place_entity_id} - {
            None
        } <= ids


def test_event_ids_are_stable(analyze):
    first = analyze(article(SIGNING))
    again = analyze(article(SIGNING))
    assert [e.event_id for e in first.events] == [e.event_id for e in again.events]


def test_agreeing_to_hold_talks_is_an_intent_to_meet(analyze):
    text = "The United States and China agreed to hold talks on artificial intelligence."
    events = named_events(analyze(article(text)))
    assert [(code, {a1, a2}, e.modality) for code, a1, a2, e in events] == [
        ("036", {"United States", "China"}, "intended")
    ]


def test_pronoun_subject_refers_to_the_sentence_subject(analyze):
    text = "China claims to be neutral, but it has condemned Ukraine's allies."
    events = named_events(analyze(article(text)))
    assert [(code, a1, a2) for code, a1, a2, _ in events] == [("111", "China", "Ukraine")]


@pytest.mark.parametrize(
    "introduction",
    [
        "Salesforce CEO Marc Benioff hosted Apple CEO Tim Cook on Tuesday.",
        # a co-holder of a title holds it
        "Cook spoke with Salesforce founder and co-CEO Marc Benioff on Tuesday.",
    ],
)
def test_a_companys_title_stands_for_the_person_named_with_it(analyze, introduction):
    text = f"{introduction} Salesforce's CEO praised Apple's ability to innovate."
    events = named_events(analyze(article(text)))
    assert ("051", "Marc Benioff", "Apple") in {(code, a1, a2) for code, a1, a2, _ in events}


# a new paragraph too: the parser makes the blank line between them a sentence of its own
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_sentence_opening_on_he_is_about_the_previous_sentences_subject(analyze, between):
    text = (
        "Boris Johnson has worked with Donald Trump and Emmanuel Macron for years."
        f"{between}He has consistently denied the allegations."
    )
    events = named_events(analyze(article(text)))
    assert [(code, a1) for code, a1, _, _ in events] == [("016", "Boris Johnson")]


def test_he_under_a_subject_named_by_role_is_not_the_latest_person_named(analyze):
    text = (
        "Speaking at the White House alongside Nato's secretary general, Jens Stoltenberg, "
        "the US president said he was angry with the Russian leader, whom he accused of "
        "lying about the war."
    )
    events = named_events(analyze(article(text)))
    assert not [event for event in events if "Jens Stoltenberg" in event[1:3]]


@pytest.mark.parametrize(
    "introduction",
    [
        # the previous sentence's subject, not the name it gave last
        "Antony Blinken met President Xi Jinping after talks with the foreign minister, Wang Yi.",
        # never the clause's own subject, in any of its names
        "President Xi Jinping met Antony Blinken in Beijing on Friday.",
    ],
)
def test_an_object_pronoun_is_not_its_own_clauses_subject(analyze, introduction):
    text = f"{introduction} Xi told him that the two countries should be partners."
    events = named_events(analyze(article(text)))
    assert ("010", "Xi Jinping", "Antony Blinken") in {(c, a1, a2) for c, a1, a2, _ in events}


def test_the_carmaker_is_the_company_the_article_names(analyze):
    text = (
        "General Motors announced record sales on Monday. "
        "The carmaker also sued Ford Motor Co. over a patent."
    )
    events = named_events(analyze(article(text)))
    assert [(code, a1, a2) for code, a1, a2, _ in events] == [
        ("115", "General Motors", "Ford Motor Co.")
    ]


def test_a_subject_pronoun_is_never_the_object_of_its_own_verb(analyze):
    text = (
        "Salesforce chief Marc Benioff hosted Apple chief Tim Cook at Dreamforce. "
        '"I love the way you work," he told Benioff.'
    )
    events = named_events(analyze(article(text)))
    assert ("043", "Marc Benioff", "Tim Cook") in {(code, a1, a2) for code, a1, a2, _ in events}
    assert not [event for event in events if event[1:3] == ("Marc Benioff", "Marc Benioff")]
    assert ("010", "Tim Cook", "Marc Benioff") in {(code, a1, a2) for code, a1, a2, _ in events}


@pytest.mark.parametrize(
    "woman",
    [
        "Ilhan Omar is one of the first two Muslim women elected to Congress.",
        "Ms. Omar spoke to reporters on Monday.",
    ],
)
def test_he_never_stands_for_a_woman_the_article_shows(analyze, woman):
    text = (
        f"Patrick Carlineo threatened Ilhan Omar in March. {woman} "
        "He criticised Nancy Pelosi on Tuesday."
    )
    criticism = {
        (a1, a2)
        for code, a1, a2, _ in named_events(analyze(article(text)))
        if code.startswith("11")
    }
    assert criticism == {("Patrick Carlineo", "Nancy Pelosi")}


def test_a_passive_subject_is_the_subject_a_sentence_opening_on_he_goes_on_about(analyze):
    text = (
        "Vladimir Putin was greeted by Xi Jinping in Beijing on Monday. "
        "Later, he criticised Joe Biden."
    )
    criticism = {
        (a1, a2) for code, a1, a2, _ in named_events(analyze(article(text))) if code[:2] == "11"
    }
    assert criticism == {("Vladimir Putin", "Joe Biden")}


def test_a_speakers_she_after_a_quoted_name_shows_nothing_of_that_name(analyze):
    text = (
        "Pat Smith threatened Ilhan Omar in March. "
        '"Pat Smith is passionate about his beliefs," she said. '
        "He criticised Nancy Pelosi on Tuesday."
    )
    criticism = {
        (a1, a2) for code, a1, a2, _ in named_events(analyze(article(text))) if code[:2] == "11"
    }
    assert criticism == {("Pat Smith", "Nancy Pelosi")}
