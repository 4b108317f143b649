"""Requests, offers and yields between actors: seeking something from someone, offering
or bidding something to someone, demands, summonses, and dropping a legal action against
someone."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events, root_events

COUNTERPARTS = {
    # dropping an investigation yields to the one it was into
    "Norway dropped its investigation into Magnus Carlsen on Friday.": "08 Norway|Magnus Carlsen",
    # an investigation into an allegation is against whom the allegation is against
    "France has closed its inquiry into a fraud allegation against Carlos Ghosn.": (
        "08 France|Carlos Ghosn"
    ),
    "The FBI opened an investigation into allegations against Harvey Weinstein.": (
        "09 Federal Bureau of Investigation|Harvey Weinstein"
    ),
    # a noun phrase the parser split at a hyphen keeps its head
    "Italy dropped the charges against Tesla co-founder Elon Musk.": "08 Italy|Elon Musk",
    # seeking something from someone asks it of them
    "Kenya sought help from Germany.": "02 Kenya|Germany",
    # ... also where the parser hangs the "from" phrase on the thing asked for
    "Kenya is seeking more vaccines from Germany.": "02 Kenya|Germany",
    "Spain is seeking Carles Puigdemont's extradition from Belgium.": "02 Spain|Belgium",
    # seeking refuge at a country's embassy asks that country for protection
    "Edward Snowden sought refuge at the Bolivian embassy in Vienna.": "02 Edward Snowden|Bolivia",
    # an offer made to someone
    "Japan offered Vietnam a trade deal last week.": "03 Japan|Vietnam",
    "Serena Williams offered her seat to Naomi Osaka.": "03 Serena Williams|Naomi Osaka",
    # a bid for a company offers its owners a deal
    "Comcast bid $40 billion for Sky last year.": "03 Comcast|Sky",
    # asked to appear before an authority, or summoned: an investigative summons
    "The Nigeria Police invited Senator Bukola Saraki to appear before its command.": (
        "09 Nigeria Police|Bukola Saraki"
    ),
    "Congress subpoenaed Rudy Giuliani on Monday.": "09 Congress|Rudy Giuliani",
    # demands made on someone, or dictated to them
    "Moscow's diktats to Alexander Lukashenko have only deepened the crisis.": (
        "10 Russia|Alexander Lukashenko"
    ),
    "Washington's demands on Venezuela have grown.": "10 United States|Venezuela",
    # proceedings against someone are brought by the clause's subject
    "Brazil's Congress began impeachment proceedings against Dilma Rousseff.": (
        "09 Congress|Dilma Rousseff"
    ),
}


def _coded(knowledge) -> set[str]:
    return {f"{code[:2]} {one}|{two}" for code, one, two, _ in named_events(knowledge)}


@pytest.mark.parametrize("text", COUNTERPARTS)
def test_requests_offers_and_yields_have_their_counterpart(analyze, text):
    assert COUNTERPARTS[text] in _coded(analyze(article(text)))


def test_dropping_an_investigation_with_no_one_named_is_not_coded(analyze):
    knowledge = analyze(
        article("Amnesty welcomed the Norwegian decision to drop the investigation.")
    )
    assert not [code for code, *_ in named_events(knowledge) if code.startswith("08")]


def test_what_a_demand_asks_in_a_bare_clause_is_not_done(analyze):
    knowledge = analyze(article("Joe Biden demanded the FBI investigate Rudy Giuliani."))
    assert not [code for code, *_ in named_events(knowledge) if code.startswith("09")]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary backtracked on its threat to block the budget.",
        "Poland's backtracking on the court reform surprised Brussels.",
        "After weeks of protests, Serbia relented.",
    ],
)
def test_backing_down_is_a_yield_by_its_doer(analyze, text):
    assert any(code.startswith("08") for code, *_ in named_events(analyze(article(text))))


def test_an_invitation_to_appear_before_an_authority_is_a_summons(analyze):
    text = (
        "The Lagos police had invited Ade Bello and Musa Okon to appear before the state "
        "command over alleged assaults on its men."
    )
    roots = {code for code, _, _ in root_events(analyze(article(text)))}
    assert "09" in roots
    assert "03" not in roots
