"""Where one model span holds two names, or half a name: the splits and joins that
turn the model's entity spans into name spans ("Garrett hit Rudolph" -> two people,
"the US Justice Department" -> US + Justice Department, "Virginia Democrats" ->
Virginia + Democrats, "Braun's Ithaca Holdings" -> two names, "Fortress Investment"
+ "Group" -> one company)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsetl.nlp import gazetteer
from newsetl.nlp.known_places import is_known_place, is_major_place
from newsetl.nlp.names import (
    canonical_form,
    clean_surface,
    country_of,
    in_gazetteer,
    names_an_award_category,
)
from newsetl.nlp.person_cues import OCCUPATIONS

_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_QUANTITY_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT"})
# owners inside a body's name: "the People's Liberation Army", "the Workers' Party"
_GROUPS_OF_PEOPLE = frozenset(
    {"people", "children", "women", "men", "workers", "veterans", "farmers", "citizens"}
)


def with_possessive_org_head(span: Span) -> Span:
    """ "Bartholomew County Sheriff" + "'s Department": the possessive is inside the name."""
    doc = span.doc
    end = span.end
    if _is_particle(span[0]):
        return span  # "von der Leyen's Commission": a person's, not an office's name
    if span[-1].text not in _POSSESSIVE_MARKS:
        if end >= len(doc) or doc[end].text not in _POSSESSIVE_MARKS:
            return span
        end += 1  # the model stopped before the "'s"
    if (
        end < len(doc)
        and doc[end].text[:1].isupper()
        and doc[end].lower_ in gazetteer.ORG_SUFFIXES
        and doc[end].ent_iob_ != "B"
    ):
        return Span(doc, span.start, end + 1, label=span.label_)
    return span


def split_at_possessive(span: Span) -> list[Span]:
    """ "Braun's Ithaca Holdings": an owner's possessive before a full name of its own is
    two names (not "Sheriff's Department", "People's Republic of China" or "the People's
    Liberation Army", where the possessive is inside one: the owner is a department's
    word or a group of people, which owns no body of its own name)."""
    if in_gazetteer(clean_surface(span.text)):
        return [span]
    for token in span[1:-2]:
        rest = span.doc[token.i + 1 : span.end]
        if (
            token.text in _POSSESSIVE_MARKS
            and span.doc[token.i - 1].lower_ not in _GROUPS_OF_PEOPLE
            and rest[0].text[:1].isupper()
            and rest[0].lower_ not in gazetteer.ORG_SUFFIXES
            and rest[0].lower_ not in gazetteer.INSTITUTION_WORDS
        ):
            owner = Span(span.doc, span.start, token.i, label=span.label_)
            return [owner, Span(span.doc, token.i + 1, span.end, label=span.label_)]
    return [span]


def with_office_title(span: Span) -> Span:
    """ "the New York State" + "Attorney General": an office title right after a place
    belongs to the name, which is the office's."""
    doc = span.doc
    for length in (2, 1):
        end = span.end + length
        words = doc[span.end : end]
        if (
            end <= len(doc)
            and all(word.is_title for word in words)
            and words.text.casefold() in gazetteer.PUBLIC_OFFICES
        ):
            return Span(doc, span.start, end, label="ORG")
    return span


