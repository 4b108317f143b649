"""Entity resolution: one entity id per real thing, within an article, a batch and the warehouse.

Rules, in order (each mention ends with one canonical name and one type):

1. the gazetteer's canonical name and type for common countries, blocs and
   institutions ("U.S.", "America" -> United States, GPE; "Kremlin" -> ORG);
2. within an article, a name whose words are all part of a longer PERSON name
   in the same article is that person ("Xi" -> "Xi Jinping"; a "Lavrov" the
   model typed ORG becomes the PERSON "Sergei Lavrov"); an acronym made of the
   initials of an organisation named in the article is that organisation, and so is
   the start of a company's full name ("New Media" -> "New Media Investment Group");
3. a one-word person name left over is the only full PERSON name in the batch
   or the warehouse that contains it, when exactly one does;
4. one type per name across the batch (majority vote; a warehouse entity's
   type wins), so a model that types a city GPE here and ORG there does not
   split it; a mention whose article shows it another kind of thing (a city's
   team, a product, a quoted title) keeps its type and becomes its own entity;
5. the id is ``ent_`` + the first 16 hex digits of sha1("TYPE|folded name"),
   unless the warehouse already holds an entity with that name or alias and
   type, whose id is reused. Re-running a batch therefore yields the same ids.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newsetl.models import Entity
from newsetl.nlp import gazetteer
from newsetl.nlp.names import canonical_form, in_gazetteer, name_key
from newsetl.nlp.spellings import PersonSpellings, spelling_key

log = logging.getLogger(__name__)

_TYPE_PREFERENCE = ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "LAW", "WORK_OF_ART")
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "de", "&"})
_MIN_PERSON_VOTES = 5
_PERSON_MAJORITY = 4  # times the other readings together
# how many times more articles must name a full name than its nearest namesake
_PROMINENCE = 3
_FIRST_AND_MIDDLE = 2
_WITH_MIDDLE_INITIAL = re.compile(r"(\S+) ([A-Z])\. (\S.*)")  # "John M. Ford"
_GENERATIONS = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
# the last word of a body's name: "the Bureau of Prisons", "the House Committee"
_BODY_WORDS = gazetteer.INSTITUTION_WORDS | gazetteer.ORG_SUFFIXES
_LEGAL_FORMS = {
    "corp": "corporation",
    "corp.": "corporation",
    "co": "company",
    "co.": "company",
    "inc": "incorporated",
    "inc.": "incorporated",
    "ltd": "limited",
    "ltd.": "limited",
}


@dataclass(slots=True)
class Mention:
    """One reference to an entity in an article (``synthetic`` when derived, e.g. from "Israeli")."""

    article_index: int
    sentence_index: int
    start_char: int
    text: str
    type: str
    role: str | None = None
    affiliation: str | None = None
    in_heading: bool = False
    synthetic: bool = False
    # the article's own words show it an organisation ("clients including Ford, NBC
    # and Fox"): no batch vote makes it a person
    organisation_cued: bool = False
    # a sports team, shown so by the article ("Cleveland DL Larry Ogunjobi": the team,
    # not the city): the batch's vote on the name does not retype it
    sports_team: bool = False
    # the article's own words show what kind of thing it is ("its Blue Moon lander", a
    # title in quotation marks): as for a team, the batch's vote does not retype it
    kind_shown: bool = False
    # filled by resolution
    name: str = ""
    entity_id: str = ""


def entity_id_for(kind: str, name: str) -> str:
    digest = hashlib.sha1(f"{kind}|{name_key(name)}".encode()).hexdigest()
    return "ent_" + digest[:16]


@dataclass(slots=True)
class _Draft:
    entity: Entity
    aliases: set[str] = field(default_factory=set)


class EntityResolver:
    """Resolves mentions to entities, seeded with the warehouse's known entities."""

    def __init__(self, known_entities: Iterable[Entity] = ()) -> None:
        self._known: dict[str, Entity] = {}
        self._known_by_name: dict[tuple[str, str], str] = {}
        self._known_types: dict[str, set[str]] = defaultdict(set)
        self._known_people: defaultdict[str, set[str]] = defaultdict(set)
        for entity in known_entities:
            self._remember(entity)

    def _remember(self, entity: Entity) -> None:
        self._known[entity.entity_id] = entity
        for alias in (entity.name, *entity.aliases):
            key = name_key(alias)
            self._known_by_name.setdefault((entity.type, key), entity.entity_id)
            self._known_types[key].add(entity.type)
        if entity.type == "PERSON" and len(entity.name.split()) > 1:
            _index_by_word(self._known_people, [entity.name])

    def resolve(self, articles: Sequence[list[Mention]]) -> list[Entity]:
        """Set ``name`` and ``entity_id`` on every mention; the entities they reference."""
        for mentions in articles:
            _resolve_in_article_guarded(mentions)
        _join_dropped_initials(articles)
        self._join_spellings(articles)
        vote_people(articles)
        _vote_organisations(articles)
        self._resolve_short_people(articles)
        self._resolve_company_forms(articles)
        self._vote_types(articles)
        drafts: dict[str, _Draft] = {}
        for mentions in articles:
            for mention in mentions:
                self._assign(mention, drafts)
        return [_finish(draft) for _, draft in sorted(drafts.items())]

    def _join_spellings(self, articles: Sequence[list[Mention]]) -> None:
        """Every spelling of a person's full name becomes the batch's one spelling
        ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy" -> "Volodymyr Zelensky")."""
        mentions = [m for ms in articles for m in ms if not (m.synthetic or _kind_shown(m))]
        known = (e.name for e in self._known.values() if e.type == "PERSON")
        spellings = PersonSpellings(mentions, known)
        for mention in mentions:
            person = mention.type == "PERSON"
            usual = spellings.spelling(mention.name, typed_person=person)
            if usual and (person or not mention.organisation_cued):
                mention.name, mention.type = usual, "PERSON"

    def _resolve_short_people(self, articles: Sequence[list[Mention]]) -> None:
        """A one-word name an article never spells out ("Mr. Trump") is the one person of
        the batch, or failing that of the warehouse, whose full name holds it; among several,
        the one far more articles name (``_prominent_person``)."""
        articles_naming = Counter(
            name
            for mentions in articles
            for name in {m.name for m in mentions if m.type == "PERSON" and len(m.name.split()) > 1}
        )
        batch_people = _index_by_word(defaultdict(set), articles_naming)
        batch_spellings = _index_by_word(defaultdict(set), articles_naming, spelling_key)
        for mentions in articles:
            for mention in mentions:
                if mention.type != "PERSON" or len(mention.name.split()) != 1:
                    continue
                word = name_key(mention.name)
                candidates = {name_key(n): n for n in batch_people.get(word, ())}
                if not candidates:
                    candidates = {name_key(n): n for n in self._known_people.get(word, ())}
                if not candidates:  # "Zelenskyy" alone, "Volodymyr Zelensky" in full
                    spelt = batch_spellings.get(spelling_key(mention.name), ())
                    candidates = {name_key(n): n for n in spelt}
                if len(candidates) == 1:
                    mention.name = next(iter(candidates.values()))
                elif candidates:
                    mention.name = (
                        _prominent_person(candidates.values(), articles_naming) or mention.name
                    )

    def _resolve_company_forms(self, articles: Sequence[list[Mention]]) -> None:
        """ "Sierra Nevada Corp." and "Sierra Nevada Corporation" are one company, and
        "SoftBank" here is the "SoftBank Group Corp" another article (or the warehouse)
        names in full, when exactly one full name starts that way."""
        full_names = {
            mention.name
            for mentions in articles
            for mention in mentions
            if mention.type == "ORG" and len(mention.name.split()) > 1
        }
        full_names |= {
            entity.name
            for entity in self._known.values()
            if entity.type == "ORG" and len(entity.name.split()) > 1
        }
        spelling = _one_spelling_per_legal_form(full_names)
        companies = CompanyPrefixes(spelling.values())
        for mentions in articles:
            for mention in mentions:
                if mention.type != "ORG" or mention.synthetic or in_gazetteer(mention.text):
                    continue
                name = spelling.get(_legal_form_key(mention.name), mention.name)
                mention.name = companies.full_name(name) or name

    def _vote_types(self, articles: Sequence[list[Mention]]) -> None:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for mentions in articles:
            for mention in mentions:
                if mention.type != "PERSON" and not _kind_shown(mention):
                    votes[name_key(mention.name)][mention.type] += 1
        chosen: dict[str, str] = {}
        for key, counter in votes.items():
            known = self._known_types.get(key, set()) - {"PERSON"}
            if len(known) == 1:
                chosen[key] = next(iter(known))
                continue
            chosen[key] = max(counter, key=lambda kind: (counter[kind], -_preference(kind)))
        for mentions in articles:
            for mention in mentions:
                if mention.type != "PERSON" and not (is_building(mention) or _kind_shown(mention)):
                    mention.type = chosen[name_key(mention.name)]

    def _assign(self, mention: Mention, drafts: dict[str, _Draft]) -> None:
        key = name_key(mention.name)
        entity_id = self._known_by_name.get((mention.type, key)) or entity_id_for(
            mention.type, mention.name
        )
        mention.entity_id = entity_id
        draft = drafts.get(entity_id)
        if draft is None:
            known = self._known.get(entity_id)
            base = known or Entity(entity_id=entity_id, name=mention.name, type=mention.type)
            draft = _Draft(
                entity=Entity(
                    entity_id=entity_id,
                    name=base.name,
                    type=base.type,
                    aliases=list(base.aliases),
                    role=base.role,
                    affiliation=base.affiliation,
                ),
                aliases=set(base.aliases),
            )
            drafts[entity_id] = draft
        entity = draft.entity
        if not mention.synthetic and mention.text != entity.name:
            draft.aliases.add(mention.text)
        if mention.name != entity.name:
            draft.aliases.add(mention.name)
        styled = _styled_name(mention)
        if styled:
            draft.aliases.add(styled)  # "Prince Andrew", "Pope Francis": how they are known
        if entity.role is None and mention.role:
            entity.role = mention.role
        if entity.affiliation is None and mention.affiliation:
            entity.affiliation = mention.affiliation


