"""One person under several romanisations of their name ("Zelensky", "Zelenskyy", "Zelenskiy")."""

from __future__ import annotations

import pytest

from newsetl.models import Entity
from newsetl.nlp.resolve import entity_id_for
from newsetl.nlp.spellings import spelling_key
from tests.nlp.conftest import article, by_name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Alexei Navalny", "Alexey Navalnyy"),
        ("Dmitry Peskov", "Dmitri Peskov"),
        ("Muammar Gaddafi", "Muammar Gadaffi"),
        ("Ali Khamenei", "Ali Khamenéi"),
    ],
)
def test_romanisations_share_a_key(one, other):
    assert spelling_key(one) == spelling_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Donald Trump", "Donald Tusk"),
        ("Kim Jong Un", "Kim Jong Il"),
        ("Ivan Petrov", "Ivana Petrov"),
    ],
)
def test_other_names_keep_their_keys(one, other):
    assert spelling_key(one) != spelling_key(other)


def test_spellings_across_a_batch_are_one_person(analyze):
    knowledge = analyze(
        article(
            "Ukrainian President Volodymyr Zelensky met Donald Trump on Friday.", article_id="a"
        ),
        article(
            "Volodymyr Zelenskiy said on Monday that Kyiv would not give up land.", article_id="b"
        ),
        article("President Volodymyr Zelenskyy thanked Congress.", article_id="c"),
    )
    people = [e for e in knowledge.entities if "Zelensk" in e.name]
    assert [p.name for p in people] == ["Volodymyr Zelensky"]
    assert people[0].type == "PERSON"
    assert {"Volodymyr Zelenskiy", "Volodymyr Zelenskyy"} <= set(people[0].aliases)


def test_a_surname_spelt_another_way_is_the_person_of_the_batch(analyze):
    knowledge = analyze(
        article("Russian opposition leader Alexei Navalny died in prison.", article_id="a"),
        article(
            "Yulia Navalnaya, the widow of Navalnyy, spoke in Munich on Friday. "
            "Navalnyy died in February.",
            article_id="b",
        ),
    )
    assert "Navalnyy" in by_name(knowledge)["Alexei Navalny"].aliases


def test_the_warehouse_spelling_wins(analyze):
    known = Entity(
        entity_id=entity_id_for("PERSON", "Volodymyr Zelenskyy"),
        name="Volodymyr Zelenskyy",
        type="PERSON",
    )
    knowledge = analyze(
        article("Ukrainian President Volodymyr Zelensky met Donald Trump on Friday."), known=[known]
    )
    assert by_name(knowledge)["Volodymyr Zelenskyy"].entity_id == known.entity_id
