"""Teams of the four North American major leagues, named by their nickname: "the
Clippers", "the Oklahoma City Thunder", "the New York Islanders", "Browns DL Sheldon
Richardson", "last week's Browns-Steelers game".

The small model types a nickname as a person or a product, runs a city into a place
("Oklahoma City" GPE, "Thunder" left out) or misses it. A nickname is a team where the
writing shows it: after "the" or its city, joined by a hyphen to another team's nickname,
or before a roster position ("Browns DL"). The city before it belongs to the name. A
nickname inside a longer name ("Magic Johnson", "the Tamil Tigers", "the Heat Index")
is left alone, and so are nicknames that are as often a people, a family or a title
("the Texans", "the Royals", "the Cardinals").

A city or state standing alone for its team ("Cleveland DL Larry Ogunjobi", and in an
article that names a team, "Carolina beat Chicago", "lead St. Louis past Tampa Bay") is the
team too (:func:`places_standing_for_teams`): an organisation distinct from the place of the
same name, which the batch keeps as a place.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from newsetl.nlp.known_places import is_country, is_known_place
from newsetl.nlp.names import SPORTS_POSITIONS
from newsetl.nlp.resolve import Mention

# NFL, NBA, NHL and MLB nicknames, as written; a nickname of two words is one entry.
TEAM_NICKNAMES = frozenset(
    {"Cardinals", "Falcons", "Ravens", "Bills", "Panthers", "Bears", "Bengals", "Browns",
     "Cowboys", "Broncos", "Lions", "Packers", "Texans", "Colts", "Jaguars", "Chiefs",
     "Raiders", "Chargers", "Rams", "Dolphins", "Vikings", "Patriots", "Saints", "Giants",
     "Jets", "Eagles", "Steelers", "49ers", "Seahawks", "Buccaneers", "Titans", "Commanders"}
    | {"Hawks", "Celtics", "Nets", "Hornets", "Bulls", "Cavaliers", "Mavericks", "Nuggets",
       "Pistons", "Warriors", "Rockets", "Pacers", "Clippers", "Lakers", "Grizzlies", "Heat",
       "Bucks", "Timberwolves", "Pelicans", "Knicks", "Thunder", "Magic", "76ers", "Suns",
       "Trail Blazers", "Kings", "Spurs", "Raptors", "Jazz", "Wizards"}
    | {"Ducks", "Coyotes", "Bruins", "Sabres", "Flames", "Hurricanes", "Blackhawks",
       "Avalanche", "Blue Jackets", "Red Wings", "Oilers", "Wild", "Canadiens", "Predators",
       "Devils", "Islanders", "Rangers", "Senators", "Flyers", "Penguins", "Sharks", "Kraken",
       "Blues", "Lightning", "Maple Leafs", "Canucks", "Golden Knights", "Capitals"}
    | {"Diamondbacks", "Braves", "Orioles", "Red Sox", "Cubs", "White Sox", "Reds",
       "Guardians", "Rockies", "Tigers", "Astros", "Royals", "Angels", "Dodgers", "Marlins",
       "Brewers", "Twins", "Mets", "Yankees", "Athletics", "Phillies", "Pirates", "Padres",
       "Mariners", "Rays", "Blue Jays", "Nationals"}
)  # fmt: skip
# as often a people, a family, a title or a rank: "the Texans", "the Royals", "the Kings"
_AMBIGUOUS = frozenset(
    {"Cardinals", "Texans", "Vikings", "Commanders", "Kings", "Royals", "Senators", "Angels"}
)
# "Pittsburgh quarterback Mason Rudolph", "Barcelona soccer player Gerard Pique"
_ROLE_NOUNS = frozenset(
    {"quarterback", "end", "back", "linebacker", "cornerback", "receiver", "lineman", "rusher",
     "tackle", "center", "guard", "forward", "striker", "goalkeeper", "goalie", "defenseman", "pitcher",
     "shortstop", "outfielder", "infielder", "catcher", "coach", "player", "midfielder"}
)  # fmt: skip
# "Carolina beat Chicago", "rolled past Northern Illinois", "a loss at Minnesota"
_OPPONENT_PREPOSITIONS = frozenset({"past", "against"})
_GAME_NOUNS = frozenset({"loss", "win", "victory", "defeat", "game", "rematch"})
_ACTING_DEPENDENCIES = frozenset({"nsubj", "nsubjpass", "dobj"})
# "soccer player", "defensive end", "pass rusher", "head coach"
_ROLE_MODIFIERS = frozenset(
    {"soccer", "football", "basketball", "hockey", "baseball", "defensive", "offensive",
     "pass", "head", "assistant", "wide", "tight", "running", "point", "star"}
)  # fmt: skip
_MAX_ROLE_WORDS = 3
_MAX_NICKNAME_WORDS = 2
_MAX_CITY_WORDS = 3
_HYPHENS = frozenset({"-", "–"})


def with_named_teams(sentence: Span, spans: list[Span]) -> list[Span]:
    """The model's spans with each team named by its nickname as one ORG span; a model
    span that runs past the team keeps its part after it ("DL Sheldon Richardson")."""
    found = _teams(sentence)
    teams = [team for team in found if not _inside_another_name(team, spans, found)]
    if not teams:
        return spans
    kept: list[Span] = []
    for span in spans:
        overlapping = [team for team in teams if team.start < span.end and span.start < team.end]
        if not overlapping:
            kept.append(span)
        elif span.end > overlapping[-1].end:
            kept.append(Span(span.doc, overlapping[-1].end, span.end, label=span.label_))
    return sorted(kept + teams, key=lambda span: span.start)


def team_names(spans: list[Span]) -> set[str]:
    """The surface names of the ORG spans :func:`with_named_teams` made."""
    return {span.text for span in spans if span.label_ == "ORG" and _ends_in_nickname(span)}


def _teams(sentence: Span) -> list[Span]:
    doc = sentence.doc
    teams: list[Span] = []
    index = sentence.start
    while index < sentence.end:
        size = _nickname_at(sentence, index)
        if size == 0:
            index += 1
            continue
        start = _city_start(sentence, index)
        if _team_shown(sentence, start, index, index + size) and not _starts_a_longer_name(
            sentence, index + size
        ):
            teams.append(Span(doc, start, index + size, label="ORG"))
        index += size
    return teams


def _nickname_at(sentence: Span, index: int) -> int:
    doc = sentence.doc
    if not doc[index].text[:1].isupper() and not doc[index].text[:1].isdigit():
        return 0  # every nickname starts so ("Browns", "49ers"): most words end here, cheaply
    for size in range(_MAX_NICKNAME_WORDS, 0, -1):
        if index + size > sentence.end:
            continue
        words = doc[index : index + size]
        if words.text in TEAM_NICKNAMES and words.text not in _AMBIGUOUS:
            return size
    return 0


def _starts_a_longer_name(sentence: Span, end: int) -> bool:
    """ "the Heat Index", "the Magic Keyboard": a capitalised word after the nickname."""
    after = sentence.doc[end] if end < sentence.end else None
    return (
        after is not None
        and after.text[:1].isupper()
        and after.is_alpha
        and after.text not in SPORTS_POSITIONS
    )


def _city_start(sentence: Span, nickname: int) -> int:
    """ "the Oklahoma City Thunder" -> where "Oklahoma" starts; else the nickname's start."""
    doc = sentence.doc
    for size in range(_MAX_CITY_WORDS, 0, -1):
        start = nickname - size
        if start < sentence.start:
            continue
        city = doc[start:nickname]
        if all(token.text[:1].isupper() for token in city) and is_known_place(city.text):
            return start
    return nickname


