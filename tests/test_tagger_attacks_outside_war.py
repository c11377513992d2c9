"""False alarms of the sentence rules outside the war: a match report's 'attack' (a team's forwards), a gun
crime among civilians (a pupil shooting classmates, a mass shooting) and a gas or fuel station blast, each
with a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # a match report headed by its score
        "Ukraine 2-2 Scotland: Attack 'lacked bite', says Scotland coach.",
        "Poland 0-1 Ukraine: Defence held firm but attack fired blanks, admits manager.",
        # a team's attack told beside its match
        "The coach said his side was toothless in attack as they were held to a draw in the qualifier.",
        "Ukraine looked sharper in attack after the break and scored twice.",
    ],
)
def test_a_teams_attack_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack with no match beside it
        ("Two were killed in attack on a power plant in Kharkiv overnight.", [("power_plant", "Kharkiv")]),
        # the score's rubric covers its own clause only
        (
            "Ukraine 1-0 Wales: fans cheer the win; Russian missiles hit a power plant in Kharkiv overnight.",
            [("power_plant", "Kharkiv")],
        ),
    ],
)
def test_attack_beside_no_match_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a pupil shooting classmates
        "A 15-year-old boy shot two classmates dead at a school in the Russian city of Kursk.",
        "A schoolgirl opened fire on fellow pupils in Kursk, wounding four, police said.",
        # a mass shooting and its suspect
        "The mass shooting suspect killed himself after the attack in Kursk.",
    ],
)
def test_a_gun_crime_among_civilians_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war's weapon that killed the classmates
        ("A Russian missile struck a school in Kharkiv, killing two classmates.", [("school", "Kharkiv")]),
        # gunmen raid a training ground: an attack of the war
        ("Gunmen killed 11 soldiers at a training ground in Belgorod.", [("military_site", "Belgorod")]),
    ],
)
def test_a_weapon_or_gunmen_of_the_war_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Petrol station explosion kills 12 in Dagestan.",
        "Five people died after a suspected gas explosion in a block of flats in Kursk, officials said.",
    ],
)
def test_a_gas_or_fuel_station_blast_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon that hit the station
        ("A Russian drone hit a petrol station in Kharkiv, killing two.", [("commercial", "Kharkiv")]),
        # shelling named beside the gas blast
        ("A gas explosion after Russian shelling killed two in Kharkiv.", [("unspecified", "Kharkiv")]),
        # a storm of the weather does not excuse a storming of a trench
        ("Ukrainian troops storm a Russian trench near Bakhmut.", [("military_site", "Bakhmut")]),
    ],
)
def test_a_weapon_beside_a_blast_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
