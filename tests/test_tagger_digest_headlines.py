"""Live pages and digests, seventeenth session: a headline of several stories joined by ';' over a lead that
tells them in the same order (or a lead of one story, telling the first), whose part of the lead says every
weapon was brought down: that story's attack hit nothing, while the headline's other stories stand; and drones
(or missiles over a place or by air defences) that 'were destroyed', 'air weapons' or an unmanned vessel
destroyed, were brought down before they hit.

Invented sentences modelled on the pattern; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # the lead's first part tells the headline's first story: every drone downed
        "War live: Russia sends drone strikes at Kyiv; Senate debates aid bill.\n\n"
        "Air defences destroyed all drones flying at the capital, an official says; senators argue over "
        "the bill.",
        # a lead of one story tells the headline's first
        "Ukraine latest: Russia targets Kyiv; ministers gather in Brussels.\n\n"
        "Russia sent a wave of missiles at Kyiv early Friday, and the army said it intercepted all 12 "
        "of them.",
    ],
)
def test_story_all_downed_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other story of the headline stands
        (
            "War live: partisans behind Belgorod raid vow to return; Kyiv repels drone strikes.\n\n"
            "'We will be back', a commander tells reporters; air defences destroyed all drones sent at Kyiv, "
            "says an official.",
            [("border_region", "Belgorod")],
        ),
        # a lead that names a hit beside the downed weapons: the story's attack still hit
        (
            "War live: Russia sends drone strikes at Kyiv; Senate debates aid bill.\n\n"
            "Air defences destroyed all drones, but falling debris injured two people; senators argue "
            "over the bill.",
            [("unspecified", "Kyiv")],
        ),
    ],
)
def test_other_story_or_a_hit_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A drone was destroyed by air defences as it neared Moscow on Sunday, the mayor said.",
        "The governor said the missiles were destroyed over Lviv.",
        "Officials in Kursk said three drones had been destroyed.",
    ],
)
def test_weapons_destroyed_in_the_air_are_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # destroyed on the ground: a hit
        ("Drones were destroyed at the airfield in a Ukrainian attack on Saky.", [("airport", "Saky")]),
        # a shipment of missiles destroyed on its way is no missile in the air
        (
            "Ukraine says a shipment of cruise missiles was destroyed in transit to Crimea.",
            [("unspecified", "UA-43")],
        ),
        # debris of the downed drones still hit
        (
            "The mayor of Kyiv said the drones were destroyed, but debris damaged a house in Kyiv.",
            [("residential", "Kyiv")],
        ),
    ],
)
def test_weapons_destroyed_on_the_ground_or_with_a_hit_still_reported(
    text: str, expected: list[tuple[str, str]]
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine’s defence systems destroyed all air weapons Russia launched at Ukraine overnight, the air "
        "force said on Monday.",
        "The ministry said it destroyed an unmanned Ukrainian vessel late on Friday.",
        "Russia destroys boat trying to attack Kerch bridge, ministry claims.",
    ],
)
def test_air_and_sea_weapons_destroyed_are_no_incident(text: str):
    assert found(text) == []


def test_a_vessel_destroyed_in_port_still_reported():
    assert found("Drones destroyed a Russian patrol vessel in the port of Sevastopol.") != []
