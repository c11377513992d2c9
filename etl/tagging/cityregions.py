"""City-regions read as the region around them: Kyiv, Moscow, Sevastopol and St Petersburg are regions of
their own, so 'an oil depot near Kyiv' is in Kyiv Oblast, not the city; and a city whose region bears its name
stands for that region where the text counts villages in it ('three frontline villages in Donetsk')."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gazetteer import Place, PlaceMention
from etl.gazetteer.folding import fold
from etl.gazetteer.regionhints import ENCLAVES

# "three frontline villages in Donetsk", "settlements in Zaporizhzhia": several settlements counted in a name
_SETTLEMENTS_IN = re.compile(
    r"\b(?:villages|towns|settlements|hamlets|localities|communities)\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "Ukrainian Drones Kill 28 in Occupied Kherson Resort Town", "shelling killed two in a Kharkiv village": the
# name before a settlement word is its region's (not "Kharkiv city", "Kherson town hall")
_SETTLEMENT_NAMED_BY = re.compile(
    r"\s+(?:(?:resort|frontline|front-line|border|coastal|small|industrial|seaside)\s+)?"
    r"(?:villages?|towns?|settlements?|hamlets?|communit(?:y|ies))\b(?!\s+(?:hall|council|square|centre|center)\b)",
    re.IGNORECASE,
)


def _holding_villages(
    text: str, mention: PlaceMention, place: Place, region_of: Callable[[str], Place | None]
) -> Place | None:
    """The region named like the city ('Donetsk Oblast' of Donetsk), or the region around a city-region
    ('Kyiv community hit by kamikaze drone attack' is in Kyiv Oblast), when the text counts villages in it or
    names a settlement by it ('a Kharkiv village')."""
    region = _region_around(place, region_of) if place.precision == "place" and place.admin1_code else None
    if region is None:
        return None
    if _SETTLEMENTS_IN.search(text, max(0, mention.start - 50), mention.start):
        return region
    return region if _SETTLEMENT_NAMED_BY.match(text, mention.end) else None


def _region_around(place: Place, region_of: Callable[[str], Place | None]) -> Place | None:
    """The region of a city's name ('Donetsk Oblast' of Donetsk), or the one around a city-region (Kyiv
    Oblast around Kyiv); None for another settlement."""
    code = place.admin1_code or ""
    if code in ENCLAVES:
        return _around_city_region(place, region_of)
    region = region_of(code)
    return region if region is not None and fold(region.name) == fold(place.name) + "oblast" else None


def _around_city_region(place: Place, region_of: Callable[[str], Place | None]) -> Place | None:
    """The region around a city that is a region of its own (Kyiv Oblast around Kyiv); None for a town
    inside the city-region (Balaklava in Sevastopol), which is no city-region itself."""
    code = place.admin1_code or ""
    city = region_of(code) if code in ENCLAVES else None
    return region_of(ENCLAVES[code]) if city is not None and fold(city.name) == fold(place.name) else None


# "an oil depot near Kyiv", "drones downed outside Moscow", "drone attack causes damage in Moscow suburbs":
# right beside a city that is a region of its own (Kyiv, Moscow, Sevastopol, St Petersburg), or in its
# suburbs, is the region around it; not "near Kyiv's main station" (inside it), "on the outskirts of Kyiv"
# (often inside its limits) nor "190 miles from Moscow" (a distance)
_BESIDE = re.compile(
    r"\b(?:near|outside|close to|not far from|suburbs\s+of)\s+(?:the\s+(?:capital|city)\s*,?\s+)?$",
    re.IGNORECASE,
)
_SUBURBS_AFTER = re.compile(r"(?:['’]s)?\s+suburbs?\b", re.IGNORECASE)

# "near Kyiv's main station", "near Kyiv TV Tower", "outside Moscow city hall": a site of the city itself
_INSIDE_AFTER = re.compile(r"['’]s\b|\s+[A-Z]|\s+(?i:city|centre|center|downtown)\b")


def around_city_regions(
    text: str, located: list[tuple[PlaceMention, Place]], region_of: Callable[[str], Place | None]
) -> list[tuple[PlaceMention, Place]]:
    """A city-region named only as what an event was near stands for the region around it: 'Ukraine: Oil
    depot hit and set ablaze near Kyiv' is in Kyiv Oblast (UA-32), not in the city (UA-30); so does a city
    named as where several villages lie, when its region bears its name ('three frontline villages in
    Donetsk' are in Donetsk Oblast)."""
    out = []
    for mention, place in located:
        around = _around(text, mention, place, region_of)
        around = around or _holding_villages(text, mention, place, region_of)
        if around is not None:
            mention = PlaceMention(mention.start, mention.end, mention.surface, "admin1", (around,))
            place = around
        out.append((mention, place))
    return out


def _around(
    text: str, mention: PlaceMention, place: Place, region_of: Callable[[str], Place | None]
) -> Place | None:
    """The region around the city-region place, when the text puts the event beside it."""
    around = _around_city_region(place, region_of) if place.precision == "place" else None
    if around is None or _SUBURBS_AFTER.match(text, mention.end):
        return around
    if not _BESIDE.search(text, max(0, mention.start - 40), mention.start):
        return None
    if _INSIDE_AFTER.match(text, mention.end):
        return None
    return around
