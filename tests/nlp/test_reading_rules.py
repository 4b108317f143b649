"""How the coder reads news prose: wire datelines, groups named in the plural, a name
the model types differently in one sentence, guesses, wants and pledges."""

from __future__ import annotations

import pytest

from newsetl.nlp.dateline import blank_dateline, dateline_places
from newsetl.nlp.mentions import harmonise_types
from newsetl.nlp.resolve import Mention
from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> set[tuple[str, str, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(knowledge)}


def _pairs(knowledge) -> set[tuple[str, frozenset[str | None]]]:
    """(root, actors) in either order, for events between equals."""
    return {(code, frozenset({a1, a2})) for code, a1, a2 in _coded(knowledge)}


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary", "U.S. Defense Secretary"),
        ("MOSCOW, May 8 (Reuters) - Vladimir Putin", "Vladimir Putin"),
        ("LA PAZ, Bolivia (AP) — Bolivia's", "Bolivia's"),
        ("WASHINGTON — The", "The"),
    ],
)
def test_a_wire_dateline_is_blanked_and_offsets_kept(text, rest):
    blanked = blank_dateline(text)
    assert blanked.strip() == rest
    assert len(blanked) == len(text)


@pytest.mark.parametrize("text", ["U.S. officials said on Monday", "The AP - report", "Putin said"])
def test_prose_at_the_start_is_not_a_dateline(text):
    assert blank_dateline(text) == text
    assert dateline_places(text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("HANOI, Vietnam (AP) — U.S. Defense", [(0, "Hanoi"), (7, "Vietnam")]),
        ("MOSCOW, May 8 (Reuters) - Vladimir Putin", [(0, "Moscow")]),
        ("DUBAI, United Arab Emirates — Dubai's", [(0, "Dubai"), (7, "United Arab Emirates")]),
        ("NEW YORK (AP) — The", [(0, "New York")]),
    ],
)
def test_a_datelines_places_are_read_before_it_is_blanked(text, places):
    assert dateline_places(text) == places


def test_a_dateline_place_is_a_place_the_article_names(analyze):
    text = "WASHINGTON — NASA announced on Monday that it was adding five companies."
    mentions = {(m.text, m.type) for m in analyze(article(text)).entity_mentions}
    assert ("Washington", "GPE") in mentions


def test_the_dateline_place_is_not_the_first_sentence_subject(analyze):
    text = (
        "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China "
        "of using coercion against smaller Asian nations."
    )
    coded = _coded(analyze(article(text)))
    assert ("11", "Mark Esper", "China") in coded
    assert not any(a1 == "Vietnam" for _, a1, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "President Xi Jinping is likely to attack Taiwan next year.",
        "The two sides continue to talk and Xi Jinping could sign an agreement with Joe Biden.",
        "Donald Trump might impose new sanctions on Iran.",
    ],
)
def test_a_guess_about_what_may_happen_is_not_an_event(analyze, text):
    assert not _coded(analyze(article(text)))


def test_what_is_expected_stays_an_intended_event(analyze):
    text = "Xi Jinping is expected to meet Joe Biden in San Francisco on Wednesday."
    events = named_events(analyze(article(text)))
    assert [(code[:2], event.modality) for code, *_, event in events] == [("04", "intended")]


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron will address the African Union when he visits Ethiopia on Sunday.",
        "Emmanuel Macron will be the first French president to visit Ethiopia.",
    ],
    ids=["present-tense time clause", "infinitive describing its noun"],
)
def test_what_a_future_clause_holds_is_intended(analyze, text):
    events = named_events(analyze(article(text)))
    visits = [event.modality for code, *_, event in events if code.startswith("04")]
    assert visits == ["intended"]


def test_wanting_someone_else_to_act_is_a_demand_on_them(analyze):
    text = "The United States wants the United Kingdom to extradite Julian Assange."
    coded = _coded(analyze(article(text)))
    assert ("10", "United States", "United Kingdom") in coded
    assert not any(code == "17" for code, _, _ in coded)


def test_a_pledge_with_no_one_to_cooperate_with_is_not_an_event(analyze):
    text = "Twitter pledged to take decisive corrective action in the future."
    assert not _coded(analyze(article(text)))


def test_a_place_before_a_protest_noun_is_where_not_who(analyze):
    text = "The Hong Kong protests spread to the universities on Monday."
    assert not any(a1 == "Hong Kong" for code, a1, _ in _coded(analyze(article(text))))


