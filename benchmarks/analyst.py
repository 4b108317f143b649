"""What the analyst tools cost on a warehouse of realistic size.

    uv run python benchmarks/analyst.py [--articles 20000] [--keep DIR]

Builds a synthetic warehouse (migrations and views from ``warehouse/``): N articles
of ~450 words drawn from a Zipf-distributed vocabulary, 3 months of publication
dates over 40 domains, 8 entity links and 2 events (with mentions) per article from
a pool of 5,000 entities, 1.2 fetch_log rows per article and validation rows per
load. Then times, on it: building the search index (``refresh_search_index``), the
no-op refresh when nothing changed, a search (median of 20 queries), a full scan of
every view, ``export_warehouse`` (Parquet, hive-partitioned) and ``build_report``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsetl.analyst import (  # noqa: E402
    export_warehouse,
    open_read_only,
    refresh_search_index,
    search,
)
from newsetl.analyst.report import build_report  # noqa: E402
from newsetl.warehouse import connect, migrate  # noqa: E402

VIEWS = (
    "event_timeline",
    "entity_daily_mentions",
    "entity_cooccurrence",
    "actor_relations",
    "source_health",
    "data_quality",
)
QUERIES = (
    "sanctions russia",
    "trade agreement signed",
    "port strike",
    "minister visit beijing",
    "election protest",
)
VOCABULARY = 20_000
ENTITIES = 5_000
DOMAINS = 40
WORDS_PER_ARTICLE = 450
LINKS_PER_ARTICLE = 8
EVENTS_PER_ARTICLE = 2
OUTCOMES = ("fetched",) * 90 + ("not_modified",) * 5 + ("http_error", "timeout") * 2 + ("robots_disallowed",)  # fmt: skip
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def timed(call: Callable[..., object], *args: object, **kwargs: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = call(*args, **kwargs)
    return time.perf_counter() - start, result


def words(rng: np.random.Generator) -> np.ndarray:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "za", "ber", "dan", "gor", "lin"]
    made = {"".join(rng.choice(syllables, size=rng.integers(2, 5))) for _ in range(VOCABULARY * 2)}
    real = "sanctions russia trade agreement signed port strike minister visit beijing election protest"
    return np.array(sorted(made)[: VOCABULARY - 11] + real.split())  # ~13k distinct words


def frames(articles: int, seed: int = 7) -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    vocab = words(rng)
    size = len(vocab)
    ranks = np.minimum(rng.zipf(1.15, size=articles * WORDS_PER_ARTICLE), size) - 1
    ranks = rng.permutation(size)[ranks]
    texts = [
        " ".join(vocab[ranks[i * WORDS_PER_ARTICLE : (i + 1) * WORDS_PER_ARTICLE]]) + "."
        for i in range(articles)
    ]
    ids = [f"a{i:07d}" for i in range(articles)]
    published = pd.Timestamp("2025-05-01") + pd.to_timedelta(
        rng.integers(0, 92 * 24, articles), "h"
    )
    domain = [f"site{d}.example" for d in rng.integers(0, DOMAINS, articles)]
    now = pd.Timestamp("2025-08-01")
    article = pd.DataFrame(
        {
            "article_id": ids,
            "canonical_url": [f"https://{d}/{i}" for d, i in zip(domain, ids, strict=True)],
            "domain": domain,
            "title": [" ".join(text.split()[:8]) for text in texts],
            "text": texts,
            "published_at": published,
            "word_count": WORDS_PER_ARTICLE,
            "content_hash": [f"h{i}" for i in ids],
            "first_seen_at": now,
            "updated_at": now,
            "load_id": [f"load-{p.isocalendar()[1]}" for p in published],
        }
    )
    entity = pd.DataFrame(
        {
            "entity_id": [f"e{n}" for n in range(ENTITIES)],
            "name": [f"Entity {n}" for n in range(ENTITIES)],
            "type": rng.choice(["PERSON", "ORG", "GPE", "LOC", "NORP"], ENTITIES),
            "first_seen_at": now,
        }
    )
    popular = np.minimum(rng.zipf(1.3, size=(articles, LINKS_PER_ARTICLE * 2)), ENTITIES) - 1
    links = {(ids[a], f"e{e}") for a in range(articles) for e in popular[a][:LINKS_PER_ARTICLE]}
    article_entity = pd.DataFrame(sorted(links), columns=["article_id", "entity_id"])
    article_entity["mentions"] = rng.integers(1, 6, len(article_entity))
    events = articles * EVENTS_PER_ARTICLE
    actors = np.minimum(rng.zipf(1.3, size=(events, 3)), ENTITIES) - 1
    roots = rng.choice(ROOTS, events)
    event_days = published[np.arange(events) // EVENTS_PER_ARTICLE].normalize()
    event = pd.DataFrame(
        {
            "event_id": [f"ev{n}" for n in range(events)],
            "cameo_code": [f"{root}0" for root in roots],
            "root_code": roots,
            "label": [f"root {root}" for root in roots],
            "actor1_entity_id": [f"e{a}" for a in actors[:, 0]],
            "actor2_entity_id": [f"e{a}" for a in actors[:, 1]],
            "place_entity_id": [f"e{a}" for a in actors[:, 2]],
            "event_date": event_days.date,
            "date_precision": "day",
            "first_seen_at": now,
        }
    )
    event_mention = pd.DataFrame(
        {
            "event_id": event["event_id"],
            "article_id": [ids[n // EVENTS_PER_ARTICLE] for n in range(events)],
            "sentence": "A sentence that reports the event.",
        }
    )
    fetches = int(articles * 1.2)
    fetch_log = pd.DataFrame(
        {
            "url": [f"https://{domain[n % articles]}/{n}" for n in range(fetches)],
            "outcome": rng.choice(OUTCOMES, fetches),
            "attempts": 1,
            "elapsed_ms": rng.gamma(2.0, 80.0, fetches),
            "fetched_at": published[np.arange(fetches) % articles] + pd.Timedelta("2h"),
        }
    )
    loads = sorted(set(article["load_id"]))
    load = pd.DataFrame(
        {
            "load_id": loads,
            "started_at": [pd.Timestamp("2025-05-01") + pd.Timedelta(weeks=n) for n in range(len(loads))],
            "status": "succeeded",
        }
    )  # fmt: skip
    validation = pd.DataFrame(
        [
            (load_id, suite, f"check {n}({suite})", f"check {n}", bool(rng.random() > 0.05), 500, 0, 0.0, started)
            for load_id, started in zip(load["load_id"], load["started_at"], strict=True)
            for suite in ("article", "entity", "event")
            for n in range(12)
        ],
        columns=["load_id", "suite", "expectation", "expectation_type", "success",
                 "element_count", "unexpected_count", "unexpected_percent", "validated_at"],
    )  # fmt: skip
    return {
        "load": load,
        "article": article,
        "entity": entity,
        "article_entity": article_entity,
        "event": event,
        "event_mention": event_mention,
        "fetch_log": fetch_log,
        "validation": validation,
    }


def build(path: Path, articles: int) -> None:
    with connect(path) as con:
        migrate(con)
        for table, frame in frames(articles).items():
            con.register("frame", frame)
            columns = ", ".join(frame.columns)
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM frame")
            con.unregister("frame")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="build the warehouse here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="newsetl-analyst-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "newsetl.duckdb"
    path.unlink(missing_ok=True)
    print(f"building {args.articles:,} articles in {path} ...", flush=True)
    # In a child process, so that peak RSS below is the analyst tools' own.
    started = time.perf_counter()
    builder = multiprocessing.get_context("spawn").Process(target=build, args=(path, args.articles))
    builder.start()
    builder.join()
    if builder.exitcode != 0:
        sys.exit(f"building the warehouse failed (exit code {builder.exitcode})")
    figures = {"build warehouse (child process)": time.perf_counter() - started}
    with connect(path) as con:
        figures["search index: build"], _ = timed(refresh_search_index, con)
        figures["search index: refresh, nothing changed"], _ = timed(refresh_search_index, con)
    size_mib = path.stat().st_size / 2**20
    with open_read_only(path) as con:
        search_times = []
        for query in QUERIES * 4:
            seconds, hits = timed(search, con, query, 10)
            search_times.append(seconds)
        figures["search: median of 20 queries"] = statistics.median(search_times)
        for view in VIEWS:
            # Hashing whole rows makes DuckDB compute every column of the view.
            figures[f"view {view}: every row and column"], _ = timed(
                lambda v=view: con.execute(f"SELECT count(*), max(hash(t)) FROM {v} t").fetchone()
            )
        figures["export (Parquet, partitioned)"], _ = timed(
            export_warehouse, con, folder / "export"
        )
        figures["report (HTML)"], report = timed(build_report, con, folder / "report.html")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n| step ({args.articles:,} articles) | seconds |\n|---|---|")
    for step, seconds in figures.items():
        print(f"| {step} | {seconds:.3f} |")
    print(
        f"\nwarehouse with index: {size_mib:.0f} MiB; report: "
        f"{report.stat().st_size / 2**20:.1f} MiB; peak RSS: {peak_mib:.0f} MiB"
    )


if __name__ == "__main__":
    main()
