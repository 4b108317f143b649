"""How far two annotators following ``benchmarks/gold/GUIDELINES.md`` agree on events.

    uv run python benchmarks/agreement.py                 # every set with a second annotation
    uv run python benchmarks/agreement.py --sets blind4 --disagreements

A second annotator coded the sentences of some gold sets again, from the text and the
guidelines alone, without the first annotation or the coder
(``benchmarks/gold/agreement/<set>.jsonl``, same format as the gold). Scored the way
``knowledge.py`` scores the coder, with the first annotation as the reference:

- events (root, actors): precision is the share of the second annotator's events the
  first also has, recall the share of the first's the second has. Two actor names are the
  same when they are equal without a leading "the", when the gazetteer gives them one
  canonical name ("US", "United States"), or when one's words are all in the other
  ("Trump", "Donald Trump"), as the coder's aliases would match;
- events (root only): the same on the roots of each sentence, actors left aside;
- sentences with an event: how often both say a sentence holds one, and Cohen's kappa;
- modality of the events both have.

The figures are the ceiling the coder's scores should be read against: a target above
what two careful annotators agree on measures the annotators as much as the coder.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from knowledge import GOLD_SETS, UNREAD, Score, load_gold, name_key  # noqa: E402

SECOND_DIR = REPO / "benchmarks/gold/agreement"


def same_actor(first: str, second: str) -> bool:
    from newsetl.nlp.names import canonical_form

    a, b = name_key(first), name_key(second)
    if a == b:
        return True
    if name_key(canonical_form(a, "")[0]) == name_key(canonical_form(b, "")[0]):
        return True
    words_a, words_b = set(a.replace("-", " ").split()), set(b.replace("-", " ").split())
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def same_actors(first: list[str], second: list[str]) -> bool:
    if len(set(map(name_key, first))) != len(set(map(name_key, second))):
        return False
    remaining = list(dict.fromkeys(map(name_key, first)))
    for name in dict.fromkeys(map(name_key, second)):
        match = next((other for other in remaining if same_actor(other, name)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


@dataclass
class Agreement:
    events: Score = field(default_factory=Score)
    roots: Score = field(default_factory=Score)
    modality: list[int] = field(default_factory=lambda: [0, 0])  # agreeing, compared
    # sentences by (first has an event, second has an event)
    sentences: Counter[tuple[bool, bool]] = field(default_factory=Counter)
    disagreements: list[str] = field(default_factory=list)

    def kappa(self) -> float:
        total = sum(self.sentences.values())
        if not total:
            return 0.0
        observed = (self.sentences[True, True] + self.sentences[False, False]) / total
        first_yes = (self.sentences[True, True] + self.sentences[True, False]) / total
        second_yes = (self.sentences[True, True] + self.sentences[False, True]) / total
        expected = first_yes * second_yes + (1 - first_yes) * (1 - second_yes)
        return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def compare(first: list[dict], second: list[dict]) -> Agreement:
    """Agreement of ``second`` with ``first``, sentence by sentence (matched on ``id``)."""
    by_id = {record["id"]: record for record in second}
    missing = [record["id"] for record in first if record["id"] not in by_id]
    if missing:
        raise ValueError(f"the second annotation has no sentence with id {missing[:5]}")
    agreement = Agreement()
    for record in first:
        _compare_sentence(record, by_id[record["id"]], agreement)
    return agreement


def _compare_sentence(first: dict, second: dict, agreement: Agreement) -> None:
    ours, theirs = first["events"], second["events"]
    agreement.sentences[bool(ours), bool(theirs)] += 1
    unmatched = list(ours)
    for event in theirs:
        hit = next(
            (
                other
                for other in unmatched
                if other["root"] == event["root"] and same_actors(other["actors"], event["actors"])
            ),
            None,
        )
        if hit is None:
            agreement.disagreements.append(f"second only {_label(event)}  | {first['sentence']}")
            continue
        unmatched.remove(hit)
        agreement.events.matched += 1
        agreement.modality[1] += 1
        agreement.modality[0] += _modality(hit) == _modality(event)
    for event in unmatched:
        agreement.disagreements.append(f"first only  {_label(event)}  | {first['sentence']}")
    agreement.events.system += len(theirs)
    agreement.events.gold += len(ours)
    root_counts = Counter(e["root"] for e in ours), Counter(e["root"] for e in theirs)
    agreement.roots.matched += sum((root_counts[0] & root_counts[1]).values())
    agreement.roots.system += len(theirs)
    agreement.roots.gold += len(ours)


def _modality(event: dict) -> str:
    return event.get("modality", "asserted")


def _label(event: dict) -> str:
    return f"{event['root']} {sorted(event['actors'])} {_modality(event)}"


def report(name: str, agreement: Agreement) -> None:
    both_yes = agreement.sentences[True, True]
    total = sum(agreement.sentences.values())
    right, compared = agreement.modality
    print(f"{name}: {total} sentences")
    print(f"  events (root, actors)  {agreement.events.line()}")
    print(f"  events (root only)     {agreement.roots.line()}")
    print(
        f"  sentences with an event: both {both_yes}, first only "
        f"{agreement.sentences[True, False]}, second only {agreement.sentences[False, True]}, "
        f"neither {agreement.sentences[False, False]}; kappa {agreement.kappa():.3f}"
    )
    print(f"  modality of events both have: {right}/{compared} agree")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    available = [name for name in GOLD_SETS if (SECOND_DIR / f"{name}.jsonl").exists()]
    parser.add_argument("--sets", nargs="+", choices=available, default=available)
    parser.add_argument(
        "--disagreements", action="store_true", help="list every event only one annotator has"
    )
    args = parser.parse_args(argv)
    if args.disagreements and UNREAD & set(args.sets):
        parser.error(f"{sorted(UNREAD & set(args.sets))}: nobody reads these sets' items")
    total = Agreement()
    for name in args.sets:
        agreement = compare(load_gold(GOLD_SETS[name]), load_gold(SECOND_DIR / f"{name}.jsonl"))
        report(name, agreement)
        _add(total, agreement)
        if args.disagreements:
            print("\n".join(f"  {line}" for line in agreement.disagreements))
    if len(args.sets) > 1:
        report("all", total)
    return 0


def _add(total: Agreement, part: Agreement) -> None:
    total.events += part.events
    total.roots += part.roots
    total.modality = [a + b for a, b in zip(total.modality, part.modality, strict=True)]
    total.sentences += part.sentences


if __name__ == "__main__":
    raise SystemExit(main())
