"""Target anchors: the named targets a sentence reports as hit.

A target word counts in a clause with a live attack (or next to one, not across a semicolon) unless a hedge
takes it back, it sits in a relative clause that describes a place, or it plays another role (targetroles.py:
a route, a place shut or back at work, a defender, a speaker...). Borders, city centres, landmarks and "the
port of X" are locatives (locatives.py): targets only when their clause names no other. Beside a named target,
aircraft at an airfield, areas of a border region, fuel tanks on a bridge, a plant the dam's water serves and
a supply lost are parts of its incident.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Anchor, Sentence, is_hedged
from etl.tagging.locatives import (
    LOCATIVE_TYPE,
    is_bare_landmark,
    is_landmark_of_building,
    is_locative,
    is_port_among_cities,
)
from etl.tagging.targetroles import plays_other_role

# A relative clause that describes a place ("X, which has a naval base and an oil terminal")
_DESCRIPTION = re.compile(
    r",\s*which\s+(?:also\s+)?"
    r"(?:has|have|had|houses|housed|hosts|hosted|is home to|was home to|contains|includes)\b",
    re.IGNORECASE,
)
# "Russian bombers damaged in drone strike on Engels airbase", "destroyed 9 Russian helicopters in airfield
# attacks": aircraft hit at an airfield are the airfield's incident, as readers label it
_AIRCRAFT = re.compile(
    r".*\b(?:bombers?|jets?|planes?|aircraft|helicopters?|warplanes?|fighter-bombers?)$", re.IGNORECASE
)
_AREA = re.compile(r"(?:civilian|urban)\s+areas?", re.IGNORECASE)
# "an explosion ignited fuel tanks on the strategically important bridge", "a fuel tank is on fire on the
# bridge": beside a bridge or a railway, fuel tanks are a train's or a lorry's load, part of its incident
_TANKS = re.compile(r"(?:fuel|oil)\s+tanks?", re.IGNORECASE)
_CARRIERS = frozenset({"bridge", "railway"})
# "Russia-Ukraine war live: Moscow launches drone strikes on Kyiv; UN says mines found at Zaporizhzhia
# plant": a semicolon sets two stories side by side, so a target borrows no live attack across it
_SEMICOLON = re.compile(";")
# "accuses Russia of destroying a major dam, endangering thousands of lives and a nuclear power plant",
# "Nuclear incident at Zaporizhzhia plant 'highly unlikely' after dam attack": beside a dam, a plant other
# than its own is what the dam's water serves, not what was hit. Its own plant, hydroelectric or joined to it
# ("blowing up the dam and power plant"), is hit with it (readers mostly label both)
_HYDRO = re.compile(r"hydro|HPP|HES", re.IGNORECASE)
_DAM_AND = re.compile(r"\bdams?\s+and\s+(?:the\s+|a\s+|its\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
DAM_AND_WINDOW = 40  # characters before a plant word searched for 'dam and'
# "A Russian drone attack set ablaze the Kremenchuk oil refinery and knocked out power supply in the city",
# "Power station strike knocks out electricity in Russian border region": a supply lost beside a
# named target is what the strike on it caused (the guide: the named target is the incident, its outages are
# not incidents of their own; 'without power, heat or water' are three losses side by side, each kept). A
# supply word names works hit only with a noun of works ('power lines').
_SUPPLY_TYPES = frozenset({"power_grid", "heating", "water_supply"})
# ... beside a plant, a depot, a dam or a bridge (not beside homes or a train: "strikes destroyed homes and
# caused power outages" reports the grid hit too, as readers label it)
_WORKS_TYPES = frozenset(
    {
        "power_plant",
        "substation",
        "oil_refinery",
        "fuel_depot",
        "pipeline",
        "gas_facility",
        "oil_terminal",
        "dam",
        "industrial_plant",
        "defense_industry",
        "bridge",
    }
)
_SUPPLY_WORKS = re.compile(
    r".*\b(?:grids?|lines?|networks?|infrastructure|facilit(?:y|ies)|stations?|plants?|systems?|boiler"
    r"|pipes?|mains|treatment|utilit(?:y|ies)|sector|energy)\b",
    re.IGNORECASE,
)


def target_anchors(sentence: Sentence, live: set[int]) -> list[Anchor]:
    """One anchor per named target type in a clause with a live attack, or next to one."""
    anchors: dict[tuple[str, int], Anchor] = {}
    for cue in sentence.cues_of("target"):
        clause = sentence.clause_of(cue.start)
        if is_hedged(sentence, cue.start) or not live & _neighbours(sentence, clause):
            continue
        if sentence.match_at(sentence.clause_bounds[clause], _DESCRIPTION):
            continue  # "the port of X, which has a naval base": what the place holds, not what was hit
        if plays_other_role(sentence, cue):
            continue  # a route, a closure, a defender, a speaker, a patient's hospital: targetroles.py
        key = (cue.label, clause)
        if key in anchors:
            anchors[key].words.append(cue)
        else:
            anchors[key] = Anchor(cue.label, cue.start, cue.end, clause, words=[cue])
    # "a military base near the Polish border is attacked": beside a named target, the border only says where
    locative = {key for key, a in anchors.items() if is_locative(sentence, a)}
    landmarks = {key for key in locative if is_landmark_of_building(sentence, anchors[key])}
    landmarks |= {key for key in locative if is_bare_landmark(sentence, anchors[key])}
    landmarks |= {key for key in locative if is_port_among_cities(sentence, anchors[key])}
    named = {a.clause for key, a in anchors.items() if key not in locative}
    if any(a.target_type == "airport" for a in anchors.values()):
        landmarks |= {key for key, a in anchors.items() if _is_aircraft(sentence, a)}
    if any(a.target_type == LOCATIVE_TYPE for a in anchors.values()):
        landmarks |= {key for key, a in anchors.items() if _is_area(sentence, a)}
    if any(a.target_type in _CARRIERS for key, a in anchors.items() if key not in locative):
        landmarks |= {key for key, a in anchors.items() if _is_load(sentence, a)}
    kept = [
        a
        for key, a in anchors.items()
        if (key not in locative or a.clause not in named) and key not in landmarks
    ]
    if any(a.target_type == "dam" for a in kept):
        kept = [a for a in kept if not _is_cooled_plant(sentence, a)]
    if any(a.target_type in _WORKS_TYPES for a in kept):
        return [a for a in kept if not _is_supply_lost(sentence, a)]
    return kept


def _is_cooled_plant(sentence: Sentence, anchor: Anchor) -> bool:
    """'the dam which provides water to the Zaporizhzhia nuclear power plant': beside a dam, a plant that is
    not its own ('hydroelectric plant', 'the dam and power plant') is what the dam's water serves."""
    return anchor.target_type == "power_plant" and not any(
        _HYDRO.search(sentence.text_of(w)) or sentence.before(w, _DAM_AND, DAM_AND_WINDOW)
        for w in anchor.words
    )


