"""Batches: languages without a model are skipped and counted; bad input never sinks a batch."""

from __future__ import annotations

from newsetl.nlp import KnowledgeExtractor, NLPSettings
from tests.nlp.conftest import article


def test_other_languages_are_skipped_and_counted(analyze):
    knowledge = analyze(
        article("Vladimir Putin met Xi Jinping in Moscow.", article_id="en"),
        article("Wladimir Putin traf Xi Jinping in Moskau.", article_id="de1", language="de"),
        article("Putin traf Xi.", article_id="de2", language="de-AT"),
        article("   ", article_id="blank"),
    )
    assert knowledge.skipped_articles == {"language:de": 2, "empty": 1}
    assert {link.article_id for link in knowledge.article_entities} == {"en"}


def test_unknown_language_is_read_as_the_assumed_one_or_skipped(nlp):
    unknown = article("Vladimir Putin met Xi Jinping in Moscow.", language=None)
    assert KnowledgeExtractor(NLPSettings()).analyze([unknown]).entities
    strict = KnowledgeExtractor(NLPSettings(assume_language=None)).analyze([unknown])
    assert (strict.entities, strict.skipped_articles) == ([], {"language:unknown": 1})


def test_empty_batch(analyze):
    knowledge = analyze()
    assert (knowledge.entities, knowledge.events, knowledge.skipped_articles) == ([], [], {})


def test_odd_text_does_not_fail_the_batch(analyze):
    odd = "\x00\x01 ### ))) ((( \n\n\n" + "Xi " * 2000 + "\ufffd" * 50
    knowledge = analyze(
        article(odd, article_id="odd"), article("Putin visited Beijing.", article_id="ok")
    )
    assert "error" not in knowledge.skipped_articles
    assert any(link.article_id == "ok" for link in knowledge.article_entities)


def test_long_text_is_capped(nlp):
    text = "Putin visited Beijing.\n\n" * 400
    extractor = KnowledgeExtractor(NLPSettings(max_chars=1000))
    knowledge = extractor.analyze([article(text)])
    link = next(link for link in knowledge.article_entities if link.mentions)
    assert link.mentions <= 1000 // len("Putin visited Beijing.\n\n") + 1


def test_a_sentence_whose_verb_the_lemmatizer_slips_on_is_coded(analyze):
    # the small model lemmatizes "fined" as "fin"; the lexicon row is found by its stem
    knowledge = analyze(article("Google was fined 4 billion euros by the European Commission."))
    names = {entity.entity_id: entity.name for entity in knowledge.entities}
    assert [
        (e.cameo_code, names[e.actor1_entity_id], names[e.actor2_entity_id])
        for e in knowledge.events
    ] == [("172", "European Commission", "Google")]


def test_a_failure_resolving_one_article_keeps_the_others(analyze, monkeypatch, caplog):
    """Resolution within an article that raises keeps that article's names as written and
    resolves the rest of the batch as usual."""
    from newsetl.nlp import resolve

    real = resolve._drop_glued_gerunds

    def fails_on_one(mentions):
        if any(mention.text == "Wang Yi" for mention in mentions):
            raise RuntimeError("a bug met in one article")
        real(mentions)

    monkeypatch.setattr(resolve, "_drop_glued_gerunds", fails_on_one)
    knowledge = analyze(
        article("Chinese Foreign Minister Wang Yi met Sergei Lavrov in Beijing.", article_id="bad"),
        article(
            "Vladimir Putin met Xi Jinping in Moscow. Xi said ties were strong.", article_id="ok"
        ),
    )
    names = {entity.name for entity in knowledge.entities}
    assert {"Wang Yi", "Sergei Lavrov", "Xi Jinping", "Vladimir Putin"} <= names
    assert "Xi" not in names  # the other article's short forms still resolve
    assert "entity resolution failed in one article" in caplog.text
