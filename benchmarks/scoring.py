"""What the knowledge benchmarks count with: names compared as the gold guidelines write
them, and matched / found / gold tallies."""

from __future__ import annotations

from dataclasses import dataclass


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def name_key(name: str) -> str:
    """The guidelines write names without a leading "the"; a gold "The Carlyle Group" that
    keeps it names the same thing as the system's "Carlyle Group"."""
    return normalise(name).removeprefix("the ")


def entity_forms(entity) -> set[str]:
    """The names a system entity answers to: its name and its aliases."""
    return {name_key(entity.name), *(name_key(alias) for alias in entity.aliases)}


def same_sentence(gold: str, system: str) -> bool:
    """Sentence splitters differ a little: one containing the other is the same sentence."""
    return len(system) >= 20 and (gold in system or system in gold)


@dataclass
class Score:
    matched: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched, self.system + other.system, self.gold + other.gold
        )

    def line(self) -> str:
        return (
            f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
            f"  ({self.matched} matched, {self.system} found, {self.gold} gold)"
        )
