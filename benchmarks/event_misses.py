"""Where the coder loses the gold events it misses (``knowledge.py --diagnose``).

Each missed gold event is put in the first stage that fails, in pipeline order:

- ``actor not an entity``: a gold actor is none of the sentence's entity mentions, nor
  the country one of them stands for ("Beijing", "Israeli"): it is a pronoun or a
  description the coder did not read, or a name the model missed;
- ``other root``: the coder found an event between the same actors, with another root;
- ``no trigger``: both actors are there, but no word of the sentence is in the lexicon;
- ``not linked``: a lexicon word and both actors are there, but no event joins them.
"""

from __future__ import annotations

from collections import Counter

from scoring import entity_forms, name_key, normalise, same_sentence

STAGES = ("actor not an entity", "other root", "no trigger", "not linked")


def miss_stages(knowledge, gold: list[dict]) -> Counter[str]:
    from newsetl.nlp.lexicon import trigger_lemmas
    from newsetl.nlp.pipeline import load_pipeline
    from newsetl.nlp.settings import NLPSettings

    nlp = load_pipeline(NLPSettings().model)
    triggers = trigger_lemmas()
    entities = {entity.entity_id: entity for entity in knowledge.entities}
    stages: Counter[str] = Counter()
    for record in gold:
        sentence = normalise(record["sentence"])
        in_sentence = {
            m.entity_id
            for m in knowledge.entity_mentions
            if m.article_id == record["source"] and same_sentence(sentence, normalise(m.sentence))
        }
        coded = _coded_events(knowledge, record["source"], sentence)
        has_trigger = any(token.lemma_.lower() in triggers for token in nlp(record["sentence"]))
        for event in record["events"]:
            actors = {name_key(actor) for actor in event["actors"]}
            namings = [frozenset(ids) for ids in _id_sets(actors, entities)]
            if any((event["root"], ids) in coded for ids in namings):
                continue  # found
            stages[_stage(actors, namings, in_sentence, coded, has_trigger, entities)] += 1
    return stages


def _coded_events(knowledge, source: str, sentence: str) -> set[tuple[str, frozenset[str]]]:
    ids = {
        m.event_id
        for m in knowledge.event_mentions
        if m.article_id == source and same_sentence(sentence, normalise(m.sentence))
    }
    return {
        (e.root_code, frozenset(filter(None, (e.actor1_entity_id, e.actor2_entity_id))))
        for e in knowledge.events
        if e.event_id in ids
    }


def _id_sets(actors: set[str], entities) -> list[set[str]]:
    """Each way of naming every gold actor with one system entity each."""
    options = [[i for i, e in entities.items() if actor in entity_forms(e)] for actor in actors]
    sets: list[set[str]] = [set()]
    for choices in options:
        sets = [chosen | {choice} for chosen in sets for choice in choices]
    return sets


def _stage(actors, namings, in_sentence, coded, has_trigger, entities) -> str:
    named = set().union(*(entity_forms(entities[i]) | _country(entities[i]) for i in in_sentence))
    if not actors <= named:
        return "actor not an entity"
    if any(actor_ids in namings for _, actor_ids in coded):
        return "other root"
    return "not linked" if has_trigger else "no trigger"


def _country(entity) -> set[str]:
    """The country a capital or a demonym stands for, as the coder reads it."""
    from newsetl.nlp import gazetteer
    from newsetl.nlp.names import country_of

    surface = entity.name.casefold()
    country = gazetteer.METONYMS.get(surface) or country_of(entity.name)
    return {name_key(country)} if country else set()
