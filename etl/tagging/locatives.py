"""Locatives: target words that say where the hit target was rather than name it ("near the airport", "the
port of Berdyansk", "a warship in Crimean port", "the city centre", a border). They count as targets only
when their clause names no other, and never when the port of X is named among the cities hit; a border
outside the Russia-Ukraine war is no border region.
"""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.closureroles import TRANSPORT_TYPES
from etl.tagging.lexicon import Cue

LOCATIVE_TYPE = "border_region"  # a target only when its clause names no other
# "the shopping centre in the city centre": an area, like the border, says where unless nothing else was hit
_LOCATIVE_AREA = re.compile(r"(?:city|town)\s+cent(?:re|er)", re.IGNORECASE)
# "a landing ship at the port of Berdyansk", "the Black Sea port of Sevastopol": the port names the city
# (a named facility's cue holds the name: "port of Berdyansk")
_PORT_OF_PLACE = re.compile(r"(?:\s+(?:city\s+)?|(?i:[\w ]*ports?\s+))of\s+[A-Z]")
# "Ukraine strikes Russian warship in Crimean port", "two warships in Sevastopol dry docks damaged": the port
# or dock a vessel lay in says where the vessel was hit
_VESSEL_IN_PORT = re.compile(
    r"\b(?:(?:war)?ships?|vessels?|boats?|submarines?|frigates?|corvettes?|cruisers?|craft)\s+"
    r"(?:(?:moored|docked|anchored|berthed|stationed|lying|being\s+repaired)\s+)?(?:in|at)\s+"
    r"(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
VESSEL_WINDOW = 80  # characters before a port word searched for the vessel in it
# "a missile attack that also damaged grain silos at the port": 'at the port' says where the silos were
_AT_THE_PORT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
AT_PORT_WINDOW = 12  # characters before a port word searched for 'at the'
# "the submarine was hit on 13 September in a repair shipyard in Sevastopol": a yard something was hit in says
# where (a target when the clause names nothing else: "Ukraine says it struck a shipyard in Crimea")
_YARD = re.compile(r"(?:ship|dock)yards?", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "a residential area near the airport": a target named as a landmark only says where the hit one was
_LANDMARK_BEFORE = re.compile(
    r"\b(?:near(?:\s+to)?|close\s+to|next\s+to|in\s+(?:the\s+)?vicinity\s+of|not\s+far\s+from)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
LANDMARK_WINDOW = 80  # characters before a target word searched for "near the" (the phrase is shorter)
# "a building near the train station was damaged": the building was hit, the landmark only says where
_BUILDING_NEAR = re.compile(r"\b(?:buildings?|structures?)\s+(?:located\s+|situated\s+)?$", re.IGNORECASE)


def is_locative(sentence: Sentence, anchor: Anchor) -> bool:
    """A border, a city centre, a port followed by its city's name or after 'at the', or a landmark ("near the
    airport"): where the target was, unless it is the only one."""
    if anchor.target_type == LOCATIVE_TYPE:
        return True
    if all(_LOCATIVE_AREA.fullmatch(sentence.text_of(w)) for w in anchor.words):
        return True
    if all(_landmark_before(sentence, w) for w in anchor.words):
        return True
    if all(_is_yard_in(sentence, w) for w in anchor.words):
        return True
    return anchor.target_type == "port" and all(
        sentence.after(w, _PORT_OF_PLACE)
        or _PORT_OF_PLACE.match(sentence.text_of(w))
        or _vessel_in_port(sentence, w)
        or sentence.before(w, _AT_THE_PORT, AT_PORT_WINDOW)
        for w in anchor.words
    )


# "striking targets in the capital Kyiv, the second biggest city of Kharkiv and the Black Sea port of Odesa",
# "Russian air attacks pounded Ukraine’s southern cities, including the port of Odesa": a port named among
# cities is one of the cities hit, not its port
_CITIES = re.compile(r"\b(?:cit(?:y|ies)|capital|towns?)\b", re.IGNORECASE)
CITIES_WINDOW = 80  # characters before a port word searched for the cities it is listed with


def is_port_among_cities(sentence: Sentence, anchor: Anchor) -> bool:
    """'the capital Kyiv, the second city of Kharkiv and the port of Odesa': a city among cities."""
    if anchor.target_type != "port" or not all(
        sentence.after(w, _PORT_OF_PLACE) or _PORT_OF_PLACE.match(sentence.text_of(w)) for w in anchor.words
    ):
        return False
    return bool(
        sentence.search_between(max(sentence.start, anchor.start - CITIES_WINDOW), anchor.start, _CITIES)
    )


def _is_yard_in(sentence: Sentence, word: Cue) -> bool:
    """'hit in a repair shipyard': the shipyard a vessel was hit in is where (a target if nothing else is)."""
    return bool(
        _YARD.fullmatch(sentence.text_of(word)) and sentence.before(word, _IN_BEFORE, LANDMARK_WINDOW)
    )


def _vessel_in_port(sentence: Sentence, word: Cue) -> bool:
    """'a warship in Crimean port': the port is where the vessel lay (a target if nothing else is named)."""
    return bool(sentence.before(word, _VESSEL_IN_PORT, VESSEL_WINDOW))


def _landmark_before(sentence: Sentence, word: Cue) -> re.Match[str] | None:
    """'near the' or the like right before the word (searched among the words just before it)."""
    return sentence.before(word, _LANDMARK_BEFORE, LANDMARK_WINDOW)


def is_bare_landmark(sentence: Sentence, anchor: Anchor) -> bool:
    """'missile strikes near an airport in Lviv': an airport, station or bridge the attack was near is the
    landmark news locates it by, not what was hit (the clause reports an attack on an unnamed target). Not a
    plant ('shelling near the nuclear plant' is shelling of its site) nor a border (a border area is hit)."""
    return anchor.target_type in TRANSPORT_TYPES and all(_landmark_before(sentence, w) for w in anchor.words)


def is_landmark_of_building(sentence: Sentence, anchor: Anchor) -> bool:
    """'Damaged building near the train station': the landmark of an unnamed building is no target."""
    for w in anchor.words:
        landmark = _landmark_before(sentence, w)
        if landmark is None or not _BUILDING_NEAR.search(
            sentence.text, max(0, landmark.start() - 40), landmark.start()
        ):
            return False
    return True


# The countries of the Russia-Ukraine border: a border region is an area of that border (the guide)
WAR_BORDER_COUNTRIES = frozenset({"RU", "UA"})


def foreign_border_beside_target(anchor: Anchor, place: Place, anchors: list[Anchor]) -> bool:
    """'A rocket fell in Poland, on the border with Ukraine, and hit the grain dryers': beside a named
    target, another country's border only says where it was."""
    return border_of_war(anchor.target_type, place) != anchor.target_type and any(
        a.target_type not in (LOCATIVE_TYPE, "unspecified") for a in anchors
    )


def border_story_type(target_type: str, place: Place, border_story: bool, regions: frozenset[str]) -> str:
    """'Attacks in Russia's Belgorod' under 'a daring cross-border assault', 'Belgorod shelled' in a
    story of a raid across the border: in a story that speaks of the border, a bare attack placed in a Russian
    region on the Ukrainian border (`regions`, taxonomy.toml) is a border-area strike, as readers label it. A
    story that never names the border leaves it unspecified ('Ukrainian strike on Belgorod kills 14')."""
    if target_type == "unspecified" and border_story and place.admin1_code in regions:
        return LOCATIVE_TYPE
    return target_type


def border_of_war(target_type: str, place: Place) -> str:
    """'a drone crater near the border with Ukraine' in Romania, 'missiles struck near Przewodow, near the
    border with Ukraine': a strike placed in another country is no border_region (an area of the
    Russia-Ukraine border, by the guide) but an unspecified target there."""
    if target_type == LOCATIVE_TYPE and place.country_code and place.country_code not in WAR_BORDER_COUNTRIES:
        return "unspecified"
    return target_type
