"""One entity mention's name: the bare name, its type, and the title around it.

"Chinese Foreign Minister Wang Yi" -> name "Wang Yi", role "Foreign Minister",
affiliation "China"; "the U.S.'s" -> "U.S."; "the Kremlin" -> "Kremlin". The
functions read the spaCy tokens around the entity span (no parse needed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsetl.nlp import gazetteer
from newsetl.nlp.known_places import is_known_place
from newsetl.nlp.timex import WEEKDAYS
from newsetl.nlp.us_states import STATE_BY_ABBREVIATION

# NER labels that are never entities: dates, times, numbers and money.
NON_ENTITY_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}
)
_POSSESSIVE_S = frozenset({"'s", "’s"})
_POSSESSIVE = re.compile(r"\s*(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_EDGE_PUNCT = re.compile(r"^[\s\"“”‘’'«»()\[\],.:;—–-]+|[\s\"“”‘’'«»()\[\],:;—–-]+$")
_SPACE = re.compile(r"\s+")
_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class MentionName:
    name: str  # the bare name as written ("Wang Yi", "U.S.")
    type: str
    role: str | None = None
    affiliation: str | None = None
    # ORG read from the words around it ("Spurs' players"), not from the model: holds
    # for every mention of the name in the article.
    org_cue: bool = False


def name_key(name: str) -> str:
    """Case- and punctuation-folded form used to compare names."""
    folded = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    folded = folded.replace("-", " ").replace(".", "")
    return _SPACE.sub(" ", folded).strip()


def clean_surface(text: str) -> str:
    """Entity text without a leading "the", a possessive or stray punctuation."""
    text = _SPACE.sub(" ", text).strip()
    text = _EDGE_PUNCT.sub("", text)
    text = _POSSESSIVE.sub("", text)
    if text.casefold() not in gazetteer.KEEP_THE:
        text = _LEADING_THE.sub("", text)
    return _EDGE_PUNCT.sub("", text)


def canonical_form(name: str, label: str) -> tuple[str, str]:
    """The gazetteer's canonical name and type for a surface name, else the name as is.
    A place written as a US state's abbreviation ("Neb.", "NY") is that state; a body
    named after its organisation's acronym ("UN Security Council") is spelled out."""
    known = gazetteer.CANONICAL.get(name.casefold()) or gazetteer.CANONICAL.get(
        name.casefold().replace("’", "'")
    )
    if known and label == "FAC" and name.casefold() in gazetteer.BUILDINGS:
        return known[0], label  # "at the White House": the building, not the office
    if known:
        return known
    if label == "GPE" and name in STATE_BY_ABBREVIATION:
        return STATE_BY_ABBREVIATION[name], label
    if label == "ORG":
        club = gazetteer.CLUB_SHORT_NAMES.get(name)
        return club or _acronym_spelled_out(_before_brand(name)), label
    return name, label


def _before_brand(name: str) -> str:
    """ "Comcast/Xfinity" -> "Comcast": a company written with its brand after a slash."""
    company, slash, brand = name.partition("/")
    if slash and company[:1].isupper() and brand[:1].isupper() and " " not in name:
        return company
    return name


def _acronym_spelled_out(name: str) -> str:
    """ "UN Security Council" -> "United Nations Security Council": a body named after the
    acronym of the organisation it belongs to."""
    first, _, rest = name.partition(" ")
    expanded = gazetteer.ACRONYM_PREFIXES.get(first.casefold())
    return f"{expanded} {rest}" if expanded and rest else name


