"""First-level regions: GeoNames admin1 codes mapped onto ISO 3166-2, with English names analysts expect."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from etl.gazetteer.countries import CountryTable
from etl.gazetteer.datafiles import csc_state_cities, csc_states, read_rows, split_aliases
from etl.gazetteer.folding import fold
from etl.gazetteer.geo import distance_km
from etl.gazetteer.model import Place

NAMES_FILE = "admin1_names.csv"
TYPES_FILE = "gazetteer_admin1_types.csv"
CODES_FILE = "gazetteer_admin1_codes.csv"
JOIN_RADIUS_KM = 25.0
# Below this share of joined towns in one package state, a GeoNames region is too coarse to map as a whole.
MAJORITY_SHARE = 0.6
CITY_TYPES = frozenset({"city", "autonomous city"})
_SUFFIX = re.compile(
    r"\s+(oblast|krai|region|province|voivodeship|autonomous okrug|autonomous oblast|city)$", re.I
)
_PREFIX = re.compile(r"^(autonomous )?republic of\s+", re.I)


@dataclass(slots=True)
class Admin1Table:
    """Region Places by ISO code, GeoNames' (country, admin1 code) -> ISO code, and the names of each region.

    names stand alone in text ('Crimea', 'Kharkiv Oblast'); stems go with a region word ('Kharkov region').
    """

    places: dict[str, Place] = field(default_factory=dict)
    iso_of: dict[tuple[str, str], str] = field(default_factory=dict)
    iso_of_city: dict[int, str] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    stems: dict[str, list[str]] = field(default_factory=dict)


def bare_name(name: str) -> str:
    """'Kharkiv Oblast' -> 'Kharkiv', 'Republic of Tatarstan' -> 'Tatarstan': the part used with 'region'."""
    return _PREFIX.sub("", _SUFFIX.sub("", name)).strip()


def english_name(state: dict[str, Any], overrides: dict[str, dict[str, str]], templates: dict) -> str:
    """The curated name, else the package name shaped by its type ('Belgorod' -> 'Belgorod Oblast')."""
    row = overrides.get(state["iso3166_2"])
    if row and row["name"]:
        return row["name"]
    template = templates.get((state["country_code"], state["type"]))
    if template is None or state["name"].endswith(template.rsplit(" ", 1)[-1]):
        return state["name"]
    return template.format(state["name"])


def _joined(country_code: str, gn_cities: list[dict[str, Any]]) -> dict[int, str]:
    """GeoNames id -> package state code, for cities the package lists by the same name within 25 km."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in gn_cities:
        by_name[fold(city["name"])].append(city)
    joined: dict[int, str] = {}
    for state_code, name, lat, lon in csc_state_cities(country_code):
        for city in by_name.get(fold(name), ()):
            if distance_km(lat, lon, city["latitude"], city["longitude"]) <= JOIN_RADIUS_KM:
                joined.setdefault(int(city["geonameid"]), state_code)
    return joined


def _nearest_state(cities: list[dict[str, Any]], states: list[dict[str, Any]]) -> dict[str, Any]:
    """Fallback for a GeoNames region without joined cities: the state whose centroid is nearest its towns."""
    lat = sum(c["latitude"] for c in cities) / len(cities)
    lon = sum(c["longitude"] for c in cities) / len(cities)
    return min(states, key=lambda s: distance_km(lat, lon, float(s["latitude"]), float(s["longitude"])))


def _map_country(
    country_code: str, gn_cities: list[dict[str, Any]], fixed: dict[tuple[str, str], str]
) -> tuple[dict[str, dict[str, Any]], dict[int, dict[str, Any]]]:
    """GeoNames admin1 code -> package state of one country, and per-city states in coarse GeoNames regions.

    A GeoNames region whose towns the package spreads over several states (the Gaza Strip over five
    governorates) is coarser than ISO 3166-2: there each town keeps its own state (or the nearest one).
    """
    states = [s for s in csc_states(country_code) if s.get("iso3166_2") and s.get("latitude")]
    if not states:
        return {}, {}
    by_code = {s["state_code"]: s for s in states}
    by_iso = {s["iso3166_2"]: s for s in states}
    joined = {gid: by_code[code] for gid, code in _joined(country_code, gn_cities).items() if code in by_code}
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in gn_cities:
        grouped[city["admin1code"]].append(city)
    mapping, per_city = {}, {}
    for gn_code, cities in grouped.items():
        if fixed.get((country_code, gn_code)) in by_iso:
            mapping[gn_code] = by_iso[fixed[(country_code, gn_code)]]
            continue
        votes = Counter(joined[g]["state_code"] for c in cities if (g := int(c["geonameid"])) in joined)
        if not votes:
            mapping[gn_code] = _nearest_state(cities, states)
            continue
        top, count = votes.most_common(1)[0]
        mapping[gn_code] = by_code[top]
        if count < MAJORITY_SHARE * sum(votes.values()):
            for city in cities:
                gid = int(city["geonameid"])
                per_city[gid] = joined.get(gid) or _nearest_state([city], states)
    return mapping, per_city


def build_admin1(
    gn_cities: list[dict[str, Any]],
    countries: CountryTable,
    stem_countries: set[str],
    name_countries: set[str],
) -> Admin1Table:
    """Map every GeoNames admin1 code that has cities onto an ISO 3166-2 region Place."""
    overrides = {row["iso3166_2"]: row for row in read_rows(NAMES_FILE)}
    templates = {(r["country_code"], r["type"]): r["template"] for r in read_rows(TYPES_FILE)}
    fixed = {(r["country_code"], r["geonames_code"]): r["iso3166_2"] for r in read_rows(CODES_FILE)}
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in gn_cities:
        by_country[city["countrycode"]].append(city)
    table = Admin1Table()
    for country_code, cities in sorted(by_country.items()):
        country = countries.places.get(country_code)
        if country is None:
            continue
        mapping, per_city = _map_country(country_code, cities, fixed)
        table.iso_of.update({(country_code, gn): state["iso3166_2"] for gn, state in mapping.items()})
        table.iso_of_city.update({gid: state["iso3166_2"] for gid, state in per_city.items()})
        for state in [*mapping.values(), *per_city.values()]:
            if state["iso3166_2"] not in table.places:
                _add_region(table, state, country, overrides, templates, stem_countries, name_countries)
    return table


def _add_region(
    table: Admin1Table,
    state: dict[str, Any],
    country: Place,
    overrides: dict[str, dict[str, str]],
    templates: dict,
    stem_countries: set[str],
    name_countries: set[str],
) -> None:
    """One region Place with its standalone names and, in the theatre, its bare names for region forms."""
    iso, code = state["iso3166_2"], country.country_code
    name = english_name(state, overrides, templates)
    lat, lon = float(state["latitude"]), float(state["longitude"])
    table.places[iso] = Place(name, code, country.name, name, iso, lat, lon, "admin1")
    aliases = split_aliases(overrides[iso]["aliases"]) if iso in overrides else []
    if code in stem_countries | name_countries:
        table.names[iso] = sorted({name, *aliases})
    if code in stem_countries:
        table.stems[iso] = _stems(state, name, aliases)


def _stems(state: dict[str, Any], name: str, aliases: list[str]) -> list[str]:
    """Bare names of a region; a city-region (Kyiv, Moscow) lends its bare name to the oblast around it."""
    stems = list(aliases)
    if state["type"] not in CITY_TYPES:
        stems += [bare_name(name), bare_name(state["name"])]
    return sorted(set(stems))
