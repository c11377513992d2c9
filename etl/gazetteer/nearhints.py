"""A settlement placed near another ('Andriivka near Bakhmut', 'Chkalovsk, near Moscow') is its namesake
there, however bigger a namesake elsewhere is; one placed near the border with a country lies outside it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from etl.gazetteer.geo import distance_km
from etl.gazetteer.model import Place, PlaceMention
from etl.gazetteer.regionhints import ENCLAVES, UNLISTED_MAX_POPULATION, unlisted
from etl.gazetteer.resolve import dominant

# "X near Y", "X, outside Y", "X, on the outskirts of Y", "X close to the city of Y"
_NEAR_GAP = re.compile(
    r"^,?\s+(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
# "X near the border with Ukraine", "X, close to the border with Russia": across that border from it
_BORDER_GAP = re.compile(
    r"^,?\s+(?:near|close\s+to|on|along|by)\s+the\s+border\s+with\s+$",
    re.IGNORECASE,
)
# "won back Klishchiivka ... two days after it took neighbouring Andriivka": a settlement called neighbouring
# or nearby lies near the settlement named right before it
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:neighbou?ring|nearby|adjacent)\s+(?:(?:village|town|settlement)\s+of\s+)?$", re.IGNORECASE
)
# "Near" in the news is a few dozen km: Klishchiivka and Andriivka lie 10 km from Bakhmut, while the nearest
# other Andriivka is 52 km off; a namesake farther than this is no reason to pass over a bigger one.
NEAR_KM = 30.0
# A small settlement put near a place that all its namesakes lie farther from than this ('an air base at
# Chkalovsk, near Moscow': GeoNames lists only the Chkalovsk 365 km off) is one GeoNames does not list,
# in the region of the place it is near (around a city-region: Moscow Oblast around Moscow).
FAR_KM = 150.0


def _within(place: Place, lat: float, lon: float) -> bool:
    if place.latitude is None or place.longitude is None:
        return False
    return distance_km(place.latitude, place.longitude, lat, lon) <= NEAR_KM


def _namesakes_meant(
    text: str,
    mention: PlaceMention,
    ref: PlaceMention,
    bonus: dict[str, float],
    regions: dict[str, Place],
) -> tuple[Place, ...]:
    """The namesakes of mention that the place or border named right after it allows (none: no hint), or
    the unlisted settlement near it."""
    gap = text[mention.end : ref.start]
    if ref.kind == "country" and _BORDER_GAP.match(gap):
        # "a substation in Belaya near the border with Ukraine": the Belaya of Kursk, not Ternopil's
        country = ref.candidates[0].country_code
        return tuple(c for c in mention.candidates if c.country_code != country)
    if ref.kind != "place" or not _NEAR_GAP.match(gap):
        return ()
    near = _located(ref, bonus)
    if near is None:
        return ()
    return _namesakes_near(mention, near) or _unlisted_near(mention, near, regions)


def _neighbours(
    text: str, mention: PlaceMention, before: PlaceMention, bonus: dict[str, float]
) -> tuple[Place, ...]:
    """The namesakes of a settlement called neighbouring or nearby that lie near the settlement named right
    before it (none: no hint)."""
    if not _NEIGHBOUR_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return ()
    near = _located(before, bonus)
    return _namesakes_near(mention, near) if near is not None else ()


def _located(ref: PlaceMention, bonus: dict[str, float]) -> Place | None:
    """The place a mention most likely names, when it has coordinates to measure from."""
    near = dominant(ref, bonus)
    return near if near is not None and near.latitude is not None and near.longitude is not None else None


def _namesakes_near(mention: PlaceMention, near: Place) -> tuple[Place, ...]:
    """The namesakes of mention within NEAR_KM of a located place."""
    return tuple(c for c in mention.candidates if _within(c, near.latitude, near.longitude))


def _unlisted_near(mention: PlaceMention, near: Place, regions: dict[str, Place]) -> tuple[Place, ...]:
    """The settlement as an unlisted one in the region of the place it is near, when every namesake is small
    and lies beyond FAR_KM from it (none: no hint)."""
    if near.precision != "place" or not near.admin1_code:
        return ()
    for c in mention.candidates:
        if c.population >= UNLISTED_MAX_POPULATION or c.latitude is None or c.longitude is None:
            return ()
        if distance_km(c.latitude, c.longitude, near.latitude, near.longitude) <= FAR_KM:
            return ()
    region = regions.get(ENCLAVES.get(near.admin1_code, near.admin1_code))
    return (unlisted(mention.surface, region),) if region is not None else ()


def apply_near_hints(
    text: str, mentions: list[PlaceMention], bonus: dict[str, float], regions: dict[str, Place]
) -> list[PlaceMention]:
    """Keep only the namesakes near the place (or across the border) the text puts a settlement near, when it
    has some there; the name's other mentions in the text are that place too (the story's 'Andriivka' is the
    one near Bakhmut)."""
    pinned: dict[str, tuple[Place, ...]] = {}
    for mention, ref in pairwise(mentions):
        if mention.kind == "place":
            kept = _namesakes_meant(text, mention, ref, bonus, regions)
            if kept:
                pinned.setdefault(mention.surface, kept)
        if ref.kind == "place" and mention.kind == "place" and len(ref.candidates) > 1:
            kept = _neighbours(text, ref, mention, bonus)
            if kept:
                pinned.setdefault(ref.surface, kept)
    return pin_namesakes(mentions, pinned)


def pin_namesakes(mentions: list[PlaceMention], pinned: dict[str, tuple[Place, ...]]) -> list[PlaceMention]:
    """Every place mention of a pinned name keeps only the namesakes pinned for it: a text that once says
    which Andriivka it means means that one at every mention (fronthints.py pins by a front, too)."""
    if not pinned:
        return mentions
    return [
        replace(m, candidates=pinned[m.surface]) if m.kind == "place" and m.surface in pinned else m
        for m in mentions
    ]
