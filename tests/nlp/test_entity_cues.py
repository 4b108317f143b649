"""Entity cues of news style: teams named by their nickname, news outlets named alone, two
names the model ran together, people after a media occupation or before a person's
appositive, religious festivals."""

from __future__ import annotations

from newsetl.nlp.person_cues import names_cued_as_groups, untagged_people
from newsetl.nlp.resolve import Mention
from newsetl.nlp.untagged_companies import untagged_companies
from tests.nlp.conftest import article, root_events, typed_mentions


def test_a_nickname_after_the_or_its_city_is_a_team(analyze):
    typed = typed_mentions(
        analyze,
        "One night after the Thunder narrowly lost to the Clippers, the visitors could not "
        "catch the Lakers either. The Lakers won 112-107 over the Oklahoma City Thunder.",
    )
    assert ("Clippers", "ORG") in typed
    assert ("Oklahoma City Thunder", "ORG") in typed
    assert ("Oklahoma City", "GPE") not in typed


def test_a_nickname_before_a_position_or_joined_to_another_is_a_team(analyze):
    typed = typed_mentions(
        analyze,
        "Browns DL Sheldon Richardson weighed in on the fight in last week's "
        "Browns-Steelers game, which ended with a brawl.",
    )
    assert ("Sheldon Richardson", "PERSON") in typed
    assert typed.count(("Browns", "ORG")) == 2
    assert ("Steelers", "ORG") in typed


def test_a_city_before_a_players_position_is_its_team(analyze):
    typed = typed_mentions(
        analyze,
        "Denver linebacker Tom Hardy was fined for a late hit on Seattle quarterback Joe "
        "Brandt. Barr visited the Denver detention center on Friday.",
    )
    assert ("Denver", "ORG") in typed
    assert ("Seattle", "ORG") in typed
    assert ("Denver", "GPE") in typed  # the place of the detention center


def test_a_city_that_plays_in_a_sports_story_is_its_team(analyze):
    typed = typed_mentions(
        analyze,
        "Bruins 5, Sabres 2: David Krejci scored twice and Boston beat Buffalo. Krejci, a "
        "Boston native, was back in the city where he grew up.",
    )
    assert typed.count(("Boston", "ORG")) == 1
    assert ("Buffalo", "ORG") in typed
    assert typed.count(("Boston", "GPE")) == 1  # "a Boston native"


def test_a_city_as_a_team_is_its_own_entity_beside_the_city(analyze):
    knowledge = analyze(
        article("Sabres 2, Bruins 1: Jack Eichel scored twice and Buffalo beat Boston."),
        article("The mayor of Boston said Boston will open two new schools."),
        article("Boston will host the summit, and Boston will pay for the security."),
    )
    kinds = {(e.name, e.type) for e in knowledge.entities}
    assert {("Boston", "ORG"), ("Boston", "GPE")} <= kinds


def test_a_city_in_a_story_without_teams_stays_a_place(analyze):
    typed = typed_mentions(
        analyze, "Chicago approved a new budget, and Houston passed a tax on hotels."
    )
    assert ("Chicago", "ORG") not in typed
    assert ("Houston", "ORG") not in typed


def test_a_teams_win_is_no_fight(analyze):
    knowledge = analyze(
        article("Blues 2, Stars 1: Ryan O'Reilly scored late and St. Louis defeated Dallas.")
    )
    assert [event for event in root_events(knowledge) if event[0] == "19"] == []


def test_a_nickname_inside_a_longer_name_is_no_team(analyze):
    typed = typed_mentions(
        analyze, "Magic Johnson, the former Lakers star, opened a new cinema in Harlem."
    )
    assert ("Magic Johnson", "PERSON") in typed
    typed = typed_mentions(
        analyze, "Forecasters said the Heat Index would top 110 degrees on Sunday."
    )
    assert ("Heat", "ORG") not in typed


def test_a_news_outlet_named_alone_is_an_organisation(analyze):
    typed = typed_mentions(
        analyze,
        "The singer told Billboard that a new album is coming. As if that were not enough, "
        "Deadline reports that the studio is working on a sequel. A company spokesperson "
        "confirmed to WIRED that the app is changing.",
    )
    assert {("Billboard", "ORG"), ("Deadline", "ORG"), ("WIRED", "ORG")} <= set(typed)