def mention_name(span: Span) -> MentionName | None:
    """The bare name of an NER span, or None when the span is not an entity."""
    label = span.label_
    if label in NON_ENTITY_LABELS:
        return None
    tokens = _without_leading_noise(list(span), label)
    tokens = _without_trailing_weekday(tokens)
    scored = _without_trailing_score(tokens)
    if scored is not tokens:  # the model typed the name with its score: a place or a team
        tokens = scored
        label = "GPE" if is_known_place(span.doc[tokens[0].i : tokens[-1].i + 1].text) else "ORG"
    role_tokens: list[Token] = []
    affiliation: str | None = None
    if label == "PERSON":
        tokens, role_tokens, affiliation = _split_leading_title(tokens)
    if not tokens:
        return None
    name = clean_surface(span.doc[tokens[0].i : tokens[-1].i + 1].text)
    if not _is_plausible_name(name):
        return None
    kind = _corrected_type(span.doc, tokens, name, label)
    own_possessive = _possessive_of_nothing(span) if kind == "ORG" else None
    if own_possessive is not None:
        name += own_possessive.text  # "clients including Ford, Macy’s, Kellogg’s and NBC"
    role = _role_text(role_tokens)
    if kind == "PERSON":
        left_role, left_affiliation = _title_before(span.doc, tokens[0].i, span.sent.start)
        right_role, right_affiliation = _title_after(span.doc, tokens[-1].i, span.sent.end)
        role = role or left_role or right_role
        affiliation = affiliation or left_affiliation or right_affiliation
    org_cue = kind == "ORG" and _has_company_cue(span.doc, tokens)
    return MentionName(name=name, type=kind, role=role, affiliation=affiliation, org_cue=org_cue)


def _possessive_of_nothing(span: Span) -> Token | None:
    """ "Macy’s," "acquired by St. Martin’s, published": an 's that owns no word after it
    is the company's own name (not "Macy’s Thanksgiving parade", "Gannett's shares").
    The 's, inside the model's span or right after it."""
    doc = span.doc
    mark = span.end - 1 if span[-1].text in _POSSESSIVE_S else span.end
    if mark >= len(doc) or mark == span.start or doc[mark].text not in _POSSESSIVE_S:
        return None
    after = doc[mark + 1] if mark + 1 < len(doc) else None
    owns_nothing = (
        after is None
        or after.is_punct
        or (after.is_lower and after.pos_ in {"CCONJ", "SCONJ", "ADP", "AUX", "VERB", "PART"})
    )
    after_be = span.start > 0 and doc[span.start - 1].lemma_ == "be"  # "the idea was Apple's"
    return doc[mark] if owns_nothing and not after_be else None


# Adjectives news puts before a name, capitalised only at a sentence's start, where the
# model takes them into the name: "Veteran Nollywood actress", "Embattled Boeing".
_SENTENCE_START_DESCRIPTORS = frozenset(
    {"veteran", "rival", "fellow", "embattled", "legendary", "famed", "disgraced"}
    | {"outgoing", "retired", "renowned", "beleaguered", "troubled", "struggling", "iconic"}
)


def _without_leading_noise(tokens: list[Token], label: str) -> list[Token]:
    """ "1967 Six-Day War" -> "Six-Day War"; a PERSON "Addressing Xi" -> "Xi"; "Veteran
    Nollywood" at a sentence's start -> "Nollywood"."""
    if (
        len(tokens) > 1
        and tokens[0].is_sent_start
        and tokens[0].lower_ in _SENTENCE_START_DESCRIPTORS
    ):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1].lower_ in gazetteer.STREET_WORDS:
        return tokens  # "17th Street", "Seventh Avenue": the number is the name
    index = 0
    while index < len(tokens) - 1:
        token = tokens[index]
        if token.like_num or (label == "PERSON" and token.tag_ in {"VBG", "VB", "VBD", "VBN"}):
            index += 1
        else:
            break
    return tokens[index:]


# a day that is part of an occasion's name: "Black Friday", "Cyber Monday", "Super Tuesday"
_DAY_NAME_WORDS = frozenset({"black", "cyber", "good", "super", "holy", "ash", "giving", "blue"})


def _without_trailing_weekday(tokens: list[Token]) -> list[Token]:
    """ "said on Facebook Monday" -> "Facebook": news style puts the day right after the
    outlet or platform, and the model runs the name on into it."""
    if len(tokens) < 2 or tokens[-1].lower_ not in WEEKDAYS:
        return tokens
    return tokens if tokens[-2].lower_ in _DAY_NAME_WORDS else tokens[:-1]


def _without_trailing_score(tokens: list[Token]) -> list[Token]:
    """ "beat Gibraltar 6-0" -> "Gibraltar": a score the model ran into the name."""
    texts = [token.text for token in tokens[-3:]]
    is_score = len(tokens) > 3 and texts[1] == "-" and texts[0].isdigit() and texts[2].isdigit()
    return tokens[:-3] if is_score else tokens


