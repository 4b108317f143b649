"""Who speaks a quotation, so that "I" and "we" inside it can stand for the speaker.

'"We condemn the attack," the ministry said': a quotation runs between quotation marks
(curly ones by their direction, straight ones paired within a paragraph), and its
speaker is the subject of a reporting verb outside it, in the sentence where it closes
('"...," Xi said', '"...," said Xi') or, failing that, where it opens ('Xi said: "..."').
This is the speaker rule of rule-based coreference (Lee et al.'s sieves); a quotation
with no reporting verb beside it (a headline, a slogan) has no speaker. A social-media
post embedded in a page is spoken by the author its signature line names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

OPENING_MARKS = frozenset({"“", "„", "«"})
CLOSING_MARKS = frozenset({"”", "»"})
STRAIGHT_MARK = '"'
_CLOSERS = CLOSING_MARKS | {STRAIGHT_MARK}
REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "state", "write", "ask", "respond", "reply", "tweet", "post"}
    | {"explain", "note", "insist", "warn", "declare", "announce", "continue", "recall"}
    | {"argue", "claim", "acknowledge", "admit", "comment", "remark", "conclude", "shout"}
    | {"quip", "joke", "exclaim", "answer", "concede", "stress", "emphasize", "emphasise"}
)
_SPEAKER_DEPS = frozenset({"nsubj"})


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int  # token index of the opening mark
    end: int  # token index of the closing mark (the paragraph's last token if unclosed)


class Quotations:
    """The quotations of one parsed article and their speakers."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._quotations = list(_quotations(doc))
        self._ends = [quotation.end for quotation in self._quotations]
        self._speakers: dict[Quotation, Token | None] = {}

    def closed(self) -> list[Quotation]:
        """The quotations whose closing mark the text gives."""
        return [q for q in self._quotations if self.doc[q.end].text in _CLOSERS]

    def encloses(self, token: Token) -> bool:
        return self._quotation_around(token) is not None

    def quoted_apart(self, token: Token, other: Token) -> bool:
        """Whether ``other`` is inside a quotation that does not hold ``token`` too."""
        around = self._quotation_around(other)
        return around is not None and around != self._quotation_around(token)

    def speaker_of(self, token: Token) -> Token | None:
        """The token naming who speaks the quotation the token is in (or the post the
        token's paragraph is, ``embedded_post_author``); None outside one, or when no
        reporting verb beside the quotation names a speaker."""
        quotation = self._quotation_around(token)
        if quotation is None:
            return embedded_post_author(token)
        if quotation not in self._speakers:
            self._speakers[quotation] = self._speaker(quotation)
        return self._speakers[quotation]

    def addressee_of(self, token: Token) -> Token | None:
        """ "'I love the way you work,' he told Benioff": whom the speaker tells."""
        speaker = self.speaker_of(token)
        if speaker is None or speaker.head.lemma_.lower() != "tell":
            return None
        told = [c for c in speaker.head.children if c.dep_ in {"dobj", "dative"}]
        return told[0] if told else None

    def _quotation_around(self, token: Token) -> Quotation | None:
        at = bisect_left(self._ends, token.i + 1)  # the first quotation ending after it
        if at < len(self._quotations) and self._quotations[at].start < token.i:
            return self._quotations[at]
        return None

    def _speaker(self, quotation: Quotation) -> Token | None:
        closing = self.doc[quotation.end].sent
        opening = self.doc[quotation.start].sent
        after = [t for t in closing if t.i > quotation.end]
        before = [t for t in reversed(opening) if t.i < quotation.start]  # nearest first
        for candidates in (after, before, self._attribution_split_off(quotation)):
            speaker = _reported_speaker(candidates, quotation)
            if speaker is not None:
                return speaker
        return self._continued_speaker(quotation) or self._reported_before(quotation)

    def _attribution_split_off(self, quotation: Quotation) -> list[Token]:
        """'"What is the plan?" Ortiz asked.': the parser ends a sentence at a closing
        question or exclamation mark, leaving the attribution a sentence of its own; one
        that says nothing more ("Smith said the team played well" is a new statement)."""
        following = quotation.end + 1
        if self.doc[quotation.end].text not in _CLOSERS:
            return []  # left open at a paragraph's end: the next paragraph is not its attribution
        if following >= len(self.doc) or not self.doc[following].is_sent_start:
            return []
        root = self.doc[following].sent.root
        if any(child.dep_ in {"ccomp", "dobj", "xcomp"} for child in root.children):
            return []
        return [root]

    def _continued_speaker(self, quotation: Quotation) -> Token | None:
        """'"We pray for them," said Grisham. / "We thank the government."': a quotation
        with no reporting verb of its own that follows another with nothing but that one's
        attribution between them goes on in the same voice (news style quotes one speaker
        in a run of paragraphs and names the speaker once)."""
        at = self._quotations.index(quotation)
        if at == 0:
            return None
        previous = self._quotations[at - 1]
        attribution = self.doc[previous.end].sent
        between = self.doc[previous.end + 1 : quotation.start]
        if any(not t.is_space and t.sent != attribution for t in between):
            return None
        return self.speaker_of(self.doc[previous.start + 1])

    def _reported_before(self, quotation: Quotation) -> Token | None:
        """'Erekat said it was only the latest move by the US. / "They wanted us on our
        knees ..."': a quotation with no attribution that opens right after a sentence
        reporting what someone said goes on in that one's voice; failing a report, in the
        voice of the named subject of that sentence (``_named_subject``)."""
        opening = self.doc[quotation.start].sent
        if any(not t.is_space for t in self.doc[opening.start : quotation.start]):
            return None
        previous = self.doc[opening.start - 1].sent if opening.start > 0 else None
        while previous is not None and previous.text.isspace() and previous.start > 0:
            previous = self.doc[previous.start - 1].sent
        if previous is None or self.encloses(previous.root):
            return None
        return _reported_speaker([previous.root], Quotation(-1, -1)) or _named_subject(
            previous.root
        )


