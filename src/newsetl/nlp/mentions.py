"""Entity mentions of one parsed article, from the NER spans.

Outside boilerplate only; a headline's or crossheading's mention only when the
body names the same thing (NER on title-case headings is unreliable). A name
the model tagged once but missed elsewhere in the same article ("Hodeidah" in
one sentence and not in the next) is added where it recurs as a complete
proper-noun run, with the type it had.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from newsetl.nlp import gazetteer
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.implied_organisations import (
    Found,
    bracketed_acronyms,
    coordinated_companies,
    institution_short_forms,
)
from newsetl.nlp.known_places import is_known_place, is_major_place
from newsetl.nlp.name_spans import (
    joined_by_acronym,
    joined_company_words,
    joined_court_cases,
    joined_institution_places,
    joined_surname_particles,
    split_at_non_name_words,
    split_at_possessive,
    split_country_prefix,
    split_listed_places,
    split_party_members,
    with_award_category,
    with_missed_first_name,
    with_office_title,
    with_plus_service,
    with_possessive_org_head,
    with_scoreline_teams,
)
from newsetl.nlp.names import (
    clean_surface,
    country_of,
    in_gazetteer,
    is_group_adjective,
    looks_like_heading,
    mention_name,
    name_key,
)
from newsetl.nlp.person_cues import (
    looks_like_a_persons_name,
    names_cued_as_groups,
    names_cued_as_people,
    untagged_people,
)
from newsetl.nlp.place_types import type_by_known_places
from newsetl.nlp.product_cues import names_cued_as_products
from newsetl.nlp.resolve import Mention, is_building
from newsetl.nlp.sports_teams import places_standing_for_teams, team_names, with_named_teams
from newsetl.nlp.untagged_companies import is_known_outlet, untagged_companies
from newsetl.nlp.us_states import STATE_BY_ABBREVIATION
from newsetl.nlp.work_titles import quoted_titles

_PROPAGATED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_MIN_PROPAGATED_CHARS = 3


_MIN_TYPE_VOTES = 2
_MIN_ACRONYM_WORDS = 2
_MIN_ACRONYM_LETTERS, _MAX_ACRONYM_LETTERS = 2, 6
_PARTS = 2  # "A and B"
_CASE_NAME = re.compile(r" v\.? ")
_SURNAME_TYPOS = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"})


def collect_mentions(context: ArticleContext, sentences: list[Span]) -> None:
    found: list[tuple[Mention, range]] = []
    cued: set[str] = set()  # names some mention's context shows to be organisations
    teams: set[str] = set()
    spans_by_sentence: dict[int, list[Span]] = defaultdict(list)
    acronyms = _acronyms(context.doc)
    for span in context.doc.ents:  # once: Span.ents walks the whole document each time
        spans_by_sentence[context.sentence_of(span[0])].append(span)
    for number, sentence in enumerate(sentences):
        if number in context.boilerplate_sentences:
            continue
        heading = looks_like_heading(sentence.text)
        spans = with_named_teams(
            sentence,
            with_scoreline_teams(
                sentence, _joined_names(spans_by_sentence.get(number, []), acronyms)
            ),
        )
        teams.update(team_names(spans))
        for span in (part for model_span in spans for part in _name_spans(model_span)):
            name = mention_name(span)
            if name is None:
                continue
            if name.org_cue:
                cued.add(name.name)
            mention = Mention(
                article_index=context.article_index,
                sentence_index=number,
                start_char=span.start_char,
                text=name.name,
                type=name.type,
                role=name.role,
                affiliation=name.affiliation,
                in_heading=heading,
            )
            found.append((mention, range(span.start, span.end)))
    body_names = {name_key(m.text) for m, _ in found if not m.in_heading}
    kept = [
        (mention, tokens)
        for mention, tokens in found
        if not mention.in_heading or name_key(mention.text) in body_names
    ]
    kept += _untagged_names(context, sentences, kept, untagged_companies, "ORG")
    kept += _untagged_names(context, sentences, kept, untagged_people, "PERSON")
    kept += _recurring_names(context, sentences, kept)
    kept += _named_places(context, sentences, kept)
    kept += _untagged_acronyms(context, sentences, kept)
    kept += _organisations(context, bracketed_acronyms(context.doc, kept))
    kept += _organisations(context, institution_short_forms(context, sentences, kept))
    surnames = person_surnames(m for m, _ in kept)
    kept += _organisations(context, coordinated_companies(context.doc, kept, surnames))
    kept = _with_quoted_titles(context, kept)
    kept += _party_state_tags(context, kept)
    kept += _hyphen_joined_places(context, kept)
    kept += _group_adjectives(context, sentences, kept)
    kept = _split_coordinated_names(context, kept)
    mentions = [mention for mention, _ in kept]
    cued.update(teams)
    cued.update(company_short_forms(mentions))
    cued.update(m.text for m in mentions if is_known_outlet(m.text))
    cued.update(companies_listed_with_companies(context, kept))
    cued.update(names_cued_as_groups(context.doc, kept))
    people = names_cued_as_people(context.doc, kept) | people_listed_with_people(context, kept)
    products = names_cued_as_products(context.doc, kept)
    for mention in mentions:
        if mention.text in products:
            mention.type, mention.kind_shown = "PRODUCT", True
        elif mention.text in people:
            mention.type = "PERSON"
        elif mention.text in cued:
            mention.type = "ORG"
            mention.organisation_cued = True
            mention.sports_team = mention.text in teams
    type_case_short_names(mentions)
    harmonise_types(mentions)
    type_by_known_places(context.doc, kept)
    type_regions_after_the(context.doc, kept)
    type_surnames(mentions)
    for team in places_standing_for_teams(context.doc, kept, names_a_team=bool(teams)):
        team.type, team.sports_team = "ORG", True
    kept.sort(key=lambda item: item[0].start_char)
    for mention, tokens in kept:
        context.mentions.append(mention)
        for token in tokens:
            context.token_mention[token] = len(context.mentions) - 1


def _joined_names(spans: list[Span], acronyms: set[str]) -> list[Span]:
    """The model's spans with the names it cut in two joined again."""
    joined = joined_institution_places(joined_court_cases(joined_company_words(spans)))
    return with_plus_service(joined_surname_particles(joined_by_acronym(joined, acronyms)))