def _is_supply_lost(sentence: Sentence, anchor: Anchor) -> bool:
    """'knocked out power supply', 'without heating', 'blackouts': a utility named only by its loss."""
    return anchor.target_type in _SUPPLY_TYPES and not any(
        _SUPPLY_WORKS.match(sentence.text_of(w)) for w in anchor.words
    )


def _is_area(sentence: Sentence, anchor: Anchor) -> bool:
    """'shelled civilian areas in Seredyna-Buda, a village on the border': beside a border, an area word only
    says what part of the border region was hit."""
    return anchor.target_type == "residential" and all(
        _AREA.fullmatch(sentence.text_of(w)) for w in anchor.words
    )


def _neighbours(sentence: Sentence, clause: int) -> set[int]:
    """The clause and those next to it, but not across a semicolon: 'Moscow launches drone strikes on Kyiv; UN
    says mines found at Zaporizhzhia plant' puts two stories side by side."""
    bounds = sentence.clause_bounds
    near = {clause}
    if clause > 0 and not sentence.match_at(bounds[clause], _SEMICOLON):
        near.add(clause - 1)
    if clause + 1 < len(bounds) and not sentence.match_at(bounds[clause + 1], _SEMICOLON):
        near.add(clause + 1)
    return near


def _is_load(sentence: Sentence, anchor: Anchor) -> bool:
    """'fuel tanks', beside a bridge or a railway: a fuel depot named only by the tanks a vehicle carries."""
    return anchor.target_type == "fuel_depot" and all(
        _TANKS.fullmatch(sentence.text_of(w)) for w in anchor.words
    )


def _is_aircraft(sentence: Sentence, anchor: Anchor) -> bool:
    """'Russian bombers', 'military aircraft': a military target named only by the aircraft hit."""
    return anchor.target_type == "military_site" and all(
        _AIRCRAFT.match(sentence.text_of(w)) for w in anchor.words
    )
