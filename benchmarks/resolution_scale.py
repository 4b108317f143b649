"""How entity resolution scales with the warehouse it resolves against.

    uv run python benchmarks/resolution_scale.py            # 0, 10,000 and 50,000 known entities

Each run resolves one batch (200 articles of 20 organisation mentions each, two-word
names) against a warehouse of N known companies ("<word> <word> Corp") and N known people
with roles. Names are random words, so the figures measure the lookups, not the matches.
"""

from __future__ import annotations

import argparse
import random
import time

from newsetl.models import Entity
from newsetl.nlp.resolve import EntityResolver, Mention, entity_id_for

ARTICLES = 200
MENTIONS_PER_ARTICLE = 20


def warehouse(size: int, rng: random.Random, words: list[str]) -> list[Entity]:
    known = []
    for _ in range(size):
        company = f"{rng.choice(words)} {rng.choice(words)} Corp"
        known.append(Entity(entity_id_for("ORG", company), company, "ORG"))
        person = f"{rng.choice(words)} {rng.choice(words)}"
        known.append(Entity(entity_id_for("PERSON", person), person, "PERSON", role="Minister"))
    return known


def batch(rng: random.Random, words: list[str]) -> list[list[Mention]]:
    return [
        [
            Mention(article, n, n * 10, f"{rng.choice(words)} {rng.choice(words)}", "ORG")
            for n in range(MENTIONS_PER_ARTICLE)
        ]
        for article in range(ARTICLES)
    ]


def seconds_to_resolve(size: int) -> float:
    rng = random.Random(size)
    words = [f"W{n}" for n in range(3000)]
    resolver = EntityResolver(warehouse(size, rng, words))
    mentions = batch(rng, words)
    start = time.perf_counter()
    resolver.resolve(mentions)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 50_000])
    args = parser.parse_args(argv)
    mentions = ARTICLES * MENTIONS_PER_ARTICLE
    for size in args.sizes:
        print(
            f"{size:>7,} known companies and people: {seconds_to_resolve(size):.2f} s "
            f"for {mentions:,} mentions"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