def joined_company_words(spans: list[Span]) -> list[Span]:
    """ "GateHouse" + "Media" tagged as two touching spans: a company word right after a
    name belongs to it; and so does a one-word "person" the parser hangs a one-word company
    on as a compound ("Lockheed" ORG + "Martin" PERSON: one name, Lockheed Martin)."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.end == span.start
            and len(span) == 1
            and (_company_word_after(previous, span) or _second_half_of_a_company(previous, span))
        ):
            joined[-1] = Span(span.doc, previous.start, span.end, label="ORG")
        else:
            joined.append(span)
    return joined


def _company_word_after(previous: Span, span: Span) -> bool:
    """ "GateHouse" + "Media": a company word after a name (not after a date or a sum)."""
    return span[0].lower_ in gazetteer.ORG_SUFFIXES and previous.label_ not in _QUANTITY_LABELS


def _second_half_of_a_company(previous: Span, span: Span) -> bool:
    return (
        previous.label_ == "ORG"
        and span.label_ == "PERSON"
        and len(previous) == 1
        and previous[0].dep_ == "compound"
        and previous[0].head.i == span.start
        and not (span.end < len(span.doc) and span.doc[span.end].pos_ == "PROPN")
    )


_COORDINATORS = frozenset({"and", "&"})
_ACRONYM_SKIPPED = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def joined_by_acronym(spans: list[Span], acronyms: set[str]) -> list[Span]:
    """ "Customs" + "and" + "Border Protection" in an article that writes "CBP": two names
    joined by "and" whose initials are an acronym the article uses are one name (the model
    cuts "Customs and Border Protection" and "Immigration and Customs Enforcement" at the
    "and"). The second half need not be tagged."""
    joined: list[Span] = []
    skip_until = -1
    for span in spans:
        if span.start < skip_until:
            continue
        whole = _coordinated_name(span, acronyms) if span.label_ == "ORG" else None
        if whole is None:
            joined.append(span)
            continue
        joined.append(whole)
        skip_until = whole.end
    return joined


def _coordinated_name(span: Span, acronyms: set[str]) -> Span | None:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _COORDINATORS:
        return None
    end = span.end + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        end += 1
    if end == span.end + 1:
        return None
    start = span.start + (doc[span.start].lower_ == "the")
    words = [token.text for token in doc[start:end] if token.lower_ not in _ACRONYM_SKIPPED]
    initials = "".join(word[0] for word in words)
    return Span(doc, start, end, label="ORG") if initials in acronyms else None


# "Roe v. Wade"; not "vs." ("Lakers vs. Celtics"), and no known place for a party
# ("England v Wales")
_CASE_JOINS = frozenset({"v.", "v"})
# the last words of an institution named after the place it serves: "the Supreme Court of
# Israel", "the Constitutional Court of Moldova", "the National Bank of Ukraine"
_INSTITUTION_HEADS = frozenset(
    {"court", "parliament", "assembly", "council", "bank", "university", "ministry"}
    | {"senate", "academy", "tribunal", "commission", "government", "cabinet"}
)


def joined_court_cases(spans: list[Span]) -> list[Span]:
    """ "Rucho v. Common Cause", tagged as two parties (or "Citizens United v." and an
    untagged "FEC"): a case's name, one LAW (OntoNotes types a court case as a law)."""
    by_start = {span.start: span for span in spans}
    joined: list[Span] = []
    absorbed: set[int] = set()
    for span in spans:
        if span.start in absorbed:
            continue
        join = _case_join_after(span)
        if join is None:
            joined.append(span)
            continue
        other = by_start.get(join + 1)
        if other is not None and _party(other):
            absorbed.add(other.start)
            end = other.end
        else:
            end = join + 1
            while end < len(span.doc) and _party_word(span.doc[end]) and end not in by_start:
                end += 1
        joined.append(Span(span.doc, span.start, end, label="LAW") if end > join + 1 else span)
    return joined


_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LAW"})


def _case_join_after(span: Span) -> int | None:
    """The index of the "v." that ends the span or follows it."""
    if not _party(span):
        return None
    if len(span) > 1 and span[-1].lower_ in _CASE_JOINS:
        return span.end - 1
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _CASE_JOINS and doc[span.end].i > 0:
        return span.end
    return None


def _party(span: Span) -> bool:
    name = span[:-1] if span[-1].lower_ in _CASE_JOINS else span
    return span.label_ in _PARTY_LABELS and not (
        country_of(name.text) is not None or is_major_place(name.text)
    )


