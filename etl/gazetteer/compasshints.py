"""A settlement the text puts in a compass part of Ukraine or Russia keeps its namesakes in that part.

'Andriivka in southern Ukraine' is a Zaporizhzhia or Kherson namesake, not GeoNames' likelier Kharkiv one.
Which regions make up each part is a data file (gazetteer_compass_parts.csv); the parts overlap, as the press
uses them loosely. A village whose namesakes all lie outside the part is an unlisted one of the country:
'Novoselivske in north-eastern Ukraine' is a Luhansk village GeoNames lacks, not its Crimean namesake, and a
wrong region is worse than none. A town (20,000 or more) keeps its namesakes. The text's other mentions of
the name are the same place (as with nearhints.py's pins).
"""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer.datafiles import read_rows
from etl.gazetteer.model import Place, PlaceMention
from etl.gazetteer.nearhints import pin_namesakes
from etl.gazetteer.regionhints import UNLISTED_MAX_POPULATION

PARTS_FILE = "gazetteer_compass_parts.csv"
_NAMES = {"UA": "Ukraine", "RU": "Russia"}
_COMPASS = r"(north|south|east|west|central)(?:[\s-]?(east|west))?(?:ern)?"
# "X in north-eastern Ukraine", "X, in the east of Ukraine", "X in Ukraine's south" (right after the name)
_AFTER = re.compile(
    r"\s*,?\s+in\s+(?:the\s+)?(?:"
    rf"{_COMPASS}\s+(?:part\s+of\s+)?(Ukraine|Russia)\b"
    r"|(north|south|east|west|centre|center)\s+of\s+(Ukraine|Russia)\b"
    rf"|(Ukraine|Russia)['’]s\s+(?:far\s+)?{_COMPASS}\b)",
    re.IGNORECASE,
)
# "the north-eastern Ukrainian village of X", "southern Russian city of X"
_BEFORE = re.compile(
    rf"\b{_COMPASS}\s+(Ukrainian|Russian)\s+(?:(?:town|city|village|settlement)\s+of\s+)?$", re.IGNORECASE
)


@cache
def compass_parts() -> dict[tuple[str, str], frozenset[str]]:
    """(country code, part) -> region codes, from the data file."""
    return {(r["country"], r["part"]): frozenset(r["regions"].split()) for r in read_rows(PARTS_FILE)}


def _part_name(part: str, side: str | None) -> str:
    """'north', 'east' -> 'north-east'; 'centre' and 'center' -> 'central'."""
    part = part.lower()
    if part.startswith("cent"):
        return "central"
    return f"{part}-{side.lower()}" if side else part


def _country(name: str) -> str:
    return "UA" if name.lower().startswith("ukrain") else "RU"


_NO_PART = ("", frozenset[str]())


def _regions(country: str, part: str, side: str | None) -> tuple[str, frozenset[str]]:
    code = _country(country)
    return code, compass_parts().get((code, _part_name(part, side)), frozenset())


def _part_regions(text: str, mention: PlaceMention) -> tuple[str, frozenset[str]]:
    """The country and the regions of the compass part the text puts the mention in, right after or before
    it."""
    g = m.groups() if (m := _AFTER.match(text, mention.end)) else None
    if g is not None:
        if g[2]:
            return _regions(g[2], g[0], g[1])
        if g[4]:
            return _regions(g[4], g[3], None)
        return _regions(g[5], g[6], g[7])
    found = _BEFORE.search(text, max(0, mention.start - 60), mention.start)
    return _regions(found.group(3), found.group(1), found.group(2)) if found else _NO_PART


def apply_compass_hints(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Settlements put in a compass part of Ukraine or Russia keep their namesakes there, at every mention."""
    pinned: dict[str, tuple[Place, ...]] = {}
    for mention in mentions:
        if mention.kind != "place":
            continue
        country, codes = _part_regions(text, mention)
        if not codes:
            continue
        kept = tuple(c for c in mention.candidates if c.admin1_code in codes)
        if not kept and all(c.population < UNLISTED_MAX_POPULATION for c in mention.candidates):
            # a village GeoNames lists only outside that part: an unlisted one, of no region the text says
            kept = (Place(mention.surface, country, _NAMES[country], None, None, None, None, "place"),)
        if kept and kept != mention.candidates:
            pinned.setdefault(mention.surface, kept)
    return pin_namesakes(mentions, pinned)
