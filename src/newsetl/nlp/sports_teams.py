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

(A city standing alone for its team, "Carolina beat Chicago", is not typed here: the batch
keeps one type per name, and the city is a place in most articles.)
"""

from __future__ import annotations

from spacy.tokens import Span

from newsetl.nlp.known_places import is_known_place
from newsetl.nlp.names import SPORTS_POSITIONS

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
