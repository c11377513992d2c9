"""Category confusions in reports of attacks: a typed target the rules name in the wrong category, or add
beside the ones readers label.

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
        # a prosecutor's office is a state body's premises, not a business
        ("A blast went off inside the prosecutor's office in Kherson.", [("administrative", "Kherson")]),
        ("Drones struck the regional prosecutors' offices in Sumy.", [("administrative", "Sumy")]),
        # a person's office is an institution, no premises: only the house is hit
        (
            "The deputy head of the president’s office said a Russian missile hit a house in Kyiv.",
            [("residential", "Kyiv")],
        ),
        # a state body that announces, a day between, is a speaker
        (
            "The national prosecution office on Tuesday announced an inquiry after shelling killed a "
            "reporter near Chasiv Yar.",
            [("unspecified", "Chasiv Yar")],
        ),
        # near cases: offices of a business stay commercial
        ("Russian drones struck offices in Kharkiv.", [("commercial", "Kharkiv")]),
        ("A missile hit an office building in Dnipro.", [("commercial", "Dnipro")]),
    ],
)
def test_offices(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a run of attacks has hit over days is the campaign's toll, not this report's hit
        (
            "Russian missiles damaged a cathedral in Odesa. Russia attacked the city of Odesa again and kept "
            "up a barrage that has damaged critical port infrastructure in the south, officials said.",
            [("cultural_religious", "Odesa")],
        ),
        (
            "Russia struck the city of Odesa again on Sunday, keeping up a barrage of attacks that has "
            "damaged key port infrastructure over the past week.",
            [("unspecified", "Odesa")],
        ),
        # ... and so is what a side steps up its attacks on
        (
            "Three people were hurt in the latest strikes on Mykolaiv as Moscow increases attacks on vital "
            "port infrastructure.",
            [("unspecified", "Mykolaiv")],
        ),
        # near case: a barrage that damaged the port is a hit
        ("A barrage of missiles damaged port infrastructure in Odesa.", [("port", "Odesa")]),
    ],
)
def test_campaign_toll(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll summed over days is no one strike
        (
            "Russian strikes on Kharkiv wounded two. Russian airstrikes destroyed some 60,000 tonnes of "
            "grain in the space of five days, the ministry said.",
            [("unspecified", "Kharkiv")],
        ),
        # near case: one strike's grain
        (
            "Russian airstrikes destroyed some 60,000 tonnes of grain in Izmail on Monday, officials said.",
            [("agriculture", "Izmail")],
        ),
    ],
)
def test_toll_over_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the attack did, told after its drones were shot down, was a hit
        (
            "Air defences shot down 30 of 35 drones launched in an overnight attack that damaged residential "
            "buildings in Kyiv, officials said.",
            [("residential", "Kyiv")],
        ),
        # near case: an attack that only aimed at a place, all brought down, hit nothing
        ("Air defences shot down all 20 drones in an attack that targeted Kyiv.", []),
    ],
)
def test_attack_that_damaged_after_interception(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a theatre of the war is no stage
        (
            "The strikes on the grid, a major theater in the war, followed a drone attack on Kyiv.",
            [("power_grid", "Kyiv")],
        ),
        ("A missile hit a theater in Mariupol.", [("cultural_religious", "Mariupol")]),
        # buildings 'that house' nuclear fuel are the plant's, no homes
        (
            "Shelling damaged buildings that house fresh fuel at the Zaporizhzhia nuclear power plant.",
            [("power_plant", "Enerhodar")],
        ),
        ("Shelling damaged a house in Nikopol.", [("residential", "Nikopol")]),
        # a nuclear waste store is the nuclear plant's, not a business's warehouse
        (
            "Russia accused Ukraine of damaging a nuclear waste warehouse at the Kursk nuclear power plant.",
            [("power_plant", "Kurchatov")],
        ),
        ("Drones set a warehouse in Lviv on fire.", [("commercial", "Lviv")]),
    ],
)
def test_cue_words_of_another_sense(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside another target, 'at the port' says where it was
        ("A Russian missile attack damaged grain silos at the port in Odesa.", [("agriculture", "Odesa")]),
        # near cases: the port alone is the target
        ("A Russian missile attack damaged the port in Odesa.", [("port", "Odesa")]),
        ("Drones hit the port in Izmail.", [("port", "Izmail")]),
    ],
)
def test_at_the_port(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution's researchers who speak are the source, not a target
        (
            "Yale University researchers said residents of occupied regions were being targeted by a "
            "systematic campaign.",
            [],
        ),
        # near case: staff who speak after a hit on their university
        ("A missile hit the university in Kharkiv, staff said.", [("school", "Kharkiv")]),
    ],
)
def test_researchers_who_speak(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
