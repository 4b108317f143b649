"""Broader lexicon and implicit actors: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def codes(analyze, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(analyze(article(text)))}


def test_release_of_prisoners_is_a_yield(analyze):
    found = codes(analyze, "Iran released two French prisoners on Monday, officials said.")
    assert ("08", "Iran", "France") in found


def test_charging_someone_is_an_accusation(analyze):
    found = codes(analyze, "German prosecutors charged Olaf Becker with fraud on Friday.")
    assert any(root == "11" and a2 == "Olaf Becker" for root, _, a2 in found)


def test_striking_a_deal_is_an_agreement_not_an_attack(analyze):
    found = codes(analyze, "Kenya struck a trade deal with Uganda on Wednesday.")
    assert ("05", "Kenya", "Uganda") in found
    assert not any(root == "19" for root, *_ in found)


def test_coming_to_terms_on_a_deal_is_an_agreement(analyze):
    found = codes(analyze, "Sony Music came to terms with Spotify on a licensing agreement.")
    assert ("05", "Sony Music", "Spotify") in found


def test_coming_to_terms_with_a_loss_is_no_event(analyze):
    found = codes(analyze, "She came to terms with her loss after years in Moscow.")
    assert not any(root == "05" for root, *_ in found)


def test_bolstering_military_and_trade_ties_is_material_cooperation(analyze):
    found = codes(analyze, "Ghana and Togo have bolstered military and trade ties since 2019.")
    assert ("06", "Ghana", "Togo") in found


def test_putting_names_to_a_declaration_is_signing_it(analyze):
    text = "After three hours of talks, Kenya and Uganda put their names to a joint declaration."
    assert ("05", "Kenya", "Uganda") in codes(analyze, text)


def test_rescuing_a_company_is_economic_aid(analyze):
    text = "Lufthansa posted a record loss as Germany moved to rescue the company."
    assert ("07", "Germany", "Lufthansa") in codes(analyze, text)


def test_rescuing_a_person_is_no_aid(analyze):
    found = codes(analyze, "Firefighters rescued Smith from the burning house.")
    assert not any(root == "07" for root, *_ in found)


def test_each_coordinated_object_of_another_root_is_its_own_act(analyze):
    found = codes(analyze, "Iran has given Syria diplomatic cover and an economic lifeline.")
    assert ("05", "Iran", "Syria") in found
    assert ("07", "Iran", "Syria") in found


def test_attacking_a_policy_is_criticism(analyze):
    found = codes(analyze, "Chile attacked Peru's fishing policy at the summit.")
    assert ("11", "Chile", "Peru") in found
    assert not any(root == "19" for root, *_ in found)


def test_paying_a_visit_is_a_visit(analyze):
    found = codes(
        analyze, "The Polish president, Andrzej Duda, paid a visit to Lithuania on Monday."
    )
    assert ("04", "Andrzej Duda", "Lithuania") in found


def test_exchanging_views_is_a_consultation(analyze):
    found = codes(analyze, "Norway and Sweden exchanged views on Arctic security on Tuesday.")
    assert ("04", "Norway", "Sweden") in found or ("04", "Sweden", "Norway") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile strongly opposes violations of maritime law by Peru.", ("11", "Chile", "Peru")),
        ("France rejected a proposal by Italy to share the costs.", ("12", "France", "Italy")),
        ("Poland criticised the purchase of Russian gas by Hungary.", ("11", "Poland", "Hungary")),
    ],
)
def test_the_doer_named_by_on_the_object_is_the_target(analyze, text, expected):
    assert expected in codes(analyze, text)


def test_talking_to_a_named_party_is_a_consultation(analyze):
    found = codes(analyze, "Keir Starmer said he was talking to Emmanuel Macron about migration.")
    assert ("04", "Keir Starmer", "Emmanuel Macron") in found


def test_talking_to_a_news_outlet_is_an_interview_not_a_consultation(analyze):
    found = codes(analyze, "Boris Johnson talked to the BBC on Tuesday.")
    assert not any(root == "04" for root, *_ in found)


def test_refusing_without_a_named_target_is_not_coded(analyze):
    found = codes(analyze, "Mali declined the offer on Thursday.")
    assert not any(root == "12" for root, *_ in found)


def test_the_government_is_the_country_the_article_is_about(analyze):
    text = (
        "Thousands marched through Ankara on Sunday as Turkish unions kept up their strike. "
        "The union leader Ayse Demir accused the government of ignoring the workers."
    )
    found = codes(analyze, text)
    assert ("11", "Ayse Demir", "Turkey") in found


def test_the_government_stays_unresolved_when_no_country_leads(analyze):
    text = (
        "Ghana and Togo share a long border. "
        "The trade minister Kofi Mensah accused the government of neglecting farmers."
    )
    found = codes(analyze, text)
    assert not any(root == "11" for root, *_ in found)


def test_they_reaches_back_to_a_pair_named_in_an_earlier_sentence(analyze):
    text = (
        "Emmanuel Macron and Olaf Scholz arrived in Brussels on Thursday. "
        "Later, they exchanged handshakes in front of the cameras."
    )
    found = codes(analyze, text)
    assert any(
        root == "04" and {a1, a2} == {"Emmanuel Macron", "Olaf Scholz"} for root, a1, a2 in found
    )


def test_it_after_a_reporting_verb_is_the_reporting_subject(analyze):
    text = "Hungary said it would suspend talks with Serbia on the new pipeline."
    found = codes(analyze, text)
    assert ("16", "Hungary", "Serbia") in found


def test_gerund_object_of_the_topic_is_the_target(analyze):
    text = "Armenia suspended talks on joining the European Union in March."
    found = codes(analyze, text)
    assert ("16", "Armenia", "European Union") in found


@pytest.mark.parametrize(
    "text",
    [
        "Michael Webb admitted to threatening the girl.",
        "Michael Webb admitted that he took the child.",
        "Michael Webb confessed to the kidnapping.",
        "Kathleen Hawk Sawyer acknowledged that prison authorities had discovered errors.",
    ],
)
def test_admitting_a_wrong_is_claiming_responsibility(analyze, text):
    assert any(root == "01" and a2 is None for root, _, a2 in codes(analyze, text))


def test_disputing_a_claim_is_a_denial(analyze):
    found = codes(analyze, "Kurt Volker disputed the notion that he ran an irregular channel.")
    assert ("01", "Kurt Volker", None) in found


def test_confronting_a_named_player_is_disapproval(analyze):
    text = "Marcus Smart drew a technical foul for confronting Joel Embiid near the bench."
    assert ("11", "Marcus Smart", "Joel Embiid") in codes(analyze, text)


def test_confronting_a_problem_is_no_event(analyze):
    text = "Marcus Smart said the team must confront its defensive problems."
    assert not any(root == "11" for root, *_ in codes(analyze, text))


def test_forces_advancing_around_a_town_use_force_on_it(analyze):
    text = "Russian troops advanced around Pokrovsk and Kostiantynivka on Monday."
    found = codes(analyze, text)
    assert ("19", "Russia", "Pokrovsk") in found
    assert ("19", "Russia", "Kostiantynivka") in found


def test_a_team_advancing_to_the_final_is_no_event(analyze):
    text = "The Dodgers advanced into the World Series after beating the Mets."
    assert not any(root == "19" for root, *_ in codes(analyze, text))
