"""A name the article shows to be a product is a product in all of it."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, by_name


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # a screen size, then the name again bare, and its plural
        (
            "Apple's new 16-inch MacBook Pro fixes the keyboard. The MacBook Pro costs more "
            "than older MacBooks.",
            {"MacBook Pro", "MacBooks"},
        ),
        # a product noun after a list of names
        (
            "Apple will fit the new keyboard to all MacBook Pro and MacBook Air models.",
            {"MacBook Pro", "MacBook Air"},
        ),
        # what it is said to be, by a copula or an apposition
        (
            "Bridenstine said that SLS is the only vehicle for the Moon. NASA will use SLS.",
            {"SLS"},
        ),
    ],
)
def test_a_cued_name_is_a_product_in_every_mention(analyze, text, products):
    entities = by_name(analyze(article(text)))
    assert {name for name in products if entities[name].type == "PRODUCT"} == products


@pytest.mark.parametrize(
    "text",
    [
        "Blue Origin's lander concept is based on its earlier designs.",  # the maker's
        "Samsung phones sold well in Europe this year.",  # a maker's one-word name
        "Moderna, a vaccine maker, won the contract.",  # a maker of the product
        "Critics attacked the Sao Paulo model of policing.",  # a place's way of doing
    ],
)
def test_a_makers_name_before_a_product_noun_stays_an_organisation(analyze, text):
    entities = by_name(analyze(article(text)))
    assert all(entity.type != "PRODUCT" for entity in entities.values())


def test_a_cued_product_keeps_its_type_where_other_articles_name_a_company_so(analyze):
    knowledge = analyze(
        article("Astra will offer NASA its Silver Comet lander, which can carry cargo."),
        article(
            "Silver Comet hired 40 engineers, and Silver Comet said the deal was signed.",
            article_id="a2",
        ),
        article("Analysts said Silver Comet would report a loss.", article_id="a3"),
    )
    kinds = {(m.article_id, m.text, m.type) for m in knowledge.entity_mentions}
    assert ("a1", "Silver Comet", "PRODUCT") in kinds
    assert ("a3", "Silver Comet", "ORG") in kinds
