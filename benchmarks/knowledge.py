"""Quality and speed of the entity and event stage (``newsetl.nlp``).

    uv run python benchmarks/knowledge.py                 # gold-set scores + words/s on 1 and 2 processes
    uv run python benchmarks/knowledge.py --no-speed --errors
    uv run python benchmarks/knowledge.py --no-speed --diagnose   # where missed events are lost

Quality: the gold sets ``benchmarks/gold/knowledge*.jsonl`` (sentences from the
demo site, the seeds, ScrapingHub news pages and the news pages that packages ship as
test pages, kept in ``benchmarks/gold/articles``; annotated by hand following
``benchmarks/gold/GUIDELINES.md``, which tells what each set was used for;
``--sets`` picks some; sets whose misses nobody has read run only when named). The
articles the sentences come from are analysed whole, as the flow would (resolution and
pronouns need the context), and the system's output on each gold sentence is compared
with the annotation:

- entities: mention-level (text, type) per sentence, case-insensitive; where the
  system's sentence is longer than the annotated one (a dateline, a split the other
  way), its mentions outside the annotated text are not counted;
  precision / recall / F1 (also untyped);
- events: (root code, set of actor names) per sentence; a system actor matches a
  gold name equal to its entity's name or one of its aliases; precision /
  recall, and the modality of the matched events.

Speed: words/s of ``KnowledgeExtractor.analyze`` over every ScrapingHub
articleBody, the demo articles and the seeds, on one and on two processes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from scoring import Score, entity_forms, name_key, normalise, same_sentence  # noqa: E402,F401
from when_where import WhenWhere, when_where  # noqa: E402

from tests.nlp.articles import article  # noqa: E402

GOLD_DIR = REPO / "benchmarks/gold"
GOLD = GOLD_DIR / "knowledge.jsonl"
# name -> file, in the order they were written; GUIDELINES.md tells each one's history
GOLD_SETS = {
    "development": GOLD,  # tuned on
    "held-out": GOLD_DIR / "knowledge-heldout.jsonl",  # four general rules followed its misses
    "blind": GOLD_DIR / "knowledge-blind.jsonl",  # misses read after the recall work
    "blind2": GOLD_DIR / "knowledge-blind2.jsonl",  # misses read after the precision rules
    "blind3": GOLD_DIR / "knowledge-blind3.jsonl",  # general news; scored before and after
    "dev2": GOLD_DIR / "knowledge-dev2.jsonl",  # general news; tuned on
    "blind4": GOLD_DIR / "knowledge-blind4.jsonl",  # general news; scored before and after
    "dev3": GOLD_DIR / "knowledge-dev3.jsonl",  # general news; tuned on
    "blind5": GOLD_DIR / "knowledge-blind5.jsonl",  # scored at a round's end, then read
    "blind6": GOLD_DIR / "knowledge-blind6.jsonl",  # scored at the third round's end, then read
    "blind7": GOLD_DIR / "knowledge-blind7.jsonl",  # as blind6; read in the fourth round
    # another source (package test pages); scored, scores only, at rounds four to six
    "blind8": GOLD_DIR / "knowledge-blind8.jsonl",
    # ScrapingHub pages, few events; scored at the fifth round's start, then read
    "blind9": GOLD_DIR / "knowledge-blind9.jsonl",
    # every other sentence of the read sets' articles (blind8's aside); events only
    "wide": GOLD_DIR / "knowledge-wide.jsonl",
    # more package test pages (htmldate, trafilatura, newspaper4k); written unscored
    "blind10": GOLD_DIR / "knowledge-blind10.jsonl",
    # Readability's test pages (news, politics, courts, deals); written unscored
    "blind11": GOLD_DIR / "knowledge-blind11.jsonl",
    # Postlight Parser's test fixtures (crime, courts, protest, diplomacy); written unscored
    "blind12": GOLD_DIR / "knowledge-blind12.jsonl",
    # more Postlight Parser fixtures (politics, courts, arrests, deals); written unscored
    "blind13": GOLD_DIR / "knowledge-blind13.jsonl",
}
# Sets whose misses nobody has read: scored only when named with --sets, so that a
# default run (or its --errors) does not spoil them.
UNREAD = frozenset({"blind8", "blind10", "blind11", "blind12", "blind13"})
SOURCES = REPO / "benchmarks/gold/sources.json"
DEMO_ARTICLES = REPO / "src/newsetl/demo/articles"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
SCRAPINGHUB = SHARED / "bench/scrapinghub/ground-truth.json"
PAGES = GOLD_DIR / "articles"  # page:<slug> -> <slug>.txt: "# title", blank line, the text


# -- sources -------------------------------------------------------------------------------


def load_sources() -> dict[str, object]:
    """Each gold source as an ``Article``, with text prepared the way the flow prepares it."""
    from newsetl.clean import clean_text
    from newsetl.documents import parse_document, read_document

    catalogue = json.loads(SOURCES.read_text(encoding="utf-8"))
    bodies = _scrapinghub_bodies()
    articles = {}
    for source, meta in catalogue.items():
        kind, ref = source.split(":", 1)
        if kind == "scrapinghub":
            text, title, published = clean_text(bodies[_full_hash(bodies, ref)]), None, None
        elif kind == "page":
            text, title = _page(ref)
            published = None
        else:
            path = DEMO_ARTICLES / f"{ref}.md" if kind == "demo" else SEEDS / f"{ref}.txt"
            raw, fmt = read_document(path)
            parsed = parse_document(raw, fmt)
            text, title, published = parsed.text, parsed.title, parsed.published_at
        if published is None and meta.get("published"):
            published = datetime.fromisoformat(meta["published"])
        articles[source] = _article(source, text, title, published)
    return articles


def _page(slug: str) -> tuple[str, str | None]:
    """The title and text of a saved page: already extracted and cleaned as the flow does,
    so the text is used as it stands."""
    raw = (PAGES / f"{slug}.txt").read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n\n")
    if first.startswith("# ") and "\n" not in first:
        return rest.strip(), first.removeprefix("# ").strip()
    return raw.strip(), None


def _article(article_id: str, text: str, title: str | None, published: datetime | None):
    return article(
        text,
        article_id=article_id,
        title=title,
        published=published.replace(tzinfo=None) if published else None,
    )


def _scrapinghub_bodies() -> dict[str, str]:
    truth = json.loads(SCRAPINGHUB.read_text(encoding="utf-8"))
    return {key: value.get("articleBody") or "" for key, value in truth.items()}


def _full_hash(bodies: dict[str, str], prefix: str) -> str:
    matches = [key for key in bodies if key.startswith(prefix)]
    if len(matches) != 1:
        raise SystemExit(f"ScrapingHub page {prefix!r}: {len(matches)} matches")
    return matches[0]


# -- scoring -------------------------------------------------------------------------------


@dataclass
class Evaluation:
    entities: Score
    entities_untyped: Score
    events: Score
    modality_agreement: tuple[int, int]
    errors: list[str]
    events_by_root: dict[str, Score] = field(default_factory=dict)
    when_where: WhenWhere = field(default_factory=WhenWhere)


def evaluate(knowledge, gold: list[dict]) -> Evaluation:
    entities, untyped, events = Score(), Score(), Score()
    by_root: defaultdict[str, Score] = defaultdict(Score)
    matched: list[tuple[dict, object]] = []
    errors: list[str] = []
    names = {entity.entity_id: entity for entity in knowledge.entities}
    for record in gold:
        sentence = normalise(record["sentence"])
        found = [
            m
            for m in knowledge.entity_mentions
            if m.article_id == record["source"]
            and same_sentence(sentence, normalise(m.sentence))
            and normalise(m.text) in sentence  # not outside the annotated part (a dateline)
        ]
        _score_entities(record, found, entities, untyped, errors)
        ids = {
            m.event_id
            for m in knowledge.event_mentions
            if m.article_id == record["source"] and same_sentence(sentence, normalise(m.sentence))
        }
        system_events = [e for e in knowledge.events if e.event_id in ids]
        matched += _score_events(record, system_events, names, (events, by_root), errors)
    modality = (
        sum(g.get("modality", "asserted") == e.modality for g, e in matched),
        len(matched),
    )
    dated = when_where(matched, names)
    errors += dated.errors
    return Evaluation(
        entities,
        untyped,
        events,
        modality,
        errors,
        dict(sorted(by_root.items())),
        dated,
    )


def _score_entities(record, found, typed: Score, untyped: Score, errors: list[str]) -> None:
    if "entities" not in record:  # a set annotated for events only
        return
    gold = Counter((name_key(e["text"]), e["type"]) for e in record["entities"])
    system = Counter((name_key(m.text), m.type) for m in found)
    typed.matched += sum((gold & system).values())
    typed.system += sum(system.values())
    typed.gold += sum(gold.values())
    gold_text = Counter(text for text, _ in gold.elements())
    system_text = Counter(text for text, _ in system.elements())
    untyped.matched += sum((gold_text & system_text).values())
    untyped.system += sum(system_text.values())
    untyped.gold += sum(gold_text.values())
    for (text, kind), count in (system - gold).items():
        errors.append(f"entity FP  {text}/{kind} x{count}  | {record['sentence'][:90]}")
    for (text, kind), count in (gold - system).items():
        errors.append(f"entity FN  {text}/{kind} x{count}  | {record['sentence'][:90]}")


def _score_events(
    record, system_events, names, scores: tuple[Score, dict[str, Score]], errors: list[str]
) -> list[tuple[dict, object]]:
    """Adds the sentence's events to the overall score and to the score of their root;
    returns the matched (gold event, system event) pairs."""
    score, by_root = scores
    gold = [(e["root"], [name_key(a) for a in e["actors"]], e) for e in record["events"]]
    unique: dict[tuple[str, frozenset[str]], object] = {}
    for event in system_events:
        actors = frozenset(filter(None, (event.actor1_entity_id, event.actor2_entity_id)))
        unique.setdefault((event.root_code, actors), event)
    score.system += len(unique)
    score.gold += len(gold)
    for root, _ in unique:
        by_root[root].system += 1
    for root, _, _ in gold:
        by_root[root].gold += 1
    unmatched_gold = list(gold)
    matched = []
    for (root, actors), event in unique.items():
        hit = next(
            (g for g in unmatched_gold if g[0] == root and _actors_match(actors, g[1], names)), None
        )
        label = f"{root} {sorted(names[a].name for a in actors)} {event.modality}"
        if hit is None:
            errors.append(f"event FP   {label}  | {record['sentence'][:90]}")
            continue
        unmatched_gold.remove(hit)
        score.matched += 1
        by_root[root].matched += 1
        matched.append((hit[2], event))
    for root, actors, event in unmatched_gold:
        modality = event.get("modality", "asserted")
        errors.append(f"event FN   {root} {actors} {modality}  | {record['sentence'][:90]}")
    return matched


def _actors_match(system: frozenset[str], gold: list[str], names) -> bool:
    if len(system) != len(set(gold)):
        return False
    remaining = set(gold)
    for entity_id in system:
        forms = entity_forms(names[entity_id])
        match = next((name for name in remaining if name in forms), None)
        if match is None:
            return False
        remaining.discard(match)
    return True


# -- speed ---------------------------------------------------------------------------------


def speed_corpus() -> list:
    from newsetl.clean import clean_text

    texts = [clean_text(body) for body in _scrapinghub_bodies().values() if body.strip()]
    articles = [
        _article(f"speed-{n}", text, None, datetime(2019, 11, 19)) for n, text in enumerate(texts)
    ]
    return articles + list(load_sources().values())


def words_per_second(articles: list, processes: int) -> tuple[int, float]:
    from newsetl.nlp import KnowledgeExtractor, NLPSettings

    extractor = KnowledgeExtractor(NLPSettings(n_process=processes))
    if processes == 1:
        extractor.analyze(articles[:1])  # load the model outside the timing
    words = sum(len(article.text.split()) for article in articles)
    start = time.perf_counter()
    extractor.analyze(articles)
    return words, time.perf_counter() - start


def spacy_words_per_second(articles: list, processes: int) -> tuple[int, float]:
    """The same pipeline's ``nlp.pipe`` alone, without mentions, resolution or coding."""
    from newsetl.nlp import NLPSettings
    from newsetl.nlp.pipeline import load_pipeline

    settings = NLPSettings(n_process=processes)
    nlp = load_pipeline(settings.model)
    texts = [article.text for article in articles]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=processes):
        pass
    return sum(len(text.split()) for text in texts), time.perf_counter() - start