def _team_shown(sentence: Span, start: int, nickname: int, end: int) -> bool:
    doc = sentence.doc
    before = doc[start - 1] if start > sentence.start else None
    after = doc[end] if end < sentence.end else None
    return (
        start < nickname  # its city: "the Pittsburgh Penguins"
        or (before is not None and before.lower_ == "the")
        or (after is not None and after.text in SPORTS_POSITIONS)  # "Browns DL"
        or _hyphen_joined_nickname(sentence, start, end)  # "Browns-Steelers"
    )


def _hyphen_joined_nickname(sentence: Span, start: int, end: int) -> bool:
    doc = sentence.doc
    return (
        end + 1 < sentence.end and doc[end].text in _HYPHENS and _nickname_at(sentence, end + 1) > 0
    ) or (
        start - 2 >= sentence.start
        and doc[start - 1].text in _HYPHENS
        and _nickname_at(sentence, start - 2) > 0
    )


def _inside_another_name(team: Span, spans: list[Span], teams: list[Span]) -> bool:
    """ "Magic Johnson", "the Tamil Tigers": a model span that starts before the team or
    runs on past it with anything but "the", another team ("Browns-Steelers") or a roster
    position is another name."""
    teamed = {token.i for other in teams for token in other}
    doc = team.doc
    for span in spans:
        if span.end <= team.start or team.end <= span.start:
            continue
        before = range(span.start, team.start)
        if any(
            i not in teamed and doc[i].lower_ != "the" and doc[i].text not in _HYPHENS
            for i in before
        ):
            return True
        after = doc[team.end] if span.end > team.end else None
        if (
            after is not None
            and after.text not in SPORTS_POSITIONS
            and not (after.text in _HYPHENS and after.i + 1 in teamed)
        ):
            return True
    return False