def test_one_person_wounding_another_is_an_assault_not_military_force(analyze):
    text = "John Smith stabbed Peter Jones outside the stadium on Sunday."
    coded = _coded(analyze(article(text)))
    assert ("18", "John Smith", "Peter Jones") in coded


def test_a_name_takes_the_type_most_of_the_article_gives_it():
    mentions = [
        Mention(article_index=0, sentence_index=n, start_char=n, text="Avdiivka", type=kind)
        for n, kind in enumerate(["GPE", "PERSON", "GPE"])
    ]
    harmonise_types(mentions)
    assert {m.type for m in mentions} == {"GPE"}


def test_a_name_typed_once_each_way_keeps_its_types():
    mentions = [
        Mention(article_index=0, sentence_index=n, start_char=n, text="Kremlin", type=kind)
        for n, kind in enumerate(["ORG", "FAC"])
    ]
    harmonise_types(mentions)
    assert [m.type for m in mentions] == ["ORG", "FAC"]


@pytest.mark.parametrize("outlet", ["The Hill", "Business Insider", "Variety"])
def test_telling_a_news_outlet_is_not_addressing_a_party(analyze, outlet):
    text = f"Omar told {outlet} that she was grateful. Ilhan Omar told Nancy Pelosi the news."
    coded = _coded(analyze(article(text)))
    assert ("01", "Ilhan Omar", "Nancy Pelosi") in coded
    assert not any(outlet.endswith(str(a1)) or outlet.endswith(str(a2)) for _, a1, a2 in coded)


def test_a_royal_is_also_known_by_title_and_name(analyze):
    text = "Prince Andrew gave an interview to the BBC on Saturday."
    andrew = next(e for e in analyze(article(text)).entities if e.name == "Andrew")
    assert "Prince Andrew" in andrew.aliases


def test_declining_to_comment_is_not_an_event(analyze):
    assert not _coded(analyze(article("WeWork declined to comment on Monday.")))


def test_by_on_the_verb_of_an_event_noun_is_not_its_agent(analyze):
    text = "The Israeli strike on Gaza was condemned by Iran on Monday."
    assert not any(a1 == "Iran" and code == "19" for code, a1, _ in _coded(analyze(article(text))))


