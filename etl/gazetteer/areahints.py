"""A settlement in a text about the Donbas is its Donetsk or Luhansk namesake, not one elsewhere.

'The Donbas' names the Donetsk and Luhansk regions together, and so do its separatist forces ('NAF rebels',
the 'DPR' and 'LPR'); GeoNames has no such region, so without this 'fired upon positions near Vodyane' takes
the likelier Vodiane of Zaporizhzhia. The area name itself stays no place: the press names the whole Donbas
where no one town is meant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.gazetteer.model import PlaceMention
from etl.gazetteer.regionhints import CITY_POPULATION

DONBAS = frozenset({"UA-14", "UA-09"})
# The Donbas by name or by its separatists' names (not 'DPRK', North Korea)
_DONBAS_WORDS = re.compile(
    r"\bDonbass?\b|\bNAF\b|\b[DL]PR\b|\b(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic"
)


def apply_area_hints(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """In a text naming the Donbas, a settlement with namesakes there keeps only those, unless a namesake
    elsewhere is a city of CITY_POPULATION (a text on the Donbas names Kharkiv and Dnipro too)."""
    if not _DONBAS_WORDS.search(text):
        return mentions
    out = []
    for mention in mentions:
        if mention.kind == "place" and len(mention.candidates) > 1:
            inside = tuple(c for c in mention.candidates if c.admin1_code in DONBAS)
            outside = [c for c in mention.candidates if c.admin1_code not in DONBAS]
            if inside and outside and all(c.population < CITY_POPULATION for c in outside):
                mention = replace(mention, candidates=inside)
        out.append(mention)
    return out