def vote_people(articles: Sequence[list[Mention]]) -> None:
    """ "Trump" a person 40 times in the batch and an organisation in one article: the
    model's slip, corrected (``batch_people``, ``retype_people``)."""
    names = batch_people(articles)
    for mentions in articles:
        retype_people(mentions, names)


def batch_people(articles: Sequence[list[Mention]]) -> set[str]:
    """The one-word names the batch overwhelmingly reads as a person (a surname that is
    also a company, "Ford", stays as each article has it)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mentions in articles:
        for mention in mentions:
            if len(mention.text.split()) == 1 and not mention.synthetic:
                votes[mention.text][mention.type] += 1
    return {
        name
        for name, counter in votes.items()
        if counter["PERSON"] >= _MIN_PERSON_VOTES
        and counter["PERSON"] >= _PERSON_MAJORITY * (counter.total() - counter["PERSON"])
    }


def slips_to_person(mentions: list[Mention], names: set[str]) -> bool:
    return any(_slipped(mention, names) for mention in mentions)


def retype_people(mentions: list[Mention], names: set[str]) -> None:
    """Makes persons of ``names`` typed otherwise, but not where the article itself shows
    the name an organisation."""
    for mention in mentions:
        if _slipped(mention, names):
            mention.type = "PERSON"


def _slipped(mention: Mention, names: set[str]) -> bool:
    return (
        mention.text in names
        and mention.type in {"ORG", "GPE", "NORP"}
        and not mention.organisation_cued
    )


def _vote_organisations(articles: Sequence[list[Mention]]) -> None:
    """The converse of ``_vote_people``: "SpaceX" an organisation in article after article
    and a person in one sentence is the model's slip, when no full name in that article
    makes it someone's surname (the mention's name is still one word)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mentions in articles:
        for mention in mentions:
            if len(mention.text.split()) == 1 and not mention.synthetic:
                votes[mention.text][mention.type] += 1
    for mentions in articles:
        for mention in mentions:
            counter = votes.get(mention.text)
            if (
                mention.type == "PERSON"
                and counter is not None
                and len(mention.name.split()) == 1
                and counter["ORG"] >= _MIN_PERSON_VOTES
                and counter["ORG"] >= _PERSON_MAJORITY * (counter.total() - counter["ORG"])
            ):
                mention.type = "ORG"