# "text" -> (root, actor 1, actor 2) the coder must find in it
WHO_DID_WHAT = {
    # a pronoun finds a person the model typed otherwise in its sentence
    "Julian Assange appeared in court in London on Monday. "
    "Assange is battling extradition to the United States, which accuses him of "
    "publishing secret documents.": ("11", "United States", "Julian Assange"),
    # one person attacking another is criticism not military force
    "Boris Johnson attacked Jeremy Corbyn in the debate on Tuesday.": (
        "11",
        "Boris Johnson",
        "Jeremy Corbyn",
    ),
    # the company stands for the company just named
    "Letitia James is investigating WeWork over its dealings with investors. "
    "On Monday, Letitia James accused the company of misleading investors.": (
        "11",
        "Letitia James",
        "WeWork",
    ),
    # officers are the police force the article named
    "The Columbus Police Department said it had searched two homes on Tuesday. "
    "Officers arrested John Miller at his home.": (
        "17",
        "Columbus Police Department",
        "John Miller",
    ),
    # officers are the force named most not the last unit named
    "The Columbus Police Department said it arrested two men. "
    "The Columbus Police Department said the men had drugs. "
    "Officers of the Joint Narcotics Enforcement Team searched a house. "
    "Officers arrested John Miller at his home.": (
        "17",
        "Columbus Police Department",
        "John Miller",
    ),
    # a leaders administration is the leaders country
    "US President Donald Trump met Xi Jinping on Friday. "
    "Amnesty International pleaded with the Trump administration to reconsider its decision.": (
        "02",
        "Amnesty International",
        "United States",
    ),
    # an attack named with its owner is an event under a coded verb
    "China has never condemned Russia's invasion of Ukraine.": ("19", "Russia", "Ukraine"),
    # "prosecutors" stand for the prosecution office the article names
    "The Justice Department charged two guards on Tuesday. "
    "Prosecutors accused Tova Noel of falsifying records.": (
        "11",
        "Justice Department",
        "Tova Noel",
    ),
    # a contract or order awarded to a company; "to" hung as the dative itself
    "In May, NASA awarded task orders to Intuitive Machines and OrbitBeyond.": (
        "06",
        "NASA",
        "OrbitBeyond",
    ),
    # "them" is a list named earlier in its own sentence
    "Donald Trump held trade talks with partners, including Japan, Canada and Mexico, "
    "threatening them with tariffs.": ("13", "Donald Trump", "Canada"),
    # "he" is the subject of the nearest clause above it, not the sentence's subject
    "Emily Maitlis asked how John Smith could be so sure what he was doing that night, "
    "during which he allegedly stabbed Peter Jones.": ("18", "John Smith", "Peter Jones"),
    # a group named in the plural is an actor
    "Stephanie Grisham accused the Democrats of being blinded by their hatred.": (
        "11",
        "Stephanie Grisham",
        "Democratic Party",  # the party its members in the plural stand for
    ),
    # a threat reaches the object of the threatened action
    "Donald Trump threatened to hit Russia with tariffs if the Kremlin refuses a deal.": (
        "13",
        "Donald Trump",
        "Russia",
    ),
    # a stake in a company makes it the counterpart
    "Alden Capital acquired a stake in Tribune Publishing on Tuesday.": (
        "06",
        "Alden Capital",
        "Tribune Publishing",
    ),
    # the preposition a rule asks for names the other side
    "India bought oil from Russia last month.": ("06", "India", "Russia"),
    # who gives what was received is the actor
    "Ukraine received weapons from Germany on Monday.": ("07", "Germany", "Ukraine"),
    # an event noun takes its agent from by
    "The arrest of Alexei Navalny by Russian police drew criticism on Monday.": (
        "17",
        "Russia",
        "Alexei Navalny",
    ),
    # where a statement was posted is not who made it
    "Big Machine owns the masters of her first six albums. "
    "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to "
    "stop her performing tracks from her first six albums at the AMAs.": (
        "11",
        "Taylor Swift",
        "Big Machine",
    ),
    # a statement accusing someone is its issuer's accusation
    "Big Machine Records issued a statement accusing Taylor Swift of misleading fans.": (
        "11",
        "Big Machine Records",
        "Taylor Swift",
    ),
    # what is alleged of someone named in the reported clause is an accusation of them
    "The Justice Department charged two guards on Tuesday. "
    "Prosecutors alleged that Tova Noel falsified records.": (
        "11",
        "Justice Department",
        "Tova Noel",
    ),
    # testimony before a body is a statement to it
    "Kathleen Hawk Sawyer testified before the Senate Judiciary Committee on Tuesday.": (
        "01",
        "Kathleen Hawk Sawyer",
        "Senate Judiciary Committee",
    ),
    # scrutiny faced from a regulator is the regulator's investigation
    "Bloomberg News reported on Friday that WeWork is facing scrutiny from the U.S. "
    "Securities and Exchange Commission.": (
        "09",
        "U.S. Securities and Exchange Commission",
        "WeWork",
    ),
    # a league punishing a named player
    "The NFL suspended Myles Garrett indefinitely on Thursday.": (
        "17",
        "National Football League",
        "Myles Garrett",
    ),
    # the doer of a gerund after "by" is the subject of its verb
    "Rudolph tried to remove Garrett's helmet before Myles Garrett responded by hitting "
    "Mason Rudolph in the head.": ("18", "Myles Garrett", "Mason Rudolph"),
    # saying what a named party should do is an appeal to it
    "Tom Young testified on Monday. He also said that NASA should drop some programs.": (
        "02",
        "Tom Young",
        "NASA",
    ),
    # said to a named addressee, what should be done is a statement to him, not an appeal
    "Paris and Berlin should deepen their defence ties, Emmanuel Macron told Olaf Scholz.": (
        "01",
        "Emmanuel Macron",
        "Olaf Scholz",
    ),
    # "he" keeps standing for the person while the sentences keep saying "he"
    'Tom Young testified on Monday. "We need a big rocket," he said. "It is the only way '
    'to go there," he said. "Budgets are tight this year." "Nobody wants delays." '
    "He also said that NASA should drop some of its programs.": ("02", "Tom Young", "NASA"),
    # telling someone to do something is a demand on them
    "Masayoshi Son told WeWork executives to look for new sources of revenue.": (
        "10",
        "Masayoshi Son",
        "WeWork",
    ),
    # an office named by its title for a state is the office, not the state
    "WeWork's investors met on Monday. "
    "The New York state attorney general is investigating WeWork amid layoffs.": (
        "09",
        "New York State Attorney General",
        "WeWork",
    ),
    # a name right after a verb that the parser hung as an adverb is its object
    "Jeffrey Epstein was a financier. Prince Andrew gave an interview on Saturday. But "
    "perhaps the most telling contradiction was his claim that he visited Epstein in New "
    "York in 2010.": ("04", "Andrew", "Jeffrey Epstein"),
    # what a statement announces is coded as its own event
    "NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp. and Ceres "
    "Robotics to join its program.": ("06", "NASA", "Blue Origin"),
    # the audience of a statement can be named by what owns it
    "Masayoshi Son has told WeWork executives he wants the company to turn a profit.": (
        "01",
        "Masayoshi Son",
        "WeWork",
    ),
    # "they" is the people the sentence before listed, when it had no plural subject
    "Her post got the attention of two big-name Democratic politicians: Senator Elizabeth "
    "Warren and congresswoman Alexandria Ocasio-Cortez. They criticised Scooter Braun's "
    "company on Monday.": ("11", "Alexandria Ocasio-Cortez", "Scooter Braun"),
    # a name after the object and a comma, hung as an adverb, names the object
    "Bukola Saraki and Dino Melaye have dragged the Inspector-General of Police, Ibrahim "
    "Idris, to court.": ("11", "Bukola Saraki", "Ibrahim Idris"),
    # an investigation named by its agent is of the clause's subject
    "WeWork's investors met on Monday. Bloomberg reported WeWork is the subject of a U.S. "
    "Securities and Exchange Commission investigation.": (
        "09",
        "U.S. Securities and Exchange Commission",
        "WeWork",
    ),
    "Prince Andrew spoke on Monday. His friendship with Jeffrey Epstein is under "
    "investigation by the FBI.": ("09", "Federal Bureau of Investigation", "Andrew"),
    # buying a named company
    "Google has bought CloudSimple, a startup that was once part of Microsoft.": (
        "06",
        "Google",
        "CloudSimple",
    ),
    # the "at" a rule asks for names whom the act is aimed at
    "Myles Garrett swung his helmet at Mason Rudolph on Thursday.": (
        "18",
        "Myles Garrett",
        "Mason Rudolph",
    ),
    "Marc Benioff marveled at Apple's ability to innovate.": ("05", "Marc Benioff", "Apple"),
    # airing grievances with someone is criticism of each one named
    "Taylor Swift took to Twitter to air her grievances with Big Machine and The Carlyle Group.": (
        "11",
        "Taylor Swift",
        "Carlyle Group",
    ),
    # a relative pronoun object stands for the noun its clause modifies
    "WeWork cut jobs at Meetup, which WeWork acquired for $200 million in 2017.": (
        "06",
        "WeWork",
        "Meetup",
    ),
    "Tor, which had been recently acquired by St. Martin's Press, published the book.": (
        "06",
        "St. Martin's Press",
        "Tor",
    ),
    # who receives a penalty for an act, or is punished for it, did it
    "Larry Ogunjobi received a one-game suspension for shoving Mason Rudolph to the ground.": (
        "18",
        "Larry Ogunjobi",
        "Mason Rudolph",
    ),
    "John Smith was arrested by police for assaulting Mary Jones.": (
        "18",
        "John Smith",
        "Mary Jones",
    ),
    # names the parser hangs off the kind noun they follow
    "In July, NASA awarded the first three contracts under the program, awarding lander "
    "missions to companies Astrobotic, Intuitive Machines and Orbit Beyond.": (
        "06",
        "NASA",
        "Orbit Beyond",
    ),
    # enlisting a company is taking it on for a job
    "NASA enlisted SpaceX and Blue Origin to build landers.": ("06", "NASA", "Blue Origin"),
    # a statement that a named doer did a fine job praises them
    "“Matt Bevin has done a great job,” Donald Trump said on Monday.": (
        "05",
        "Donald Trump",
        "Matt Bevin",
    ),
    # the quote split off its reporting verb; the handle names the person
    "Matt Bevin lost on Tuesday. “Governor @MattBevin has done a wonderful job for the people "
    "of Kentucky!” Donald Trump tweeted before Election Day.": (
        "05",
        "Donald Trump",
        "Matt Bevin",
    ),
    # a reported verdict that condemns a deed criticises its doer
    "Jennifer Williams told lawmakers that Donald Trump's request was inappropriate.": (
        "11",
        "Jennifer Williams",
        "Donald Trump",
    ),
    "Stephanie Grisham said Adam Schiff was dishonest and reckless.": (
        "11",
        "Stephanie Grisham",
        "Adam Schiff",
    ),
    "Israel's move is a violation of international law, Ayman Safadi said.": (
        "11",
        "Ayman Safadi",
        "Israel",
    ),
    # a passive verdict is on its subject; what a speaker says a thing shows, the speaker says
    '"The vote only shows that Anna Weber is blinded by ambition," Paul Varga said.': (
        "11",
        "Paul Varga",
        "Anna Weber",
    ),
    # a verdict the parser reads as a small clause ("considers the US biased") is of its subject
    "The Arab League, which considers France biased, called for a vote.": (
        "11",
        "Arab League",
        "France",
    ),
    "Hamas branded the Israeli strike illegal.": ("11", "Hamas", "Israel"),
    # a eulogy praises its subject
    "Mary Hale would eulogize Tom Reed as her oldest friend.": ("05", "Mary Hale", "Tom Reed"),
    # a reported verdict that praises a deed praises its owner; a remark carries it as said does
    "Sarah Lind chimed in, noting that Paul Varga's gift was a lovely gesture.": (
        "05",
        "Sarah Lind",
        "Paul Varga",
    ),
    # a verdict on a pronoun is of whom the statement is said to be; "wrote" alone opens it
    '"His energy is extraordinary," Ruth Abbott wrote of Martin Kessler.': (
        "05",
        "Ruth Abbott",
        "Martin Kessler",
    ),
    # a protest verb alone is a protest
    "The Indiana State Teachers Association rallied at the Statehouse on Tuesday.": (
        "14",
        "Indiana State Teachers Association",
        None,
    ),
    # a business deal is material cooperation, a trade deal between states an accord
    "Moving forward, Taylor Swift has a new record deal in place with Universal Music Group.": (
        "06",
        "Taylor Swift",
        "Universal Music Group",
    ),
    "Nike signed a sponsorship deal with Cristiano Ronaldo.": ("06", "Nike", "Cristiano Ronaldo"),
    # a contract is business, not a diplomatic accord
    "Tom Keller signed a two-year contract with the Boston Bruins.": (
        "06",
        "Tom Keller",
        "Boston Bruins",
    ),
    "Donald Trump signed a trade deal with China.": ("05", "Donald Trump", "China"),
    # becoming a shareholder of a company is a stake bought in it
    "Alden Global Capital became the largest shareholder of Tribune Publishing.": (
        "06",
        "Alden Global Capital",
        "Tribune Publishing",
    ),
    # a stake held by someone is theirs: buying it is a deal with them
    "Alden Global Capital said it had become the largest shareholder of Tribune, by acquiring "
    "the entire 25.2% stake held by Tribune's former chairman, Michael Ferro.": (
        "06",
        "Alden Global Capital",
        "Michael Ferro",
    ),
    # officials or executives from a country or company stand for it
    "Vladimir Putin met with officials from China on Tuesday.": ("04", "Vladimir Putin", "China"),
    # a hearing held with someone consults them
    "The California Public Utilities Commission holds a public hearing Wednesday with "
    "executives from AT&T, Comcast and T-Mobile.": (
        "04",
        "California Public Utilities Commission",
        "Comcast",
    ),
    # what is announced as made with a named party is work done together
    "Ascom announced a new clinical alarm management solution with Dräger on Monday.": (
        "06",
        "Ascom",
        "Dräger",
    ),
    # a statement that a named person is among the best praises them
    "Tottenham Hotspur said in a statement: \"Jose Mourinho is one of the world's most "
    'accomplished managers having won 25 senior trophies."': (
        "05",
        "Tottenham Hotspur",
        "Jose Mourinho",
    ),
    # a lifeline received comes from its giver
    "After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork is now "
    "cutting costs.": ("07", "SoftBank", "WeWork"),
    # a named passive subject is the named object a rule asks for
    "Myles Garrett has been suspended without pay by the NFL for the rest of the season.": (
        "17",
        "National Football League",
        "Myles Garrett",
    ),
    # the police dragging someone out coerce him; staff put on leave are punished
    "Julian Assange stayed in the embassy for years. That refuge ended in April, when he was "
    "dragged out by British police.": ("17", "United Kingdom", "Julian Assange"),
    "After Epstein's death, the Bureau of Prisons placed Tova Noel and Michael Thomas on "
    "administrative leave.": ("17", "Bureau of Prisons", "Michael Thomas"),
    # members of a body act for it; questioning what a named party does criticises it
    "Republican members of Congress questioned NASA's use of the SLS.": ("11", "Congress", "NASA"),
    # a finite verb conjoined to a promised action is done, not promised
    "Andy Beshear promised to protect Medicaid and hammered Matt Bevin on his plan.": (
        "11",
        "Andy Beshear",
        "Matt Bevin",
    ),
    # "name participle name" the parser read as one name phrase is a clause
    "Over the weekend, Trump assailed Williams as part of the Never Trumpers who oppose his "
    "presidency.": ("11", "Trump", "Williams"),
    # a duration of talks with a named party still reports the talks
    "Antony Blinken met Xi Jinping in Beijing, after more than five hours of talks with the "
    "foreign minister, Wang Yi.": ("04", "Antony Blinken", "Wang Yi"),
    # criticism or praise drawn from someone is theirs
    "Boris Johnson drew criticism from Jeremy Corbyn on Monday.": (
        "11",
        "Jeremy Corbyn",
        "Boris Johnson",
    ),
    # a chat with someone consults them
    "During the visit, Prince Andrew had long chats with Jeffrey Epstein in Central Park.": (
        "04",
        "Andrew",
        "Jeffrey Epstein",
    ),
}


