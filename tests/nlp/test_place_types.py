"""Knowing the world's places corrects the model's GPE and PERSON slips."""

from __future__ import annotations

import re

import pytest
import spacy

from newsetl.nlp.known_places import is_country, is_known_place, is_major_place
from newsetl.nlp.place_types import type_by_known_places
from newsetl.nlp.resolve import Mention
from tests.nlp.conftest import article

_TOKENIZER = spacy.blank("en")


def _typed(text: str, typed: dict[str, str], role: str | None = None) -> dict[str, str]:
    """Type the named spans of ``text`` as the model did, apply the rule, read the types."""
    doc = _TOKENIZER(text)
    kept = []
    for name, kind in typed.items():
        for found in re.finditer(rf"\b{re.escape(name)}(?!\w)", text):
            span = doc.char_span(found.start(), found.end())
            mention = Mention(0, 0, found.start(), name, kind, role=role)
            kept.append((mention, range(span.start, span.end)))
    type_by_known_places(doc, kept)
    return {mention.text: mention.type for mention, _ in kept}


@pytest.mark.parametrize(
    "name",
    [
        "Spokane",
        "Gujarāt",
        "England",
        "Yobe",
        "Crimea",
        "Neb.",
        "Autauga",
        "Europe",
        "Texas",
        "Hebei",
    ],
)
def test_towns_provinces_regions_and_state_abbreviations_are_known_places(name):
    assert is_known_place(name)


def test_countries_are_known_by_name_or_gazetteer_alias():
    assert is_country("China") and is_country("U.S.") and is_country("UK")
    assert not is_country("Ohio") and not is_country("Inner Mongolia")


@pytest.mark.parametrize("name", ["Alibaba", "Jefferies", "Weibo", "Ubisoft"])
def test_companies_are_no_known_places(name):
    assert not is_known_place(name)


def test_only_countries_states_and_big_cities_are_major_places():
    assert is_major_place("Virginia") and is_major_place("Spokane")
    assert not is_major_place("Forest Hill")  # a town of 13,000


def test_a_name_typed_gpe_that_is_no_place_is_an_organisation():
    assert _typed("A Jefferies analyst said so.", {"Jefferies": "GPE"}) == {"Jefferies": "ORG"}


def test_a_name_written_after_a_place_preposition_stays_a_place():
    text = "Floods hit Zorbaville on Monday; homes in Zorbaville were lost."
    doc_types = _typed(text, {"Zorbaville": "GPE"})
    assert doc_types == {"Zorbaville": "GPE"}
    assert _typed("A Zorbaville-based firm said so.", {"Zorbaville": "GPE"}) == {
        "Zorbaville": "GPE"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Officials in the county of Huade said so.",
        "The drought hit Huade county hard.",
        "Herders from Huade in Inner Mongolia moved south.",
        "Huade, Hebei, reported rain.",
    ],
)
def test_a_kind_of_place_or_a_known_place_holding_the_name_is_a_place_cue(text):
    typed = _typed(text, {"Huade": "GPE", "Inner Mongolia": "GPE", "Hebei": "GPE"})
    assert typed["Huade"] == "GPE"


def test_a_name_the_model_typed_org_after_a_kind_of_place_is_a_place():
    assert _typed("Floods hit the county of Huade.", {"Huade": "ORG"}) == {"Huade": "GPE"}
    assert _typed("Rain hit Huade county.", {"Huade": "PERSON"}) == {"Huade": "GPE"}


def test_names_listed_before_a_plural_kind_of_place_are_places():
    typed = _typed(
        "Cases were reported in Barry, Cass and Van Buren counties.",
        {"Barry": "PERSON", "Cass": "PERSON", "Van Buren": "PERSON"},
    )
    assert typed == {"Barry": "GPE", "Cass": "GPE", "Van Buren": "GPE"}
    # a list before another plural noun names no places
    companies = dict.fromkeys(["Google", "Apple", "Amazon"], "ORG")
    typed = _typed("Google, Apple and Amazon stores shut.", companies)
    assert set(typed.values()) == {"ORG"}