def _corrected_type(doc, tokens: list[Token], name: str, label: str) -> str:
    """The gazetteer's type, else cheap fixes of the model's usual mistakes."""
    folded = name.casefold()
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if before is not None and before.lower_ == "the" and tokens[0].i > 1:
        before = doc[tokens[0].i - 2]
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if folded in gazetteer.BUILDINGS and (
        (before is not None and before.lower_ in {"in", "at", "inside", "outside", "into"})
        or (after is not None and after.lower_ in {"hall", "palace", "walls"})
    ):
        return "FAC"
    if folded in gazetteer.THE_BODIES and doc[tokens[0].i - 1].lower_ == "the":
        return "LOC"  # "a return to the Moon"
    if in_gazetteer(name):
        return canonical_form(name, label)[1]
    if len(tokens) == 1 and is_group_adjective(tokens[0]):
        return "NORP"  # "Houthi-controlled", "Houthi spokesman"
    if label in {"ORG", "PERSON"} and _names_a_weapon(doc, tokens[-1]):
        return "PRODUCT"
    last = tokens[-1].lower_
    if last in gazetteer.STREET_WORDS and len(tokens) > 1 and not _a_court_of_law(last, before):
        return "FAC"  # "Caldwell Place", "Central Avenue"
    if len(tokens) > 1 and (
        last in gazetteer.FACILITY_WORDS or name.casefold().endswith("correctional center")
    ):
        return "FAC"  # "Chaoyang Hospital", "Metropolitan Correctional Center"
    if _names_a_facility(after, name) or _described_as_a_facility(tokens):
        return "FAC"  # "Belmarsh prison", not "a London hospital"; "Chequers, the residence"
    if len(tokens) > 1 and last in gazetteer.LAW_WORDS and label in {"EVENT", "ORG", "GPE"}:
        return "LAW"  # "the Paris Agreement", "the Kyoto Protocol"
    if len(tokens) > 1 and _names_an_award(tokens):
        return "WORK_OF_ART"  # "the Africa Movie Academy Award for Best Actress"
    if len(tokens) > 1 and label != "PERSON" and last in gazetteer.EVENT_WORDS:
        return "EVENT"  # "the American Music Awards", "Singles Day", "the Six-Day War"
    if label == "PERSON" and len(tokens) == 1 and tokens[0].tag_ == "NNPS":
        return "ORG"  # "the Steelers": a team named in the plural
    if last in gazetteer.ORG_SUFFIXES and len(tokens) > 1 and label != "ORG":
        return "ORG"
    if label != "ORG" and _has_company_cue(doc, tokens):
        return "ORG"  # "Gannett's shareholders", "Tottenham's manager"
    if (
        before is not None
        and before.lower_ == "of"
        and before.i > 0
        and doc[before.i - 1].lower_ in gazetteer.PLACE_NOUNS
    ):
        return "GPE"
    if (
        label in {"PERSON", "ORG", "NORP"}
        and last not in gazetteer.ORG_SUFFIXES
        and _home_town_after_age(doc, tokens[0].i)
    ):
        return "GPE"
    if label == "PERSON" and _employer_in_apposition(doc, tokens[0].i, tokens[-1].i):
        return "ORG"
    return label


_AWARD_WORDS = frozenset({"award", "prize"})


def _names_an_award(tokens: list[Token]) -> bool:
    """A prize's name ends in "Award" or "Prize", or names its category after it ("Award
    for Best Actress"); the plural "Awards" names the ceremony, an event."""
    return tokens[-1].lower_ in _AWARD_WORDS or names_an_award_category(tokens)


def names_an_award_category(tokens: Span | list[Token]) -> bool:
    """ "Award for Best Actress": a prize followed by the category it is given for."""
    words = [token.lower_ for token in tokens]
    return any(a in _AWARD_WORDS and b == "for" for a, b in zip(words, words[1:], strict=False))


def _employer_in_apposition(doc, start: int, last: int) -> bool:
    """ "Rob Goldman, President Ascom North America, says": after a person, a comma and a
    job title, the name is whom the title is held at (not "Andrew, Queen Elizabeth II's
    son": a style, and a possessive)."""
    index = start - 1
    while index >= 0 and _is_title_word(doc[index]):
        if doc[index].lower_ in gazetteer.STYLE_TITLES:
            return False
        index -= 1
    possessive = last + 1 < len(doc) and doc[last + 1].tag_ == "POS"
    return (
        index < start - 1
        and index >= 1
        and not possessive
        and doc[index].text == ","
        and doc[index - 1].ent_type_ == "PERSON"
    )


