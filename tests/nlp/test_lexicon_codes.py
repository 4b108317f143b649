"""The broadened lexicon, root by root: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events

CODED = [
    # 01 statements
    ("Hamas claimed responsibility for the attack.", "01", "Hamas", None),
    ("The Kremlin dismissed the allegations as baseless.", "01", "Russia", None),
    ("Serbia rejected the accusations on Friday.", "01", "Serbia", None),
    ("Macron reminded Putin of his promises.", "01", "Macron", "Putin"),
    ("Macron sympathised with Turkey after the earthquake.", "01", "Macron", "Turkey"),
    # 02 appeals
    ("Mali begged Algeria to reopen the border.", "02", "Mali", "Algeria"),
    ("The BBC reached out to Reuters for comment.", "02", "BBC", "Reuters"),
    # 03 intent
    ("Canada offered aid to Morocco after the earthquake.", "03", "Canada", "Morocco"),
    # 04 consult
    ("Japan and South Korea resumed talks on Tuesday.", "04", "Japan", "South Korea"),
    ("Hungary's Viktor Orban will head to Beijing next week.", "04", "Viktor Orban", "China"),
    # 05 diplomatic cooperation
    ("Egypt lauded Qatar for its mediation on Tuesday.", "05", "Egypt", "Qatar"),
    ("France and Algeria mended ties on Wednesday.", "05", "France", "Algeria"),
    ("Japan's apology to South Korea was welcomed.", "05", "Japan", "South Korea"),
    ("Turkey reconciled with Israel in 2022.", "05", "Turkey", "Israel"),
    # 06 material cooperation
    ("Britain trained Ukrainian troops in 2023.", "06", "United Kingdom", "Ukraine"),
    ("Vietnam's cooperation with Russia on energy has deepened.", "06", "Vietnam", "Russia"),
    ("Samsung teamed up with Google on the new phone.", "06", "Samsung", "Google"),
    ("Ascom has partnered with GE Healthcare to connect monitors.", "06", "Ascom", "GE Healthcare"),
    ("China held joint drills with Russia in July.", "06", "China", "Russia"),
    ("Interpol worked with Europol to trace the stolen paintings.", "06", "Interpol", "Europol"),
    ("Norway sells gas to Germany through two pipelines.", "06", "Norway", "Germany"),
    ("Siemens sold Osram to Philips in 2011.", "06", "Siemens", "Philips"),
    ("Ghana's trade with Togo has doubled since 2019.", "06", "Ghana", "Togo"),
    (
        "Last spring, the singer Anna Berg was signed to Sony Music.",
        "06",
        "Sony Music",
        "Anna Berg",
    ),
    (
        "Tesla said it had received a subpoena from the SEC and was cooperating fully.",
        "06",
        "Tesla",
        "U.S. Securities and Exchange Commission",
    ),
    (
        "Boeing said it is cooperating with the investigation by the FBI.",
        "06",
        "Boeing",
        "Federal Bureau of Investigation",
    ),
    # 07 aid
    ("Germany shipped weapons to Ukraine in March.", "07", "Germany", "Ukraine"),
    ("Congress provided the money NASA requested.", "07", "Congress", "NASA"),
    ("The Gates Foundation gave $2 million to Oxfam last year.", "07", "Gates Foundation", "Oxfam"),
    (
        "Chancellor Olaf Scholz signed an aid package for Ukraine on Friday.",
        "07",
        "Olaf Scholz",
        "Ukraine",
    ),
    (
        "President William Ruto signed a $3bn aid package that includes $2bn for Somalia.",
        "07",
        "William Ruto",
        "Somalia",
    ),
    ("Germany delivered the weapons Ukraine asked for.", "07", "Germany", "Ukraine"),
    ("Qatar bankrolled Hamas for years, Israel said.", "07", "Qatar", "Hamas"),
    ("Iran armed Hezbollah for decades.", "07", "Iran", "Hezbollah"),
    ("The EU bailed out Greece in 2010.", "07", "European Union", "Greece"),
    (
        "The IMF's bailout of Argentina was the largest in its history.",
        "07",
        "International Monetary Fund",
        "Argentina",
    ),
    # 08 yield
    ("Ukraine freed 50 Russian soldiers on Friday.", "08", "Ukraine", "Russia"),
    ("Israel pulled its troops out of Gaza in 2005.", "08", "Israel", None),
    ("The FARC rebels surrendered to the Colombian army on Monday.", "08", "FARC", "Colombia"),
    ("Myanmar's junta lifted martial law in Yangon.", "08", "Myanmar", None),
    # 09 investigate
    (
        "Italian prosecutors interrogated the Egyptian officer Tarek Saber.",
        "09",
        "Italy",
        "Tarek Saber",
    ),
    (
        "The Joint Narcotics Enforcement Team executed a search warrant on John Smith.",
        "09",
        "Joint Narcotics Enforcement Team",
        "John Smith",
    ),
    # 19 fight: troops sent into a country invade it; troops sent to one aid it (07)
    ("Moscow sent troops into Ukraine in February.", "19", "Russia", "Ukraine"),
    ("The United States sent troops to Poland to help its ally.", "07", "United States", "Poland"),
    # 11 disapprove
    ("Pakistan summoned the Afghan ambassador on Monday.", "11", "Pakistan", "Afghanistan"),
    (
        "Ecuador filed a lawsuit against Mexico at the International Court of Justice.",
        "11",
        "Ecuador",
        "Mexico",
    ),
    ("Bernie Sanders took a swipe at Joe Biden on Monday.", "11", "Bernie Sanders", "Joe Biden"),
    ("Patrick Carlineo called Ilhan Omar a terrorist.", "11", "Patrick Carlineo", "Ilhan Omar"),
    ("Ecuador took Mexico to court over the embassy raid.", "11", "Ecuador", "Mexico"),
    ("Brian Babin questioned NASA's approach on Tuesday.", "11", "Brian Babin", "NASA"),
    (
        "Turkey convicted the journalist Selin Kaya of espionage on Friday.",
        "11",
        "Turkey",
        "Selin Kaya",
    ),
    (
        "Bernie Sanders tangled with Elizabeth Warren over her wealth tax.",
        "11",
        "Bernie Sanders",
        "Elizabeth Warren",
    ),
    (
        "Amnesty International raised alarm at Egypt over the arrests.",
        "11",
        "Amnesty International",
        "Egypt",
    ),
    ("The German chancellor chastised Hungary over its veto.", "11", "Germany", "Hungary"),
    ("Israel held Hamas responsible for the attack.", "11", "Israel", "Hamas"),
    ("China protested to the United States over the arms sale.", "11", "China", "United States"),
    # 12 reject
    ("Mexico shunned the Peruvian president Dina Boluarte.", "12", "Mexico", "Dina Boluarte"),
    ("The United States denied Iran's request for a loan.", "12", "United States", "Iran"),
    # 13 threaten
    ("The Houthis vowed retaliation against Israel.", "13", "Houthis", "Israel"),
    ("China cautioned Japan against interfering in Taiwan.", "13", "China", "Japan"),
    (
        "The European Commission put Hungary on notice over its budget.",
        "13",
        "European Commission",
        "Hungary",
    ),
    # 14 protest
    ("French unions went on strike on Thursday.", "14", "France", None),
    ("Greek workers held a general strike on Wednesday.", "14", "Greece", None),
    ("The union leader Ana Lopez staged a hunger strike in Lima.", "14", "Ana Lopez", None),
    # 16 reduce relations
    ("The United States cut aid to Niger on Friday.", "16", "United States", "Niger"),
    ("Moldova suspended ties with Russia.", "16", "Moldova", "Russia"),
    ("Lithuania's expulsion of Russian diplomats angered Moscow.", "16", "Lithuania", "Russia"),
    ("China restricted exports of gallium to the United States.", "16", "China", "United States"),
    ("Germany paused weapons deliveries to Israel.", "16", "Germany", "Israel"),
    ("The EU's ban on Russian oil took effect in December.", "16", "European Union", "Russia"),
    ("Trump terminated the nuclear deal with Iran.", "16", "Trump", "Iran"),
    ("The EU froze Russian assets after the invasion.", "16", "European Union", "Russia"),
    # 17 coerce
    (
        "Britain extradited the banker Viktor Orlov to the United States.",
        "17",
        "United Kingdom",
        "Viktor Orlov",
    ),
    ("Thailand prosecuted the activist Arnon Nampa on Monday.", "17", "Thailand", "Arnon Nampa"),
    ("Indonesia imposed a curfew on Jayapura on Sunday.", "17", "Indonesia", "Jayapura"),
    ("China's crackdown on Uyghurs drew condemnation.", "17", "China", "Uyghurs"),
    ("North Korea hacked Sony's servers in 2014.", "17", "North Korea", "Sony"),
    (
        "Ukraine's arrest of the Russian spy Oleg Ivanov was announced on Monday.",
        "17",
        "Ukraine",
        "Oleg Ivanov",
    ),
    ("Thai police took the activist Arnon Nampa into custody.", "17", "Thailand", "Arnon Nampa"),
    ("Israeli forces demolished Palestinian homes in Jenin.", "17", "Israel", "Palestine"),
    (
        "Egyptian police placed the activist Alaa Abdel Fattah under arrest.",
        "17",
        "Egypt",
        "Alaa Abdel Fattah",
    ),
    # 18 assault
    (
        "Al-Shabaab murdered the Somali lawmaker Abdi Hassan in Mogadishu.",
        "18",
        "Al-Shabaab",
        "Abdi Hassan",
    ),
    (
        "Saudi Arabia's killing of Jamal Khashoggi drew condemnation.",
        "18",
        "Saudi Arabia",
        "Khashoggi",
    ),
    ("ISIS beheaded the American journalist James Foley.", "18", "Islamic State", "James Foley"),
    # 19 fight
    ("Russian troops annexed Crimea in 2014.", "19", "Russia", "Crimea"),
    ("Russia's occupation of Crimea is illegal, Kyiv said.", "19", "Russia", "Crimea"),
    ("Israel's blockade of Gaza continued on Monday.", "19", "Israel", "Gaza"),
    ("Russian forces seized the city of Bakhmut.", "19", "Russia", "Bakhmut"),
    (
        "Azerbaijan violated the ceasefire with Armenia, Yerevan said.",
        "19",
        "Azerbaijan",
        "Armenia",
    ),
    ("Taliban fighters overran Kunduz in 2015.", "19", "Taliban", "Kunduz"),
    # what a quantity noun counts is the object a row names
    ("Russia fired dozens of missiles at Ukraine overnight.", "19", "Russia", "Ukraine"),
    ("Israel launched a barrage of rockets at Gaza.", "19", "Israel", "Gaza"),
    # and what an amount of money is "in", and what a package holds
    ("Ukraine received $1 billion in aid from Germany.", "07", "Germany", "Ukraine"),
    ("Ukraine received a new package of weapons from Germany.", "07", "Germany", "Ukraine"),
    ("India and Pakistan exchanged fire across the Line of Control.", "19", "India", "Pakistan"),
    # 20 mass violence
    ("Serbian forces massacred Bosniaks in Srebrenica.", "20", "Serbia", "Bosniaks"),
]


def codes(analyze, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(analyze(article(text)))}


@pytest.mark.parametrize(("text", "root", "actor1", "actor2"), CODED)
def test_broadened_rows_code_their_root(analyze, text, root, actor1, actor2):
    found = codes(analyze, text)
    assert (root, actor1, actor2) in found or (
        root in {"04", "05"} and (root, actor2, actor1) in found
    )


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Machete-wielding men hacked three villagers to death in Congo.", "17"),
        ("The stock market retreated from its highs on Friday.", "08"),
        ("Donald Trump held a rally in Ohio on Saturday.", "14"),
        ("The judge dismissed the charges against Viktor Orban on Monday.", "01"),
        ("Militants armed with rifles stormed a village in Mali.", "07"),
        ("Germany struck a deal with Namibia on green hydrogen.", "14"),
        ("Support for Brexit fell in Britain, a poll showed.", "05"),
        ("Mexico's war on drugs has killed thousands.", "19"),
        ("Macron stood by his pension reform.", "05"),
        ("Germany paused weapons deliveries to Israel.", "07"),
        ("Brazil held its first election in 1989.", "11"),
        ("Trump's trade war against China hurt farmers.", "19"),
        ("China held joint drills with Russia in July.", "15"),
        ("The singer Anna Berg has worked with Tom Novak for years.", "06"),
        ("Norway sold the painting for $2 million.", "06"),
        ("Ghana's trade with Togo is mostly informal.", "06"),
        ("Kenya's cooperation with Uganda was a stabilising factor.", "06"),
        ("The Joint Narcotics Enforcement Team executed a search warrant on John Smith.", "18"),
    ],
)
def test_ambiguous_words_outside_their_pattern_are_not_coded(analyze, text, root):
    assert not any(found_root == root for found_root, *_ in codes(analyze, text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1997, Anna Weber interviewed Tom Clark for a magazine.",
        "Anna Weber stayed with Tom Clark in his Paris flat in 2001.",
        "Anna Weber rang Tom Clark on Monday.",
        "Anna Weber has not been returning Tom Clark's calls.",
    ],
)
def test_contact_with_a_named_person_is_a_consultation(analyze, text):
    assert ("04", "Anna Weber", "Tom Clark") in codes(analyze, text)


def test_a_refused_surrender_is_a_refusal_to_yield(analyze):
    events = named_events(analyze(article("Ukraine refused to surrender to Russia.")))
    assert [(code, a1, a2, e.modality) for code, a1, a2, e in events] == [
        ("124", "Ukraine", "Russia", "asserted")  # CAMEO 124, refuse to yield
    ]


def test_a_named_thing_recruited_stands_for_its_maker(analyze):
    found = codes(analyze, "NASA has recruited Blue Origin's Blue Moon for its lunar program.")
    assert ("06", "NASA", "Blue Origin") in found
    assert not any(a2 == "Blue Moon" for _, _, a2 in found)


def test_aid_neither_of_two_sides_gave_is_negated(analyze):
    knowledge = analyze(article("Neither Kenya nor Uganda has sent aid to Sudan."))
    found = {(code[:2], a1, a2, event.modality) for code, a1, a2, event in named_events(knowledge)}
    assert ("07", "Kenya", "Sudan", "negated") in found
    assert ("07", "Uganda", "Sudan", "negated") in found