def _kind_shown(mention: Mention) -> bool:
    """The article's own words show what kind of thing the mention is (a city's team, a
    product, a quoted title), so it keeps its type and is its own entity, whatever the
    batch's vote."""
    return mention.sports_team or mention.kind_shown


def _styled_name(mention: Mention) -> str | None:
    if mention.type != "PERSON" or not mention.role:
        return None
    title = mention.role.split()[-1]
    return f"{title} {mention.text}" if title.casefold() in gazetteer.STYLE_TITLES else None


def _finish(draft: _Draft) -> Entity:
    draft.aliases.discard(draft.entity.name)
    draft.entity.aliases = sorted(draft.aliases)
    return draft.entity


def _preference(kind: str) -> int:
    return _TYPE_PREFERENCE.index(kind) if kind in _TYPE_PREFERENCE else len(_TYPE_PREFERENCE)


def _resolve_in_article(mentions: list[Mention]) -> None:
    for mention in mentions:
        mention.name, mention.type = canonical_form(mention.text, mention.type)
        if mention.sports_team:  # "the Wild" -> Minnesota Wild
            mention.name = gazetteer.full_team_name(mention.name) or mention.name
    _drop_glued_gerunds(mentions)
    forms = _with_same_person_forms(_middle_name_forms(mentions), mentions)
    long_people = Counter(
        forms.get(m.name, m.name)
        for m in mentions
        if m.type == "PERSON" and len(m.name.split()) > 1
    )
    organisations = {m.name for m in mentions if m.type == "ORG" and len(m.name.split()) > 1}
    companies = CompanyPrefixes(organisations)
    brands = {m.name for m in mentions if m.type == "ORG" and not m.synthetic}
    person_words = {person: set(name_key(person).split()) for person in long_people}
    for form, person in forms.items():  # "Mike" is Mike Ford, who is John M. Ford
        person_words[person] |= set(name_key(form).split())
    people_by_word: defaultdict[str, set[str]] = defaultdict(set)
    for person, words in person_words.items():
        for word in words:
            people_by_word[word].add(person)
    for mention in mentions:
        if mention.synthetic or in_gazetteer(mention.text):
            continue
        if mention.type == "PERSON" and mention.name in forms:
            mention.name = forms[mention.name]
            continue
        person = _longer_person(mention.name, long_people, people_by_word, person_words)
        if person and (mention.type == "PERSON" or len(mention.name.split()) == 1):
            mention.name, mention.type = person, "PERSON"
            continue
        organisation = _expanded_acronym(mention.name, organisations)
        if mention.type == "ORG" and organisation is None:
            organisation = companies.brand_of(mention.name, brands)
        if mention.type == "ORG" and organisation is None:
            organisation = companies.full_name(mention.name)
        if mention.type == "ORG" and organisation is None:
            organisation = _longer_institution(mention.name, organisations)
        if mention.type == "ORG" and organisation is None:
            organisation = _person_like_full_name(mention.name, organisations)
        if organisation:
            mention.name, mention.type = organisation, "ORG"