def test_a_known_place_set_off_after_a_place_is_the_place_that_holds_it():
    typed = _typed("New York, NY – The startup hired Ivan.", {"New York": "GPE", "NY": "ORG"})
    assert typed["NY"] == "GPE"
    # a name that goes on into a clause is no place's state: "In Houston, Marshall said"
    typed = _typed("In Houston, Marshall said so.", {"Houston": "GPE", "Marshall": "ORG"})
    assert typed["Marshall"] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Sales by Alibaba in China fell.",  # a country is a company's market
        "Alibaba, China's biggest retailer, said so.",
        "Sanctions hit Alibaba, China and Russia.",
        "The state of Alibaba's books is poor.",
    ],
)
def test_a_company_beside_a_country_or_in_a_possessive_gets_no_place_cue(text):
    typed = _typed(text, {"Alibaba": "GPE", "China": "GPE", "Russia": "GPE"})
    assert typed["Alibaba"] == "ORG"


def test_in_a_possessive_is_no_place_cue():
    assert _typed("In Alibaba's case, shares fell.", {"Alibaba": "GPE"}) == {"Alibaba": "ORG"}


@pytest.mark.parametrize("name", ["Yobe North", "Kherson Oblast", "Crimea", "Neb."])
def test_known_places_and_named_kinds_of_place_stay_places(name):
    assert _typed(f"{name} voted on Monday.", {name: "GPE"}) == {name: "GPE"}


def test_a_major_place_typed_person_is_that_place():
    text = "Trump sent a message ahead of the Virginia elections."
    assert _typed(text, {"Virginia": "PERSON"}) == {"Virginia": "GPE"}


def test_a_known_place_typed_person_and_written_as_a_place_is_a_place():
    text = "Forces advanced around Avdiivka and Chasiv Yar in the eastern Donetsk region."
    typed = _typed(text, {"Avdiivka": "PERSON", "Chasiv Yar": "PERSON", "Donetsk": "GPE"})
    assert typed == {"Avdiivka": "GPE", "Chasiv Yar": "GPE", "Donetsk": "GPE"}
    # the surname of a person the article names in full stays that person
    text = "Lincoln Smith lives in Lincoln; Lincoln said so."
    assert _typed(text, {"Lincoln Smith": "PERSON", "Lincoln": "PERSON"})["Lincoln"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # the model left "Donetsk" untagged
            "Ukrainian commanders had warned that Russian forces were exploiting a shortage "
            "of shells to advance around Avdiivka and Chasiv Yar in the eastern Donetsk region.",
            "Chasiv Yar",
        ),
        (  # a known place after a name and "of" is its home
            "According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem "
            "launched the campaign.",
            "Sioux Falls",
        ),
    ],
)
def test_a_known_place_the_model_typed_person_is_read_as_a_place_in_a_whole_article(
    analyze, text, place
):
    assert {m.text: m.type for m in analyze(article(text)).entity_mentions}[place] == "GPE"


def test_a_titled_or_fully_named_person_is_no_place():
    assert _typed("Queen Elizabeth spoke.", {"Elizabeth": "PERSON"}, role="Queen") == {
        "Elizabeth": "PERSON"
    }
    text = "Elizabeth Holmes spoke; later, Elizabeth said more."
    typed = _typed(text, {"Elizabeth Holmes": "PERSON", "Elizabeth": "PERSON"})
    assert typed["Elizabeth"] == "PERSON"


def test_the_model_s_company_slips_are_corrected_in_a_whole_article(analyze):
    text = "This comes a week after Bloomberg reported that WeWork is under investigation."
    knowledge = analyze(article(text))
    assert ("Bloomberg", "ORG") in {(m.text, m.type) for m in knowledge.entity_mentions}
