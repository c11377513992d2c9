"""The text's place mentions and named facilities, resolved and corrected by what the text says around them,
before any sentence is read: a facility's name is its site and its own target, a dateline's city is no
scene, a city's district is its city ('Kyiv's Desnianskiy district')."""

from __future__ import annotations

from etl.gazetteer import Gazetteer, Place, PlaceMention
from etl.tagging.citydistricts import city_districts
from etl.tagging.cityregions import around_city_regions
from etl.tagging.datelines import drop_datelines
from etl.tagging.facilities import FacilityMention
from etl.tagging.knowndistricts import known_districts
from etl.tagging.lexicon import Cue
from etl.tagging.routes import route_ends


def located_mentions(
    text: str, gazetteer: Gazetteer, facilities: list[FacilityMention]
) -> list[tuple[PlaceMention, Place]]:
    """Every place mention with the place it stands for, in text order."""
    located = _with_facility_places(gazetteer, gazetteer.find_mentions(text), facilities)
    ends = route_ends(text, gazetteer)  # "the Warsaw-Lublin railway line"
    located = sorted(located + ends, key=lambda mp: mp[0].start) if ends else located
    located = drop_datelines(text, located)  # "KYIV: Ukraine said ..." is where the story was filed
    located = around_city_regions(text, located, gazetteer.region)
    located = city_districts(text, located, gazetteer.is_capital)  # "Kyiv's Desnianskiy district"
    return known_districts(text, located)  # "in the Desnyansky district" of a story set in Kyiv


def with_facility_targets(cues: list[Cue], facilities: list[FacilityMention]) -> list[Cue]:
    """A named facility is a target of its own type ('the Kakhovka HPP dam' is the dam), whatever cue words
    its name holds; names with none ('ZNPP', 'Sheskharis') are targets only this way."""
    if not facilities:
        return cues
    kept = [c for c in cues if c.group != "target" or not _inside(c.start, c.end, facilities)]
    named = [Cue("target", f.facility.target_type, f.start, f.end) for f in facilities]
    return sorted(kept + named, key=lambda c: (c.start, -(c.end - c.start)))


def _with_facility_places(
    gazetteer: Gazetteer, mentions: list[PlaceMention], facilities: list[FacilityMention]
) -> list[tuple[PlaceMention, Place]]:
    """Place mentions resolved, with each named facility as a mention of its own site: the 'Zaporizhzhia' of
    'Zaporizhzhia NPP' is Enerhodar, not the city or the region."""
    mentions = [m for m in mentions if not _inside(m.start, m.end, facilities)]
    located = list(zip(mentions, gazetteer.resolve(mentions), strict=True))
    for f in facilities:
        place = f.facility.place
        located.append((PlaceMention(f.start, f.end, f.surface, "place", (place,)), place))
    return sorted(located, key=lambda pair: pair[0].start)


def _inside(start: int, end: int, facilities: list[FacilityMention]) -> bool:
    return any(f.start < end and start < f.end for f in facilities)