def _party_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def joined_institution_places(spans: list[Span]) -> list[Span]:
    """ "the Supreme Court of Israel", tagged "Supreme Court" + "Israel": an institution
    named with the place it serves is one organisation ("the US Supreme Court", with the
    place before it, stays two names)."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.label_ == "ORG"
            and span.label_ == "GPE"
            and previous.end + 1 == span.start
            and span.doc[previous.end].lower_ == "of"
            and previous[-1].lower_ in _INSTITUTION_HEADS
        ):
            joined[-1] = Span(span.doc, previous.start, span.end, label="ORG")
        else:
            joined.append(span)
    return joined


def joined_surname_particles(spans: list[Span]) -> list[Span]:
    """ "Ursula von der" + "Leyen", "von der" + "Leyen's Commission", "by von der Leyen"
    with "Leyen" alone tagged, "Von der Leyen said" typed ORG: a surname with its
    particles is a person's name, particles included (an owner's possessive still ends
    it: "von der Leyen" + "Commission")."""
    doc = spans[0].doc if spans else None
    by_start = {span.start: span for span in spans}
    ends = {span.end for span in spans}
    joined: list[Span] = []
    absorbed: set[int] = set()
    for span in spans:
        if span.start in absorbed:
            continue
        following = by_start.get(span.end)
        if (
            span.label_ == "PERSON"
            and _is_particle(span[-1])
            and following is not None
            and following[0].text[:1].isupper()
        ):
            absorbed.add(following.start)
            joined += _surname_and_owned(doc, span.start, following)
            continue
        start = span.start
        while start > 0 and _is_particle(doc[start - 1]):
            start -= 1
        if start < span.start and start not in ends and not _capitalised_word(doc, start - 1):
            joined += _surname_and_owned(doc, start, span)
        elif _capitalised_particles(span) and span.label_ != "PERSON":
            joined.append(Span(doc, span.start, span.end, label="PERSON"))
        else:
            joined.append(span)
    return joined


def _is_particle(token: Token) -> bool:
    return token.is_lower and token.lower_ in gazetteer.SURNAME_PARTICLES


def _capitalised_word(doc, index: int) -> bool:
    """ "Ursula von der Leyen" cut before "von": a first name the model left out."""
    return index >= 0 and doc[index].pos_ == "PROPN" and doc[index].text[:1].isupper()


def _capitalised_particles(span: Span) -> bool:
    """ "Von der Leyen" at a sentence's start ("Van Halen" is left alone)."""
    return len(span) > 2 and span[0].lower_ in {"von", "van"} and _is_particle(span[1])


def _surname_and_owned(doc, start: int, span: Span) -> list[Span]:
    owner = next((t.i for t in span[:-1] if t.text in _POSSESSIVE_MARKS), None)
    if owner is None:
        return [Span(doc, start, span.end, label="PERSON")]
    owned = Span(doc, owner + 1, span.end, label=span.label_)
    return [Span(doc, start, owner + 1, label="PERSON"), owned]


def with_plus_service(spans: list[Span]) -> list[Span]:
    """ "Disney+", "Apple" + "TV+": a name ending in a glued plus is a streaming service,
    a PRODUCT (the model tags its maker, or the whole name as the company)."""
    result: list[Span] = []
    starts = {span.start for span in spans}
    for span in spans:
        doc, end = span.doc, span.end
        following = doc[end] if end < len(doc) else None
        if (
            following is not None
            and end not in starts
            and span[-1].whitespace_  # "Apple TV+", not a plus glued to the name
            and _plus_name(following.text)
        ):
            end += 1
        if span.label_ in _PARTY_LABELS and _plus_name(doc[end - 1].text):
            result.append(Span(doc, span.start, end, label="PRODUCT"))
        else:
            result.append(span)
    return result


def _plus_name(text: str) -> bool:
    return len(text) > 1 and text.endswith("+") and text[0].isupper() and text[-2].isalnum()


_CATEGORY_LINKS = frozenset({"in", "by"})
_ARTICLES = frozenset({"a", "an"})


def with_award_category(span: Span) -> Span:
    """ "the Movie Award for Best Actress" + "in a Leading Role": the model stops a prize's
    category at its first lowercase word; the category runs on through "in a" or "by an"
    and its capitalised words."""
    if not names_an_award_category(span):
        return span
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].lower_ not in _CATEGORY_LINKS:
        return span
    if doc[end + 1].lower_ not in _ARTICLES:
        return span  # "the Prize for Best Film in Lagos": a place, no category
    stop = end + 2
    while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        stop += 1
    if stop == end + 2:
        return span
    return Span(doc, span.start, stop, label="WORK_OF_ART")


