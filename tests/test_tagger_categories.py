"""The target category of incidents the rules rightly find: which type a detected attack takes.

Invented sentences modelled on the patterns the labelled development items showed, each with the exact
incidents `find_incidents` must return, and a near case the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str) -> list[tuple[str, str]]:
    """(target type, most precise place name or region code or country code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "")
        for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story of a raid over the border: a bare attack in a Russian border region is a border-area strike
        (
            "Shelling hits Russia's Kursk region.\n\nMoscow said the fighters who crossed the border had "
            "been pushed back.",
            [("border_region", "RU-KRS")],
        ),
        (
            "Explosions rock Belgorod after an incursion by armed groups, the governor said.",
            [("border_region", "Belgorod")],
        ),
        # a story that never speaks of the border leaves the same attack unspecified
        ("Shelling hits Russia's Kursk region.", [("unspecified", "RU-KRS")]),
        # ... and a bare attack far from the border stays unspecified in a border story
        (
            "Drones attacked Moscow, and Ukrainian fighters crossed the border into Russia.",
            [("unspecified", "Moscow")],
        ),
    ],
)
def test_border_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # energy sites or objects struck are the grid's works, as 'energy facilities' are
        ("Russian missiles struck energy objects in the Kharkiv region.", [("power_grid", "UA-63")]),
        # transport planes hit are a side's military aircraft ...
        ("A drone struck the city of Pskov, damaging two transport planes.", [("military_site", "Pskov")]),
        # ... but aircraft hit at an airfield are the airfield's incident
        ("A drone attack on the airfield near Pskov damaged two transport planes.", [("airport", "Pskov")]),
        # a mercenary group's field camps are a military target
        (
            "Prigozhin accused the army of a rocket strike on Wagner's field camps in Ukraine.",
            [("military_site", "UA")],
        ),
    ],
)
def test_target_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_port_where_a_warship_lay_is_no_port_incident() -> None:
    text = "Ukrainian missiles destroyed a Russian landing ship in Feodosia port on Tuesday."
    assert found(text) == [("military_site", "Feodosiia")]


def test_port_named_as_what_was_hit_stays_beside_the_warship() -> None:
    text = "Ukrainian sea drones hit Novorossiysk port and damaged a Russian warship on Tuesday."
    assert found(text) == [("military_site", "Novorossiysk"), ("port", "Novorossiysk")]


def test_a_shipyards_dry_dock_is_no_port() -> None:
    text = "Missiles struck a shipyard in Sevastopol on Tuesday; debris fell onto one of its dry docks."
    assert found(text) == [("industrial_plant", "Sevastopol")]


def test_docks_struck_are_a_port() -> None:
    assert found("Russian drones struck the docks in Izmail on Tuesday.") == [("port", "Izmail")]


def test_ports_under_a_blockade_are_not_hit() -> None:
    text = (
        "Sea drones struck the Black Sea Fleet in Sevastopol on Tuesday; "
        "the fleet enforces the blockade of Ukrainian ports."
    )
    assert found(text) == [("military_site", "Sevastopol")]


def test_ports_struck_are_hit() -> None:
    assert found("Russian missiles hit Ukrainian ports on the Danube on Tuesday.") == [("port", "UA")]


def test_a_state_services_premises_named_by_their_owner_are_administrative() -> None:
    text = "A Russian missile on Tuesday destroyed a building belonging to the security service in Dnipro."
    assert found(text) == [("administrative", "Dnipro")]
    assert found("Russian missiles struck a fire depot compound in Dnipro on Tuesday.") == [
        ("administrative", "Dnipro")
    ]


def test_a_building_of_another_owner_is_no_state_service() -> None:
    text = "Russian missiles struck a building belonging to the local football club in Dnipro on Tuesday."
    assert found(text) == [("unspecified", "Dnipro")]