def test_an_outlet_opens_a_sentence_only_as_the_one_who_reports(analyze):
    typed = typed_mentions(
        analyze,
        "Rolling Stone reported details of the reunion tour. Deadline for the ticket sale "
        "is Friday, the promoter said.",
    )
    assert ("Rolling Stone", "ORG") in typed
    assert ("Deadline", "ORG") not in typed


def test_two_names_the_model_joined_by_and_are_two_where_the_article_names_each_alone(analyze):
    typed = typed_mentions(
        analyze,
        "Three scripts are still in contention for the fourth film, according to The Wrap "
        "and Deadline. The Wrap's report today claims that the cast will be back. Deadline "
        "reports that the studio is also working on a spin-off.",
    )
    assert ("Wrap and Deadline", "WORK_OF_ART") not in typed
    assert {("Wrap", "ORG"), ("Deadline", "ORG")} <= set(typed)


def test_a_name_holding_and_stays_whole(analyze):
    typed = typed_mentions(
        analyze,
        "The Doobie Brothers were nominated for the Rock and Roll Hall of Fame this year.",
    )
    assert "Rock" not in {text for text, _ in typed}


def test_a_name_after_a_media_occupation_is_a_person(analyze):
    typed = typed_mentions(
        analyze, "He was among the guests invited to a gala by media mogul Tunde Okafor."
    )
    assert ("Tunde Okafor", "PERSON") in typed


def test_a_religious_festival_is_an_event(analyze):
    typed = typed_mentions(
        analyze, "Police in Mumbai banned loud music ahead of Diwali, detaining dozens of people."
    )
    assert ("Diwali", "EVENT") in typed


def test_an_untagged_name_with_a_persons_appositive_is_a_person(nlp):
    doc = nlp(
        "Dana Kettleby, president of Pen & Ink, a Spokane design agency, said the ad "
        "was meant to shock."
    )
    doc.ents = [span for span in doc.ents if span.label_ != "PERSON"]  # the model's miss
    (sentence,) = doc.sents
    people = [doc[run.start : run.stop].text for run in untagged_people(doc, sentence, set())]
    assert people == ["Dana Kettleby"]
    doc = nlp("Pen & Ink, a Spokane design agency, said the ad was meant to shock.")
    (sentence,) = doc.sents
    assert untagged_people(doc, sentence, set()) == []


def test_names_after_a_plural_noun_only_people_are_are_people(analyze):
    typed = typed_mentions(
        analyze, "The singer's co-writers Jenna Holt and Kara Wren joined the project."
    )
    assert {("Jenna Holt", "PERSON"), ("Kara Wren", "PERSON")} <= set(typed)


def test_a_name_after_an_occupation_and_a_comma_is_a_person(analyze):
    typed = typed_mentions(
        analyze,
        "The actress was among the guests invited to a dinner by media mogul, Femi Lagos.",
    )
    assert ("Femi Lagos", "PERSON") in typed


def test_a_site_texts_are_published_on_is_an_organisation(nlp):
    doc = nlp("Readers pointed to stories published on Walikoto and Gistlord last week.")
    kept = [
        (Mention(0, 0, doc[index].idx, doc[index].text, kind), range(index, index + 1))
        for index, kind in ((6, "PERSON"), (8, "PRODUCT"))
    ]
    assert [doc[6].text, doc[8].text] == ["Walikoto", "Gistlord"]
    assert names_cued_as_groups(doc, kept) == {"Walikoto", "Gistlord"}


def test_a_name_described_as_a_group_someone_founded_is_an_organisation(analyze):
    typed = typed_mentions(
        analyze,
        "The deal was struck with Vantos, a group co-founded by the singer Ana Ruiz. The club "
        "is owned by Meridian, a firm led by two brothers.",
    )
    assert {("Vantos", "ORG"), ("Meridian", "ORG"), ("Ana Ruiz", "PERSON")} <= set(typed)


def test_the_employer_after_a_persons_job_in_apposition_is_an_organisation(nlp):
    doc = nlp("Ravi Mehta, Head of Research at KNPC Securities, said the rally was overdone.")
    doc.ents = [span for span in doc.ents if span.label_ == "PERSON"]  # the model's miss
    (sentence,) = doc.sents
    runs = [doc[run.start : run.stop].text for run in untagged_companies(doc, sentence, set())]
    assert runs == ["KNPC Securities"]