@pytest.mark.parametrize(("text", "expected"), WHO_DID_WHAT.items(), ids=range(len(WHO_DID_WHAT)))
def test_who_did_what_to_whom(analyze, text, expected):
    assert expected in _coded(analyze(article(text)))


def test_the_company_in_a_persons_title_is_not_a_second_party(analyze):
    text = (
        "Apple was pulled into the enterprise, CEO Tim Cook said Tuesday in a fireside chat "
        "with Salesforce founder and co-CEO Marc Benioff."
    )
    consulted = {a2 for code, _, a2 in _coded(analyze(article(text))) if code == "04"}
    assert consulted == {"Marc Benioff"}


def test_what_is_done_beside_a_promise_is_asserted(analyze):
    text = "Andy Beshear promised to protect Medicaid and hammered Matt Bevin on his plan."
    events = named_events(analyze(article(text)))
    assert ("111", "Matt Bevin", "asserted") in {(c, a2, e.modality) for c, _, a2, e in events}


def test_a_threat_to_hit_a_country_does_not_say_with_what(analyze):
    text = (
        "Donald Trump gave Vladimir Putin 50 days to agree a deal, threatening to hit Russia "
        "and the countries that buy its oil with tariffs if the Kremlin refuses."
    )
    codes = {(code, a2) for code, _, a2, _ in named_events(analyze(article(text)))}
    assert ("130", "Russia") in codes  # not 138, a threat of military force


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Gordon Sondland told visiting Ukrainian officials to deliver.", "04"),  # an adjective
        ("Donald Trump described a meeting at the White House on Tuesday.", "04"),  # where
        (  # an investigation without its own agent
            "Marie Yovanovitch testified before the House Intelligence Committee in the "
            "impeachment inquiry against President Donald Trump.",
            "09",
        ),
        (  # a relative pronoun stands for a name, not for a kind of thing
            "Donald Trump said the United States would send Ukraine new weapons, including "
            "Patriot air defence systems, which European members of Nato would buy from "
            "American manufacturers.",
            "06",
        ),
        ("Patrick Soon-Shiong remains a major shareholder of Tribune.", "06"),  # no change
        ("The talks were dragged out by Russia for months.", "17"),  # prolonged, no person
        ("Joe Biden placed emphasis on the economy.", "17"),  # on no leave
        ("Police questioned John Smith about the robbery.", "11"),  # asking, not criticising
        ("Tribune sold the paper after three years of negotiations.", "04"),  # a duration
        ("The Senate Judiciary Committee held a hearing on Tuesday.", "04"),  # with no one
        (  # drama injected into talks is no money: the talks are the event
            "Donald Trump has injected similar drama into trade talks with other partners, "
            "including Japan.",
            "07",
        ),
        # the partner of an announced product is not whom the announcement is made to
        ("Ascom announced a new clinical alarm management solution with Dräger.", "01"),
        ("“Matt Bevin hasn't done a good job,” Donald Trump said.", "05"),  # not praise
        ("Donald Trump said Vladimir Putin is a great threat.", "05"),  # an intensifier
        ("Joe Biden said Donald Trump is not a good president.", "05"),  # negated
        ("“Matt Bevin has done the job,” Donald Trump said.", "05"),  # no verdict
        ("“Matt Bevin lost a great race,” Donald Trump tweeted.", "05"),  # not of his work
        # another sense of a protest verb: recovering, showing, mobilising
        ("Pierre-Hugues Herbert rallied to defeat Ben McLachlan 6-4, 7-5 in Madrid.", "14"),
        ("Donald Trump left abruptly, as demonstrated by his departure from Paris.", "14"),
        ("Xi Jinping called on Russia to rally the Global South.", "14"),
        # what should or must happen has not happened
        ("NATO must support Ukraine, Joe Biden said.", "05"),
        ("Xi Jinping said China and Russia should deepen their strategic coordination.", "05"),
        # a threat something is said to be is a danger it poses, not a threat made
        ("Hong Kong's street battles are an existential threat to Xi Jinping's regime.", "13"),
        # what is needed has not happened
        ("Rudy Giuliani believed Ukraine needed to investigate Burisma.", "09"),
        # what would have happened did not
        ("Kurt Volker said he would have objected to Ukraine opening an investigation.", "11"),
        # nor did what it says would have been done (modality.is_speculative)
        (
            "Angela Merkel later said she would have objected to Poland opening an "
            "investigation into Donald Tusk.",
            "09",
        ),
        ('Joe Biden said he would have "hesitated" to send tanks to Ukraine.', "07"),
        # what a definite subject is said to be refers back (back_references)
        ("The package was the largest single tranche of German aid to Poland this decade.", "07"),
        # a withdrawal from no one named is not coded (events.TARGETED_ROOTS)
        ("The United States has withdrawn from several international bodies, Xi said.", "16"),
        # nor a release of people none of whom is named (events.TARGETED_CODES)
        ("Hamas freed three hostages in Gaza on Sunday.", "08"),
        ("Joe Biden said Donald Trump's request was not inappropriate.", "11"),  # negated
        ("Joe Biden said the weather in Moscow was dangerous.", "11"),  # no doer
        ("Joe Biden said Donald Trump's health is weak.", "11"),  # bad news, no blame
        # a claim called false is denied; its maker is not criticised
        ("Joe Biden told CNN that Donald Trump's allegations are false.", "11"),
        # insisting that something is so is a statement, not a demand
        ("Donald Trump insisted that China was cheating on trade.", "10"),
        (  # what a statement announces is not whom it is made to
            "NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp. and "
            "Ceres Robotics to join its program.",
            "01",
        ),
    ],
)
def test_no_event_of_that_root_is_read_into(analyze, text, root):
    assert not any(code == root for code, _, _ in _coded(analyze(article(text))))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank Group Corp agreed to inject $6.5 billion in debt and equity into WeWork Inc.",
            ("071", "SoftBank Group Corp", "WeWork Inc.", "intended"),
        ),
        (
            "Germany agreed to provide weapons to Ukraine.",
            ("072", "Germany", "Ukraine", "intended"),
        ),
    ],
)
def test_agreeing_to_give_is_the_giving_intended(analyze, text, expected):
    events = named_events(analyze(article(text)))
    assert expected in {(code, a1, a2, e.modality) for code, a1, a2, e in events}


