"""Where an event took place (``places``), as the GUIDELINES' "When and where" reads it."""

from __future__ import annotations

from tests.nlp.conftest import article, named_events


def places_of(analyze, text: str) -> dict[tuple[str, str | None, str | None], str | None]:
    """(root, actor 1, actor 2) -> the name of the event's place."""
    knowledge = analyze(article(text))
    names = {entity.entity_id: entity.name for entity in knowledge.entities}
    return {
        (code[:2], actor1, actor2): names.get(event.place_entity_id)
        for code, actor1, actor2, event in named_events(knowledge)
    }


def test_an_attack_takes_place_at_the_place_it_hits(analyze):
    """The target, not the region around it; a target named without a phrase of place."""
    shelling = places_of(analyze, "Russian troops shelled the port of Odesa in southern Ukraine.")
    assert shelling[("19", "Russia", "Odesa")] == "Odesa"
    bombing = places_of(analyze, "Israeli jets bombed Beirut on Friday.")
    assert bombing[("19", "Israel", "Beirut")] == "Beirut"


def test_a_win_does_not_take_place_in_the_losers_land(analyze):
    assert (
        places_of(analyze, "Prussia defeated Austria in 1866.")[("19", "Prussia", "Austria")]
        is None
    )


def test_a_visit_takes_place_at_its_destination(analyze):
    """The country visited, or the capital its country was read from."""
    state_visit = places_of(analyze, "Emmanuel Macron made a state visit to Brazil in March.")
    assert state_visit[("04", "Emmanuel Macron", "Brazil")] == "Brazil"
    flight = places_of(analyze, "William Ruto flew to Berlin on Monday for talks.")
    assert flight[("04", "William Ruto", "Germany")] == "Berlin"


def test_what_a_trip_was_made_for_is_done_where_it_went(analyze):
    travelled = "Olaf Scholz travelled to Tokyo on Thursday to urge Japan to lift its tariffs."
    visited = "Olaf Scholz visited India in March to urge Narendra Modi to cut tariffs."
    places = places_of(analyze, travelled) | places_of(analyze, visited)
    assert places[("02", "Olaf Scholz", "Japan")] == "Tokyo"
    assert places[("02", "Olaf Scholz", "Narendra Modi")] == "India"


def test_a_capital_described_by_its_country_is_that_capital(analyze):
    met = places_of(analyze, "Olaf Scholz met Narendra Modi in the Indian capital on Monday.")
    assert met[("04", "Olaf Scholz", "Narendra Modi")] == "New Delhi"
    signed = places_of(
        analyze, "Emmanuel Macron and Olaf Scholz signed a pact in Poland's capital."
    )
    assert signed[("05", "Emmanuel Macron", "Olaf Scholz")] == "Warsaw"


def test_an_action_takes_place_where_the_occasion_it_was_on_did(analyze):
    """The place of a summit it was on the sidelines of, of a visit it was made during."""
    talks = "Narendra Modi held talks with Xi Jinping on the sidelines of the summit in Kazan."
    assert places_of(analyze, talks)[("04", "Narendra Modi", "Xi Jinping")] == "Kazan"
    praise = "During his state visit to Spain in May, Xi Jinping praised Pedro Sanchez."
    assert places_of(analyze, praise)[("05", "Xi Jinping", "Pedro Sanchez")] == "Spain"


def test_a_participle_adjunct_takes_place_where_its_clause_does(analyze):
    """And the clause where its participle adjunct does: one occasion."""
    text = "Olaf Scholz and Emmanuel Macron signed a treaty in Aachen, pledging to deepen ties."
    assert places_of(analyze, text)[("03", "Olaf Scholz", "Emmanuel Macron")] == "Aachen"
    text = "Speaking in Paris on Monday, Olaf Scholz praised Emmanuel Macron."
    assert places_of(analyze, text)[("05", "Olaf Scholz", "Emmanuel Macron")] == "Paris"
    text = "Olaf Scholz held talks with Emmanuel Macron while strolling around Hyde Park."
    assert places_of(analyze, text)[("04", "Olaf Scholz", "Emmanuel Macron")] == "Hyde Park"


def test_a_court_named_by_its_place_is_there(analyze):
    federal = places_of(analyze, "Maria Lopez pleaded not guilty in Brooklyn federal court.")
    assert federal[("01", "Maria Lopez", None)] == "Brooklyn"
    city = places_of(analyze, "Maria Lopez denied the charges in a Chicago court on Monday.")
    assert city[("01", "Maria Lopez", None)] == "Chicago"


def test_a_bare_definite_place_noun_is_the_place_it_named_before(analyze):
    text = (
        "Saudi jets bombed the port of Mokha on Monday. The Saudi military said its jets had "
        "struck Houthi positions in the area of the port."
    )
    assert places_of(analyze, text)[("19", "Saudi Arabia", "Houthis")] == "Mokha"


def test_a_place_that_qualifies_a_party_or_a_topic_is_not_where(analyze):
    texts = [
        "Russian officials in Crimea accused Ukraine of sabotage.",  # the doers'
        "Germany and France, alarming officials in Washington, signed a defence pact.",
        "Kaja Kallas criticised China over its military drills near Taiwan.",  # the topic's
    ]
    events = [
        ("11", "Russia", "Ukraine"),
        ("05", "Germany", "France"),
        ("11", "Kaja Kallas", "China"),
    ]
    assert [places_of(analyze, t)[e] for t, e in zip(texts, events, strict=True)] == [None] * 3


def test_a_country_target_gives_way_to_the_place_its_phrase_names(analyze):
    attack = places_of(analyze, "Russia attacked Ukraine with drones in Kharkiv overnight.")
    assert attack[("19", "Russia", "Ukraine")] == "Kharkiv"


def test_a_named_capital_is_not_the_capital_its_adjective_gives(analyze):
    text = "China criticized Russia in the Ukrainian regional capital of Kherson on Tuesday."
    assert places_of(analyze, text)[("11", "China", "Russia")] == "Kherson"


def test_a_participle_adjunct_lends_only_its_own_place(analyze):
    text = "Germany criticized China on Tuesday, citing human rights abuses in Xinjiang."
    assert places_of(analyze, text)[("11", "Germany", "China")] is None