def _a_court_of_law(last: str, before: Token | None) -> bool:
    """ "the Supreme Court's ruling", "the High Court": a court is an institution; a
    street only at an address ("on Caldwell Court", "12 Maple Court")."""
    return last == "court" and not (
        before is not None and (before.like_num or before.lower_ in {"on", "off"})
    )


# Nouns an appositive gives a building or a site: "Chequers, the prime minister's country
# residence"
_FACILITY_APPOSITIVES = gazetteer.FACILITY_WORDS | frozenset(
    {"residence", "palace", "building", "hotel", "compound", "headquarters", "base", "camp"}
)


def _described_as_a_facility(tokens: list[Token]) -> bool:
    """ "signed at Chequers, the prime minister's country residence": an appositive
    naming a building makes the name a building."""
    root = next((token for token in tokens if token.head not in tokens), tokens[-1])
    return any(
        child.dep_ == "appos"
        and child.tag_ == "NN"
        and child.lemma_.lower() in _FACILITY_APPOSITIVES
        for child in root.children
    )


def _names_a_facility(after: Token | None, name: str) -> bool:
    return (
        after is not None
        and after.text.islower()
        and after.lemma_.lower() in gazetteer.FACILITY_WORDS
        and not in_gazetteer(name)
        and not is_known_place(name)
    )


def _home_town_after_age(doc, start: int) -> bool:
    """ "John Smith, 32, of Franklin": the crime report's home town is a place."""
    return (
        start >= 3
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].text == ","
        and doc[start - 3].like_num
    )


def _names_a_weapon(doc, last: Token) -> bool:
    """ "Himars rocket launchers", "the Blue Moon lander", not "Royal Navy helicopters" (an
    organisation's name) nor "Blue Origin's lander"."""
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        last.tag_ != "POS"  # "Blue Origin's lander": the maker's
        and last.lower_ not in gazetteer.ORG_SUFFIXES
        and after is not None
        and after.text.islower()
        and after.lemma_.lower() in gazetteer.WEAPON_NOUNS | gazetteer.PRODUCT_NOUNS
    )


def is_group_adjective(token: Token) -> bool:
    """A nationality or group word used as a modifier: "Houthi targets", "Western-backed"."""
    folded = token.lower_
    if not token.text[:1].isupper() or (
        folded not in gazetteer.DEMONYMS and folded not in gazetteer.GROUP_ADJECTIVES
    ):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and (
        after.text == "-" or (after.pos_ in {"NOUN", "ADJ"} and after.text.islower())
    )


def _has_company_cue(doc, tokens: list[Token]) -> bool:
    """ "Gannett's shareholders", "the chains Gannett and ...", "Acme, a lumber company,"."""
    return (
        _owns_company_things(doc, tokens[-1].i)
        or _after_company_noun(doc, tokens[0].i)
        or _company_apposition(doc, tokens[-1].i)
    )


def _is_company_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in gazetteer.COMPANY_NOUNS


def _after_company_noun(doc, start: int) -> bool:
    return start > 0 and doc[start - 1].text.islower() and _is_company_noun(doc[start - 1])


_CLAUSE_STARTS = frozenset(
    {"that", "which", "based", "headquartered", "owned", "whose", "focused", "founded"}
    | {"known", "specializing", "specialising", "with", "in", "for", "of", "behind", "run"}
)


def _company_apposition(doc, last: int) -> bool:
    comma = last + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    if doc[comma + 1].lower_ not in {"a", "an", "the"}:
        return False
    for token in doc[comma + 2 : min(comma + 7, len(doc))]:
        if token.text == "-":
            continue  # "the office-sharing company"
        if not token.text.islower():
            return False
        if _is_company_noun(token):  # the head of the phrase: not "the company's officer"
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (
                after is None
                or after.is_punct
                or after.lower_ in _CLAUSE_STARTS
                or after.tag_ == "VBN"  # "a group co-founded by", "a firm led by"
            )
    return False


def _owns_company_things(doc, last: int) -> bool:
    if last + 2 >= len(doc) or doc[last + 1].lower_ not in {"'s", "’s", "'", "’"}:
        return False
    following = doc[last + 2 : last + 4]
    return any(token.lemma_.lower() in gazetteer.COMPANY_PARTS for token in following)


