"""Entities and events: NER, entity resolution and CAMEO event coding.

    extractor = KnowledgeExtractor(NLPSettings(), known_entities)
    knowledge = extractor.analyze(articles)   # -> Knowledge

``Knowledge`` holds the entities referenced by the batch (warehouse ones
included, with their aliases accumulated), the per-article mention counts and
salience, the events (one per real event, however many articles report it)
and their mentions, and the count of articles skipped, by reason.
"""

from newsetl.nlp.extractor import EntityMention, Knowledge, KnowledgeExtractor
from newsetl.nlp.settings import NLPSettings

__all__ = ["EntityMention", "Knowledge", "KnowledgeExtractor", "NLPSettings"]