def with_missed_first_name(span: Span) -> Span:
    """ "Note: Garnet Hathaway was ejected", tagged "Hathaway": an untagged capitalised
    proper noun that the parser joins to a person's name as its first part is the
    first name (not a title: "Sen." and "President" are read as roles)."""
    if span.label_ != "PERSON" or span.start == 0:
        return span
    first = span.doc[span.start - 1]
    before = span.doc[first.i - 1] if first.i > 0 else None
    if (
        first.pos_ == "PROPN"
        and first.ent_iob_ == "O"
        and first.dep_ == "compound"
        and span.start <= first.head.i < span.end
        and first.is_alpha
        and first.is_title
        and first.lower_ not in OCCUPATIONS | gazetteer.HONORIFICS  # "Coach P.J. Fleck"
        and not in_gazetteer(first.text)
        and not is_major_place(first.text)
        and not (before is not None and before.pos_ == "PROPN")
    ):
        return Span(span.doc, first.i, span.end, label=span.label_)
    return span


def with_scoreline_teams(sentence: Span, spans: list[Span]) -> list[Span]:
    """ "Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal": a result line names
    two teams, whatever the model read there ("Hurricanes 4" ORG, "Bruins 5" LAW, or
    nothing)."""
    teams = _scoreline_teams(sentence)
    if not teams:
        return spans
    taken = {token.i for team in teams for token in team}
    kept = [span for span in spans if not any(token.i in taken for token in span)]
    return sorted(kept + teams, key=lambda span: span.start)


def _scoreline_teams(sentence: Span) -> list[Span]:
    doc = sentence.doc
    index = sentence.start
    while index < sentence.end and doc[index].is_space:
        index += 1
    teams: list[Span] = []
    for separator in (",", ":"):
        start = index
        while index < sentence.end and _team_word(doc[index]):
            index += 1
        if index == start or index + 1 >= sentence.end or not doc[index].text.isdigit():
            return []
        if doc[index + 1].text != separator:
            return []
        teams.append(Span(doc, start, index, label="ORG"))
        index += 2
    return teams


def _team_word(token: Token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or token.text.endswith("."))


def split_at_non_name_words(span: Span) -> list[Span]:
    """ "Garrett hit Rudolph", "American Music Awards after Swift", "Associated Press that":
    a lowercase verb or function word that no name holds ends one name and starts another;
    so does a comma ("Starship, Blue Origin"), unless a legal form follows ("Tyvak, Inc.")."""
    if in_gazetteer(span.text) or _a_case_name(span):  # "Washington, D.C."
        return [span]
    if _an_award_with_category(span):
        return [_without_trailing_particles(span)]
    pieces: list[Span] = []
    start = span.start
    for token in span:
        if _breaks_a_name(token) or _separates_two_names(token):
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if start == span.start:
        return [_without_trailing_particles(span)]
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label_))
    pieces = [_without_trailing_particles(piece) for piece in pieces]
    return [piece for piece in pieces if any(token.text[:1].isupper() for token in piece)]


def _an_award_with_category(span: Span) -> bool:
    """ "Award for Best Actress in a Leading Role" holds words that end other names."""
    return span.label_ == "WORK_OF_ART" and names_an_award_category(span)


def _a_case_name(span: Span) -> bool:
    return span.label_ == "LAW" and any(token.lower_ in _CASE_JOINS for token in span[1:-1])