def looks_like_heading(sentence: str) -> bool:
    """A crossheading or headline: short, no closing punctuation, mostly capitalised words."""
    text = sentence.strip()
    words = [word for word in text.split() if word[:1].isalpha()]
    if not words or len(words) > 14 or text[-1:] in {".", "!", "?", '"', "”", ":", ";"}:
        return False
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) <= 5 or capitalised / len(words) >= 0.6


def in_gazetteer(name: str) -> bool:
    folded = name.casefold()
    return folded in gazetteer.CANONICAL or folded.replace("’", "'") in gazetteer.CANONICAL


def country_of(text: str) -> str | None:
    """The country a demonym or country name stands for ("Chinese" -> "China")."""
    folded = clean_surface(text).casefold()
    if folded in gazetteer.DEMONYMS:
        return gazetteer.DEMONYMS[folded]
    if folded.endswith("s") and folded[:-1] in gazetteer.DEMONYMS:  # "Israelis", "Afghans"
        return gazetteer.DEMONYMS[folded[:-1]]
    known = gazetteer.CANONICAL.get(folded)
    if known and known[1] in {"GPE", "ORG"}:
        return known[0]
    return None


def _is_plausible_name(name: str) -> bool:
    if len(name) < 2 or not _HAS_LETTER.search(name):
        return False
    if name.casefold() in gazetteer.NOT_ENTITIES:
        return False
    words = name.casefold().split()
    if len(words) > 1 and words[-1] in gazetteer.DISEASE_WORDS:
        return False  # "Eastern Equine Encephalitis", "West Nile Virus": no actor, no place
    if all(word in gazetteer.TITLE_WORDS for word in words) and (
        len(words) < 2 or words[-1] not in gazetteer.INSTITUTION_WORDS
    ):
        return False  # "State" of "Secretary of State", not "National Security Council"
    # A real name starts with a capital or a digit ("7-Eleven"), or with a surname's
    # particles ("von der Leyen"); other lowercase spans are noise.
    particles = 0
    while particles < len(words) - 1 and words[particles] in gazetteer.SURNAME_PARTICLES:
        particles += 1
    return not name.split()[particles][0].islower()


def _is_title_word(token: Token) -> bool:
    return token.lower_ in gazetteer.TITLE_WORDS


# Position abbreviations of American football and basketball rosters, as written
SPORTS_POSITIONS = frozenset(
    {"QB", "RB", "WR", "TE", "OL", "OT", "DL", "DE", "DT", "LB", "CB", "PG", "SG", "SF", "PF"}
)


def _split_leading_title(tokens: list[Token]) -> tuple[list[Token], list[Token], str | None]:
    """Strip honorifics, a nationality and title words from the front of a PERSON span."""
    role: list[Token] = []
    affiliation = None
    index = 0
    positions = [i for i, token in enumerate(tokens[:-1]) if token.text in SPORTS_POSITIONS]
    if positions:  # "Browns DL Sheldon Richardson": team and position go before the name
        index = positions[-1] + 1
        role.append(tokens[positions[-1]])
    while index < len(tokens) - 1:
        token = tokens[index]
        lower = token.lower_
        if lower in gazetteer.HONORIFICS or lower == "the":
            index += 1
        elif _is_title_word(token) or (lower in gazetteer.TITLE_CONNECTIVES and role):
            role.append(token)
            index += 1
        elif not role and country_of(token.text) and token.text[:1].isupper():
            affiliation = country_of(token.text)
            index += 1
        else:
            break
    while role and role[-1].lower_ in gazetteer.TITLE_CONNECTIVES:
        role.pop()
    return tokens[index:], role, affiliation


def _title_before(doc, start: int, floor: int) -> tuple[str | None, str | None]:
    """A title just before a name: "Foreign Minister Wang Yi", "the foreign minister, Wang Yi"."""
    index = start - 1
    if index >= floor and doc[index].text == ",":
        index -= 1
    words: list[Token] = []
    while index >= floor:
        token = doc[index]
        if _is_title_word(token) or (
            token.lower_ in gazetteer.TITLE_CONNECTIVES and words and token.lower_ != "the"
        ):
            words.insert(0, token)
            index -= 1
        elif words and _title_prefix(doc, index, floor):  # "co-CEO", "vice-president"
            words[:0] = [doc[index - 1], token]
            index -= 2
        else:
            break
    if not words:
        return None, _affiliation_before(doc, index, floor)
    return _role_text(words), _affiliation_before(doc, index, floor, organisations=True)


