"""Quarters of a capital that is a region of its own: GeoNames lists Kyiv's neighbourhoods (Holosiiv, Obolon,
Darnytsia) as settlements of the city-region, but they are parts of the city, and an attack on one is an
attack on Kyiv (the place readers give it; the neighbourhood stays in the evidence)."""

from __future__ import annotations

import dataclasses

from etl.gazetteer.model import Place, PlaceMention

# The city-regions that hold only their capital's quarters; not Moscow or Sevastopol, which also hold towns
# of their own (Zelenograd, Balaklava).
CITY_ONLY_REGIONS = frozenset({"UA-30"})


def apply_city_quarters(mentions: list[PlaceMention], capitals: dict[str, Place]) -> list[PlaceMention]:
    """A settlement of a city-only region that is not the capital itself stands for the capital."""
    out = []
    for mention in mentions:
        if mention.kind == "place" and any(_is_quarter(p, capitals) for p in mention.candidates):
            places = [capitals[p.country_code] if _is_quarter(p, capitals) else p for p in mention.candidates]
            mention = dataclasses.replace(mention, candidates=tuple(dict.fromkeys(places)))
        out.append(mention)
    return out


def _is_quarter(place: Place, capitals: dict[str, Place]) -> bool:
    capital = capitals.get(place.country_code or "")
    return (
        place.precision == "place"
        and place.admin1_code in CITY_ONLY_REGIONS
        and capital is not None
        and capital.admin1_code == place.admin1_code
        and place != capital
    )