def test_the_police_arresting_someone_for_an_assault_did_not_assault(analyze):
    text = "John Smith was arrested by the Columbus Police Department for assaulting Mary Jones."
    assaults = {(a1, a2) for code, a1, a2 in _coded(analyze(article(text))) if code == "18"}
    assert ("Columbus Police Department", "Mary Jones") not in assaults


def test_a_denial_of_doing_something_is_a_denial(analyze):
    events = named_events(
        analyze(article("Big Machine Records has twice denied doing anything wrong."))
    )
    assert [(code, a1) for code, a1, _, _ in events] == [("016", "Big Machine Records")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the company is the company the article names most
            "Big Machine Records said on Monday that Taylor Swift could perform. "
            "Big Machine Records also said it had talked to Netflix. "
            "The company denied the allegations in a statement.",
            ("016", "Big Machine Records"),
        ),
        (  # "the British royal" is the person the article opened with (alias Prince Andrew)
            "Prince Andrew, the younger brother of the heir to the British throne, Charles, "
            "has told friends the interview was a success. "
            "In it, the British royal blankly denied having sex with underage girls.",
            ("016", "Andrew"),
        ),
    ],
)
def test_a_description_stands_for_the_one_the_article_is_about(analyze, text, expected):
    events = named_events(analyze(article(text)))
    assert expected in {(code, a1) for code, a1, _, _ in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tova Noel and Michael Thomas pleaded not guilty in federal court on Tuesday.",
            {("016", "Tova Noel"), ("016", "Michael Thomas")},
        ),
        ("John Smith pleaded guilty to the charges on Monday.", set()),  # a step in court
        (
            "Big Machine Records said on Monday that Taylor Swift could perform. "
            "The company that runs the AMAs, Dick Clark Productions, denies that anything "
            "has been sorted.",
            {("016", "Dick Clark Productions")},
        ),
        ("Dale Ford disputed that Mike was estranged from the family.", {("016", "Dale Ford")}),
        # a gerund is a clause denied, whatever its verb
        ("Tehran has denied sending weapons to Moscow.", {("016", "Iran")}),
    ],
)
def test_denials_and_pleas_need_no_target(analyze, text, expected):
    events = named_events(analyze(article(text)))
    assert {(code, a1) for code, a1, a2, _ in events if a2 is None} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tehran has denied sending weapons to Moscow.",
        "The Kremlin denied that its forces had attacked Kyiv or shelled Kharkiv.",
        "Dale Ford disputed that Mike had met Elise in Minneapolis.",
    ],
)
def test_what_a_denial_denies_did_not_happen(analyze, text):
    events = named_events(analyze(article(text)))
    assert [code[:2] for code, _, _, _ in events] == ["01"]


