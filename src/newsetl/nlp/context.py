"""One parsed article as the event coder sees it: tokens, entity mentions, publication date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from newsetl.nlp import gazetteer
from newsetl.nlp.names import country_of, name_key
from newsetl.nlp.quotes import Quotations
from newsetl.nlp.resolve import Mention

HOME_MIN_MENTIONS = 1
HOME_LEAD = 2  # the leading country is named at least twice as often as the next


@dataclass(slots=True)
class ArticleContext:
    article_index: int
    doc: Doc
    published: date | None
    mentions: list[Mention] = field(default_factory=list)
    token_mention: dict[int, int] = field(default_factory=dict)  # token index -> mention index
    sentence_starts: list[int] = field(default_factory=list)  # token index of each sentence start
    boilerplate_sentences: set[int] = field(default_factory=set)
    # full name -> (role, affiliation) of people known beyond this article (batch, warehouse)
    people: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    _synthetic: dict[tuple[str, int], int] = field(default_factory=dict)
    _kinds: dict[int, str] = field(default_factory=dict)
    _keys: list[str] = field(default_factory=list)  # name key per mention
    _words: list[frozenset[str]] = field(default_factory=list)  # its words
    _by_word: dict[str, list[int]] = field(default_factory=dict)  # word -> mentions with it
    _quotations: Quotations | None = None

    @property
    def quotations(self) -> Quotations:
        """The article's quotations, found once for mention finding and coding alike."""
        if self._quotations is None:
            self._quotations = Quotations(self.doc)
        return self._quotations

    def mention_of(self, token: Token) -> int | None:
        return self.token_mention.get(token.i)

    def sentence_of(self, token: Token) -> int:
        starts = self.sentence_starts
        low, high = 0, len(starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if starts[middle] <= token.i:
                low = middle
            else:
                high = middle - 1
        return low

    def affiliation_of(self, index: int) -> str | None:
        """A person's country, from this mention, or a fuller name known with a role."""
        mention = self.mentions[index]
        if mention.affiliation or mention.type != "PERSON":
            return mention.affiliation
        words = set(mention.text.casefold().split())
        found = {
            affiliation
            for name, (_, affiliation) in self.people.items()
            if words <= set(name.casefold().split())
        }
        found |= {
            other.affiliation
            for other in self.mentions
            if other.type == "PERSON"
            and other.affiliation
            and words <= set(other.text.casefold().split())
        }
        return next(iter(found)) if len(found) == 1 else None

    def kind_of(self, index: int) -> str:
        """The type the article mostly gives this name and its short or full forms: the
        model tags a name differently from one sentence to the next ("Assange" ORG once)."""
        if index not in self._kinds:
            words = self.words_of(index)
            votes: Counter[str] = Counter()
            for other in self.sharing_words(index):
                other_words = self._words[other]
                if not self.mentions[other].synthetic and (
                    other_words <= words or words <= other_words
                ):
                    votes[self.mentions[other].type] += 1
            self._kinds[index] = votes.most_common(1)[0][0] if votes else self.mentions[index].type
        return self._kinds[index]

    def key_of(self, index: int) -> str:
        """The mention's name key (``names.name_key``), computed once."""
        self._index_mentions()
        return self._keys[index]

    def words_of(self, index: int) -> frozenset[str]:
        """The words of the mention's name key."""
        self._index_mentions()
        return self._words[index]

    def sharing_words(self, index: int) -> list[int]:
        """Mentions whose name shares a word with this one's (every short or full form of
        it does), in article order; every mention when this name has no words."""
        words = self.words_of(index)
        if not words:
            return [n for n, other in enumerate(self._words) if other]
        return sorted({other for word in words for other in self._by_word[word]})

    def _index_mentions(self) -> None:
        for index in range(len(self._words), len(self.mentions)):
            key = name_key(self.mentions[index].text)
            words = frozenset(key.split())
            self._keys.append(key)
            self._words.append(words)
            for word in words:
                self._by_word.setdefault(word, []).append(index)

    def home_country(self, token: Token) -> str | None:
        """The country the article is about so far: the one its mentions before the token
        name most (countries, their capitals and nationalities), if it clearly leads."""
        counts: Counter[str] = Counter()
        for mention in self.mentions:
            if mention.start_char >= token.idx or mention.synthetic:
                continue
            if mention.type in {"GPE", "NORP"}:
                country = _country_named(mention)
                if country:
                    counts[country] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < HOME_MIN_MENTIONS:
            return None
        if len(ranked) == 2 and ranked[1][1] * HOME_LEAD > ranked[0][1]:
            # "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China":
            # a story filed from the country it names most is about that country
            led = ranked[1][1] < ranked[0][1] and ranked[0][0] == self._dateline_country()
            return ranked[0][0] if led else None
        return ranked[0][0]

    def _dateline_country(self) -> str | None:
        """The country of the wire dateline the text opened with ("HANOI, Vietnam (AP) —")."""
        first = next((t.idx for t in self.doc if not t.is_space), 0)
        dateline = (m for m in self.mentions if m.start_char < first and m.type == "GPE")
        return next(filter(None, map(_country_named, dateline)), None)

    def synthetic(self, name: str, kind: str, token: Token) -> int:
        """A mention derived from a token ("Israeli" -> Israel), one per name and sentence."""
        sentence = self.sentence_of(token)
        key = (name, sentence)
        if key not in self._synthetic:
            self.mentions.append(
                Mention(
                    article_index=self.article_index,
                    sentence_index=sentence,
                    start_char=token.idx,
                    text=name,
                    type=kind,
                    synthetic=True,
                )
            )
            self._synthetic[key] = len(self.mentions) - 1
        return self._synthetic[key]


def _country_named(mention: Mention) -> str | None:
    """The country a place or nationality mention names: its capital or seat ("Beijing",
    "the Kremlin"), its name or its people ("Chinese")."""
    return gazetteer.METONYMS.get(mention.text.casefold()) or country_of(mention.text)
