"""A settlement put on a front named after a region ('Piatykhatky on the western edge of the Zaporizhzhia
front', 'Robotyne, on the southern Zaporizhzhia front') is that region's namesake; settlements put in a
compass part of a regional centre's name ('three villages in western Donetsk') are in its region.

The press names the war's fronts after their regions: the Piatykhatky on the Zaporizhzhia front is the
Zaporizhzhia village, not the bigger town of the Dnipropetrovsk region, and so is the text's every other
'Piatykhatky'. The front's name itself is left as it was found (ACLED's notes place 'the Donetsk direction' in
the city). 'Villages in western Donetsk' name the region, which then counts among the text's regions when a
later 'Makarivka' is chosen among namesakes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from etl.gazetteer.folding import fold
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.model import Place, PlaceMention
from etl.gazetteer.nearhints import pin_namesakes

# "the Zaporizhzhia front", "the Donetsk direction", "the Luhansk sector" (a town's axis names no region)
_FRONT_AFTER = re.compile(r"\s+(?:front(?:[\s-]?lines?)?|direction|axis|sector)\b", re.IGNORECASE)
# "Piatykhatky on the western edge of the Zaporizhzhia front", "Robotyne, on the southern Zaporizhzhia front"
_ON_THE_FRONT_GAP = re.compile(r"^,?\s+(?:on|along|at|near)\s+the\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _front_regions(text: str, mention: PlaceMention, index: GazetteerIndex) -> set[str]:
    """The region codes a mention names as a front ('the Zaporizhzhia front'), else none."""
    if mention.kind not in ("place", "admin1") or not _FRONT_AFTER.match(text, mention.end):
        return set()
    ids = index.stems.get(fold(mention.surface), ())
    return {code for i in ids if (code := index.places[i].admin1_code)}


# "three frontline villages in western Donetsk": settlements in a compass part of a regional centre's name are
# in its region (not "strikes in northern Kyiv", "southern Mykolaiv was targeted": parts of the city)
_SETTLEMENTS_IN_PART = re.compile(
    r"\b(?:villages|towns|settlements|communities|hamlets)\s+in\s+(?:the\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$",
    re.IGNORECASE,
)


def _settlements_region(text: str, mention: PlaceMention, index: GazetteerIndex) -> PlaceMention | None:
    """The mention as its region where the text puts settlements in a compass part of it."""
    ids = index.stems.get(fold(mention.surface))
    if mention.kind != "place" or not ids:
        return None
    if not _SETTLEMENTS_IN_PART.search(text, max(0, mention.start - 60), mention.start):
        return None
    return replace(mention, kind="admin1", candidates=tuple(index.places[i] for i in ids))


def apply_front_hints(text: str, mentions: list[PlaceMention], index: GazetteerIndex) -> list[PlaceMention]:
    """A settlement put on a region's front keeps only its namesakes in that region (when it has some
    there), and so do the text's other mentions of that name; 'villages in western Donetsk' name the
    region."""
    mentions = [_settlements_region(text, m, index) or m for m in mentions]
    pinned: dict[str, tuple[Place, ...]] = {}
    for place, front in pairwise(mentions):
        if place.kind != "place" or not _ON_THE_FRONT_GAP.match(text[place.end : front.start]):
            continue
        codes = _front_regions(text, front, index)
        kept = tuple(c for c in place.candidates if c.admin1_code in codes)
        if kept:
            pinned.setdefault(place.surface, kept)
    return pin_namesakes(mentions, pinned)
