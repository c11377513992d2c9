"""Incidents at sea. Readers count an attack out at sea though it lies in no country ('a drone forced down
over the Black Sea', 'Sea Drones Attack Russian Oil Tanker in Black Sea', 'pipelines hit by explosions in the
Baltic Sea'); the tagger would drop it for want of a place, or set it in a country the text names for another
reason. The sea (etl/data/gazetteer_seas.csv) becomes its place, with no country or region:

    sea_of(anchor, sentence)           # an anchor places_of placed nowhere: [Place('Black Sea', None, ...)]
    at_sea(incidents, located, spans)  # the incidents, each paired with a sea to move it to, or None

A settlement or region the text names for the incident (a port, a coast, a city) always wins.
"""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer import Place, PlaceMention
from etl.gazetteer.datafiles import read_rows, split_aliases
from etl.models import Incident
from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.calendarwords import WEEKDAY_ALTERNATION

SEAS_FILE = "gazetteer_seas.csv"
# The words that set the sea as where something happened ('in the Black Sea', 'over the Black Sea', 'into
# the Black Sea'); 'from the Black Sea' is where a launch came from, and 'near the Black Sea', 'on the Black
# Sea', 'at the Baltic Sea' are on its coast, a place on land.
_SCENE = r"\b(?:in|over|into|across|through|under|beneath)\s+(?:the\s+)?"
# A compass part between them: 'in the western Black Sea', 'in the north-western Black Sea'.
_PART = r"(?:(?:north|south|east|west|central)(?:ern|-?western|-?eastern)?\s+(?:part\s+of\s+the\s+)?)?"
# What may follow the sea's name when it names the sea itself: the sentence's end or a stop, a preposition or
# conjunction, a time ('in the Black Sea on Friday', 'in the Black Sea this week') or the attack itself ('crew
# members were injured in Black Sea blast'). Any other word makes the name a modifier of something else, on
# land or no scene at all: 'Black Sea Fleet', 'Black Sea port of Odesa', 'Baltic states', 'Black Sea
# summit', 'the Black Sea's designated safe zone'.
_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)\u2014\u2013-]|(?:on|in|at|off|near|after|before|during|by|from|to|with|and|but|or|as|"
    r"when|where|while|that|which|who|since|amid|following|close|this|last|early|late|overnight|earlier|"
    rf"yesterday|today|tonight|{WEEKDAY_ALTERNATION}|"
    r"blasts?|explosions?|attacks?|strikes?)\b)",
    re.IGNORECASE,
)
# A drill is no attack: 'Russia's navy conducted a live-fire exercise in the Black Sea'.
_DRILL = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|training)\b", re.IGNORECASE)


@cache
def _seas() -> tuple[tuple[re.Pattern[str], Place], ...]:
    """Each sea of the data file with the pattern of its names set as a scene."""
    seas = []
    for row in read_rows(SEAS_FILE):
        names = [row["name"], *split_aliases(row["aliases"])]
        words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        place = Place(
            name=row["name"],
            country_code=None,
            country=None,
            admin1=None,
            admin1_code=None,
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            precision="place",
        )
        seas.append((re.compile(_SCENE + _PART + rf"(?:{words})\b", re.IGNORECASE), place))
    return tuple(seas)


def sea_scene(text: str) -> tuple[int, Place] | None:
    """The first sea the text sets as a scene, with its offset, its name followed by no noun it would
    modify; none in a text telling of a drill."""
    if _DRILL.search(text):
        return None
    found: list[tuple[int, Place]] = []
    for pattern, place in _seas():
        for match in pattern.finditer(text):
            if _AFTER.match(text, match.end()):
                found.append((match.start(), place))
                break
    return min(found, key=lambda f: f[0]) if found else None


def sea_of(anchor: Anchor, sentence: Sentence) -> list[Place]:
    """The sea, for an anchor incidentplaces.places_of placed nowhere, when its own clause sets it at sea and
    the sentence names no settlement or region ('Ukraine Accuses Russia of Deadly Strike on Civilian Ship in
    Black Sea'; not the house 'a drone hit ... while a civilian died ... in the Black Sea')."""
    if any(loc.mention.kind in ("place", "admin1") for loc in sentence.located):
        return []
    found = sea_scene(sentence.text)
    if found is None or sentence.clause_of(sentence.start + found[0]) != anchor.clause:
        return []
    return [found[1]]


def at_sea(
    incidents: list[Incident], located: list[tuple[PlaceMention, Place]], spans: list[tuple[int, int]]
) -> list[tuple[Incident, Place | None]]:
    """The document's incidents (`located`: the places its text names, `spans`: its sentences), each with
    the sea it is to be moved to (out_at_sea), after those sea_of set at sea that are background are dropped
    (at_sea_alone)."""
    lead_end = spans[min(1, len(spans) - 1)][1]
    land = [m.start for m, _ in located if m.kind in ("place", "admin1")]
    return out_at_sea(at_sea_alone(incidents, lead_end), land)


def at_sea_alone(incidents: list[Incident], lead_end: int) -> list[Incident]:
    """The incidents, without those sea_of placed at sea when another is on land or when their sentence comes
    after the lead (headline and first sentence, ending at `lead_end`). A story that sets an attack on land
    names the sea as its surroundings ('the assault on the southern port city, which came amid heightened
    tensions in the Black Sea', a tanker hit near the Crimean bridge 'in the Black Sea'); a report of an
    attack at sea says so in its lead, and a sea named only further on is background ('last year a drone
    attack on a freighter in the Black Sea killed a sailor' in a story on grain talks)."""
    if any(i.country_code is not None for i in incidents):
        return [i for i in incidents if i.country_code is not None]
    return [i for i in incidents if i.evidence_start < lead_end]


def out_at_sea(incidents: list[Incident], land: list[int]) -> list[tuple[Incident, Place | None]]:
    """Each incident with the sea to move it to, when it was placed only in a country and its sentence sets
    it at sea and names no settlement or region (`land`: the offsets of those the text names): 'an American
    drone forced down over the Black Sea' is not in America, nor 'a Russian tanker hit by sea drones in the
    Black Sea' in Russia. Asked after the story's one scene has settled them (a fleet attacked 'in the Black
    Sea' in a story on the port of Novorossiysk stays there)."""
    moved: list[tuple[Incident, Place | None]] = []
    for incident in incidents:
        found = sea_scene(incident.evidence) if incident.geo_precision == "country" else None
        on_land = any(incident.evidence_start <= at < incident.evidence_end for at in land)
        moved.append((incident, found[1] if found is not None and not on_land else None))
    return moved