def _acronyms(doc: Doc) -> set[str]:
    """The article's words in capitals that could be an acronym ("CBP", "ICE")."""
    return {
        token.text
        for token in doc
        if token.is_alpha
        and token.is_upper
        and _MIN_ACRONYM_LETTERS <= len(token) <= _MAX_ACRONYM_LETTERS
    }


def _name_spans(model_span: Span) -> list[Span]:
    return [
        part
        for listed in split_listed_places(with_award_category(with_missed_first_name(model_span)))
        for piece in split_at_non_name_words(with_office_title(listed))
        for owned in split_at_possessive(piece)
        for members in split_party_members(owned)
        for part in split_country_prefix(with_possessive_org_head(members))
    ]


def type_case_short_names(mentions: list[Mention]) -> None:
    """ "Citizens United v. FEC" ... "since Citizens United": a court case is cited by its
    first party's name, so that name is the case all through the article."""
    first_parties = _case_first_parties(mentions)
    for mention in mentions:
        if mention.text in first_parties and mention.type in {"ORG", "PERSON", "GPE", "NORP"}:
            mention.type = "LAW"


def _case_first_parties(mentions: Iterable[Mention]) -> set[str]:
    return {
        _CASE_NAME.split(mention.text)[0]
        for mention in mentions
        if mention.type == "LAW" and _CASE_NAME.search(mention.text)
    }


def type_regions_after_the(doc: Doc, kept: list[tuple[Mention, range]]) -> None:
    """ "fires in the Amazon": a name that is a region after "the" and a company without it
    is the region there, whatever the article's or the batch's vote."""
    for mention, tokens in kept:
        before = doc[tokens.start - 1] if tokens.start > 0 else None
        if mention.text.casefold() in gazetteer.REGIONS_AFTER_THE and (
            before is not None and before.lower_ == "the"
        ):
            mention.type, mention.kind_shown = "LOC", True


