"""Long-form items, twenty-second session: sentences of a long report that only deny harm ('No casualties or
damage were reported in the region') report no attack of their own, while a hit told beside the denial is
still reported.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        "No casualties or damage were reported in Crimea.",
        "No injuries were reported in the Belgorod region.",
        "No casualties and damage have been reported.",
    ],
)
def test_a_sentence_that_only_denies_harm_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hit told in the same sentence as the denial is reported
        ("No casualties were reported after a drone hit a house in Kherson.", [("residential", "Kherson")]),
        # and so is the hit of the sentence before
        ("A drone hit a house in Kherson. No injuries were reported.", [("residential", "Kherson")]),
    ],
)
def test_a_hit_told_beside_the_denial_is_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Invading troops are deliberately attacking the country's libraries and theatres, a report said.",
        "They are deliberately and methodically destroying the villages around our positions, he said.",
        "Moscow has been systematically targeting hospitals in the south, the ministry said.",
    ],
)
def test_a_way_of_fighting_charged_in_the_progressive_reports_no_attack(text: str):
    assert found(text) == []


def test_an_attack_of_the_hour_in_the_progressive_is_still_reported():
    assert found("Russian drones are attacking the theatre in Sumy right now, the mayor said.") == [
        ("cultural_religious", "Sumy")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor said 17 people were wounded in Russian attacks on the region over the past five days.",
        "There have been at least seven drone attacks on Kharkiv in the last several days.",
    ],
)
def test_several_days_of_attacks_counted_together_report_no_one_attack(text: str):
    assert found(text) == []


def test_the_attacks_of_the_past_two_days_are_still_reported():
    text = "Russian drones hit a school in Kharkiv twice in the past two days."
    assert found(text) == [("school", "Kharkiv")]


@pytest.mark.parametrize(
    "text",
    [
        "Power supplies were recovering after concerted Russian attacks on power stations, the minister said",
        "The utility praised the repairs carried out after repeated Russian strikes on the grid.",
    ],
)
def test_a_recovery_after_a_series_of_attacks_reports_no_one_attack(text: str):
    assert found(text) == []


def test_a_repair_after_one_strike_is_still_reported():
    text = "Crews began repairs after a Russian missile strike on a power station in Ladyzhyn overnight."
    assert found(text) == [("power_plant", "Ladyzhyn")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces are repelling Russian attacks near Bakhmut, the general staff said.",
        "Defenders continue to repel Russian assaults on Avdiivka, a spokesman said.",
        "The garrison is fending off fresh attacks from the north, its commander said.",
    ],
)
def test_the_ground_war_held_off_in_the_progressive_reports_no_attack(text: str):
    assert found(text) == []


def test_a_strike_told_beside_the_ground_war_held_off_is_still_reported():
    text = "Troops are repelling Russian attacks near Bakhmut. A missile hit a school in Kramatorsk on Monday"
    assert found(text) == [("school", "Kramatorsk")]
