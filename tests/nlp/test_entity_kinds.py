"""OntoNotes kinds the small model gets wrong in softer news: screen awards are works of
art, court cases and a law's nickname are laws, an industry named after its place is an
organisation, and an institution named with the place it serves is one organisation."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, typed_mentions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Lena Hart won a Golden Globe last month and is now the favourite for the Oscars. "
            "Kate Hall, who in 2008 won the West Africa Movie Award for Best Actress in a "
            "Leading Role, posed for photos.",
            [
                ("Golden Globe", "WORK_OF_ART"),
                ("Oscars", "WORK_OF_ART"),
                ("West Africa Movie Award for Best Actress in a Leading Role", "WORK_OF_ART"),
            ],
        ),
        (
            "The president pulled the country out of the Paris Agreement and praised the "
            "Kyoto Protocol, then flew back to Trump Tower.",
            [("Paris Agreement", "LAW"), ("Kyoto Protocol", "LAW"), ("Trump Tower", "FAC")],
        ),
        (
            "The film streams on Apple TV+ and Disney+ from Friday.",
            [("Apple TV+", "PRODUCT"), ("Disney+", "PRODUCT")],
        ),
        (
            "The deal was signed at Rosemount, the king's summer residence in Kent.",
            [("Rosemount", "FAC")],
        ),
        (
            "Satellites of Brazil's National Institute for Space Research (INPE) tracked "
            "the fires.",
            [("National Institute for Space Research", "ORG"), ("INPE", "ORG")],
        ),
        (
            "The mayor said on Facebook Monday that she would appeal. Omar asked for mercy "
            "in a letter posted on Twitter Tuesday.",
            [("Facebook", "ORG"), ("Twitter", "ORG")],
        ),
    ],
    ids=[
        "screen awards and named prizes",
        "treaties and a tower",
        "a glued plus",
        "a residence in apposition",
        "an acronym in brackets",
        "the day after a platform",
    ],
)
def test_names_take_the_kind_their_words_show(analyze, text, names):
    typed = typed_mentions(analyze, text)
    assert all(name in typed for name in names)


def test_the_plural_awards_of_a_ceremony_stay_an_event(analyze):
    typed = typed_mentions(analyze, "The Country Music Awards were held in Nashville on Sunday.")
    assert ("Country Music Awards", "EVENT") in typed


def test_a_court_case_is_one_law_cited_later_by_its_first_party(analyze):
    typed = typed_mentions(
        analyze,
        "The justices relied on Harlow Energy v. Martinez in their ruling. "
        "Since Harlow Energy, lower courts have followed the same reasoning.",
    )
    assert ("Harlow Energy v. Martinez", "LAW") in typed
    assert ("Harlow Energy", "LAW") in typed
    assert not any(kind in {"ORG", "PERSON"} for _, kind in typed)


def test_a_match_between_two_countries_is_no_court_case(analyze):
    typed = typed_mentions(analyze, "Scotland v Ireland drew a record crowd on Saturday.")
    assert not any(kind == "LAW" for _, kind in typed)


def test_a_laws_nickname_is_a_law(analyze):
    assert ("Obamacare", "LAW") in typed_mentions(
        analyze, "The senators voted to repeal Obamacare."
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Wall Street analysts expect weaker sales, and Hollywood studios delayed releases.",
            [("Wall Street", "ORG"), ("Hollywood", "ORG")],
        ),
        (
            "The Supreme Court of Israel heard the appeal, and the US Supreme Court declined it.",
            [("Supreme Court of Israel", "ORG"), ("US", "GPE"), ("Supreme Court", "ORG")],
        ),
    ],
    ids=["an industry named after its place", "an institution named with its place"],
)
def test_organisations_named_with_a_place_are_typed_as_written(analyze, text, names):
    typed = typed_mentions(analyze, text)
    assert all(name in typed for name in names)


def test_a_surname_keeps_its_particles_and_is_a_person(analyze):
    typed = typed_mentions(
        analyze,
        "Karin von der Heide was elected chair of the European Commission. The members "
        "backed von der Heide by nine votes. Critics say von der Heide's Commission will be "
        "weak. Von der Heide said the vote was fair.",
    )
    assert ("Karin von der Heide", "PERSON") in typed
    assert typed.count(("von der Heide", "PERSON")) == 2
    assert ("Von der Heide", "PERSON") in typed
    assert not any(name == "Heide" for name, _ in typed)


def test_an_institution_named_again_by_its_last_word_is_that_organisation(analyze):
    typed = typed_mentions(
        analyze,
        "The European Union agreed a new climate target on Monday. Its president said the "
        "Union must lead, as the Union Jack flew outside.",
    )
    assert ("Union", "ORG") in typed


def test_the_amazon_is_the_region_and_amazon_the_company(analyze):
    typed = typed_mentions(
        analyze,
        "Fires in the Amazon have surged this year, and farmers set most blazes in the "
        "Amazon. Amazon and Google pledged to cut their emissions.",
    )
    assert [kind for name, kind in typed if name == "Amazon"] == ["LOC", "LOC", "ORG"]


def test_a_proper_noun_listed_with_companies_is_a_company(analyze):
    typed = typed_mentions(
        analyze,
        "The five companies join Astrobotic, Intuitive Machines and Deep Space Systems in "
        "the program.",
    )
    assert ("Astrobotic", "ORG") in typed


def test_an_adjective_capitalised_at_a_sentences_start_is_no_part_of_the_name(analyze):
    names = [
        name for name, _ in typed_mentions(analyze, "Veteran Hollyfield actress Ada Obi posed.")
    ]
    assert names == ["Hollyfield", "Ada Obi"]


def test_the_batch_corrects_a_persons_type_before_events_are_coded(analyze):
    """The model types a lone "Trump" ORG in some sentences: where the batch reads the name
    as a person throughout, the "he" of the next sentence is still Trump."""
    others = [
        article(f"Trump criticised {leader} on {day}.", article_id=f"other{n}")
        for n, (leader, day) in enumerate(
            [("Macron", "Tuesday"), ("Merkel", "Friday"), ("Trudeau", "Sunday")]
            + [("Macron", "Monday"), ("Merkel", "Monday")]
        )
    ]
    slipped = article("Trump said the deal was dead. He warned Iran on Sunday.", article_id="a")
    knowledge = analyze(*others, slipped)
    names = {entity.entity_id: entity.name for entity in knowledge.entities}
    in_a = {m.event_id for m in knowledge.event_mentions if m.article_id == "a"}
    coded = {
        (e.root_code, names.get(e.actor1_entity_id), names.get(e.actor2_entity_id))
        for e in knowledge.events
        if e.event_id in in_a
    }
    assert ("13", "Trump", "Iran") in coded