def spacy_ner_words_per_second(articles: list) -> tuple[int, float]:
    """The model's NER alone on one process: the issue's yardstick for this machine
    ("14,000 with NER alone on one")."""
    import spacy

    from newsetl.nlp import NLPSettings

    settings = NLPSettings()
    nlp = spacy.load(settings.model, enable=["tok2vec", "ner"])
    texts = [article.text for article in articles]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return sum(len(text.split()) for text in texts), time.perf_counter() - start


def speed(process_counts: list[int]) -> dict[str, int]:
    """words/s of ``analyze`` and of the bare spaCy pipeline, per process count, and of
    the model's NER alone on one process."""
    corpus = speed_corpus()
    figures = {}
    words, seconds = spacy_ner_words_per_second(corpus)
    print(
        f"speed, spaCy NER alone: 1 process: {words} words in {seconds:.1f} s = {words / seconds:,.0f} words/s"
    )
    figures["words_per_second_spacy_ner_1"] = round(words / seconds)
    for processes in process_counts:
        for label, measure in (("analyze", words_per_second), ("spacy", spacy_words_per_second)):
            words, seconds = measure(corpus, processes)
            rate = words / seconds
            print(
                f"speed, {label}: {processes} process(es): {words} words"
                f" in {seconds:.1f} s = {rate:,.0f} words/s"
            )
            figures[f"words_per_second_{label}_{processes}"] = round(rate)
    return figures