def test_a_home_town_is_not_the_actor_of_a_person_from_there(analyze):
    events = named_events(analyze(article("A New York man pleaded guilty to the charges.")))
    assert not any(a1 == "New York" for _, a1, _, _ in events)


# "text" -> (root, {actor, actor}) for events between equals, either way round
BETWEEN_EQUALS = {
    # subjects acting on each other are each others target
    "Boris Johnson and Jeremy Corbyn criticised each other in the debate on Tuesday.": (
        "11",
        frozenset({"Boris Johnson", "Jeremy Corbyn"}),
    ),
    # talks between two sides have both sides
    "Indeed, analysts say that talks have resumed between McClatchy and Tribune Publishing.": (
        "04",
        frozenset({"McClatchy", "Tribune Publishing"}),
    ),
    # a merger of two companies has both as sides
    "The merger of Gannett and GateHouse became final on Tuesday.": (
        "06",
        frozenset({"Gannett", "GateHouse"}),
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), BETWEEN_EQUALS.items(), ids=range(len(BETWEEN_EQUALS))
)
def test_events_between_equals(analyze, text, expected):
    assert expected in _pairs(analyze(article(text)))


@pytest.mark.parametrize(
    ("introduction", "actor"),
    [
        (
            "The California Public Utilities Commission held a hearing on Wednesday.",
            "California Public Utilities Commission",
        ),
        # two organisations with that head noun: unclear, so no one
        (
            "The California Public Utilities Commission and the Federal Communications "
            "Commission held a hearing on Wednesday.",
            None,
        ),
    ],
)
def test_the_head_noun_of_one_organisations_name_stands_for_it(analyze, introduction, actor):
    text = f"{introduction} The commission accused AT&T of misleading customers."
    accusers = {a1 for code, a1, a2 in _coded(analyze(article(text))) if a2 == "AT&T"}
    assert accusers == ({actor} if actor else set())


