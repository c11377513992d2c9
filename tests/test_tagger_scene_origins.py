"""Places given to the wrong scene: a place that only owns the attack ("Moscow's New Year's Day attack on
Ukraine": a capital standing for its state, a named day between it and the attack), or that the weapons or
aircraft set out from (a base they took off from, a launch site the next sentences must not take for their
scene), is no scene of the strike the sentence reports.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from tagger_cases import typed_places as found

NEW_YEAR = date(2024, 1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's New Year's Day drone strike hit a school in Kharkiv.", [("school", "Kharkiv")]),
        ("Moscow's New Year's Eve missile barrage hit homes in Kharkiv.", [("residential", "Kharkiv")]),
        ("Moscow's New Year's Day attack on Ukraine killed four people.", [("unspecified", "UA")]),
        (
            "Kharkiv was still without power on Wednesday after Moscow's New Year's Day attack on Ukraine.",
            [("power_grid", "Kharkiv")],
        ),
    ],
)
def test_a_capital_owning_a_named_days_attack_is_no_scene(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, NEW_YEAR) == expected


def test_a_capital_owning_a_loss_of_aircraft_is_no_scene() -> None:
    text = (
        "Blasts destroyed six warplanes at an air base in Crimea, in what may be Moscow’s worst loss of"
        " military aircraft."
    )
    assert "Moscow" not in {place for _, place in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the possessive's phrase ends before the attack: the city's own people or places were hit
        "Moscow's residents slept through drone attacks on the city overnight.",
        "Odesa's seaside cafes stayed open despite missile strikes overnight.",
    ],
)
def test_a_possessive_phrase_ended_before_the_attack_keeps_the_city(text: str) -> None:
    places = {place for _, place in found(text)}
    assert places & {"Moscow", "Odesa"}


LAUNCH_DAY = date(2023, 12, 16)


def test_the_base_aircraft_took_off_from_is_no_target() -> None:
    text = (
        "Russian jets struck targets in central Ukraine minutes after their takeoff from Savasleyka airbase"
        " on Thursday."
    )
    assert found(text, LAUNCH_DAY) == [("unspecified", "UA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an airbase struck stays the target, even after a launch site named before it
        ("Drones struck an airbase in Engels on Thursday.", [("airport", "Engels")]),
        (
            "Missiles launched from Belgorod struck an airbase in Kharkiv region on Thursday.",
            [("airport", "UA-63")],
        ),
    ],
)
def test_an_airbase_struck_is_still_a_target(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, LAUNCH_DAY) == expected


def test_a_launch_site_is_no_scene_for_the_sentences_after_it() -> None:
    text = (
        "Russia fired 40 missiles into Ukraine from Rostov in Russia on Thursday. Most regions suffered power"
        " outages after the attacks."
    )
    assert found(text, LAUNCH_DAY) == [("power_grid", "UA")]


def test_a_city_struck_is_still_the_scene_for_the_sentences_after_it() -> None:
    text = (
        "Drones struck an oil depot in Rostov on Thursday. Most districts suffered power outages after the"
        " attacks."
    )
    assert found(text, LAUNCH_DAY) == [("fuel_depot", "Rostov-on-Don"), ("power_grid", "Rostov-on-Don")]
