"""False alarms of the sentence rules, twenty-second session: the ground war told by the front's sectors, its
infantry or a push for a town ('repelled assaults in several sectors', 'infantry attacks', 'a wave of attacks
trying to take the town'), each with a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said its troops had beaten back Russian assaults in several sectors of the front.",
        "The general staff counted 140 clashes along the front line, with most attacks in the Kupiansk and "
        "Lyman sectors.",
        "British intelligence said Ukrainian units kept up offensive action on the Tokmak axis.",
        "Western officials questioned the decision to attack on multiple axes at once.",
        "A brigade commander said Russian forces were launching wave after wave of infantry attacks.",
        "Russian troops have begun a fourth wave of assaults trying to take Chasiv Yar, its head said.",
        "Defenders repelled 60 Russian attacks across multiple fronts on Tuesday.",
    ],
)
def test_the_ground_war_by_sectors_and_infantry_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of target named 'sector' is no sector of the front
        (
            "Russian drone attacks on the energy sector in Odesa overnight cut power to thousands of homes.",
            [("power_grid", "Odesa")],
        ),
        # a strike told beside the infantry's attacks is reported
        (
            "Russian artillery shelled a school in Kostiantynivka as infantry attacks went on nearby.",
            [("school", "Kostiantynivka")],
        ),
    ],
)
def test_a_strike_beside_the_ground_war_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exiled Russian fighters have conducted a series of cross-border raids into the Kursk region.",
        "The commander of the volunteer unit told reporters to expect more border raids this summer.",
        "Anti-Kremlin militias aid Kyiv with cross-border attacks.",
    ],
)
def test_raids_over_the_border_as_a_way_of_fighting_report_no_attack(text: str):
    assert found(text) == []


def test_a_cross_border_attack_of_the_report_still_reported():
    text = "Russia said it beat back new cross-border attacks on villages in the Bryansk region on Monday."
    assert found(text) == [("border_region", "RU-BRY")]


@pytest.mark.parametrize(
    "text",
    [
        "In repeat shelling of Kherson, the Kremlin signals it will never let the city go.",
        "By bombing the dams of Ukraine, Moscow wages a war on its farmland.",
        "Russian troops are edging closer to the town of Chasiv Yar amid fierce fighting.",
    ],
)
def test_attacks_fronted_as_an_analysis_or_a_backdrop_report_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same gerund mid-sentence, after its victims, tells the strike
        (
            "Two people were killed in bombing of a market in Kherson, the governor said on Monday.",
            [("commercial", "Kherson")],
        ),
        # a strike told beside the fighting is reported
        (
            "Russian missiles hit a hospital in Kramatorsk on Sunday amid fierce fighting nearby.",
            [("hospital", "Kramatorsk")],
        ),
    ],
)
def test_a_strike_beside_an_analysis_or_a_backdrop_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The brigade, which has been leading the Russian assault on Vuhledar, was pulled back on Sunday.",
        "His fighters, who have spearheaded the months-long assault on Marinka, would withdraw, he said.",
        "Partisan groups are carrying out attacks on occupying troops in the city of Berdiansk.",
    ],
)
def test_a_force_told_by_its_record_or_its_way_of_fighting_reports_no_attack(text: str):
    assert found(text) == []


def test_a_strike_that_led_to_an_outage_still_reported():
    text = "A Russian missile hit a substation in Kharkiv on Monday, which led to blackouts across the city."
    assert found(text) == [("substation", "Kharkiv")]


@pytest.mark.parametrize(
    "text",
    [
        "From her flat in Zaporizhzhia, Iryna listened to the sound of distant explosions.",
        "In Pokrovsk, rumbles and blasts are just background noise for the few who stayed.",
    ],
)
def test_the_war_heard_reports_no_attack(text: str):
    assert found(text) == []


def test_a_strike_heard_and_told_still_reported():
    text = "People heard the sound of blasts as a Russian missile hit a school in Zaporizhzhia on Friday."
    assert found(text) == [("school", "Zaporizhzhia")]


def test_a_charge_of_backing_attacks_reports_no_attack():
    text = "The Kremlin accused Britain of stoking tensions by supporting Ukrainian drone attacks on Crimea."
    assert found(text) == []


def test_an_attack_told_beside_a_charge_of_backing_still_reported():
    text = "Russian drones hit an oil depot in Odesa on Monday, and Moscow accused the West of backing Kyiv."
    assert found(text) == [("fuel_depot", "Odesa")]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past week, Russian forces launched dozens of attacks on various parts of Ukraine.",
        "Russian troops launched multiple attacks in eastern Ukraine, pushing for a breakthrough.",
    ],
)
def test_a_count_of_attacks_over_a_country_reports_no_attack(text: str):
    assert found(text) == []


def test_a_count_of_attacks_dated_to_the_night_still_reported():
    text = "Russia launched dozens of attacks on various parts of Ukraine overnight, the air force said."
    assert found(text) == [("unspecified", "UA")]