def _reported_speaker(candidates: list[Token], quotation: Quotation) -> Token | None:
    for verb in candidates:
        if verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for child in verb.children:
            outside = not quotation.start <= child.i <= quotation.end
            if child.dep_ in _SPEAKER_DEPS and outside:
                return child
    return None


def _named_subject(verb: Token) -> Token | None:
    """ "Aderholt returned to the issue later. / 'What vehicles exist today?'": the one a
    sentence is about speaks the quotation that follows it with no attribution."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _quotations(doc: Doc):
    """Each quotation, in text order; a straight mark opens or closes by its parity within
    the paragraph, and a paragraph break ends a quotation left open (news style reopens a
    quotation that runs on in the next paragraph)."""
    opened: int | None = None
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if opened is not None and token.i > opened + 1:
                yield Quotation(opened, token.i)
            opened = None
            continue
        mark = token.text
        if mark in OPENING_MARKS or (mark == STRAIGHT_MARK and opened is None):
            opened = token.i
        elif (mark in CLOSING_MARKS or mark == STRAIGHT_MARK) and opened is not None:
            if token.i > opened + 1:
                yield Quotation(opened, token.i)
            opened = None
    if opened is not None and len(doc) - 1 > opened + 1:
        yield Quotation(opened, len(doc) - 1)


_DASHES = frozenset({"—", "–", "-"})
_SIGNATURE_REACH = 8  # tokens from the dash to the "(@handle)" of a post's signature


def embedded_post_author(token: Token) -> Token | None:
    """ "I urge all voters to go out today pic.twitter.com/x / — Jane Doe (@janedoe) May 1,
    2019": a social-media post embedded in a page comes out as its text followed by a
    signature line (a dash, the author's name, the handle in brackets, the date); "I" and
    "we" of the paragraph just before the signature are the author's. The token returned
    is the last word of the name."""
    doc = token.doc
    at = token.i + 1
    while at < len(doc) and not _ends_paragraph(doc[at - 1]):
        at += 1
    while at < len(doc) and doc[at].is_space:
        at += 1
    if at >= len(doc) or doc[at].text not in _DASHES:
        return None
    line = doc[at + 1 : min(at + 1 + _SIGNATURE_REACH, len(doc))]
    for n, word in enumerate(line):
        if "\n" in word.text:
            return None
        if word.text == "(" and n > 0 and n + 1 < len(line) and line[n + 1].text.startswith("@"):
            return line[n - 1]
    return None


def _ends_paragraph(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_