def _affiliation_before(doc, index: int, floor: int, organisations: bool = False) -> str | None:
    """A country right before a title: "Chinese", "China's", "the US"; with
    ``organisations``, also a company or body ("Salesforce CEO Marc Benioff")."""
    if index < floor:
        return None
    token = doc[index]
    if token.text in {"'s", "’s", "'", "’"} and index - 1 >= floor:
        index -= 1
        token = doc[index]
    if token.ent_type_ in {"NORP", "GPE", "ORG"} or token.text[:1].isupper():
        start = index
        while start - 1 >= floor and doc[start - 1].ent_iob_ == "I" and token.ent_iob_ != "B":
            start -= 1
        country = country_of(doc[start : index + 1].text)
        if country is None and organisations and token.ent_type_ in {"ORG", ""}:
            return _organisation_ending_at(doc, index, floor)
        return country
    return None


def _organisation_ending_at(doc, index: int, floor: int) -> str | None:
    """ "Salesforce" in "Salesforce CEO Marc Benioff": a proper noun, or a word the model
    tags as an organisation elsewhere in the article (it often misses it before a title)."""
    if doc[index].pos_ != "PROPN" and not _tagged_as_organisation(doc, doc[index].text):
        return None
    start = index
    while start - 1 >= floor and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if not doc[start].text[:1].isupper():
        return None
    return clean_surface(doc[start : index + 1].text)


def _tagged_as_organisation(doc, text: str) -> bool:
    return any(span.label_ == "ORG" and span.text == text for span in doc.ents)


def _title_after(doc, end: int, ceiling: int) -> tuple[str | None, str | None]:
    """An apposition after a name: "Antony Blinken, the US secretary of state, ..."."""
    index = end + 1
    if index >= ceiling or doc[index].text != ",":
        return None, None
    index += 1
    if index < ceiling and doc[index].lower_ == "the":
        index += 1
    affiliation = None
    if index < ceiling and not _is_title_word(doc[index]):
        country = country_of(doc[index].text)
        if country is None:
            return None, None
        affiliation = country
        index += 1
        if index < ceiling and doc[index].text in {"'s", "’s"}:
            index += 1
    words: list[Token] = []
    while index < ceiling and (
        _is_title_word(doc[index])
        or (
            doc[index].lower_ in gazetteer.TITLE_CONNECTIVES
            and doc[index].lower_ != "the"
            and words
            and index + 1 < ceiling
            and _is_title_word(doc[index + 1])
        )
    ):
        words.append(doc[index])
        index += 1
    if not words or (index < ceiling and doc[index].text not in {",", ".", ";", ")"}):
        return None, None
    return _role_text(words), affiliation


_NOT_A_ROLE_ALONE = frozenset(
    {"former", "acting", "incoming", "outgoing", "top", "senior", "special", "national"}
)


_TITLE_PREFIXES = frozenset({"co", "vice", "deputy", "acting"})


def _title_prefix(doc, index: int, floor: int) -> bool:
    """A hyphen after "co" or "vice", glued to the title that follows it."""
    return (
        index - 1 >= floor
        and doc[index].text == "-"
        and not doc[index].whitespace_
        and not doc[index - 1].whitespace_
        and doc[index - 1].lower_ in _TITLE_PREFIXES
    )


def _role_text(words: list[Token]) -> str | None:
    while words and words[0].lower_ in _NOT_A_ROLE_ALONE | gazetteer.TITLE_CONNECTIVES:
        words = words[1:]
    if not words or all(word.lower_ in gazetteer.TITLE_CONNECTIVES for word in words):
        return None
    text = ""
    for position, word in enumerate(words):
        glued = position > 0 and (word.text == "-" or words[position - 1].text == "-")
        text += ("" if glued or position == 0 else " ") + _role_word(word, glued)
    return text


def _role_word(word: Token, glued: bool) -> str:
    if word.lower_ in gazetteer.TITLE_CONNECTIVES or word.text == "-":
        return word.lower_
    if word.text.isupper():
        return word.text  # "CEO"
    return word.lower_ if glued else word.lower_.capitalize()