def _ends_in_nickname(span: Span) -> bool:
    words = span.text.split()
    return any(
        " ".join(words[-size:]) in TEAM_NICKNAMES for size in range(1, _MAX_NICKNAME_WORDS + 1)
    )


def places_standing_for_teams(
    doc: Doc, kept: Iterable[tuple[Mention, range]], names_a_team: bool
) -> list[Mention]:
    """City and state names that stand for a team: before a player's position anywhere;
    in an article that names a team, also as the subject or object of a verb or a
    game's opponent ("against Pittsburgh"). A country is left alone (a national side is
    written as the country), and so is a place modifying anything else ("a St. Louis
    native") or after a place preposition ("in Oklahoma City")."""
    teams = []
    for mention, tokens in kept:
        if mention.type not in {"GPE", "LOC"} or is_country(mention.text):
            continue
        if _before_a_position(doc, tokens) or (names_a_team and _acts_as_a_team(doc, tokens)):
            teams.append(mention)
    return teams


def _before_a_position(doc: Doc, tokens: range) -> bool:
    """ "Cleveland DL Larry Ogunjobi", "Pittsburgh quarterback Mason Rudolph", "Barcelona
    soccer player Gerard Pique": a player credited with team and position. Not "the New
    York detention center", nor "the Pittsburgh quarterback" without his name."""
    for token in doc[tokens.stop : tokens.stop + _MAX_ROLE_WORDS]:
        if token.text in SPORTS_POSITIONS or (token.lower_ in _ROLE_NOUNS and token.text.islower()):
            return _starts_a_name(doc, token.i + 1)
        if token.lower_ not in _ROLE_MODIFIERS:
            return False
    return False


def _starts_a_name(doc: Doc, index: int) -> bool:
    return index < len(doc) and doc[index].pos_ == "PROPN" and doc[index].text[:1].isupper()


def _acts_as_a_team(doc: Doc, tokens: range) -> bool:
    """ "Carolina beat Chicago", "lead St. Louis past Tampa Bay", "a loss at Minnesota"."""
    if _before_its_region(doc, tokens):
        return False
    head = doc[tokens.stop - 1]
    while head.head.i in tokens and head.head.i != head.i:
        head = head.head
    governor = head.head
    if head.dep_ in _ACTING_DEPENDENCIES:
        return governor.pos_ in {"VERB", "AUX"}
    if head.dep_ == "pobj" and governor.lower_ in _OPPONENT_PREPOSITIONS:
        return True
    return head.dep_ == "pobj" and governor.lower_ == "at" and governor.head.lower_ in _GAME_NOUNS


def _before_its_region(doc: Doc, tokens: range) -> bool:
    """ "Dekalb, Ill. — Mike Glass threw ...": a dateline's place, whatever the parse."""
    return (
        tokens.stop + 1 < len(doc)
        and doc[tokens.stop].text == ","
        and is_known_place(doc[tokens.stop + 1].text)
    )