def _resolve_in_article_guarded(mentions: list[Mention]) -> None:
    """One article's names resolved; a failure there keeps that article's names as the
    gazetteer gives them (logged), and never sinks the batch."""
    try:
        _resolve_in_article(mentions)
    except Exception:
        log.exception("entity resolution failed in one article; its names are kept as written")
        for mention in mentions:
            if not mention.name:
                mention.name, mention.type = canonical_form(mention.text, mention.type)


def _drop_glued_gerunds(mentions: list[Mention]) -> None:
    """ "Hosting Cook at Dreamforce ...": the model glued a sentence's opening gerund to a
    surname; with "Tim Cook" in the article, the name is "Cook"."""
    full = [m.name.split() for m in mentions if m.type == "PERSON" and len(m.name.split()) > 1]
    for mention in mentions:
        words = mention.name.split()
        if mention.type != "PERSON" or len(words) != 2 or not words[0].endswith("ing"):
            continue
        if any(other[-1] == words[1] and other[0] != words[0] for other in full):
            mention.name = words[1]


def _middle_name_forms(mentions: list[Mention]) -> dict[str, str]:
    """ "John M. Ford", "John Milo Ford" and "Mike Ford" in one article are one person:
    the middle initial, the middle name in full, and the middle name as the name he goes
    by (as "F. Scott Fitzgerald" is Scott). Each other form -> the one with the initial,
    when exactly one such name fits it."""
    people = {m.name for m in mentions if m.type == "PERSON"}
    with_initial = [name for name in people if _middle_initial(name)]
    forms: dict[str, str] = {}
    for name in people.difference(with_initial):
        fits = [full for full in with_initial if _goes_by_middle_name(name, full)]
        if len(fits) == 1:
            forms[name] = fits[0]
    return forms


