"""The coder's verb lexicon (``verbs.csv``): which lemma, in which pattern, is which CAMEO code."""

from __future__ import annotations

import csv
import functools
import io
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from newsetl.nlp.codebook import cameo_labels

LEXICON_FILE = "verbs.csv"
Frame = Literal["", "intent", "threat", "speech"]


@dataclass(frozen=True, slots=True)
class Rule:
    lemma: str
    pos: str  # VERB or NOUN
    code: str
    objects: frozenset[str]  # required object / modifier lemmas; empty = any
    particle: str  # required particle or preposition; empty = none
    frame: Frame

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (bool(self.objects), bool(self.particle), len(self.code))


@functools.cache
def rules_by_trigger() -> dict[tuple[str, str], tuple[Rule, ...]]:
    """(lemma, pos) -> its rules, most specific first."""
    text = resources.files(__package__).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    labels = cameo_labels()
    table: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        rule = Rule(
            lemma=row["lemma"].strip(),
            pos=row["pos"].strip(),
            code=row["code"].strip(),
            objects=frozenset(filter(None, row["objects"].split("|"))),
            particle=row["particle"].strip(),
            frame=row["frame"].strip(),  # type: ignore[arg-type]
        )
        if rule.code not in labels:
            raise ValueError(f"{LEXICON_FILE}: {rule.code} is not a CAMEO code")
        table[(rule.lemma, rule.pos)].append(rule)
    return {
        key: tuple(sorted(rules, key=lambda rule: rule.specificity, reverse=True))
        for key, rules in table.items()
    }


def trigger_lemmas() -> frozenset[str]:
    """Every lemma that can trigger an event (the sentence prefilter)."""
    return frozenset(lemma for lemma, _ in rules_by_trigger())
