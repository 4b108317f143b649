"""Dedupe quality and speed on a generated corpus with planted duplicates.

    uv run python benchmarks/dedupe.py                       # quality + 100k scale run
    uv run python benchmarks/dedupe.py --bases 3000 --scale 0 --json dedupe.json

Quality: ``--bases`` base articles are composed from the sentences of the
ScrapingHub ground-truth texts (``--ground-truth``; 181 real articles), so bases
drawn from one source article are same-topic non-duplicates. Each base gets
0-3 planted copies: exact copies (identical or typographic variants, tracking
and AMP URL variants of its page), light edits, other boilerplate, syndication
headers and footers, light truncation, combinations, and "hard" variants (heavy
truncation or rewrites, follow-ups reusing part of the text) that mostly fall
below the threshold. The truth is measured, not assumed: a copy is in its
base's family when the exact Jaccard similarity of their 4-word shingle sets is
>= 0.8. All copies are shuffled and resolved batch by batch (``--batch``) into
a fresh warehouse through ``DedupeIndex`` and the real batch writer, so most
duplicates are found across batches, in the warehouse. Reported: pairwise
precision and recall of the resulting articles against the families, recall
per variant kind, the pairs wrongly merged, signing and resolving speed.

Scale: ``--scale`` distinct articles (default 100,000) are signed and stored
in the dedupe tables, then ``--probes`` near copies and as many unrelated texts
are looked up through the band table. Reported: signing docs/s, lookup docs/s,
on-disk bytes of the index, the lookup's peak RSS and DuckDB memory, and a
projection to 1M articles. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import duckdb  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from newsetl.assemble import article_urls, changed_articles  # noqa: E402
from newsetl.dedupe import DedupeIndex, DedupeSettings, text_hash, words  # noqa: E402
from newsetl.dedupe import store as dedupe_store  # noqa: E402
from newsetl.dedupe.minhash import band_keys  # noqa: E402
from newsetl.models import Article  # noqa: E402
from newsetl.warehouse import migrate  # noqa: E402
from newsetl.warehouse.batches import BatchWrite, write_batch  # noqa: E402

GROUND_TRUTH = REPO.parent / "shared" / "bench" / "scrapinghub" / "ground-truth.json"
DEMO_ARTICLES = REPO / "src" / "newsetl" / "demo" / "articles"
TRUTH_THRESHOLD = 0.8
SHINGLE = 4
ONE_MILLION = 1_000_000
GIB = 1024**3

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'(])")
FURNITURE = [
    "Sign up for our daily newsletter to get the top stories in your inbox.",
    "Follow us on Twitter, Facebook and Telegram for the latest updates.",
    "Read more: the week's biggest stories in one place.",
    "Advertisement",
    "Share this article",
    "We use cookies to improve your experience on our site.",
    "Support independent journalism: donate today and help keep our reporting free for all.",
    "Related: five things to know before markets open on Monday.",
    "Comments are closed for this article.",
    "Photo: handout / press service",
]
WIRES = ["Reuters", "AFP", "AP", "Interfax", "Xinhua", "Kyodo", "dpa", "ANSA"]
CITIES = ["MOSCOW", "BEIJING", "LONDON", "WASHINGTON", "KYIV", "BRUSSELS", "TOKYO", "PARIS"]
VARIANT_WEIGHTS = {
    "exact": 12,
    "url_variant": 6,
    "edit": 18,
    "boilerplate": 14,
    "syndication": 14,
    "truncate": 10,
    "combo": 10,
    "hard": 16,
}


@dataclass
class Copy:
    url: str
    text: str
    family: str  # the base's id when this copy is a true duplicate of it, else its own
    kind: str
    base: str
    jaccard: float  # exact Jaccard with its base (1.0 for the base itself)
    title: str | None = None
    published_at: datetime | None = None
    fields: dict = field(default_factory=dict)


# -- corpus -------------------------------------------------------------------


def source_texts(path: Path) -> list[str]:
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        return [item["articleBody"] for item in data.values() if item.get("articleBody")]
    print(f"note: {path} not found, composing from the demo articles instead", file=sys.stderr)
    return [p.read_text(encoding="utf-8") for p in sorted(DEMO_ARTICLES.glob("*.md"))]


def sentence_pool(texts: list[str]) -> list[list[str]]:
    pool = []
    for text in texts:
        sentences = [
            s.strip() for s in _SENTENCE.split(" ".join(text.split())) if len(s.split()) >= 4
        ]
        if len(sentences) >= 6:
            pool.append(sentences)
    return pool


def compose_base(pool: list[list[str]], rng: random.Random) -> tuple[int, list[str]]:
    """A run of one source article's sentences with about a third swapped for
    sentences of other articles: bases from one source share a topic, not a text."""
    topic = rng.randrange(len(pool))
    own = pool[topic]
    length = min(len(own), rng.randint(14, 40))
    start = rng.randrange(len(own) - length + 1)
    sentences = own[start : start + length]
    for i in range(len(sentences)):
        if rng.random() < 0.35:
            other = pool[rng.randrange(len(pool))]
            sentences[i] = other[rng.randrange(len(other))]
    return topic, sentences


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def edit_words(text: str, share: float, rng: random.Random, vocabulary: list[str]) -> str:
    tokens = text.split()
    for _ in range(max(1, int(len(tokens) * share))):
        position = rng.randrange(len(tokens))
        action = rng.random()
        if action < 0.5:
            tokens[position] = rng.choice(vocabulary)
        elif action < 0.75:
            tokens.insert(position, rng.choice(vocabulary))
        elif len(tokens) > 10:
            del tokens[position]
    return " ".join(tokens)


def truncate(sentences: list[str], keep: float) -> str:
    return "\n\n".join(sentences[: max(2, round(len(sentences) * keep))])


def paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if rng.random() < 0.4:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return "\n\n".join(out)


def variant_text(kind: str, sentences: list[str], base_text: str, rng: random.Random, ctx) -> str:
    if kind == "exact":
        variant = base_text.replace("'", "’").replace('"', "“") if rng.random() < 0.5 else base_text
        return re.sub(r"\n\n", "\n" if rng.random() < 0.5 else "\n\n", variant)
    if kind == "edit":
        return edit_words(base_text, rng.uniform(0.005, 0.025), rng, ctx.vocabulary)
    if kind == "boilerplate":
        return furnish(base_text, rng)
    if kind == "syndication":
        return syndicate(base_text, rng)
    if kind == "truncate":
        return truncate(sentences, rng.uniform(0.85, 0.95))
    if kind == "combo":
        trimmed = truncate(sentences, rng.uniform(0.9, 1.0))
        return syndicate(edit_words(trimmed, 0.01, rng, ctx.vocabulary), rng)
    return hard_variant(sentences, base_text, rng, ctx)


def furnish(text: str, rng: random.Random) -> str:
    head = rng.sample(FURNITURE, rng.randint(0, 2))
    tail = rng.sample(FURNITURE, rng.randint(1, 3))
    return "\n\n".join([*head, text, *tail])


def syndicate(text: str, rng: random.Random) -> str:
    wire = rng.choice(WIRES)
    dateline = f"{rng.choice(CITIES)}, {rng.randint(1, 28)} July ({wire}) — "
    footer = f"This story first appeared on {wire}. Republished with permission. © 2025 {wire}."
    return dateline + text + "\n\n" + footer


def hard_variant(sentences: list[str], base_text: str, rng: random.Random, ctx) -> str:
    roll = rng.random()
    if roll < 0.35:
        return truncate(sentences, rng.uniform(0.4, 0.7))  # a teaser or a cut syndication
    if roll < 0.7:
        return edit_words(base_text, rng.uniform(0.05, 0.12), rng, ctx.vocabulary)  # a rewrite
    # a follow-up: part of the story, then new material
    kept = sentences[: max(3, len(sentences) // 2)]
    _, fresh = compose_base(ctx.pool, rng)
    return "\n\n".join(kept + fresh[: len(sentences) - len(kept) + 2])


@dataclass
class CorpusContext:
    pool: list[list[str]]
    vocabulary: list[str]


def build_corpus(pool: list[list[str]], bases: int, seed: int) -> list[Copy]:
    rng = random.Random(seed)
    vocabulary = sorted({w for sentences in pool for s in sentences for w in s.split()})
    ctx = CorpusContext(pool, vocabulary)
    kinds, weights = zip(*VARIANT_WEIGHTS.items(), strict=True)
    copies = []
    for number in range(bases):
        topic, sentences = compose_base(pool, rng)
        base_id = f"b{number}"
        text = paragraphs(sentences, rng)
        published = datetime(2025, 1, 1) + timedelta(hours=rng.randrange(24 * 300))
        url = f"https://site{topic % 40}.example/{published:%Y/%m/%d}/story-{number}"
        title = " ".join(sentences[0].split()[:10])
        copies.append(Copy(url, text, base_id, "base", base_id, 1.0, title, published))
        base_shingles = shingles(text)
        for variant in range(rng.choices([0, 1, 2, 3], weights=[35, 35, 20, 10])[0]):
            kind = rng.choices(kinds, weights=weights)[0]
            copies.append(
                make_variant(kind, base_id, sentences, text, base_shingles, url, variant, rng, ctx)
            )
    return copies


def make_variant(kind, base_id, sentences, text, base_shingles, url, n, rng, ctx) -> Copy:
    if kind == "url_variant":
        suffix = rng.choice(
            ["?utm_source=rss&utm_medium=feed", "/amp", "?fbclid=x1y2", "#comments"]
        )
        variant_url = url.replace("https://", "https://m.") if rng.random() < 0.3 else url
        return Copy(variant_url + suffix, text, base_id, kind, base_id, 1.0)
    variant = variant_text(kind, sentences, text, rng, ctx)
    score = jaccard(base_shingles, shingles(variant))
    family = base_id if score >= TRUTH_THRESHOLD else f"{base_id}-{kind}{n}"
    site = rng.choice(WIRES).lower()
    variant_url = f"https://{site}.example/syndicated/{base_id}-{n}"
    if rng.random() < 0.2:
        variant_url = f"file:///scrapes/{base_id}-{n}.txt"  # a scraped document, no URL
    return Copy(variant_url, variant, family, kind, base_id, score)


def as_article(copy: Copy) -> Article:
    return Article(
        article_id="",
        canonical_url=None,
        domain=None,
        title=copy.title,
        text=copy.text,
        authors=[],
        published_at=copy.published_at,
        language="en",
        word_count=len(copy.text.split()),
        content_hash=text_hash(copy.text),
        source_url=copy.url,
    )


# -- quality run ----------------------------------------------------------------


def quality_run(copies: list[Copy], batch: int, seed: int, folder: Path, settings) -> dict:
    order = copies[:]
    random.Random(seed + 1).shuffle(order)
    con = duckdb.connect(str(folder / "quality.duckdb"))
    migrate(con)
    cluster_of: dict[int, str] = {}
    resolve_s = load_s = 0.0
    for start in range(0, len(order), batch):
        chunk = order[start : start + batch]
        index = DedupeIndex(con, settings)
        began = time.perf_counter()
        resolutions = index.resolve([as_article(c) for c in chunk])
        resolve_s += time.perf_counter() - began
        began = time.perf_counter()
        rows = BatchWrite(
            articles=changed_articles(resolutions), article_urls=article_urls(resolutions)
        )
        write_batch(
            con, f"bench-{start}", rows, also=[lambda _c, i=index, r=resolutions: i.persist(r)]
        )
        load_s += time.perf_counter() - began
        for copy, resolution in zip(chunk, resolutions, strict=True):
            cluster_of[id(copy)] = resolution.article_id
    articles = con.execute("SELECT count(*) FROM article").fetchone()[0]
    con.close()
    report = score(copies, cluster_of)
    report.update(
        copies=len(copies),
        articles=articles,
        families=len({c.family for c in copies}),
        resolve_docs_per_s=round(len(copies) / resolve_s, 1),
        load_docs_per_s=round(len(copies) / load_s, 1),
        batch=batch,
    )
    return report


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def unplanted_duplicates(copies: list[Copy], cluster_of: dict[int, str]) -> tuple[int, list]:
    """Pairs merged across families that are duplicates all the same (exact Jaccard >= 0.8:
    two bases composed alike, two similar cuts of one story), and the pairs that are not."""
    members = defaultdict(list)
    for copy in copies:
        members[cluster_of[id(copy)]].append(copy)
    genuine, wrong = 0, []
    for cluster in members.values():
        if len({c.family for c in cluster}) < 2:
            continue
        sets = [shingles(c.text) for c in cluster]
        for i, a in enumerate(cluster):
            for j in range(i + 1, len(cluster)):
                if a.family != cluster[j].family:
                    value = jaccard(sets[i], sets[j])
                    if value >= TRUTH_THRESHOLD:
                        genuine += 1
                    else:
                        wrong.append((a.kind, cluster[j].kind, round(value, 3)))
    return genuine, wrong


def score(copies: list[Copy], cluster_of: dict[int, str]) -> dict:
    """Pairwise precision and recall of the articles against the families; pairs merged
    across families count as right when their exact Jaccard is >= 0.8 (then they are
    added to the truth too)."""
    cells = Counter((c.family, cluster_of[id(c)]) for c in copies)
    families = Counter(c.family for c in copies)
    clusters = Counter(cluster_of[id(c)] for c in copies)
    genuine, wrong_pairs = unplanted_duplicates(copies, cluster_of)
    true_positive = sum(pairs(n) for n in cells.values()) + genuine
    predicted = sum(pairs(n) for n in clusters.values())
    actual = sum(pairs(n) for n in families.values()) + genuine
    by_base = {c.base: cluster_of[id(c)] for c in copies if c.kind == "base"}
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong = []
    for copy in copies:
        if copy.kind == "base":
            continue
        merged = cluster_of[id(copy)] == by_base[copy.base]
        truth = copy.family == copy.base
        label = copy.kind if truth else f"{copy.kind} (J<0.8)"
        kinds[label][0] += merged
        kinds[label][1] += 1
        if merged != truth:
            wrong.append((copy.kind, round(copy.jaccard, 3), "merged" if merged else "missed"))
    return {
        "precision": round(true_positive / predicted, 4) if predicted else 1.0,
        "recall": round(true_positive / actual, 4) if actual else 1.0,
        "true_pairs": actual,
        "predicted_pairs": predicted,
        "unplanted_duplicate_pairs": genuine,
        "wrongly_merged_pairs": wrong_pairs,
        "merged_with_base_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(kinds.items())},
        "errors_vs_base": Counter(f"{kind} {verdict}" for kind, _, verdict in wrong),
        "error_jaccards": sorted(j for _, j, _ in wrong),
    }


# -- speed and scale --------------------------------------------------------------


def signing_speed(texts: list[str], settings) -> float:
    index_hasher = DedupeIndex.__new__(DedupeIndex)
    index_hasher.settings = settings
    from newsetl.dedupe import MinHasher

    hasher = MinHasher(settings.num_perm, settings.shingle_size, settings.seed)
    hasher.signature(words(texts[0]))
    began = time.perf_counter()
    for text in texts:
        hasher.signature(words(text))
    return len(texts) / (time.perf_counter() - began)


def scale_run(pool, count: int, probes: int, seed: int, folder: Path, settings) -> dict:
    """Store ``count`` signed articles, then look up probes in a fresh process."""
    from newsetl.dedupe import MinHasher

    rng = random.Random(seed + 2)
    hasher = MinHasher(settings.num_perm, settings.shingle_size, settings.seed)
    path = folder / "scale.duckdb"
    con = duckdb.connect(str(path))
    migrate(con)
    texts, signatures = [], np.empty((count, settings.num_perm), dtype=np.uint32)
    began = time.perf_counter()
    for row in range(count):
        text = paragraphs(compose_base(pool, rng)[1], rng)
        texts.append(text)
        signatures[row] = hasher.signature(words(text))
    sign_s = time.perf_counter() - began  # includes composing the texts
    hashes = [text_hash(text) for text in texts]
    ids = [f"art_{row:012d}" for row in range(count)]
    store_articles(con, ids, hashes, texts)
    con.execute("CHECKPOINT")
    before = path.stat().st_size
    began = time.perf_counter()
    buckets = band_keys(signatures, settings.bands, settings.rows_per_band)
    rows = [(hashes[r], ids[r], signatures[r], len(texts[r].split())) for r in range(count)]
    dedupe_store.write_texts(con, rows, buckets, datetime(2025, 7, 15))
    con.execute("CHECKPOINT")
    store_s = time.perf_counter() - began
    index_bytes = path.stat().st_size - before
    con.close()
    queries = probe_queries(texts, ids, probes, rng, pool)
    query_file = folder / "queries.json"
    query_file.write_text(json.dumps(queries), encoding="utf-8")
    lookup = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--lookup", str(path), str(query_file)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    per_article = index_bytes / count
    return {
        "articles": count,
        "compose_and_sign_docs_per_s": round(count / sign_s, 1),
        "store_s": round(store_s, 1),
        "index_bytes_on_disk": index_bytes,
        "index_bytes_per_article": round(per_article, 1),
        "projected_1m_on_disk_gib": round(per_article * ONE_MILLION / GIB, 3),
        "arrays_if_held_in_ram_1m_gib": round(
            (settings.bands * 16 + settings.num_perm * 4 + 48) * ONE_MILLION / GIB, 3
        ),
        **lookup,
    }


def store_articles(con, ids: list[str], hashes: list[str], texts: list[str]) -> None:
    """Article rows with their texts: lookups only consider stories in ``article``."""
    frame = pd.DataFrame({"article_id": ids, "content_hash": hashes, "text": texts})
    con.register("_bench_articles", frame)
    con.execute(
        "INSERT INTO article (article_id, text, word_count, content_hash, first_seen_at, updated_at) "
        "SELECT article_id, text, 0, content_hash, now(), now() FROM _bench_articles"
    )
    con.unregister("_bench_articles")


def probe_queries(texts, ids, probes: int, rng, pool) -> list[tuple[str, str | None]]:
    """Near copies (1% of words edited, a footer) of stored articles, and as many
    new articles composed the same way: (text, the article it copies or None)."""
    vocabulary = [w for t in texts[:200] for w in t.split()]
    targets = rng.sample(range(len(texts)), probes)
    queries = [
        (edit_words(texts[t], 0.01, rng, vocabulary) + " Read more.", ids[t]) for t in targets
    ]
    queries += [(paragraphs(compose_base(pool, rng)[1], rng), None) for _ in range(probes)]
    return queries


def lookup_main(path: Path, query_file: Path) -> int:
    """In a fresh process: resolve the queries in batches of 1,000 with
    ``DedupeIndex.resolve`` (read-only) against the stored articles; print the
    throughput, how many copies found their article, and memory, as JSON."""
    queries = json.loads(query_file.read_text(encoding="utf-8"))
    con = duckdb.connect(str(path), read_only=True)
    con.execute("SET threads = 1")
    index = DedupeIndex(con, DedupeSettings())
    baseline = current_rss()
    found, elsewhere = 0, []
    began = time.perf_counter()
    for start in range(0, len(queries), 1000):
        chunk = queries[start : start + 1000]
        copies = [
            as_article(Copy(f"https://probe.example/{start + n}", text, "", "probe", "", 0.0))
            for n, (text, _) in enumerate(chunk)
        ]
        for (text, target), resolution in zip(chunk, index.resolve(copies), strict=True):
            found += target is not None and resolution.article_id == target
            if resolution.matched_by == "near" and resolution.article_id != target:
                elsewhere.append((text, resolution.article_id))
    elapsed = time.perf_counter() - began
    # a copy may match another stored article that is a duplicate of its own: check
    stored = dedupe_store.representative_texts(con, sorted({aid for _, aid in elsewhere}))
    below = [
        round(jaccard(shingles(text), shingles(stored[aid][1])), 3)
        for text, aid in elsewhere
        if jaccard(shingles(text), shingles(stored[aid][1])) < TRUTH_THRESHOLD
    ]
    memory = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0]
    probes = sum(1 for _, target in queries if target)
    print(
        json.dumps(
            {
                "resolve_docs_per_s": round(len(queries) / elapsed, 1),
                "near_copies_found": f"{found}/{probes}",
                "matched_another_article": len(elsewhere),
                "of_which_below_jaccard_0_8": below,
                "lookup_process_peak_rss_mib": round(peak_rss() / 2**20, 1),
                "lookup_rss_growth_mib": round((peak_rss() - baseline) / 2**20, 1),
                "duckdb_memory_mib": round((memory or 0) / 2**20, 1),
            }
        )
    )
    return 0


def peak_rss() -> int:
    """This process's peak RSS. VmHWM, not ru_maxrss: on Linux a child inherits its
    parent's ru_maxrss through fork and exec."""
    return _status_bytes("VmHWM:") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss() -> int:
    return _status_bytes("VmRSS:") or peak_rss()