def _with_same_person_forms(forms: dict[str, str], mentions: list[Mention]) -> dict[str, str]:
    """ "Patrick W. Carlineo", "Patrick Carlineo Jr." and "Pat Carlineo" in one article are
    one person: the same first name (or its short form) and surname, each with a middle
    initial or a generation the other leaves out. Each such form -> the longest, after the
    middle-name forms (``forms``)."""
    groups: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        parts = (
            _name_parts(forms.get(mention.name, mention.name)) if mention.type == "PERSON" else None
        )
        if parts:
            groups[parts[0]].add(forms.get(mention.name, mention.name))
    same: dict[str, str] = {}
    for names in groups.values():
        if len(names) > 1 and _compatible([_name_parts(name) for name in names]):
            longest = max(sorted(names), key=lambda name: len(name.split()))
            same.update({name: longest for name in names if name != longest})
    return {**same, **{form: same.get(full, full) for form, full in forms.items()}}


def _name_parts(name: str) -> tuple[tuple[str, str], str, str] | None:
    """ "Pat W. Carlineo Jr." -> (("patrick", "Carlineo"), "W.", "Jr.")."""
    words = name.split()
    generation = words.pop() if words and words[-1].casefold() in _GENERATIONS else ""
    if len(words) < _FIRST_AND_MIDDLE or len(words) > _FIRST_AND_MIDDLE + 1:
        return None
    middle = words[1] if len(words) > _FIRST_AND_MIDDLE else ""
    if middle and not re.fullmatch(r"[A-Z]\.", middle):
        return None
    first = words[0].casefold()
    return (gazetteer.GIVEN_NAME_FORMS.get(first, first), words[-1]), middle, generation


def _compatible(parts: list) -> bool:
    """No two forms give different middle initials or generations."""
    middles = {middle for _, middle, _ in parts if middle}
    generations = {generation for _, _, generation in parts if generation}
    return len(middles) <= 1 and len(generations) <= 1


