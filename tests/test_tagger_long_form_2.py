"""Long-form items, round 17: a news aggregator's list of other outlets' headlines (each headline a story
of its own) and a war's toll told as a count reached ("casualties near 2 million").

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from tagger_cases import typed_places_dated

REPORTED = date(2025, 11, 6)
GAP = "\u00a0\u00a0 "  # what an aggregator sets between one headline (and its outlet) and the next


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str, str | None]]:
    """As tagger_cases.typed_places_dated, reported on this file's day by default."""
    return typed_places_dated(text, reported)


def test_an_aggregators_headlines_are_stories_of_their_own() -> None:
    """One headline's target does not take another headline's place."""
    text = (
        "Parliament in Kyiv debates energy bill - Morning Post.\n\n"
        f"Parliament in Kyiv debates energy bill{GAP}Morning Post "
        f"Ukrainian drones strike oil depot in Penza{GAP}Evening Star "
        f"Lawmakers argue over tariffs{GAP}Daily Planet"
    )
    assert found(text) == [("fuel_depot", "Penza", "2025-11-06")]


def test_an_attack_in_an_aggregators_list_takes_no_place_from_another_headline() -> None:
    text = (
        "Leaders meet in Warsaw to discuss aid - Morning Post.\n\n"
        f"Leaders meet in Warsaw to discuss aid{GAP}Morning Post "
        f"Drone attacks reported overnight, officials say{GAP}Evening Star"
    )
    assert found(text) == []


def test_a_single_no_break_space_still_runs_on() -> None:
    """Only the aggregator's pair of no-break spaces ends a sentence."""
    assert found("Russian drones hit a power plant in\u00a0Kharkiv on Tuesday.") == [
        ("power_plant", "Kharkiv", "2025-11-04")
    ]


def test_a_wars_toll_reaching_a_count_reports_no_attack() -> None:
    assert found("Troop casualties in Ukraine war near 2 million, study finds") == []
    assert found("Civilian deaths in the Ukraine war pass 14,000, the UN says") == []


def test_a_toll_that_goes_on_to_its_attack_is_still_reported() -> None:
    assert found("War deaths top 10,000 as Russian shelling of Kharkiv kills five on Tuesday") == [
        ("unspecified", "Kharkiv", "2025-11-04")
    ]


@pytest.mark.parametrize(
    "mission",
    ["A building of the Embassy of Qatar", "The Qatari embassy", "Qatar's embassy"],
)
def test_a_missions_owner_is_not_its_scene(mission: str) -> None:
    """A country owning an embassy is not where it stands: the mission hit is in the city the story is in."""
    text = f"Russian missiles hit Kyiv overnight. {mission} was damaged in the attack."
    assert found(text) == [("administrative", "Kyiv", "2025-11-06")]


def test_a_country_hit_near_a_capital_hit_keeps_its_own_place() -> None:
    text = "Russian missiles hit Kyiv overnight. Drones hit a power plant in Poland."
    assert found(text) == [("power_plant", "PL", "2025-11-06"), ("unspecified", "Kyiv", "2025-11-06")]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign's reach growing, no one attack
        "How Ukraine extends drone strikes beyond 1,000km into Russia",
        # a tally over part of a year (numbers with commas among the words between)
        "Ukraine's drone strikes hit up to 100,000 Russian troops in late 2025",
        "Ukrainian drone strikes on Russian refineries in early 2025 cut output",
    ],
)
def test_a_campaigns_reach_or_a_part_years_tally_reports_no_attack(text: str) -> None:
    assert found(text) == []


def test_strikes_extended_to_a_named_target_are_still_reported() -> None:
    assert found("Ukraine extends its strikes to a refinery in Tatarstan on Tuesday") == [
        ("oil_refinery", "RU-TA", "2025-11-04")
    ]


def test_a_years_count_of_what_a_side_destroyed_reports_no_attack() -> None:
    reported = date(2026, 1, 20)
    assert found("Security service destroys 14 Russian jets and 2 helicopters in 2025", reported) == []
    assert found("Russian missiles killed 5 people in Kharkiv on Tuesday.", reported) == [
        ("unspecified", "Kharkiv", "2026-01-20")
    ]
