"""Criticism, accusations and legal action between named parties in the forms news gives
them beyond a plain verb: what someone faces or comes under, and from whom."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> list[tuple[str, str, str | None, str]]:
    return [(code, a1, a2, event.modality) for code, a1, a2, event in named_events(knowledge)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former senator Paul Ortega faces 12 fraud charges in Brazil.",
            [("173", "Brazil", "Paul Ortega", "asserted")],
        ),
        (
            "The banker Hugo Lindqvist faces a charge of conspiracy to launder money in Germany.",
            [("173", "Germany", "Hugo Lindqvist", "asserted")],
        ),
        (
            "Vortex Motors faces a lawsuit from Helios Energy over the battery patents.",
            [("115", "Helios Energy", "Vortex Motors", "asserted")],
        ),
        (
            "Argentina faced criticism from Chile and Brazil over the dam.",
            [("111", "Chile", "Argentina", "asserted"), ("111", "Brazil", "Argentina", "asserted")],
        ),
        (
            "Mayor Lena Hartmann came under fire from Greenpeace for the new airport.",
            [("111", "Greenpeace", "Lena Hartmann", "asserted")],
        ),
    ],
)
def test_what_someone_faces_is_aimed_at_them(analyze, text, expected):
    assert _coded(analyze(article(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission took legal action against Hungary over the media law.",
            [("170", "European Commission", "Hungary")],
        ),
        (
            "The new tariffs drew sharp criticism from Canada.",
            [],  # a thing criticised names no one
        ),
        (
            "Argentina drew sharp criticism from Chile over the dam.",
            [("111", "Chile", "Argentina")],
        ),
    ],
)
def test_an_idiom_of_blame_or_coercion_with_its_preposition_on_the_object(analyze, text, expected):
    """The parser hangs "against Hungary" on "action", "from Chile" on "criticism"."""
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a charge already reported, or one asked about, is no new act
        "Paul Ortega had been facing the bribery charge in Brazil since 2015.",
        "What charges does Paul Ortega face in Brazil?",
        # a court or a city is no party bringing charges
        "Paul Ortega faces fraud charges in a court in Lyon.",
        # troops under fire are under attack, not criticism
        "Ukrainian troops came under fire from Russian artillery near Bakhmut.",
        "Hamas came under fire from Israel on Monday.",
    ],
)
def test_what_is_faced_without_a_party_bringing_it_is_no_event(analyze, text):
    assert not [e for e in _coded(analyze(article(text))) if e[0][:2] in {"11", "17"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean President Marta Ruiz said Pedro Alvarez had lied about the loan.",
            [("112", "Marta Ruiz", "Pedro Alvarez")],
        ),
        (
            '"Pedro Alvarez deceived the voters," Chilean President Marta Ruiz told reporters.',
            [("112", "Marta Ruiz", "Pedro Alvarez")],
        ),
        ("Marta Ruiz said Pedro Alvarez had not lied about the loan.", []),
        ("The village lies on the river, Marta Ruiz said.", []),
        ("Coach Tom Becker said Pedro Alvarez cheated death on Sunday.", []),
        ("Analyst Tom Becker said Vortex Motors fabricates parts for Helios Energy.", []),
    ],
)
def test_reported_deceit_accuses_the_deceiver(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Chilean President Marta Ruiz called Pedro Alvarez\'s decision "reckless".', "Marta Ruiz"),
        ("Senator Tom Becker described Pedro Alvarez's decision as a mistake.", "Tom Becker"),
    ],
)
def test_a_verdict_the_parser_hangs_on_the_object_criticises_its_owner(analyze, text, speaker):
    assert [e[:3] for e in _coded(analyze(article(text)))] == [("111", speaker, "Pedro Alvarez")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil filed charges against Pedro Alvarez.", [("173", "Brazil", "Pedro Alvarez")]),
        ("Brazil brought charges against Pedro Alvarez.", [("173", "Brazil", "Pedro Alvarez")]),
        ("Brazil pressed charges against Pedro Alvarez.", [("173", "Brazil", "Pedro Alvarez")]),
        (
            "Vortex Motors brought a lawsuit against Helios Energy.",
            [("115", "Vortex Motors", "Helios Energy")],
        ),
    ],
)
def test_charges_and_lawsuits_brought_against_someone(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Peruvian court found Pedro Alvarez guilty of fraud.",
            [("116", "Peru", "Pedro Alvarez")],
        ),
        (
            "Pedro Alvarez was found guilty of fraud by a Peruvian court.",
            [("116", "Peru", "Pedro Alvarez")],
        ),
        ("A Peruvian court found Pedro Alvarez not guilty of fraud.", []),
        ("Pedro Alvarez was found not guilty of fraud by a Peruvian court.", []),
    ],
)
def test_a_finding_of_guilt_and_an_acquittal(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Businessman Pedro Alvarez was charged with spying by Peruvian authorities.",
            [("1121", "Peru", "Pedro Alvarez")],
        ),
        (
            "Former mayor Pedro Alvarez was convicted of contempt by Peru's Supreme Court.",
            [("116", "Supreme Court", "Pedro Alvarez")],
        ),
        # the attack's own doer, not who convicted him
        ("Pedro Alvarez was convicted of attacks by Hamas.", []),
    ],
)
def test_the_agent_the_parser_hangs_on_the_charge(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Becker said Governor Lisa Hart was a liar.",
        "Senator Tom Becker branded Governor Lisa Hart a traitor.",
        "Senator Tom Becker labelled Governor Lisa Hart a disgrace.",
        'Senator Tom Becker called Governor Lisa Hart\'s remarks "deeply offensive".',
    ],
)
def test_what_someone_is_called_that_condemns_them(analyze, text):
    assert [e[:3] for e in _coded(analyze(article(text)))] == [("111", "Tom Becker", "Lisa Hart")]


def test_an_offensive_player_is_no_verdict(analyze):
    text = "Coach Mike Tomlin said Ben Smith is an offensive lineman."
    assert _coded(analyze(article(text))) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Tom Becker blamed the attack on the depot on Governor Lisa Hart.",
            [("112", "Tom Becker", "Lisa Hart")],
        ),
        (
            "Senator Tom Becker said Governor Lisa Hart was to blame for the crisis.",
            [("112", "Tom Becker", "Lisa Hart")],
        ),
        ("Senator Tom Becker said Governor Lisa Hart was not to blame for the crisis.", []),
    ],
)
def test_whom_blame_is_put_on(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Senator Tom Becker tore into Governor Lisa Hart over the budget.", "111"),
        ("Senator Tom Becker railed against Governor Lisa Hart.", "111"),
        ("Senator Tom Becker laid into Governor Lisa Hart on Monday.", "111"),
        ("Senator Tom Becker took Governor Lisa Hart to task for the budget.", "111"),
        ("Senator Tom Becker bashed Governor Lisa Hart on Twitter.", "111"),
        ("Senator Tom Becker smeared Governor Lisa Hart.", "111"),
        ("Senator Tom Becker insulted Governor Lisa Hart.", "111"),
        ("Senator Tom Becker bemoaned Governor Lisa Hart's decision.", "111"),
        ("Senator Tom Becker protested Governor Lisa Hart's decision.", "114"),
        ("Senator Tom Becker's censure of Governor Lisa Hart was unusual.", "111"),
        ("Senator Tom Becker launched a tirade against Governor Lisa Hart.", "111"),
    ],
)
def test_words_of_criticism_and_complaint(analyze, text, code):
    assert [e[:3] for e in _coded(analyze(article(text)))] == [(code, "Tom Becker", "Lisa Hart")]


def test_an_arraignment(analyze):
    coded = _coded(analyze(article("Peruvian prosecutors arraigned Pedro Alvarez on Monday.")))
    assert [e[:3] for e in coded] == [("173", "Peru", "Pedro Alvarez")]


def test_a_countersuit(analyze):
    coded = _coded(analyze(article("Vortex Motors countersued Helios Energy.")))
    assert [e[:3] for e in coded] == [("115", "Vortex Motors", "Helios Energy")]


def test_a_verdict_on_a_deed_names_its_doer_in_a_by_phrase(analyze):
    text = "Senator Tom Becker said the decision by Governor Lisa Hart was wrong."
    assert [e[:3] for e in _coded(analyze(article(text)))] == [("111", "Tom Becker", "Lisa Hart")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court in Peru sentenced former mayor Pedro Alvarez to nine years in prison.",
            [("116", "Peru", "Pedro Alvarez")],
        ),
        (
            "Prosecutors in Germany indicted former Vortex Motors chief Hans Keller.",
            [("1121", "Germany", "Hans Keller")],
        ),
        # a city's court is the city's, not the country's
        ("A court in Lima sentenced former mayor Pedro Alvarez to nine years in prison.", []),
    ],
)
def test_a_court_or_prosecutors_in_a_country_act_for_it(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Tom Becker said Governor Lisa Hart should be impeached.",
            [("111", "Tom Becker", "Lisa Hart")],
        ),
        (
            "Coach Tom Becker said on Monday that Pedro Alvarez should be suspended by the league.",
            [("111", "Tom Becker", "Pedro Alvarez")],
        ),
        ("Senator Tom Becker said Governor Lisa Hart should not be impeached.", []),
        ("Senator Tom Becker said Governor Lisa Hart will be impeached.", []),
    ],
)
def test_saying_someone_should_be_punished_criticises_them(analyze, text, expected):
    assert [e[:3] for e in _coded(analyze(article(text)))] == expected
