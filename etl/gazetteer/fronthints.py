"""A settlement put on a front named after a region ('Piatykhatky on the western edge of the Zaporizhzhia
front', 'Robotyne, on the southern Zaporizhzhia front') is that region's namesake.

The press names the war's fronts after their regions: the Piatykhatky on the Zaporizhzhia front is the
Zaporizhzhia village, not the bigger town of the Dnipropetrovsk region, and so is the text's every other
'Piatykhatky'. The front's name itself is left as it was found (ACLED's notes place 'the Donetsk direction' in
the city).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from etl.gazetteer.folding import fold
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.model import Place, PlaceMention

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


def apply_front_hints(text: str, mentions: list[PlaceMention], index: GazetteerIndex) -> list[PlaceMention]:
    """A settlement put on a region's front keeps only its namesakes in that region (when it has some
    there), and so do the text's other mentions of that name."""
    pinned: dict[str, tuple[Place, ...]] = {}
    for place, front in pairwise(mentions):
        if place.kind != "place" or not _ON_THE_FRONT_GAP.match(text[place.end : front.start]):
            continue
        codes = _front_regions(text, front, index)
        kept = tuple(c for c in place.candidates if c.admin1_code in codes)
        if kept:
            pinned.setdefault(place.surface, kept)
    if not pinned:
        return mentions
    return [
        replace(m, candidates=pinned[m.surface]) if m.kind == "place" and m.surface in pinned else m
        for m in mentions
    ]