def _join_dropped_initials(articles: Sequence[list[Mention]]) -> None:
    """ "Patrick Carlineo Jr." in one article and "Patrick W. Carlineo Jr." in another: a
    full name that lacks only a middle initial is the batch's one name with it. Both
    become the form more mentions use."""
    uses = Counter(m.name for mentions in articles for m in mentions if m.type == "PERSON")
    with_initial: defaultdict[str, set[str]] = defaultdict(set)
    for name in uses:
        parts = _middle_initial(name)
        if parts:
            with_initial[f"{parts[0]} {parts[2]}"].add(name)
    chosen: dict[str, str] = {}
    for plain, initialled in with_initial.items():
        if len(initialled) == 1 and plain in uses:
            full = next(iter(initialled))
            kept = max((full, plain), key=lambda name: uses[name])
            chosen[plain] = chosen[full] = kept
    for mentions in articles:
        for mention in mentions:
            if mention.type == "PERSON" and mention.name in chosen:
                mention.name = chosen[mention.name]


def _middle_initial(name: str) -> tuple[str, str, str] | None:
    """ "Patrick W. Carlineo Jr." -> ("Patrick", "W", "Carlineo Jr.")."""
    found = _WITH_MIDDLE_INITIAL.fullmatch(name)
    return (found[1], found[2], found[3]) if found else None


def _goes_by_middle_name(name: str, full: str) -> bool:
    """ "John Milo Ford" or "Mike Ford" for "John M. Ford"."""
    parts = _middle_initial(full)
    if parts is None or not name.endswith(f" {parts[2]}"):
        return False
    first, initial, surname = parts
    given = name[: -len(surname)].split()
    if len(given) == _FIRST_AND_MIDDLE:  # the middle name spelled out
        return given[0] == first and given[1][0] == initial and given[1].isalpha()
    return len(given) == 1 and given[0] != first and given[0][0] == initial


def _index_by_word(
    index: defaultdict[str, set[str]], names: Iterable[str], fold: Callable[[str], str] = name_key
) -> defaultdict[str, set[str]]:
    """Adds each name under every word of its key ("Xi Jinping" under "xi" and "jinping")."""
    for name in names:
        for word in fold(name).split():
            index[word].add(name)
    return index


def _prominent_person(candidates: Iterable[str], articles_naming: Counter[str]) -> str | None:
    """The full name that far more of the batch's articles use than any other that shares
    the short name: a bare "Trump" in a news batch is Donald Trump, though one article also
    names Ivanka Trump. Entity linkers weigh a name's prominence the same way."""
    ranked = sorted(candidates, key=lambda name: (-articles_naming[name], name))
    top, runner_up = ranked[0], ranked[1]
    if articles_naming[top] >= _PROMINENCE * max(articles_naming[runner_up], 1):
        return top
    return None


def _longer_person(
    name: str,
    people: Counter[str],
    by_word: dict[str, set[str]],
    person_words: dict[str, set[str]],
) -> str | None:
    words = set(name_key(name).split())
    if not words:
        return None
    sharing = set.intersection(*(by_word.get(word, set()) for word in words))
    candidates = [person for person in sharing if person != name and words < person_words[person]]
    if not candidates:
        return None
    candidates.sort(key=lambda person: (-people[person], person))
    if len(candidates) > 1 and people[candidates[0]] == people[candidates[1]]:
        return None
    return candidates[0]


def _expanded_acronym(name: str, organisations: set[str]) -> str | None:
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        return None
    matches = [
        org
        for org in organisations
        if name in {_initials(org), _initials(org, _ACRONYM_SKIP | {"state"})}  # NYAG
    ]
    return matches[0] if len(matches) == 1 else None


