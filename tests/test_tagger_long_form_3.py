"""Long-form items, round 17, second pass: attacks a leader promises ("vows new operations targeting the
enemy"), none made yet; a side that tells of an attack is not the side that made it; the worst attack since a
month is one attack, no tally over the months since; the date of a truce a span starts from is not the
attack's; the Thai-Cambodian border war's sides.

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
        "President vows new operations targeting Russia",
        "Officials in the capital promise new attacks will start soon.",
        "The general pledged further strikes against enemy positions.",
    ],
)
def test_attacks_promised_report_no_attack(text: str) -> None:
    assert found(text) == []


def test_a_vow_of_revenge_for_an_attack_still_reports_the_attack() -> None:
    assert found("President vows retaliation for Russian attack on Chernihiv.") == [
        ("unspecified", "Chernihiv", "2025-11-06")
    ]


def test_new_strikes_launched_are_still_reported() -> None:
    assert found("Ukraine launched new strikes on Russian refineries on Tuesday.") == [
        ("oil_refinery", "RU", "2025-11-04")
    ]


def test_a_side_that_tells_of_an_attack_is_not_its_attacker() -> None:
    """'Russia says an attack ...': Russia speaks; its enemy is not thereby the country struck."""
    assert found("Russia says an attack on a tanker near the port was carried out by Ukrainian drones.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drone strikes hit a power plant.", [("power_plant", "UA", "2025-11-06")]),
        ("Russia's overnight drone attack hit a power plant.", [("power_plant", "UA", "2025-11-06")]),
    ],
)
def test_a_sides_own_attack_still_falls_on_its_enemy(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian missiles hit a power plant in Kharkiv in the worst attack since July.",
            [("power_plant", "Kharkiv", "2025-11-06")],
        ),
        (
            "Ukraine hit with the largest wave of Russian missiles since mid-August.",
            [("unspecified", "UA", "2025-11-06")],
        ),
    ],
)
def test_a_record_since_a_month_is_one_attack(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_attacks_since_a_month_are_still_a_tally() -> None:
    assert found("Russian troops have shelled Kharkiv since July.") == []


def test_the_date_of_a_truce_a_span_starts_from_is_not_the_attacks() -> None:
    text = (
        "Thailand sent fighter jets to attack Cambodian bases in the worst clashes since a truce between "
        "them was signed in October."
    )
    assert found(text, date(2025, 12, 11)) == [("military_site", "KH", "2025-12-11")]


def test_an_attack_in_a_month_is_still_dated_to_it() -> None:
    assert found("Thai jets bombed Cambodian bases in December.", date(2025, 12, 11)) == [
        ("military_site", "KH", "2025-12-01")
    ]
