"""Precision rules of round 7: sentences that must not yield an event of a given root,
each under the rule that stops it, and the acts next to them that still are events."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events

NO_EVENT = [
    # a statement to the press has no addressee (arguments._is_press)
    ("Emmanuel Macron told French media on Friday that the talks would go on.", "01"),
    ("Olaf Scholz told Reuters correspondent Anna Weber on Monday that it was dead.", "01"),
    ("\u201cThe deal is done,\u201d Olaf Scholz tells The Berlin Reporter.", "01"),
    ("Olaf Scholz told Spin magazine on Monday that the band had split.", "01"),
    ("Olaf Scholz told the Hamburg Star on Monday that his phone kept ringing.", "01"),
    ("Olaf Scholz told Vanity Fair that the deal was done.", "01"),
    ("Olaf Scholz told the FT's Anna Weber in an interview that aid was too slow.", "01"),
    ("Olaf Scholz told Recode editor Anna Weber that the rules would change.", "01"),
    # "his aides" are the speaker's own people, not whom "his" points at (arguments._own_circle)
    (
        "Emmanuel Macron met Olaf Scholz in Paris on Monday. Scholz later told some of his "
        "aides that Macron looked tired.",
        "01",
    ),
    # what one announces is the content, never the listener (arguments.LISTENER_OBJECT_VERBS)
    (
        "Boeing unveiled its Starliner capsule, which chief executive Dave Calhoun announced "
        "in May.",
        "01",
    ),
    # one wanted to undergo something is not asked to act (triggers._action_wanted_of_another)
    (
        "While Sheldon Richardson wants Mason Rudolph to be disciplined, the league has not acted.",
        "10",
    ),
    # calling a claim false denies it; it does not criticise the claim's owner
    # (verdicts._untrue_verdict_on_a_claim)
    (
        "Sean Robertson, a coalition spokesperson, told reporters on Monday that the Russian "
        "defense ministry's claim is patently false.",
        "11",
    ),
    # an act a clause only talks about is referred back to, not reported (events._spoken_of)
    ("Now consider what we know about Boris Johnson's visit to Paris on Saturday.", "04"),
    # what is asked or set as a condition (modality.is_open_question)
    (
        "Congress is trying to establish whether the United States imposed new sanctions on "
        "Iran last year to pressure President Hassan Rouhani into talks.",
        "16",
    ),
    ("If Japan held talks with North Korea, Seoul would object.", "04"),
    ("Seoul will protest if Japan imposes sanctions on North Korea.", "16"),
    # what a step only makes possible (modality.is_made_possible)
    (
        "Officials said the prisoner swap paved the way for talks between Armenia and Azerbaijan.",
        "04",
    ),
    (
        "He said the swap would \u201cpave the way\u201d for direct talks between Armenia and "
        "Azerbaijan.",
        "04",
    ),
    # a participle clause is as uncertain as the guess it hangs from (modality)
    (
        "Analysts fear that Moscow may end up giving fewer concessions, resulting in an "
        "embarrassing trip to Beijing for Vladimir Putin.",
        "04",
    ),
    # what has yet to be done has not happened (modality)
    ("Britain and India have yet to sign a free trade agreement.", "05"),
    # investigations a speaker refers to are not the speaker's (events._inquiry_as_topic)
    (
        "Ambassador Gordon Sondland referred to investigations into Burisma in 2016, a "
        "witness said.",
        "09",
    ),
    # a weapon that "threatens" endangers; it makes no threat (events._threat_posed_by_a_weapon)
    (
        "A joint statement voiced concern about US missile defence that threatened Russia "
        "and China.",
        "13",
    ),
    # a protest noun takes neither its place nor the subject of the clause it sits in
    # (events._held_by_clause_subject, events._names_place_of)
    ("Two people died during protests in Peru on Sunday.", "14"),
    ("The march on Tuesday was Ohio's biggest teacher protest in a decade.", "14"),
    ("Iranian security forces used lethal force to crush protests in cities across Iran.", "14"),
    ("Turkish police fired tear gas at students as the latest round of protests escalates.", "14"),
    ("Turkish police ended the protests in Ankara on Sunday.", "14"),
    # with a by-phrase, a noun's owner is whom the act was done to (arguments.own_agents)
    (
        "Samuel Okafor and Daniel Adeyemi walked out. The move was over their invitation "
        "by the Lagos State Police.",
        "03",
    ),
    # a verdict given up is none (verdicts._denied)
    ("Germany decided to no longer consider Turkish exports illegal.", "11"),
    # a consultation one was on, or was questioned on, is an earlier one (events._spoken_of)
    ("I was not on the March 3 phone call between Olaf Scholz and Emmanuel Macron.", "04"),
    # "admits" reporting the speaker's own quoted words is a way of saying them
    # (matching._quoted_admission)
    ("\u201cIt is actually crappy, you know,\u201d admits Ralf Groene.", "01"),
    # a person's partner or colleague acts for no one but themselves
    # (descriptors.COMPANION_NOUNS)
    (
        "Officer Snyder was shot. Snyder's partner returned fire, hitting Trent Forster twice.",
        "19",
    ),
    # a statement whose only listener turns out to be its speaker is made to no one
    # (events: speech needs a target after resolution too)
    (
        "Olaf Scholz tweeted on Monday. After student Anna Weber questioned Scholz at a public "
        "forum in 2015, she was bombarded with threats from Scholz supporters responding to "
        'Scholz\'s tweet calling her a "nasty" woman.',
        "01",
    ),
    # a summons is investigative only for questioning, testimony or a hearing (verbs.csv)
    ("Rupert Murdoch summoned Roger Ailes to his New York penthouse on Friday.", "09"),
    (
        "Senators questioned Anna Weber on Olaf Scholz's March 3 phone call with Emmanuel Macron.",
        "04",
    ),
]

STILL_EVENTS = [
    (
        "Emmanuel Macron told Olaf Scholz on Friday that the talks would go on.",
        ("01", "Emmanuel Macron", "Olaf Scholz"),
    ),
    (
        "Armenian leaders held talks with Azerbaijan in Baku on Friday.",
        ("04", "Armenia", "Azerbaijan"),
    ),
    ("Seoul will protest if Japan imposes sanctions on North Korea.", ("14", "South Korea", None)),
    (
        "Britain signed a free trade agreement with India on Friday.",
        ("05", "United Kingdom", "India"),
    ),
    (
        "The FBI opened an investigation into Jeffrey Epstein in 2006.",
        ("09", "Federal Bureau of Investigation", "Jeffrey Epstein"),
    ),
    ("The US wants the UK to extradite Julian Assange.", ("10", "United States", "United Kingdom")),
    (
        "Emmanuel Macron briefed Olaf Scholz on the talks on Friday.",
        ("01", "Emmanuel Macron", "Olaf Scholz"),
    ),
    (
        "Sean Robertson, a coalition spokesperson, told reporters on Monday that the Russian "
        "defense ministry's claim is patently false.",
        ("01", "Sean Robertson", None),
    ),
    ("Williams said Trump's request was inappropriate.", ("11", "Williams", "Trump")),
    (
        "Boris Johnson's visit to Paris on Saturday drew criticism.",
        ("04", "Boris Johnson", "France"),
    ),
    ("Thousands of people protested in Lima.", ("14", "Lima", None)),
    ("Iran threatened Israel with missile strikes on Monday.", ("13", "Iran", "Israel")),
    ("Greek unions staged a protest in Athens on Friday.", ("14", "Greece", None)),
    ("Emmanuel Macron is on a state visit to China.", ("04", "Emmanuel Macron", "China")),
    ("Ralf Groene admitted that he had lied to investigators.", ("01", "Ralf Groene", None)),
    (
        "The FBI summoned Ade Bello for questioning on Monday.",
        ("09", "Federal Bureau of Investigation", "Ade Bello"),
    ),
]


def _coded(analyze, text: str) -> set[tuple[str, str, str | None]]:
    return set(root_events(analyze(article(text))))


@pytest.mark.parametrize(("text", "root"), NO_EVENT)
def test_no_event_of_the_root(analyze, text, root):
    assert root not in {found for found, _, _ in _coded(analyze, text)}


@pytest.mark.parametrize(("text", "expected"), STILL_EVENTS)
def test_the_acts_beside_them_are_still_coded(analyze, text, expected):
    assert expected in _coded(analyze, text)


def test_pressure_asked_about_names_no_target(analyze):
    text = NO_EVENT[4][0]
    assert not any(two == "Hassan Rouhani" for _, _, two in _coded(analyze, text))


def test_a_party_named_by_its_members_is_the_party(analyze):
    knowledge = analyze(article("The Democrats accused Donald Trump of abusing his office."))
    assert ("11", "Democratic Party", "Donald Trump") in set(root_events(knowledge))
    party = next(e for e in knowledge.entities if e.name == "Democratic Party")
    assert "Democrats" in party.aliases
    assert party.type == "NORP"