def harmonise_types(mentions: list[Mention]) -> None:
    """A name the model types one way in most of an article takes that type everywhere in
    it ("Avdiivka" GPE twice, PERSON once -> GPE): its slips are not the writer's. A
    building ("signed in the Kremlin") is no slip for its institution ("the Kremlin
    said"), nor the other way round; nor is a name the text shows another kind of thing
    (the show “Nashville” in an article on the city)."""
    voters = [m for m in mentions if not (is_building(m) or m.kind_shown)]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in voters:
        votes[mention.text][mention.type] += 1
    for mention in voters:
        (top, count), *_ = votes[mention.text].most_common(1)
        if count >= _MIN_TYPE_VOTES and count > votes[mention.text][mention.type]:
            mention.type = top


def type_surnames(mentions: list[Mention]) -> None:
    """A one-word name that is the surname of a person the article names in full is that
    person ("John M. Ford ... Ford's estate": Ford is no carmaker here)."""
    surnames = person_surnames(mentions)
    for mention in mentions:
        if mention.type in _SURNAME_TYPOS and mention.text in surnames:
            mention.type = "PERSON"
    _type_full_names(mentions)


def _type_full_names(mentions: list[Mention]) -> None:
    """ "Pittsburgh quarterback Mason Rudolph" typed ORG, then "Rudolph" as a person five
    times: a two-word name ending in a person's surname is that person."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if len(mention.text.split()) == 1:
            votes[mention.text][mention.type] += 1
    for mention in mentions:
        words = mention.text.split()
        if mention.type not in _SURNAME_TYPOS or len(words) != 2 or not words[0].isalpha():
            continue
        last = words[-1]
        if last.casefold() in gazetteer.ORG_SUFFIXES or in_gazetteer(mention.text):
            continue
        if votes[last] and votes[last].most_common(1)[0][0] == "PERSON":
            mention.type = "PERSON"


def company_short_forms(mentions: list[Mention]) -> set[str]:
    """ "Fortress Investment Group" ... "Fortress": a one-word name that starts a company's
    full name in the same article is that company, whatever the model typed it."""
    companies = {
        mention.text.split()[0]
        for mention in mentions
        if mention.type == "ORG"
        and len(mention.text.split()) > 1
        and mention.text.split()[-1].casefold() in gazetteer.COMPANY_SUFFIXES
    }
    return {
        mention.text
        for mention in mentions
        if mention.text in companies and mention.type in {"PERSON", "GPE", "NORP", "LOC"}
    }


_LIST_CUED_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG"})
_LISTED_AS_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def companies_listed_with_companies(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> set[str]:
    """ "SpaceX, Blue Origin, Sierra Nevada Corp. and Tyvak", "Ubisoft and Take-Two
    Interactive": a one-word name coordinated with companies is a company, unless it is
    the surname of a person the article names in full."""
    surnames = person_surnames(m for m, _ in kept)
    cued: set[str] = set()
    for group in _coordinated_groups(context, kept):
        companies = [m for m in group if m.type == "ORG"]
        suffixed = [m for m in companies if m.text.split()[-1].casefold() in gazetteer.ORG_SUFFIXES]
        if not (len(companies) >= 2 and len(companies) * 2 > len(group)) and not (
            len(group) == 2 and suffixed
        ):
            continue
        cued.update(
            m.text
            for m in group
            if m.type in _LIST_CUED_TYPES
            and len(m.text.split()) == 1
            and m.text not in surnames
            and not in_gazetteer(m.text)
        )
    return cued


def people_listed_with_people(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> set[str]:
    """ "the likes of Justin Beiber, Demi Lovato and Ariana Grande": a name shaped like a
    person's, coordinated with people, is a person."""
    cued: set[str] = set()
    for group in _coordinated_groups(context, kept):
        people = [m for m in group if m.type == "PERSON"]
        if len(people) >= 2 and len(people) * 2 > len(group):
            cued.update(
                m.text
                for m in group
                if m.type in _LISTED_AS_PEOPLE and looks_like_a_persons_name(m.text)
            )
    return cued


