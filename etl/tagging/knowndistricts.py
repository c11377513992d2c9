"""Known city districts: 'three died in the Desnyansky district' names a district of Kyiv, where the gazetteer
alone finds a namesake village or rural district elsewhere (Desnianskyi in Chernihiv oblast) or nothing at
all ('the Solomyan district'). Ukraine's big cities' districts are listed in etl/data/city_districts.csv.
A district stands for its city (the place readers give the strike), but only where the text names that city
too, since many names recur across cities and oblasts (a Shevchenkivskyi district is in Kyiv, Kharkiv, Lviv,
Dnipro and Zaporizhzhia; a Podilskyi district in Odesa oblast)."""

from __future__ import annotations

import re
from bisect import insort
from collections import defaultdict
from functools import cache

from etl.gazetteer import Place, PlaceMention
from etl.gazetteer.datafiles import read_rows, split_aliases
from etl.gazetteer.folding import fold

DISTRICTS_FILE = "city_districts.csv"

# "the Desnyansky district", "Darnytsia neighbourhood", "Kuibyshevskyi raion": one or two capitalised words
# before the district word (the name is the last word, or the two together: 'Tsentralno-Miskyi', 'Amur-...')
_NAMED_DISTRICT = re.compile(
    r"\b(?:(?P<first>[A-Z][\w'’-]+)\s+)?(?P<name>[A-Z][\w'’-]+)\s+"
    r"(?:district|raion|rayon|neighbou?rhood|microdistrict)s?\b"
)


@cache
def district_cities() -> dict[str, tuple[str, ...]]:
    """Folded district name -> the cities having a district of that name, in file order."""
    cities: dict[str, list[str]] = defaultdict(list)
    for row in read_rows(DISTRICTS_FILE):
        for name in (row["district"], *split_aliases(row["alternates"])):
            key = fold(name)
            if row["city"] not in cities[key]:
                cities[key].append(row["city"])
    return {k: tuple(v) for k, v in cities.items()}


def known_districts(text: str, located: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
    """Each listed district the text names with a district word, as the city it belongs to among those the
    text names (the nearest named before it, else the first after); a mention the gazetteer made of the name
    takes the city as its place, a name it missed becomes a mention of its own."""
    table = district_cities()
    out = list(located)
    for match in _NAMED_DISTRICT.finditer(text):
        start, cities = _listed(match, table)
        if not cities:
            continue
        city = _nearest_city(out, cities, start)
        if city is None:
            continue
        end = match.end("name")
        overlapping = [i for i, (m, _) in enumerate(out) if m.start < end and start < m.end]
        if overlapping:
            for i in overlapping:
                out[i] = (out[i][0], city)
            continue
        mention = PlaceMention(start, end, text[start:end], "place", (city,))
        insort(out, (mention, city), key=lambda pair: pair[0].start)
    return out


def _listed(match: re.Match[str], table: dict[str, tuple[str, ...]]) -> tuple[int, tuple[str, ...]]:
    """Where the district's name starts and its cities: the two words together if listed, else the last."""
    if match.group("first"):
        both = table.get(fold(f"{match.group('first')} {match.group('name')}"))
        if both:
            return match.start("first"), both
    return match.start("name"), table.get(fold(match.group("name")), ())


def _nearest_city(
    located: list[tuple[PlaceMention, Place]], cities: tuple[str, ...], at: int
) -> Place | None:
    """The settlement among `cities` the text names nearest before `at`, else first after it."""
    named = [(m, p) for m, p in located if p.precision == "place" and p.name in cities and m.start != at]
    before = [p for m, p in named if m.end <= at]
    if before:
        return before[-1]
    after = [p for m, p in named if m.start > at]
    return after[0] if after else None
