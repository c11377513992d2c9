"""Long-form false alarms of the sentence rules: magazine paragraphs and feature articles that speak of
attacks as what happens as a rule ("when plants are targeted", "missiles of the kind a side fires") or of
deaths in street unrest, each with a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from tagger_cases import typed_places_dated

REPORTED = date(2025, 11, 6)


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str, str | None]]:
    """As tagger_cases.typed_places_dated, reported on this file's day by default."""
    return typed_places_dated(text, reported)


@pytest.mark.parametrize(
    "text",
    [
        # a present-tense passive after "when": what happens as a rule
        "Whole districts go cold when boiler houses are targeted by Russian drones.",
        "Families lose water for days when pumping stations are hit by missiles.",
        # a weapon described by what a side fires as a rule
        "A shield could stop cruise missiles of the kind that Russia fires at Ukraine.",
        "Interceptors cost far more than drones of the sort Iran launches at its neighbours.",
        # deaths in street unrest, no attack on a target
        "At least a dozen people were killed during anti-government protests in the capital.",
        "Two men died in violent riots after the election.",
    ],
)
def test_rules_and_unrest_report_no_attack(text: str) -> None:
    assert found(text) == []


def test_a_past_passive_after_when_still_reports_the_attack() -> None:
    assert found("The lights went out in Kharkiv when the power plant was hit by a missile on Tuesday.") == [
        ("power_plant", "Kharkiv", "2025-11-04")
    ]


def test_a_weapon_a_side_fired_still_reports_the_attack() -> None:
    assert found("Russia fired cruise missiles at Odesa overnight, damaging the port.") == [
        ("port", "Odesa", "2025-11-06")
    ]


def test_a_weapon_that_hits_during_protests_still_reports_the_attack() -> None:
    assert found("A Russian drone hit a police station in Kherson during the protests on Tuesday.") == [
        ("administrative", "Kherson", "2025-11-04")
    ]


def test_a_features_scene_and_the_speakers_home_are_not_targets() -> None:
    """'Inside a city home' opening a headline, 'in my apartment' in a quote: where the story is set."""
    text = "'It is 3C in my apartment': Inside a Kharkiv home as Russia targets the grid."
    assert found(text) == [("power_grid", "Kharkiv", "2025-11-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Debris fell inside a Kharkiv apartment after a Russian drone attack on Tuesday.",
            [("residential", "Kharkiv", "2025-11-04")],
        ),
        (
            "A Russian drone hit our apartment in Kharkiv on Tuesday.",
            [("residential", "Kharkiv", "2025-11-04")],
        ),
        ("Drone Explodes Inside Kharkiv Apartment Building.", [("residential", "Kharkiv", "2025-11-06")]),
    ],
)
def test_a_home_hit_is_still_a_target(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_an_inserted_headline_after_a_closing_quote_is_a_link() -> None:
    """A capitals run that opens on the quote closing the sentence before it is still another story's
    headline, not this report's news; the same words as the report's own first line are its news."""
    link = "SENATORS SLAM WHITE HOUSE OVER RUSSIAN MISSILE STRIKE ON KHARKIV POWER PLANT"
    after = "The committee will meet again next week."
    assert found(f'The senator said the vote "is about principle." {link} {after}') == []
    assert found(f"Russian missile strike on Kharkiv power plant. {after}") == [
        ("power_plant", "Kharkiv", "2025-11-06")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police said a driver crashed into the fountain on the central square of Almaty early on Tuesday.",
        "A speeding car smashed into a bus stop in Almaty on Tuesday, police said.",
    ],
)
def test_a_road_crash_is_no_attack(text: str) -> None:
    assert found(text) == []


def test_a_drone_that_crashes_into_a_building_is_still_an_attack() -> None:
    assert found("A Russian drone crashed into an apartment building in Kharkiv on Tuesday.") == [
        ("residential", "Kharkiv", "2025-11-04")
    ]


def test_a_person_working_without_power_reports_no_outage() -> None:
    """'working without power or heat': a person's conditions of work, not the grid or heating hit; people
    left without power after the strikes still are."""
    strike = "Russian strikes hit Kyiv again on Tuesday."
    worked = f"{strike} Our reporter in Kyiv said she has been working without power or heat for a week."
    left = f"{strike} Hundreds of thousands of people in Kyiv were left without power or heat."
    assert found(worked) == [("unspecified", "Kyiv", "2025-11-04")]
    assert found(left) == [("heating", "Kyiv", "2025-11-04"), ("power_grid", "Kyiv", "2025-11-04")]


def test_a_side_described_by_its_campaign_reports_no_attack() -> None:
    """'a country whose army is raining missiles on cities': who a side is, told in a relative clause; the
    same campaign told as this morning's news is reported."""
    described = (
        "Critics ask why tourists from a country whose army is raining missiles on Ukrainian cities "
        "still get visas."
    )
    assert found(described) == []
    assert found("The Russian army is raining missiles on Kharkiv this morning, the governor said.") == [
        ("unspecified", "Kharkiv", "2025-11-06")
    ]
