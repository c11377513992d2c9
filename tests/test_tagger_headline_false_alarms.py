"""False alarms of the sentence rules whose evidence is a headline: words aimed at a war,
a police raid, a retreat only ordered, a counter-attack pressed, a side 'on the attack' along a front, a
memory of strikes, the bodies of the dead of an earlier fight, an attack made ready or out of reach, a
walkout at the airports, an outage feared, an offensive under way or fading, a quoted epithet ('blasts
'ungrateful' Zelensky') and training in drone strikes, each with a sentence of the same shape that still
reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # words aimed at a war, which no weapon hits
        "Russian pop star attacks Putin’s ‘criminal’ war in Ukraine.",
        "The archbishop attacked Russia's invasion of Ukraine in his Easter sermon.",
        # a search by the law
        "Italian police raid warehouses accused of exploiting Ukrainian workers.",
        "Tax inspectors raided the offices of a Kyiv energy trader.",
        # a retreat ordered is still to come
        "Russia orders withdrawal from Kherson, a key city in southern Ukraine.",
        # a counter-attack pressed: a campaign
        "Zelensky visits flooded Kherson as Kyiv presses counterattack.",
        # a side's posture along a front
        "Where Russia is on the attack in Ukraine.",
        "On this stretch of the front, Russia is still on the attack.",
        # a memory of strikes
        "A refugee boy is scared by thunder in Sydney as it reminds him of Russian strikes.",
        # the dead of an earlier fight
        "Russia hands back bodies of Ukrainian soldiers killed in Mariupol.",
    ],
)
def test_headline_names_no_attack_of_its_own(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of the war hit by a weapon
        ("Russian drones attacked the war museum in Kyiv overnight.", [("cultural_religious", "Kyiv")]),
        # a capture told after the withdrawal
        (
            "Ukrainian troops retook Kherson after Russia's withdrawal from the city.",
            [("settlement_control", "Kherson")],
        ),
        # shelling beside the counter-attack is still reported
        (
            "Russian shelling killed two people in Kherson as Ukraine presses its counterattack.",
            [("unspecified", "Kherson")],
        ),
        # troops who went on the attack somewhere: the attack told
        ("Russian troops went on the attack near Bakhmut on Monday.", [("unspecified", "Bakhmut")]),
        # bodies pulled from a building the missile hit: the hit told
        (
            "Rescuers pulled the bodies of three people from a building hit by a Russian missile in Dnipro.",
            [("unspecified", "Dnipro")],
        ),
        (
            "Rescuers recovered the bodies of five people killed when a Russian missile hit an apartment "
            "block in Dnipro on Saturday.",
            [("residential", "Dnipro")],
        ),
    ],
)
def test_same_shape_with_an_attack_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an attack made ready, none made
        "Putin is preparing a new aerial attack on Ukraine, Western officials say.",
        # an attack out of reach
        "Russia's troops in Belarus are insufficient for an attack on Kyiv, border chief says.",
        # a labour dispute at the airports
        "Minister forced to cancel trip to Berlin due to German airport strikes.",
    ],
)
def test_attack_made_ready_or_a_walkout_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strike made beside the offensive made ready
        (
            "Russia struck a power plant in Kharkiv on Monday as it prepares a new offensive.",
            [("power_plant", "Kharkiv")],
        ),
        (
            "Russia fired missiles at Kyiv on Monday, after preparing the attack for weeks.",
            [("unspecified", "Kyiv")],
        ),
        # defences insufficient against a strike that hit
        (
            "A drone strike damaged a power plant in Kursk on Monday; officials said the defences were "
            "insufficient to stop it.",
            [("power_plant", "Kursk")],
        ),
        # strikes on an airfield that destroyed jets
        (
            "Ukraine's airport strikes destroyed three Russian jets at Saky airfield in Crimea.",
            [("airport", "Novofedorivka")],
        ),
    ],
)
def test_attack_beside_a_preparation_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an outage to come, in a story that names the attacks behind it
        "Ukraine’s Inflation Eases on Price Cuts Amid Blackout Fears.\n\nPrices fell last month as shops "
        "cut prices for fresh food after Russian attacks on the nation’s power grid raised worries that it "
        "would spoil.",
        # a campaign under way
        "Zelenskyy confirms that an offensive against Russia is underway.",
        "The Russian offensive has begun in Luhansk, a thinktank says.",
    ],
)
def test_outage_to_come_or_offensive_under_way_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian missile strike on Monday caused blackouts in Kharkiv, and more outages are expected.",
            [("power_grid", "Kharkiv")],
        ),
        (
            "Russian drones hit a power station in Kharkiv on Monday as the offensive got under way.",
            [("power_plant", "Kharkiv")],
        ),
        (
            "Deputy minister said an offensive was launched near three villages around Bakhmut.",
            [("unspecified", "Bakhmut")],
        ),
    ],
)
def test_outage_or_attack_beside_them_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


def test_quoted_epithet_thrown_at_someone_is_no_incident():
    assert found("U.S. blasts 'ungrateful' Zelensky after Kyiv criticised delay to NATO membership.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack named after the epithet
        ("Minister slams 'abhorrent' attack on crucial Ukraine dam.", [("dam", "UA")]),
        # the strike told beside the epithet
        (
            "Zelensky Blasts 'Terrorist' Russia After Easter Missile Strike Kills Child in Kherson",
            [("unspecified", "Kherson")],
        ),
    ],
)
def test_attack_beside_a_quoted_epithet_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


def test_campaign_fading_is_no_incident():
    assert found("Russian assault on Avdiivka reported to be weakening, Kyiv says.") == []


def test_strike_beside_a_campaign_fading_still_reported():
    text = "Russian missiles hit Avdiivka on Monday even as the assault on the town appears to be weakening."
    assert found(text) == [("unspecified", "Avdiivka")]


def test_training_in_a_way_of_attacking_is_no_incident():
    text = "Foreign instructors in Crimea are training Russian crews on drone strikes against Ukraine."
    assert found(text) == []


def test_trained_troops_who_struck_still_reported():
    text = "Troops trained in drone attacks struck a depot in Kherson on Monday."
    assert found(text) == [("unspecified", "Kherson")]
