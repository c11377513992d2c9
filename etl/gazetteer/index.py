"""The alias index: folded names -> Places, built once from package data and our curated files."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from etl.gazetteer.admin1 import Admin1Table, build_admin1
from etl.gazetteer.countries import CountryTable, build_countries
from etl.gazetteer.datafiles import read_words
from etl.gazetteer.folding import deletions, fold, is_acronym, strict_fold
from etl.gazetteer.model import Place
from etl.gazetteer.ranking import prior
from etl.gazetteer.settlements import (
    Settlement,
    build_settlements,
    extra_settlements,
    read_geonames,
    theatre_rules,
)

STOPWORDS_FILE = "gazetteer_stopwords.txt"
PERSON_CUES_FILE = "gazetteer_person_cues.txt"
REGION_COUNTRIES_FILE = "gazetteer_region_countries.txt"
MAX_CANDIDATES = 40
TYPO_MIN_LETTERS = 6
# A town that merely lists a name among its alternates stays a candidate only if this many times bigger.
ALTERNATE_OUTWEIGHS_OWN = 10
# A region's bare name alone means the region unless a town of this size in its country has the name
# (Chechnya, Virginia; not Kharkiv).
REGION_YIELDS_TO_TOWN_POPULATION = 5000


@dataclass(slots=True)
class GazetteerIndex:
    """Everything find_mentions and resolve need; plain dicts and tuples so it pickles and loads fast."""

    places: list[Place] = field(default_factory=list)
    settlements: dict[str, tuple[int, ...]] = field(default_factory=dict)
    towns_abroad: dict[str, tuple[int, ...]] = field(default_factory=dict)
    regions: dict[str, tuple[int, ...]] = field(default_factory=dict)
    stems: dict[str, tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    acronyms: dict[str, int] = field(default_factory=dict)
    demonyms: dict[str, int] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    person_cues: frozenset[str] = frozenset()
    typo_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    bonus: dict[str, float] = field(default_factory=dict)

    def add(self, place: Place) -> int:
        """Store a Place and return its id."""
        self.places.append(place)
        return len(self.places) - 1

    def towns(self, key: str, strict_key: str) -> tuple[int, ...]:
        """Settlements named key (folded) in the theatre, or strict_key (as written) elsewhere.

        Towns abroad are indexed by their own names only, so theatre towns that merely list the name
        as an alternate give way to them (Cambridge), as within the theatre.
        """
        near = self.settlements.get(key, ())
        far = self.towns_abroad.get(strict_key, ())
        if not (near and far):
            return near or far
        floor = ALTERNATE_OUTWEIGHS_OWN * max(self.places[i].population for i in far)
        near = tuple(
            i for i in near if fold(self.places[i].name) == key or self.places[i].population >= floor
        )
        return tuple(sorted(near + far, key=lambda i: -prior(self.places[i], self.bonus, key)))

    def ranked(self, groups: dict[str, set[int]]) -> dict[str, tuple[int, ...]]:
        """Candidate ids per key, best prior first, capped, without stop keys."""
        out = {}
        for key, ids in groups.items():
            if key and fold(key) not in self.stopwords:
                order = sorted(ids, key=lambda i: (-prior(self.places[i], self.bonus, key), i))
                out[key] = tuple(order[:MAX_CANDIDATES])
        return out


def _add_countries(index: GazetteerIndex, countries: CountryTable) -> None:
    """Country names (acronyms such as US only as written) and demonyms, singular and plural."""
    for code, place in countries.places.items():
        pid = index.add(place)
        for name in countries.names[code]:
            if is_acronym(name):
                index.acronyms[name] = pid
            else:
                index.countries[fold(name)] = pid
        for demonym in countries.demonyms[code]:
            index.demonyms[fold(demonym)] = pid
            index.demonyms[fold(demonym + "s")] = pid


def _town_keys(index: GazetteerIndex) -> set[tuple[str, str]]:
    """(country, name) of towns big enough that the bare name means the town, not its region (Kharkiv)."""
    groups = [((fold(k), ids) for k, ids in index.towns_abroad.items()), index.settlements.items()]
    return {
        (index.places[i].country_code, key)
        for group in groups
        for key, ids in group
        for i in ids
        if index.places[i].population >= REGION_YIELDS_TO_TOWN_POPULATION
    }


def _add_regions(index: GazetteerIndex, admin1: Admin1Table) -> None:
    """Region names stand alone unless a town of that country or a country has the name (Kharkiv, Georgia)."""
    towns = _town_keys(index)
    regions: dict[str, set[int]] = defaultdict(set)
    stems: dict[str, set[int]] = defaultdict(set)
    for iso, place in admin1.places.items():
        pid = index.add(place)
        for stem in admin1.stems.get(iso, ()):
            stems[fold(stem)].add(pid)
        for name in admin1.names.get(iso, ()):
            key = fold(name)
            if key not in index.countries and (place.country_code, key) not in towns:
                regions[key].add(pid)
    index.regions = index.ranked(regions)
    index.stems = index.ranked(stems)


def _add_settlements(index: GazetteerIndex, settlements: Iterable[Settlement]) -> None:
    """Theatre towns under transliteration-folded keys, towns abroad only under their spelling as written."""
    near: dict[str, set[int]] = defaultdict(set)
    far: dict[str, set[int]] = defaultdict(set)
    own: set[tuple[str, int]] = set()
    typo_names: set[str] = set()
    for settlement in settlements:
        pid = index.add(settlement.place)
        key_of = fold if settlement.in_theatre else strict_fold
        groups = near if settlement.in_theatre else far
        for name in settlement.own_names + settlement.alternates:
            groups[key_of(name)].add(pid)
        own.update((key_of(name), pid) for name in settlement.own_names)
        typo_names.update(fold(n) for n in settlement.typo_names)
    taken = set(index.countries) | set(index.demonyms)
    near = {k: v for k, v in _prefer_own_names(near, own, index.places).items() if k not in taken}
    index.settlements = index.ranked(near)
    index.towns_abroad = index.ranked({k: v for k, v in far.items() if fold(k) not in taken})
    typo_keys: dict[str, set[str]] = defaultdict(set)
    for key in typo_names:
        if len(key) >= TYPO_MIN_LETTERS and key in index.settlements:
            for variant in deletions(key):
                typo_keys[variant].add(key)
    index.typo_keys = {k: tuple(sorted(v)) for k, v in typo_keys.items()}


def _prefer_own_names(
    groups: dict[str, set[int]], own: set[tuple[str, int]], places: list[Place]
) -> dict[str, set[int]]:
    """Where a name is some town's own name, drop towns that only list it as an alternate, unless far bigger.

    GeoNames lists 'Novorosyisk' among Krasnodar's alternates and 'Chornobyl' among a Donetsk village's.
    """
    out = {}
    for key, ids in groups.items():
        owners = [i for i in ids if (key, i) in own]
        if not owners:
            out[key] = ids
            continue
        floor = ALTERNATE_OUTWEIGHS_OWN * max(places[i].population for i in owners)
        out[key] = {i for i in ids if (key, i) in own or places[i].population >= floor}
    return out


def build_index() -> GazetteerIndex:
    """Build the whole index from the packages' data (a few seconds; the result is cached on disk)."""
    index = GazetteerIndex(
        stopwords=frozenset(fold(w) for w in read_words(STOPWORDS_FILE)),
        person_cues=frozenset(fold(w) for w in read_words(PERSON_CUES_FILE)),
    )
    rules = theatre_rules()
    index.bonus = {code: rule.bonus for code, rule in rules.items()}
    cities = read_geonames()
    countries = build_countries()
    admin1 = build_admin1(cities, countries, set(rules), set(read_words(REGION_COUNTRIES_FILE)))
    _add_countries(index, countries)
    settlements = [*build_settlements(cities, countries, admin1), *extra_settlements(countries, admin1)]
    _add_settlements(index, settlements)
    _add_regions(index, admin1)
    return index
