"""A settlement placed near another ('Andriivka near Bakhmut', 'Chkalovsk, near Moscow') is its namesake
there, however bigger a namesake elsewhere is."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.gazetteer.geo import distance_km
from etl.gazetteer.model import Place, PlaceMention
from etl.gazetteer.resolve import dominant

# "X near Y", "X, outside Y", "X, on the outskirts of Y", "X close to the city of Y"
_NEAR_GAP = re.compile(
    r"^,?\s+(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Near" in the news is a few dozen km: Klishchiivka and Andriivka lie 10 km from Bakhmut, while the nearest
# other Andriivka is 52 km off; a namesake farther than this is no reason to pass over a bigger one.
NEAR_KM = 30.0


def _within(place: Place, lat: float, lon: float) -> bool:
    if place.latitude is None or place.longitude is None:
        return False
    return distance_km(place.latitude, place.longitude, lat, lon) <= NEAR_KM


def apply_near_hints(text: str, mentions: list[PlaceMention], bonus: dict[str, float]) -> list[PlaceMention]:
    """Keep only the namesakes near the place the text puts a settlement near, when it has some there; the
    name's other mentions in the text are that place too (the story's 'Andriivka' is the one near Bakhmut)."""
    pinned: dict[str, tuple[Place, ...]] = {}
    for n, mention in enumerate(mentions[:-1]):
        ref = mentions[n + 1]
        if mention.kind != "place" or len(mention.candidates) < 2 or ref.kind != "place":
            continue
        if not _NEAR_GAP.match(text[mention.end : ref.start]):
            continue
        near = dominant(ref, bonus)
        if near is None or near.latitude is None or near.longitude is None:
            continue
        kept = tuple(c for c in mention.candidates if _within(c, near.latitude, near.longitude))
        if kept:
            pinned.setdefault(mention.surface, kept)
    if not pinned:
        return mentions
    return [
        replace(m, candidates=pinned[m.surface]) if m.kind == "place" and m.surface in pinned else m
        for m in mentions
    ]