class CompanyPrefixes:
    """Full company names ("New Media Investment Group") by each run of their leading words,
    so that a short name ("New Media") finds the one it starts in one lookup, however many
    companies the batch and the warehouse know."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_prefix: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for name in names:
            words = name.split()
            if len(words) > 1 and words[-1].casefold() in gazetteer.COMPANY_SUFFIXES:
                for length in range(1, len(words)):
                    self._by_prefix[tuple(words[:length])].add(name)

    def full_name(self, name: str) -> str | None:
        """The one full company name that starts with these words, if exactly one does."""
        matches = self._by_prefix.get(tuple(name.split()), set())
        return next(iter(matches)) if len(matches) == 1 else None

    def brand_of(self, name: str, brands: set[str]) -> str | None:
        """ "Big Machine Records" -> "Big Machine" when the article names the company bare as
        well as by two or more full names ("Big Machine Label Group"): one company, styled
        several ways, is the name they share."""
        words = name.split()
        for length in range(1, len(words)):
            short = " ".join(words[:length])
            if short in brands and len(self._by_prefix.get(tuple(words[:length]), ())) > 1:
                return short
        return None


def is_building(mention: Mention) -> bool:
    """ "in the Kremlin", "at the White House": the building keeps its type (FAC) beside
    the institution of the same name."""
    return mention.type == "FAC" and (mention.name or mention.text).casefold() in (
        gazetteer.BUILDINGS
    )


def _legal_form_key(name: str) -> str:
    return " ".join(_LEGAL_FORMS.get(word, word) for word in name_key(name).split())


def _one_spelling_per_legal_form(names: Iterable[str]) -> dict[str, str]:
    """Legal-form key -> the spelling kept: the longest ("Corporation" over "Corp.")."""
    spelling: dict[str, str] = {}
    for name in sorted(names, key=lambda name: (-len(name), name)):
        spelling.setdefault(_legal_form_key(name), name)
    return spelling


def _longer_institution(name: str, organisations: set[str]) -> str | None:
    """ "the Intelligence Committee" in an article that names "the House Intelligence
    Committee", "the Bureau of Prisons" after "the Federal Bureau of Prisons", "the Supreme
    Court" after "the Supreme Court of India", "the House Committee" after "the House
    Intelligence Committee": a body's name without its leading words, without what it is
    "of", or without inner words, when exactly one name of the article shortens so."""
    words = name.split()
    if len(words) < 2 or _head_word(words).casefold() not in _BODY_WORDS:
        return None
    matches = [org for org in organisations if _shortened_to(org.split(), words)]
    return matches[0] if len(matches) == 1 else None


def _head_word(words: list[str]) -> str:
    """ "Bureau of Prisons" -> Bureau, "Supreme Court" -> Court."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _shortened_to(full: list[str], short: list[str]) -> bool:
    if len(full) <= len(short):
        return False
    without_leading_words = full[-len(short) :] == short
    without_of_phrase = full[: len(short)] == short and full[len(short)] == "of"
    return without_leading_words or without_of_phrase or _without_inner_words(full, short)


def _without_inner_words(full: list[str], short: list[str]) -> bool:
    """ "House Committee" of "House Intelligence Committee": the same first and last word,
    the short name's words in the full name's order."""
    if full[0] != short[0] or full[-1] != short[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def _person_like_full_name(name: str, organisations: set[str]) -> str | None:
    """ "Braun" ... "Scooter Braun", both typed ORG by the model: a one-word name that ends
    exactly one two-word name shaped like a person's is that name."""
    if " " in name:
        return None
    matches = [
        org
        for org in organisations
        if len(org.split()) == 2
        and org.split()[1] == name
        and all(word[:1].isupper() and word.isalpha() for word in org.split())
        and not {word.casefold() for word in org.split()}
        & (gazetteer.ORG_SUFFIXES | gazetteer.INSTITUTION_WORDS)  # "House": not White House
    ]
    return matches[0] if len(matches) == 1 else None


def _initials(name: str, skipped: frozenset[str] = _ACRONYM_SKIP) -> str:
    return "".join(word[0].upper() for word in name.split() if word.casefold() not in skipped)