def _coordinated_groups(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> list[list[Mention]]:
    """Mentions joined by coordination ("A, B and C"), as groups of two or more."""
    by_token = {token: number for number, (_, tokens) in enumerate(kept) for token in tokens}
    parent = list(range(len(kept)))

    def root(number: int) -> int:
        while parent[number] != number:
            number = parent[number]
        return number

    for number, (_, tokens) in enumerate(kept):
        head = context.doc[tokens[-1]]
        while head.head.i in tokens and head.head.i != head.i:
            head = head.head
        if head.dep_ == "conj" and head.head.i in by_token:
            parent[root(number)] = root(by_token[head.head.i])
    groups: dict[int, list[Mention]] = defaultdict(list)
    for number, (mention, _) in enumerate(kept):
        groups[root(number)].append(mention)
    return [group for group in groups.values() if len(group) > 1]


def _recurring_names(
    context: ArticleContext, sentences: list[Span], kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """Names the article's mentions (or the platforms the gazetteer knows) give, found again
    where the model missed them."""
    types: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for mention, _ in kept:
        words = tuple(mention.text.split())
        if mention.type in _PROPAGATED_TYPES and len(mention.text) >= _MIN_PROPAGATED_CHARS:
            types[words][mention.type] += 1
    for first_party in _case_first_parties(m for m, _ in kept):  # "since Citizens United"
        types[tuple(first_party.split())]["LAW"] += 1
    surnames = _surnames(kept)  # "Young, in his testimony": the model missed Tom Young's name
    for surname in surnames - set(types):
        types[surname]["PERSON"] += 1
    for platform in gazetteer.PLATFORMS:  # "a letter posted on Twitter": often untagged
        types.setdefault((platform,), Counter({"ORG": 1}))
    for known in gazetteer.OFTEN_UNTAGGED:  # "Wall Street analysts", "repeal Obamacare"
        kind = gazetteer.CANONICAL[known.casefold()][1]
        types.setdefault(tuple(known.split()), Counter({kind: 1}))
    if not types:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in sorted(types, key=len, reverse=True):
        by_first[words[0]].append(words)
    covered = {token for _, tokens in kept for token in tokens}
    added: list[tuple[Mention, range]] = []
    for number, sentence in enumerate(sentences):
        if number in context.boilerplate_sentences or looks_like_heading(sentence.text):
            continue
        for token in sentence:
            if token.i in covered or token.text not in by_first:
                continue
            for words in by_first[token.text]:
                end = token.i + len(words)
                if end > sentence.end or any(i in covered for i in range(token.i, end)):
                    continue
                if tuple(t.text for t in context.doc[token.i : end]) != words:
                    continue
                if not _complete_proper_run(context.doc, token.i, end, sentence):
                    continue
                if words in surnames and token.pos_ != "PROPN":
                    continue  # "Young people", not Tom Young
                kind = types[words].most_common(1)[0][0]
                text = " ".join(words)
                span = with_possessive_org_head(context.doc[token.i : end])
                if span.end != end:
                    text, kind, end = clean_surface(span.text), "ORG", span.end
                mention = Mention(
                    article_index=context.article_index,
                    sentence_index=number,
                    start_char=token.idx,
                    text=text,
                    type=kind,
                )
                added.append((mention, range(token.i, end)))
                covered.update(range(token.i, end))
                break
    return added


def person_surnames(mentions: Iterable[Mention]) -> set[str]:
    """The last words of the people the article names in full."""
    return {m.text.split()[-1] for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1}


def _surnames(kept: list[tuple[Mention, range]]) -> set[tuple[str, ...]]:
    """Surnames worth looking for where the model missed them: words, capitalised, not tiny."""
    return {
        (surname,)
        for surname in person_surnames(m for m, _ in kept)
        if surname.isalpha() and surname[0].isupper() and len(surname) >= _MIN_PROPAGATED_CHARS
    }


def _named_places(
    context: ArticleContext, sentences: list[Span], kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """ "the port of Hodeidah", "the city of Sumy": an untagged proper noun there is a place."""
    covered = {token for _, tokens in kept for token in tokens}
    added: list[tuple[Mention, range]] = []
    for number, sentence in enumerate(sentences):
        if number in context.boilerplate_sentences:
            continue
        for token in sentence:
            if token.lower_ != "of" or token.i + 1 >= sentence.end or token.i == sentence.start:
                continue
            if context.doc[token.i - 1].lemma_.lower() not in gazetteer.PLACE_NOUNS:
                continue
            end = token.i + 1
            while end < sentence.end and context.doc[end].pos_ == "PROPN":
                end += 1
            if end == token.i + 1 or any(i in covered for i in range(token.i + 1, end)):
                continue
            added.append(_new_mention(context, number, range(token.i + 1, end), "GPE"))
    return added


def _hyphen_joined_places(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """ "the Russia-Ukraine war", "US-China talks": the model often tags one side of the
    hyphen only; a country or major place on the other side is a place too."""
    doc = context.doc
    covered = {token for _, tokens in kept for token in tokens}
    added: list[tuple[Mention, range]] = []
    places = ((m, tokens) for m, tokens in kept if m.type == "GPE")
    for mention, tokens in places:
        for hyphen, other in ((tokens.stop, tokens.stop + 1), (tokens.start - 1, tokens.start - 2)):
            if min(hyphen, other) < 0 or max(hyphen, other) >= len(doc) or other in covered:
                continue
            if _joins_two_places(doc, hyphen, doc[other]):
                covered.add(other)
                place = range(other, other + 1)
                added.append(_new_mention(context, mention.sentence_index, place, "GPE"))
    return added


def _joins_two_places(doc, hyphen: int, other) -> bool:
    """Not when the hyphen is inside one place's name ("Guinea-Bissau")."""
    if doc[hyphen].text != "-" or doc[hyphen - 1].whitespace_ or doc[hyphen].whitespace_:
        return False
    return (
        other.text[:1].isupper()
        and (country_of(other.text) is not None or is_major_place(other.text))
        and not is_known_place(doc[hyphen - 1 : hyphen + 2].text)
    )


_PARTY_LETTERS = frozenset({"D", "R", "I"})


def _party_state_tags(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """ "Ilhan Omar (D-Minn.)", "Ben Sasse, R-Neb.,": the state after a member of Congress's
    party letter is a place the model rarely tags."""
    doc = context.doc
    covered = {token for _, tokens in kept for token in tokens}
    people = ((m, tokens) for m, tokens in kept if m.type == "PERSON")
    added: list[tuple[Mention, range]] = []
    for mention, tokens in people:
        start = tokens.stop + (tokens.stop < len(doc) and doc[tokens.stop].text in {"(", ","})
        if start + 2 >= len(doc) or doc[start].text not in _PARTY_LETTERS:
            continue
        if doc[start + 1].text != "-":
            continue
        state = _state_abbreviation(doc, start + 2)
        if state is not None and not covered.intersection(state):
            added.append(_new_mention(context, mention.sentence_index, state, "GPE"))
    return added


def _state_abbreviation(doc, start: int) -> range | None:
    """ "NY", "Minn.", or "W.Va" + "." (the tokenizer parts the last full stop)."""
    if doc[start].text in STATE_BY_ABBREVIATION:
        return range(start, start + 1)
    with_stop = start + 1 < len(doc) and doc[start + 1].text == "."
    if with_stop and doc[start].text + "." in STATE_BY_ABBREVIATION:
        return range(start, start + 2)
    return None


def _group_adjectives(
    context: ArticleContext, sentences: list[Span], kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """ "Western leaders": a group adjective the model left untagged is a NORP mention."""
    covered = {token for _, tokens in kept for token in tokens}
    body = (
        (number, token)
        for number, sentence in enumerate(sentences)
        if number not in context.boilerplate_sentences and not looks_like_heading(sentence.text)
        for token in sentence
    )
    return [
        _new_mention(context, number, range(token.i, token.i + 1), "NORP")
        for number, token in body
        if token.i not in covered
        and token.lower_ in gazetteer.GROUP_ADJECTIVES
        and is_group_adjective(token)
    ]


def _split_coordinated_names(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """ "Ogunjobi and Garrett", "The Wrap and Deadline": one span the model made of two
    names joined by "and" is the two names where the article names each of them on its
    own elsewhere (or it is the surname of a person named in full), with the type it has
    there. A name that holds "and" ("Procter and Gamble", "Rock and Roll Hall of Fame")
    is not named by both parts alone; nor is "the Falcon Heavy and Starship" where only
    Starship is, whose parts would take the type of the one."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for mention, _ in kept:
        types[mention.text][mention.type] += 1
    for surname in person_surnames(mention for mention, _ in kept):
        types[surname]["PERSON"] += 1
    result: list[tuple[Mention, range]] = []
    for mention, tokens in kept:
        parts = _coordinated_parts(context.doc, tokens)
        texts = [context.doc[part.start : part.stop].text for part in parts or []]
        named = [text for text in texts if types[text] and text != mention.text]
        if len(named) < _PARTS or in_gazetteer(mention.text):
            result.append((mention, tokens))
            continue
        result += [
            _new_mention(context, mention.sentence_index, part, types[text].most_common(1)[0][0])
            for part, text in zip(parts, texts, strict=True)
        ]
    return result


def _coordinated_parts(doc, tokens: range) -> list[range] | None:
    joins = [i for i in tokens if doc[i].lower_ == "and"]
    if len(joins) != 1:
        return None
    join = joins[0]
    start = tokens.start + (doc[tokens.start].lower_ == "the")
    left, right = range(start, join), range(join + 1, tokens.stop)
    if not left or not right:
        return None
    if not all(doc[part.start].text[:1].isupper() for part in (left, right)):
        return None
    return [left, right]


def _untagged_names(
    context: ArticleContext,
    sentences: list[Span],
    kept: list[tuple[Mention, range]],
    finder: Callable[[Doc, Span, set[int]], Iterable[range]],
    kind: str,
) -> list[tuple[Mention, range]]:
    """Mentions of ``kind`` for the token runs ``finder`` sees in the body's sentences
    that no mention covers yet."""
    covered = {token for _, tokens in kept for token in tokens}
    return [
        _new_mention(context, number, run, kind)
        for number, sentence in enumerate(sentences)
        if number not in context.boilerplate_sentences and not looks_like_heading(sentence.text)
        for run in finder(context.doc, sentence, covered)
    ]


def _untagged_acronyms(
    context: ArticleContext, sentences: list[Span], kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """ "the American Music Awards" ... "the organisers of the AMAs": an untagged acronym
    (or its plural) of a name the article gives in full is that name's kind of thing."""
    by_initials: dict[str, str] = {}
    for mention, _ in kept:
        words = mention.text.split()
        if len(words) >= _MIN_ACRONYM_WORDS and all(word[:1].isupper() for word in words):
            by_initials.setdefault("".join(word[0] for word in words), mention.type)
    covered = {token for _, tokens in kept for token in tokens}
    return [
        _new_mention(context, number, range(token.i, token.i + 1), by_initials[letters])
        for number, sentence in enumerate(sentences)
        if number not in context.boilerplate_sentences and not looks_like_heading(sentence.text)
        for token in sentence
        if token.i not in covered
        and (letters := token.text.removesuffix("s")) in by_initials
        and letters.isupper()
        and letters.isalpha()
    ]


def _with_quoted_titles(
    context: ArticleContext, kept: list[tuple[Mention, range]]
) -> list[tuple[Mention, range]]:
    """The mentions with each quoted title of a work as one WORK_OF_ART in place of the
    pieces the model found in it."""
    works = (token for mention, tokens in kept if mention.type == "WORK_OF_ART" for token in tokens)
    titles = quoted_titles(context.quotations, works)
    if not titles:
        return kept
    inside = {token for title in titles for token in title}
    outside = [(mention, tokens) for mention, tokens in kept if not inside & set(tokens)]
    works = [
        _new_mention(context, context.sentence_of(context.doc[title.start]), title, "WORK_OF_ART")
        for title in titles
    ]
    for mention, _ in works:
        mention.kind_shown = True
    return outside + works


def _organisations(context: ArticleContext, found: list[Found]) -> list[tuple[Mention, range]]:
    return [_new_mention(context, number, tokens, "ORG") for number, tokens in found]


def _new_mention(
    context: ArticleContext, number: int, tokens: range, kind: str
) -> tuple[Mention, range]:
    mention = Mention(
        article_index=context.article_index,
        sentence_index=number,
        start_char=context.doc[tokens.start].idx,
        text=context.doc[tokens.start : tokens.stop].text,
        type=kind,
    )
    return mention, tokens


def _complete_proper_run(doc, start: int, end: int, sentence: Span) -> bool:
    before = doc[start - 1] if start > sentence.start else None
    after = doc[end] if end < sentence.end else None
    return not (_name_word(before) or _name_word(after))


def _name_word(token) -> bool:
    """A proper noun that may belong to the name; not a day or a month the model tagged
    as a date ("a letter posted on Twitter Tuesday")."""
    return token is not None and token.pos_ == "PROPN" and token.ent_type_ not in _TIME_TYPES


_TIME_TYPES = frozenset({"DATE", "TIME"})