@pytest.mark.parametrize(
    "introduction",
    [
        "The House Intelligence Committee sat for nine hours on Tuesday.",
        # a short and a full form of one name: one organisation, not two
        "The House Intelligence Committee sat for nine hours on Tuesday. The Intelligence "
        "Committee has 22 members.",
    ],
)
def test_the_head_noun_of_an_organisations_name_is_whom_a_statement_is_told(analyze, introduction):
    text = f"{introduction} Kurt Volker told the committee he tried to work with Rudy Giuliani."
    assert ("01", "Kurt Volker", "House Intelligence Committee") in _coded(analyze(article(text)))


def test_a_team_playing_at_another_teams_ground_is_no_visit(analyze):
    text = (
        "The Lakers beat the Thunder 112-107 on Monday in Los Angeles. "
        "Thunder: Host the Lakers on Friday. Lakers: Visit the Thunder on Friday."
    )
    assert not {event for event in _coded(analyze(article(text))) if event[0] == "04"}


@pytest.mark.parametrize(
    ("organisation", "staff", "punished"),
    [
        ("The Bureau of Prisons", "prison officials", {"Bureau of Prisons"}),
        # "security officials" are the state's agents, not the agency named for security
        ("The Department of Homeland Security", "security officials", set()),
    ],
)
def test_people_named_by_a_word_of_an_organisations_name_act_for_it(
    analyze, organisation, staff, punished
):
    text = (
        f"{organisation} opened an inquiry on Monday. After the escape, {staff} placed "
        "the guards Tom Reed and Ann Cole on administrative leave."
    )
    coded = _coded(analyze(article(text)))
    assert {a1 for code, a1, a2 in coded if code == "17" and a2 == "Tom Reed"} == punished


def test_a_release_of_named_people_is_still_coded(analyze):
    text = "The Taliban released two hostages, Kevin King and Timothy Weeks, on Tuesday."
    assert ("08", "Taliban", "Kevin King") in _coded(analyze(article(text)))
