"""Reports the sentence rules used to miss although they name where the attack or the capture was (session
21): a facility an armed group seized, told in a relative clause; a missile incident; a ship hit off a
country; an attack whose only doubt is who made it ("whether Russia was behind the blast"). Each rule has an
invented sentence modelled on the pattern and a negative case it must leave alone (the rules alone,
`find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group as the captor, the subject of a relative clause
        (
            "Officials vowed to crush the revolt by the mercenary group, which seized the army headquarters"
            " in Rostov-on-Don.",
            [("military_site", "Rostov-on-Don")],
        ),
        # an armed group's fighters as the subject
        ("Rebels seized the airport in Goma on Sunday.", [("airport", "Goma")]),
        ("Militants have seized an army base near Kidal.", [("military_site", "Kidal")]),
    ],
)
def test_an_armed_group_that_seizes_a_facility_takes_it(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an asset confiscated, no fighters
        "Customs officers seized a cargo jet at the airport in Kyiv.",
        # a group that is no armed force
        "The investment group, which seized on the slump, bought the port operator in Odesa.",
    ],
)
def test_a_seizure_by_no_armed_group_is_no_capture(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'whether' or 'if' asks who was behind the attack, not whether there was one
        (
            "Officials have not determined whether Russia was behind a blast that damaged a dam in Ukraine.",
            [("dam", "UA")],
        ),
        (
            "Investigators have yet to say whether Russian forces were responsible for the strike that hit a"
            " school in Kharkiv.",
            [("school", "Kharkiv")],
        ),
        (
            "It is not known if Russia is to blame for the bridge destroyed near Kherson on Monday.",
            [("bridge", "Kherson")],
        ),
    ],
)
def test_a_doubt_of_who_attacked_keeps_the_attack(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the doubt is whether the attack comes at all
        "It is unclear whether drones could hit the school in Kharkiv.",
        "Officials asked if the dam near Kherson could be destroyed.",
    ],
)
def test_a_doubt_of_the_attack_itself_still_hedges_it(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a missile's or a rocket's strike named by its upshot, as a drone's ('the drone incident')
        ("Allies urged calm after the missile incident in Poland.", [("unspecified", "PL")]),
        ("A rocket incident in Moldova left two people injured.", [("unspecified", "MD")]),
    ],
)
def test_a_missile_incident_is_a_strike(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


def test_a_feared_missile_incident_is_none():
    assert found("Officials fear a missile incident could spark a wider war.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship hit off a country's coast was hit in its waters
        ("A cargo ship was damaged off Ukraine after hitting a sea mine.", [("unspecified", "UA")]),
        ("A tanker was struck off the coast of Romania on Tuesday.", [("unspecified", "RO")]),
    ],
)
def test_an_attack_off_a_country_is_in_its_waters(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Warships patrolled off the coast of Ukraine.", "Russia threatened to attack ships off Ukraine."],
)
def test_no_attack_off_a_country_is_none(text: str):
    assert found(text) == []
