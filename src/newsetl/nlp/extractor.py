"""``KnowledgeExtractor``: articles in, entities and events out."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsetl.models import Article, ArticleEntity, Entity, Event, EventMention
from newsetl.nlp.assemble import EventAssembler, salience_table
from newsetl.nlp.boilerplate import boilerplate_ranges, looks_like_boilerplate
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.dateline import blank_dateline, dateline_places
from newsetl.nlp.events import CodedEvent, EventCoder
from newsetl.nlp.guilty import GUILTY
from newsetl.nlp.lexicon import trigger_lemmas
from newsetl.nlp.mandates import MANDATING
from newsetl.nlp.matching import is_lexicon_word
from newsetl.nlp.mentions import collect_mentions
from newsetl.nlp.names import canonical_form
from newsetl.nlp.pipeline import load_pipeline, pipeline_lock
from newsetl.nlp.resolve import (
    EntityResolver,
    Mention,
    batch_people,
    retype_people,
    slips_to_person,
)
from newsetl.nlp.settings import NLPSettings
from newsetl.nlp.stances import FEELING_WORDS
from newsetl.nlp.verdicts import VERDICT_VERBS

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(slots=True)
class EntityMention:
    """One entity mention as found (for evaluation and evidence; not a warehouse table)."""

    article_id: str
    entity_id: str
    text: str
    type: str
    sentence: str


@dataclass
class Knowledge:
    entities: list[Entity] = field(default_factory=list)
    article_entities: list[ArticleEntity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    skipped_articles: dict[str, int] = field(default_factory=dict)
    entity_mentions: list[EntityMention] = field(default_factory=list)


@dataclass(slots=True)
class _Read:
    """An article parsed and its mentions found, not yet coded (None: reading failed)."""

    article: Article
    context: ArticleContext | None
    sentences: list[Span]

    @property
    def arguments(self) -> tuple[int, Article, Doc]:
        """What reading the article again takes (its index in the batch, it, its doc)."""
        assert self.context is not None
        return self.context.article_index, self.article, self.context.doc


@dataclass(slots=True)
class _Analysed:
    article: Article
    sentences: list[str]
    mentions: list[Mention]
    events: list[CodedEvent]


class KnowledgeExtractor:
    """Finds entities (resolved to one id per real thing) and CAMEO events in articles.

    The spaCy model is loaded on first use (once per process and model name, see
    ``pipeline.load_pipeline``) and kept for the extractor's life.
    ``known_entities`` are the warehouse's entities, so that names resolve to
    the ids they already have.
    """

    def __init__(self, settings: NLPSettings, known_entities: Iterable[Entity] = ()) -> None:
        self.settings = settings
        self._known = list(known_entities)
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.settings.model)
        return self._nlp

    def analyze(self, articles: Sequence[Article]) -> Knowledge:
        readable, skipped = self._readable(articles)
        texts = (self._text(article) for article in readable)
        people = _people_with_roles(self._known)
        read: list[_Read] = []
        analysed: list[_Analysed] = []
        with pipeline_lock(self.settings.model):
            docs = self.nlp.pipe(
                texts, batch_size=self.settings.batch_size, n_process=self.settings.n_process
            )
            for index, (article, doc) in enumerate(zip(readable, docs, strict=True)):
                read.append(_guarded(article, skipped, _read, index, article, doc, people))
                analysed.append(_guarded(article, skipped, _code, read[-1]))
        _recode_type_slips(read, analysed, people)
        return _knowledge(analysed, EntityResolver(self._known), dict(skipped))

    def _readable(self, articles: Sequence[Article]) -> tuple[list[Article], Counter[str]]:
        skipped: Counter[str] = Counter()
        readable = []
        for article in articles:
            language = _primary_language(article.language) or self.settings.assume_language
            if language is None:
                skipped["language:unknown"] += 1
            elif language not in self.settings.languages:
                skipped[f"language:{language}"] += 1
            elif not article.text.strip():
                skipped["empty"] += 1
            else:
                readable.append(article)
        return readable, skipped

    def _text(self, article: Article) -> str:
        text = blank_dateline(article.text)
        if len(text) <= self.settings.max_chars:
            return text
        cut = text.rfind("\n\n", 0, self.settings.max_chars)
        return text[: cut if cut > 0 else self.settings.max_chars]


def _primary_language(language: str | None) -> str | None:
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].lower() or None


def _people_with_roles(entities: Iterable[Entity]) -> dict[str, tuple[str | None, str | None]]:
    return {
        entity.name: (entity.role, entity.affiliation)
        for entity in entities
        if entity.type == "PERSON" and entity.role and entity.affiliation
    }


@cache
def _opening_lemmas() -> frozenset[str]:
    """Lemmas that make a sentence worth coding (the prefilter): the lexicon's triggers and
    the verbs outside it that open a verdict ("wrote", "described ... as") or an appeal by
    the shape of its clause ("suggested that he change"). Built once."""
    return trigger_lemmas() | VERDICT_VERBS | MANDATING


def _worth_coding(token: Token, triggers: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    return lemma in triggers or token.lower_ in FEELING_WORDS | GUILTY or is_lexicon_word(token)


def _recode_type_slips(
    read: list[_Read],
    analysed: list[_Analysed],
    people: dict[str, tuple[str | None, str | None]],
) -> None:
    """The model types a lone "Trump" ORG in some articles; where the batch reads the
    name as a person throughout, those few articles are read and coded again with the
    name a person, so that he is the "he" of the next sentence. (Coding each article as
    it is parsed keeps it in step with the parser's other processes.)"""
    names = batch_people([item.mentions for item in analysed])
    for position, item in enumerate(read):
        if item.context is None or not slips_to_person(item.context.mentions, names):
            continue
        # a failure here keeps the article as first coded, and is only logged
        again = _guarded(item.article, Counter(), _read, *item.arguments, people)
        if again.context is not None:
            retype_people(again.context.mentions, names)
            recoded = _guarded(item.article, Counter(), _code, again)
            analysed[position] = recoded if recoded.sentences else analysed[position]


def _guarded(article: Article, skipped: Counter[str], step: Callable[..., T], *arguments) -> T:
    """One step of one article's analysis; a failure leaves that article empty (its
    ``_empty``) and never sinks the batch."""
    try:
        return step(*arguments)
    except Exception:
        log.exception("entity/event analysis failed for article %s", article.article_id)
        skipped["error"] += 1
        return _EMPTY[step](article)


def _read(
    index: int, article: Article, doc: Doc, people: dict[str, tuple[str | None, str | None]]
) -> _Read:
    """One article's sentences and mentions; ``people`` learns the roles it states."""
    # a doc waits for the batch's type vote; its token vectors are never used again
    doc.tensor = numpy.zeros((0, doc.tensor.shape[-1]), dtype=doc.tensor.dtype)
    published = article.published_at.date() if article.published_at else None
    context = ArticleContext(article_index=index, doc=doc, published=published, people=people)
    removed = boilerplate_ranges(doc.text)
    sentences = [sentence for sentence in doc.sents if not sentence.text.isspace()]
    context.sentence_starts = [sentence.start for sentence in sentences]
    for number, sentence in enumerate(sentences):
        inside_removed = any(a <= sentence.start_char < b for a, b in removed)
        if inside_removed or looks_like_boilerplate(sentence.text):
            context.boilerplate_sentences.add(number)
    if sentences:
        context.mentions.extend(_dateline_mentions(index, article.text))
    collect_mentions(context, sentences)
    for mention in context.mentions:
        if (
            mention.type == "PERSON"
            and mention.role
            and mention.affiliation
            and " " in mention.text
        ):
            people.setdefault(mention.text, (mention.role, mention.affiliation))
    return _Read(article, context, sentences)


def _code(item: _Read) -> _Analysed:
    """One read article's coded events."""
    if item.context is None:
        return _Analysed(item.article, [], [], [])
    coder = EventCoder(item.context)
    triggers = _opening_lemmas()
    events: list[CodedEvent] = []
    for number, sentence in enumerate(item.sentences):
        if number in item.context.boilerplate_sentences:
            continue
        if any(_worth_coding(token, triggers) for token in sentence):
            events.extend(coder.code_sentence(sentence, number))
    return _Analysed(
        article=item.article,
        sentences=[" ".join(sentence.text.split()) for sentence in item.sentences],
        mentions=item.context.mentions,
        events=events,
    )


_EMPTY: dict[Callable, Callable[[Article], _Read | _Analysed]] = {
    _read: lambda article: _Read(article, None, []),
    _code: lambda article: _Analysed(article, [], [], []),
}


def _dateline_mentions(index: int, text: str) -> list[Mention]:
    """The blanked dateline's places, as mentions of the first sentence."""
    return [
        Mention(
            article_index=index,
            sentence_index=0,
            start_char=offset,
            text=surface,
            type=canonical_form(surface, "GPE")[1],
        )
        for offset, surface in dateline_places(text)
    ]


def _knowledge(
    analysed: list[_Analysed], resolver: EntityResolver, skipped: dict[str, int]
) -> Knowledge:
    entities = resolver.resolve([item.mentions for item in analysed])
    knowledge = Knowledge(entities=entities, skipped_articles=skipped)
    assembler = EventAssembler()
    for item in analysed:
        article_id = item.article.article_id
        knowledge.article_entities.extend(
            salience_table(
                article_id, item.article.title, item.mentions, len(item.sentences), entities
            )
        )
        knowledge.entity_mentions.extend(
            EntityMention(article_id, m.entity_id, m.text, m.type, item.sentences[m.sentence_index])
            for m in item.mentions
            if not m.synthetic
        )
        for event in item.events:
            assembler.add(event, item.mentions, article_id, item.sentences[event.sentence_index])
    knowledge.events, knowledge.event_mentions = assembler.result()
    return knowledge
