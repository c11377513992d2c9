"""Which place an incident gets when the story names it only beside the events: a headline placed only in a
country takes the one settlement the story names as what the fighting was near, where footage came from or
whose mayor spoke (`nearscenes.py`, `incidentplaces.story_scene`); not a distance's reference point, a list
of examples, or a capital that sanctions came from. A capital a side urges, lets or keeps from acting
('prompting Kyiv to call on its allies', 'to stop Kyiv from moving air defences') is its state, no scene
(`capitals.capital_urged`); so is a capital whose air force, intelligence or commanders speak ('Kyiv's
air force said'), not one whose air defences guard it (`references._OWNS_STATE_AFFAIRS`).
"""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 5, 20)


def places(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, place, admin1 code, country code) per incident the rules find."""
    doc = Document("t", REPORTED, text)
    return sorted(
        (i.target_type, i.place, i.admin1_code, i.country_code) for i in find_incidents(doc, named_events=())
    )


def test_a_story_told_near_one_settlement_is_placed_there() -> None:
    found = places(
        "Drone footage shows Ukrainian artillery pounding Russian trenches.\n\n"
        "The clip was filmed during heavy fighting near Bakhmut, a soldier said."
    )
    assert [(p, a, c) for _, p, a, c in found] == [("Bakhmut", "UA-14", "UA")]


def test_footage_from_a_town_places_the_headline_attack() -> None:
    found = places(
        "Car bomb wounds Russian-appointed official in occupied Ukrainian city.\n\n"
        "Footage from Berdyansk showed a burned-out car in a courtyard."
    )
    assert [(a, c) for _, _, a, c in found] == [("UA-23", "UA")]
    assert found[0][1] is not None


def test_a_distance_from_a_city_does_not_place_the_story() -> None:
    found = places(
        "Drone wreckage kills two soldiers at Russian air base.\n\n"
        "The defence ministry said it happened at a base far to the south, 300km from Voronezh."
    )
    assert [(p, a, c) for _, p, a, c in found] == [(None, None, "RU")]


def test_a_capital_that_sanctions_come_from_does_not_place_the_story() -> None:
    found = places(
        "Drone footage shows Ukrainian artillery pounding Russian trenches.\n\n"
        "Russia banned Canadian officials in response to measures from Ottawa."
    )
    assert all(p != "Ottawa" for _, p, _, _ in found)


def test_a_story_with_a_scene_of_its_own_keeps_it_over_a_settlement_nearby() -> None:
    found = places(
        "Drone footage shows Ukrainian artillery pounding Russian trenches.\n\n"
        "The clip was filmed in Chasiv Yar, during fighting near Bakhmut."
    )
    assert ("Bakhmut", "UA-14", "UA") not in [(p, a, c) for _, p, a, c in found]


def test_a_capital_kept_from_acting_is_its_state_not_the_scene() -> None:
    found = places(
        "Russia pounds Ukrainian towns with drones as fighting spreads in the east.\n\n"
        "Moscow has stepped up its raids partly to stop Kyiv from moving more air defences to the front."
    )
    assert [(p, c) for _, p, _, c in found] == [(None, "UA")]


def test_a_capital_prompted_to_act_is_its_state_not_the_scene() -> None:
    found = places(
        "Russian drones hit a power plant overnight, prompting Kyiv to call on its allies for air defences."
    )
    assert [(t, p, c) for t, p, _, c in found] == [("power_plant", None, "UA")]


def test_a_capital_struck_keeps_its_place_before_an_infinitive() -> None:
    found = places("Russia launched drones at Kyiv to terrorise its residents, damaging a school.")
    assert ("school", "Kyiv", "UA-30", "UA") in found


def test_a_capitals_air_force_or_commander_speaks_for_its_state() -> None:
    found = places("Russian drones hit a fuel depot in Kharkiv overnight, Kyiv's air force said.")
    assert [(t, p) for t, p, _, _ in found] == [("fuel_depot", "Kharkiv")]
    found = places("Shelling destroyed a school in Kherson on Sunday, Kyiv's top military commander said.")
    assert [(t, p) for t, p, _, _ in found] == [("school", "Kherson")]


def test_a_capitals_own_air_defences_leave_it_the_scene() -> None:
    found = places("A Russian missile slipped past Kyiv's air defences and hit a school on Sunday.")
    assert ("school", "Kyiv", "UA-30", "UA") in found