# -- main ----------------------------------------------------------------------------------


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def report(name: str, gold: list[dict], result: Evaluation) -> None:
    events = sum(len(record["events"]) for record in gold)
    sources = len({record["source"] for record in gold})
    print(f"{name}: {len(gold)} sentences from {sources} articles, {events} events")
    if any("entities" in record for record in gold):
        print(f"  entities               {result.entities.line()}")
        print(f"  entities untyped       {result.entities_untyped.line()}")
    else:
        print("  entities               not annotated")
    print(f"  events (root, actors)  {result.events.line()}")
    right, total = result.modality_agreement
    print(f"  modality of matched events: {right}/{total} agree")
    if result.when_where.annotated:
        print(f"  date of matched events   {result.when_where.dates.line()}")
        print(f"  place of matched events  {result.when_where.places.line()}")


def report_by_root(by_root: dict[str, Score]) -> None:
    from newsetl.nlp.codebook import cameo_label

    print("events by CAMEO root, the named sets together:")
    for root, score in sorted(by_root.items()):
        print(f"  {root} {cameo_label(root)[:28]:<28} {score.line()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-speed", action="store_true", help="skip the words/s runs")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.add_argument(
        "--diagnose", action="store_true", help="count missed events by the stage that lost them"
    )
    parser.add_argument(
        "--by-root", action="store_true", help="events scored per CAMEO root, the sets together"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--sets",
        nargs="+",
        choices=list(GOLD_SETS),
        default=[name for name in GOLD_SETS if name not in UNREAD],
        metavar="SET",
    )
    args = parser.parse_args(argv)

    from newsetl.nlp import KnowledgeExtractor, NLPSettings

    articles = load_sources()
    knowledge = KnowledgeExtractor(NLPSettings()).analyze(list(articles.values()))
    figures: dict[str, object] = {}
    errors: list[str] = []
    by_root: defaultdict[str, Score] = defaultdict(Score)
    dates, places = Score(), Score()
    for name in args.sets:
        path = GOLD_SETS[name]
        gold = load_gold(path)
        result = evaluate(knowledge, gold)
        report(name, gold, result)
        if args.diagnose:
            from event_misses import STAGES, miss_stages

            stages = miss_stages(knowledge, gold)
            print("  missed events by stage: " + ", ".join(f"{s} {stages[s]}" for s in STAGES))
        errors += [f"[{name}] {error}" for error in result.errors]
        for root, score in result.events_by_root.items():
            by_root[root] += score
        dates, places = dates + result.when_where.dates, places + result.when_where.places
        right, total = result.modality_agreement
        figures[name] = {
            "sentences": len(gold),
            "entity": vars(result.entities) | {"f1": round(result.entities.f1, 4)},
            "event": vars(result.events),
            "modality_agreement": [right, total],
        }
    if len(args.sets) > 1 and (dates.gold or places.gold):
        print("when and where of matched events, the named sets together:")
        print(f"  date   {dates.line()}")
        print(f"  place  {places.line()}")
    if args.by_root:
        report_by_root(by_root)
    if args.errors:
        print("\n".join(sorted(errors)))
    if not args.no_speed:
        figures |= speed(args.processes)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
