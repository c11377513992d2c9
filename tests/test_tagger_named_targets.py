"""Which target a detected attack names, where one side of the answer is an unspecified target: a target
word that is not what the reported attack hit leaves it unspecified.

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
        # an earlier attack told as the cause: its target is not what the reported strikes hit
        (
            "Russian missiles pounded Mykolaiv for a third night after a Ukrainian attack on the road "
            "bridge.",
            [("unspecified", "Mykolaiv")],
        ),
        (
            "The strikes on Kharkiv, which came after an attack on a Russian warship, wounded nine people.",
            [("unspecified", "Kharkiv")],
        ),
        # a toll before 'after' is the attack's own: the facility was hit
        (
            "Twelve people were injured in Kharkiv after an attack on a hospital.",
            [("hospital", "Kharkiv")],
        ),
        # ... and a target named as hit before the 'after' stays
        (
            "A drone struck a power plant in Kharkiv after an attack on the city overnight.",
            [("power_plant", "Kharkiv")],
        ),
    ],
)
def test_earlier_attack_as_cause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hub set beside a place says what the place is, not what was hit
        (
            "Missiles struck Lozova overnight; the worst damage was in Lozova, a railway hub near the front.",
            [("unspecified", "Lozova")],
        ),
        # ... but a railway junction named as hit stays
        ("Missiles struck the railway hub in Lozova overnight.", [("railway", "Lozova")]),
    ],
)
def test_hub_describes_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fleet that fights off or repels an attack is its defender, not a target hit
        ("The Russian fleet fought off a drone attack on Sevastopol.", [("unspecified", "Sevastopol")]),
        ("A Ukrainian naval base fights off a drone attack on Odesa.", [("unspecified", "Odesa")]),
        # ... but a fleet struck is hit
        ("Drones attacked the Russian fleet in Sevastopol.", [("military_site", "Sevastopol")]),
    ],
)
def test_defender_that_repels(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # densely populated areas struck are where people live
        (
            "Russian rockets hit densely populated areas of Kramatorsk on Thursday.",
            [("residential", "Kramatorsk")],
        ),
        # ... not populated areas named in a general statement with no strike
        ("Cluster munitions in populated areas endanger civilians.", []),
    ],
)
def test_densely_populated_areas(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side is feared to be targeting is a concern, not a target hit
        (
            "A rise in drone attacks on Ukraine is sparking concern that Moscow is targeting power stations "
            "ahead of winter.",
            [("unspecified", "UA")],
        ),
        # ... a target struck before the concern stays
        (
            "Drones struck a power station in Ukraine, raising concern about the winter.",
            [("power_plant", "UA")],
        ),
    ],
)
def test_concern_that(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bridge's closure after an attack says it was shut, not hit
        ("Drone attack in Crimea prompts a brief bridge closure.", [("unspecified", "UA-43")]),
        # ... a bridge struck stays
        ("Drone attack damages a bridge in Crimea.", [("bridge", "UA-43")]),
    ],
)
def test_closure_after_attack(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry or a room of state called an office is no office building hit
        (
            "Speaking from the Oval Office, the president condemned the missile strike on Israel.",
            [("unspecified", "IL")],
        ),
        # ... an office struck stays commercial
        ("A missile strike hit an office in Kharkiv.", [("commercial", "Kharkiv")]),
    ],
)
def test_office_of_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child development centre is a place of childcare, a school
        ("Rockets struck a child development centre in southern Israel.", [("school", "IL")]),
        # ... not a development programme for children
        ("Rockets struck southern Israel, halting a child development programme.", [("unspecified", "IL")]),
    ],
)
def test_child_development_centre(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