def _status_bytes(field_name: str) -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(field_name):
                return int(line.split()[1]) * 1024
    return 0


def join_run(count: int, folder: Path, settings) -> dict:
    """The band table at ``count`` articles, measured rather than projected: random
    signatures (the index does not care what was signed), minimal article rows, then
    1,000 near copies of stored signatures looked up in a fresh process."""
    path = folder / "join.duckdb"
    con = duckdb.connect(str(path))
    migrate(con)
    rng = np.random.default_rng(11)
    began = time.perf_counter()
    for start in range(0, count, 100_000):
        size = min(100_000, count - start)
        signatures = rng.integers(0, 2**32, size=(size, settings.num_perm), dtype=np.uint64)
        signatures = signatures.astype(np.uint32)
        ids = [f"art_{n:012d}" for n in range(start, start + size)]
        hashes = [f"{n:016x}" * 2 for n in rng.integers(0, 2**63, size=size, dtype=np.int64)]
        store_articles(con, ids, hashes, [""] * size)
        buckets = band_keys(signatures, settings.bands, settings.rows_per_band)
        rows = [(hashes[n], ids[n], signatures[n], 1) for n in range(size)]
        dedupe_store.write_texts(con, rows, buckets, datetime(2025, 7, 15))
    con.execute("CHECKPOINT")
    con.close()
    build_s = time.perf_counter() - began
    result = subprocess.run(
        [sys.executable, __file__, "--join-lookup", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return {
        "articles": count,
        "build_s": round(build_s, 1),
        "file_mib": round(path.stat().st_size / 2**20, 1),
        **json.loads(result.stdout),
    }


def join_lookup_main(path: Path) -> int:
    """In a fresh process: 1,000 stored signatures with 20 of 128 values changed
    (similarity about 0.84) looked up through the band table, three times."""
    settings = DedupeSettings()
    con = duckdb.connect(str(path), read_only=True)
    con.execute("SET threads = 1")
    rows = con.execute(
        "SELECT article_id, signature FROM dedupe_text USING SAMPLE reservoir(1000 ROWS) REPEATABLE (3)"
    ).fetchall()
    targets = [article_id for article_id, _ in rows]
    probes = np.stack([np.frombuffer(blob, dtype="<u4").copy() for _, blob in rows])
    rng = np.random.default_rng(5)
    for probe in probes:
        probe[rng.choice(settings.num_perm, 20, replace=False)] ^= np.uint32(0x5A5A5A5A)
    buckets = band_keys(probes, settings.bands, settings.rows_per_band)
    baseline = current_rss()
    times = []
    for _ in range(3):
        began = time.perf_counter()
        candidates = dedupe_store.near_candidates(con, buckets, settings.num_perm)
        times.append(time.perf_counter() - began)
    found = sum(
        targets[probe] in {text.article_id for text in stored}
        for probe, stored in candidates.items()
    )
    memory = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0]
    print(
        json.dumps(
            {
                "band_join_s_per_1000_cold": round(times[0], 3),
                "band_join_s_per_1000_warm": round(min(times[1:]), 3),
                "candidate_recall": round(found / len(targets), 4),
                "lookup_process_peak_rss_mib": round(peak_rss() / 2**20, 1),
                "lookup_rss_growth_mib": round((peak_rss() - baseline) / 2**20, 1),
                "duckdb_memory_mib": round((memory or 0) / 2**20, 1),
            }
        )
    )
    return 0


# -- main -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bases", type=int, default=2000, help="base articles in the quality corpus"
    )
    parser.add_argument("--batch", type=int, default=500, help="copies per resolve/load batch")
    parser.add_argument(
        "--scale", type=int, default=100_000, help="articles in the scale run (0: skip)"
    )
    parser.add_argument("--probes", type=int, default=1000, help="near copies looked up at scale")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ground-truth", type=Path, default=GROUND_TRUTH)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--join-scale", type=int, default=ONE_MILLION, help="band table size measured (0: skip)"
    )
    parser.add_argument("--lookup", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--join-lookup", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.lookup:
        return lookup_main(*args.lookup)
    if args.join_lookup:
        return join_lookup_main(args.join_lookup)

    settings = DedupeSettings()
    pool = sentence_pool(source_texts(args.ground_truth))
    copies = build_corpus(pool, args.bases, args.seed)
    figures: dict = {"settings": vars_of(settings)}
    with tempfile.TemporaryDirectory(prefix="newsetl-dedupe-bench-") as folder:
        figures["signing_docs_per_s"] = round(signing_speed([c.text for c in copies], settings), 1)
        figures["mean_words"] = round(sum(len(c.text.split()) for c in copies) / len(copies), 1)
        figures["quality"] = quality_run(copies, args.batch, args.seed, Path(folder), settings)
        if args.scale:
            figures["scale"] = scale_run(
                pool, args.scale, args.probes, args.seed, Path(folder), settings
            )
        if args.join_scale:
            figures["band_table_at_scale"] = join_run(args.join_scale, Path(folder), settings)
    print(json.dumps(figures, indent=2, default=str))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    quality = figures["quality"]
    return 0 if quality["precision"] >= 0.99 and quality["recall"] >= 0.95 else 1


def vars_of(settings) -> dict:
    return {name: getattr(settings, name) for name in settings.__slots__}


if __name__ == "__main__":
    sys.exit(main())
