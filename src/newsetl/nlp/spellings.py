"""One person, several romanisations: "Zelensky", "Zelenskyy" and "Zelenskiy" are one name.

News agencies transliterate Cyrillic and Arabic names each their own way (Reuters wrote
"Zelenskiy", the AP "Zelenskyy", most others "Zelensky"; "Dmitry" / "Dmitri", "Navalny" /
"Navalnyy"). ``spelling_key`` folds the variants that differ only in such a way to one
key: accents dropped, doubled letters single, the endings -yy, -iy, -ii, -ij, -yi and -y
read as -i, and "kh" / "ph" / "ou" as "h" / "f" / "u". It is meant for comparing whole person
names, where two names with the same key and the same number of words are taken to be
one person: it is far too loose for single words of any kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsetl.nlp.names import name_key

if TYPE_CHECKING:
    from newsetl.nlp.resolve import Mention

_FINAL_I = re.compile(r"(?:yy|iy|ii|ij|yi|y)$")
_DOUBLED = re.compile(r"(.)\1+")
_DIGRAPHS = (("kh", "h"), ("ph", "f"), ("ou", "u"))
# the types the model gives a person's name by mistake
_PERSON_OR_SLIP = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def spelling_key(name: str) -> str:
    """The name folded over romanisation variants, word by word."""
    return " ".join(_word_key(word) for word in name_key(name).split())


def _word_key(word: str) -> str:
    bare = "".join(
        char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char)
    )
    bare = "".join(char for char in bare if char.isalpha())
    for digraph, letter in _DIGRAPHS:
        bare = bare.replace(digraph, letter)
    bare = _DOUBLED.sub(r"\1", bare)
    return _FINAL_I.sub("i", bare) if len(bare) > 3 else bare


class PersonSpellings:
    """The batch's one spelling of each person's full name: the warehouse's, if it knows
    the person, else the one most mentions use (ties go to the first alphabetically).

    A full name the model typed an organisation or a place belongs to the person too where
    the batch reads that name's spellings as a person more often than not ("Volodymyr
    Zelenskiy" ORG beside "Volodymyr Zelensky" PERSON)."""

    def __init__(self, mentions: Iterable[Mention], known_people: Iterable[str] = ()) -> None:
        spellings: defaultdict[tuple[str, int], Counter[str]] = defaultdict(Counter)
        as_person: defaultdict[tuple[str, int], Counter[bool]] = defaultdict(Counter)
        for mention in mentions:
            if len(mention.name.split()) > 1 and mention.type in _PERSON_OR_SLIP:
                key = _group(mention.name)
                as_person[key][mention.type == "PERSON"] += 1
                if mention.type == "PERSON":
                    spellings[key][mention.name] += 1
        known = {_group(name): name for name in known_people if len(name.split()) > 1}
        self._people = {name for names in spellings.values() for name in names}
        self._best = {
            key: known.get(key) or min(names, key=lambda name: (-names[name], name))
            for key, names in spellings.items()
        }
        self._mostly_people = {
            key for key, votes in as_person.items() if votes[True] > votes[False]
        }

    def spelling(self, name: str, *, typed_person: bool = True) -> str | None:
        """The usual spelling of this full name of a person. A name the model typed
        otherwise is a person's only when it spells one another way and the batch mostly
        reads the name as a person: the same spelling typed both ways is the type vote's
        to settle ("Walter Reed" the hospital, "Davis Cup")."""
        if len(name.split()) < 2:
            return None
        key = _group(name)
        if not typed_person and (key not in self._mostly_people or name in self._people):
            return None
        return self._best.get(key)


def _group(name: str) -> tuple[str, int]:
    return spelling_key(name), len(name.split())
