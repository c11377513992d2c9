"""Category errors of the sentence rules in long-form digests, twenty-first session, third round: a campaign
told as a trend beside the day's incidents ('attacks near the town, the scene of fighting for months, have
abated'; 'stepping up their use of artillery and airstrikes in the city') adds no incident of its own, while a
strike the same digest reports is still found; a side's formation struck ('struck three Ukrainian army groups
near the town') is a military site; a demand that a target be hit ('called for drone factories to be
destroyed') reports no attack; where the people hit were going ('on their way to church') is no target;
prisoners of war killed 'last year' are history (the war in their name dates nothing).

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        "Russian attacks near the eastern town of Vuhledar, the scene of heavy fighting for months,"
        " have abated slightly, an army spokesman said.",
        "Russian strikes on the city, which lies on the main road, have subsided this week.",
        "Russian forces are stepping up their use of heavy artillery and airstrikes in Avdiivka, a general"
        " said.",
    ],
)
def test_a_campaign_told_as_a_trend_adds_no_incident(text: str):
    assert found(text) == []


def test_a_strike_beside_an_abating_campaign_is_still_reported():
    text = "Russian attacks near Vuhledar have abated. On Friday a missile hit a school in Sumy."
    assert found(text) == [("school", "Sumy")]


def test_artillery_that_hit_a_target_is_still_reported():
    text = "Russian artillery hit a hospital in Kherson on Tuesday, the governor said."
    assert found(text) == [("hospital", "Kherson")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry said its forces had struck two Ukrainian army groups near Avdiivka.",
        "Kyiv said its artillery had damaged Russia's 64th separate motorised rifle brigade near Avdiivka.",
    ],
)
def test_a_sides_formation_struck_is_a_military_site(text: str):
    assert found(text) == [("military_site", "Avdiivka")]


def test_a_strike_on_a_brigade_with_no_side_named_is_no_military_site():
    text = "Ukraine probes deadly Russian strike on brigade near Avdiivka."
    assert found(text) == [("unspecified", "Avdiivka")]


@pytest.mark.parametrize(
    "text",
    [
        "In Kherson, a Ukrainian official has called for Iranian drone factories to be destroyed.",
        "In Odesa, the adviser urged the bridge to Crimea to be struck again.",
    ],
)
def test_a_demand_that_a_target_be_hit_reports_no_attack(text: str):
    assert found(text) == []


def test_a_target_destroyed_as_reported_still_found():
    text = "In Kherson, a drone factory was destroyed by a Ukrainian strike on Friday."
    assert found(text) == [("defense_industry", "Kherson")]


@pytest.mark.parametrize(
    "text",
    [
        "A missile struck the central square of Sumy on Sunday. Most of the dead were crossing the road or"
        " returning from church, the mayor said.",
        "People had been on their way to church when a missile struck a square in Sumy on Sunday.",
    ],
)
def test_where_the_victims_were_going_is_no_target(text: str):
    assert found(text) == [("public_venue", "Sumy")]


def test_a_church_struck_as_people_went_by_is_still_a_target():
    text = "A missile struck a church in Sumy on Sunday as people were returning from the market."
    assert found(text) == [("cultural_religious", "Sumy")]


def test_prisoners_of_war_killed_last_year_are_history():
    text = (
        "The UN rights chief on Tuesday called for an inquiry into the deaths of 40 prisoners of war"
        " last year in an explosion at a detention centre in Olenivka."
    )
    assert found(text) == []


def test_a_war_that_began_last_year_does_not_make_the_days_strike_history():
    text = "Kherson has been shelled since the war began last year, and a shell hit a school there on Friday."
    assert found(text) == [("school", "Kherson")]
