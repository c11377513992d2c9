"""Headline false alarms the report filter keeps on unseen news: a headline that frames its story as a
feature, not as news of one attack (etl/tagging/featureheadlines.py), each with a headline of the same words
that still reports an attack.

Invented texts modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found

from etl.tagging.featureheadlines import feature_headline


@pytest.mark.parametrize(
    "text",
    [
        # a way of waging war in the progressive: a trend, no one attack
        "Ukraine is hitting Russian supply lines hard in the occupied south.\n\nAnalysts say the campaign "
        "has slowed Moscow's plans.",
        "Russian helicopters are reportedly ambushing Ukrainian tanks in surprise attacks.",
        "Russia is bombing its way toward a frozen conflict in Ukraine.",
        "Starlink went dark for a Ukrainian unit as it was attacking a Russian convoy.",
    ],
)
def test_progressive_headline_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the simple tense tells an attack
        ("Russia bombs Kharkiv, killing three.", [("unspecified", "Kharkiv")]),
        # a place as the progressive's object: the attack on it told
        ("Ukrainian forces are attacking Bakhmut again.", [("unspecified", "Bakhmut")]),
        # a passive progressive: the place under fire now
        ("Kharkiv is being shelled by Russian artillery, the mayor says.", [("unspecified", "Kharkiv")]),
        # the progressive in a body sentence still reports the attack it tells
        (
            "Aid convoy reaches the east.\n\n"
            "Russian forces are shelling Kharkiv, the governor said on Friday.",
            [("unspecified", "Kharkiv")],
        ),
    ],
)
def test_attack_told_in_the_news_tense_is_kept(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a kind of weapon by how it is made or guided: a story of the technology
        "Cheap and cheerful: Ukraine's homemade drones hit Russian armour.",
        "How precision FPV drone strikes turn Russian trucks into scrap.",
        "Ukraine's AI drones find and attack Russian guns on their own.",
    ],
)
def test_weapon_technology_headline_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same weapons at a named place: the strike told
        ("Ukraine's homemade drones hit an oil depot in Belgorod.", [("fuel_depot", "Belgorod")]),
        # a kind of drone the news of strikes names
        ("Russian kamikaze drones hit Odesa overnight.", [("unspecified", "Odesa")]),
    ],
)
def test_weapon_at_a_place_is_kept(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # daily life in the outages, no attack named: a feature on the hardship
        "Life without power in Odesa, Ukraine.",
        "Inside the Lviv blackouts: candles, generators and long queues.",
        "Life in wartime Kharkiv, plunged into darkness and cold.",
    ],
)
def test_life_in_the_outages_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strikes named beside the daily life
        (
            "Inside a Kharkiv flat as Russia targets power and heating.",
            [("heating", "Kharkiv"), ("power_grid", "Kharkiv")],
        ),
        # the outage told as the news of the strikes
        ("Russian strikes plunge Kharkiv into darkness.", [("power_grid", "Kharkiv")]),
    ],
)
def test_outage_with_its_strikes_is_kept(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


def test_feature_headline_reads_only_the_attack_verbs():
    assert feature_headline("Ukraine is targeting Russian air defences", [])
    assert not feature_headline(
        "Russia is firing missiles at Kyiv", []
    )  # the weapon's use, as reports tell it
    assert not feature_headline("Ukraine is winning the drone war", [])
    assert not feature_headline("Russian forces are shelling Kharkiv", [28])  # a place as its object
