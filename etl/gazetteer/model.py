"""The two values the gazetteer hands to the tagger: a Place and a PlaceMention found in a text."""

from __future__ import annotations

from dataclasses import dataclass

PRECISIONS = ("place", "admin1", "country")
MENTION_KINDS = ("place", "admin1", "country", "demonym")


@dataclass(frozen=True, slots=True)
class Place:
    """A settlement, first-level region or country, with the names the warehouse stores for it; a sea
    (etl/tagging/seas.py) is a place with no country."""

    name: str
    country_code: str | None
    country: str | None
    admin1: str | None
    admin1_code: str | None
    latitude: float | None
    longitude: float | None
    precision: str
    population: int = 0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A stretch of text naming a place, with every place it could mean, most likely first."""

    start: int
    end: int
    surface: str
    kind: str
    candidates: tuple[Place, ...]