def _without_trailing_particles(span: Span) -> Span:
    """ "the Sabres and" (the model ran on into the next clause) -> "the Sabres"."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].lower_ in _TRAILING_PARTICLES:
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


# Names that join two known places' names: "Frost & Sullivan", "Sullivan and Cromwell",
# "Washington and Lee"; a couple ("Bonnie and Clyde").
_LISTS_OF_OWN_NAMES = frozenset({"ORG", "PERSON"})


def split_listed_places(span: Span) -> list[Span]:
    """ "cities including Kyiv and Kharkiv", read as one name: two known places joined
    by "and" are two names (not "Trinidad and Tobago", one known place)."""
    text = span.text
    if span.label_ in _LISTS_OF_OWN_NAMES or is_known_place(text) or in_gazetteer(text):
        return [span]
    label = span.label_ if span.label_ in {"GPE", "LOC"} else "GPE"
    for token in span[1:-1]:
        if token.lower_ != "and":
            continue
        parts = [
            Span(span.doc, span.start, token.i, label=label),
            Span(span.doc, token.i + 1, span.end, label=label),
        ]
        if all(is_known_place(part.text) or in_gazetteer(part.text) for part in parts):
            return parts
    return [span]


# Lowercase words a name holds inside but never ends with.
_TRAILING_PARTICLES = frozenset({"and", "of", "the", "for", "&", "or", "in", "at", "on"})


# Lowercase words names do hold: "Bank of America", "Ludwig van Beethoven", "Center for ..."
_NAME_PARTICLES = frozenset(
    {"of", "and", "the", "for", "on", "in", "at", "de", "del", "da", "des", "du", "di", "la"}
    | {"le", "von", "van", "der", "den", "al", "el", "bin", "ibn", "y", "e", "&", "upon"}
)


_LEGAL_FORMS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "co.", "plc"})


def _separates_two_names(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text == "," and (following is None or following.lower_ not in _LEGAL_FORMS)


def _breaks_a_name(token: Token) -> bool:
    if not token.text.islower() or token.lower_ in _NAME_PARTICLES:
        return False
    return token.pos_ in {"VERB", "AUX", "SCONJ", "PRON", "ADP", "DET"}


_PARTY_MEMBERS = frozenset(
    {"democrats", "republicans", "conservatives", "tories", "liberals", "socialists"}
    | {"communists", "greens", "libertarians"}
)


def split_party_members(span: Span) -> list[Span]:
    """ "Virginia Democrats", "House Democrats" read as one person: a party's members are
    a group (NORP); a place before them is a place, a chamber is dropped."""
    if len(span) < 2 or span[-1].lower_ not in _PARTY_MEMBERS or span.label_ == "NORP":
        return [span]
    members = Span(span.doc, span.end - 1, span.end, label="NORP")
    prefix = span[:-1]
    if prefix[0].lower_ == "the":
        prefix = prefix[1:]
    if len(prefix) and (is_known_place(prefix.text) or country_of(prefix.text)):
        return [Span(span.doc, prefix.start, prefix.end, label="GPE"), members]
    return [members]


def split_country_prefix(span: Span) -> list[Span]:
    """One model span that holds two names: "the US Justice Department" -> US (GPE) +
    Justice Department (ORG); "Chinese Ministry of State Security" -> Chinese (NORP) + ORG;
    "White House National Security Council" -> two ORGs; "envoy to Ukraine Kurt Volker" ->
    Ukraine (GPE) + Kurt Volker (PERSON). A modifier is its own mention, as in "US concerns"."""
    start = span.start + (span[0].lower_ == "the")
    if span.end - start < 2 or in_gazetteer(clean_surface(span.text)):
        return [span]
    split = _split_point(span.doc, start, span.end, span.label_)
    if split is None:
        return [span]
    length, first, second = split
    return [
        Span(span.doc, start, start + length, label=first),
        Span(span.doc, start + length, span.end, label=second),
    ]


def _split_point(doc, start: int, end: int, label: str) -> tuple[int, str, str] | None:
    head = doc[start]
    for length in (2, 1):
        rest = doc[start + length : end]
        if not len(rest) or not rest[0].text[:1].isupper():
            continue
        known = canonical_form(doc[start : start + length].text, "")[1]
        institution = rest[-1].lower_ in gazetteer.INSTITUTION_WORDS
        if label == "ORG" and institution and length == 2 and known == "ORG":
            return length, "ORG", "ORG"  # "White House National Security Council"
        if length == 2:
            continue
        abbreviated = head.text.replace(".", "").isupper()
        if label == "ORG" and institution and abbreviated and known == "GPE":
            return length, "GPE", "ORG"  # "US Senate"
        if label == "ORG" and head.lower_ in gazetteer.DEMONYMS and rest[0].lower_ == "ministry":
            return length, "NORP", "ORG"  # "Chinese Ministry of State Security"
        if known == "GPE" and _follows_to(doc, start) and _looks_like_full_name(rest):
            return length, "GPE", "PERSON"  # "envoy to Ukraine Kurt Volker"
    return None


def _follows_to(doc, start: int) -> bool:
    index = start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return index >= 0 and doc[index].lower_ == "to"


def _looks_like_full_name(tokens: Span) -> bool:
    return 2 <= len(tokens) <= 3 and all(
        token.is_title
        and token.pos_ == "PROPN"
        and token.lower_ not in gazetteer.ORG_SUFFIXES
        and token.lower_ not in gazetteer.INSTITUTION_WORDS
        for token in tokens
    )
