"""False alarms of the sentence rules, twenty-first session: what a campaign wrecked told as the work of
rebuilding it ('crews repair roads destroyed by shelling'), and a campaign conceded as the setting of another
story ('despite relentless shelling, the market stays open'), each with a sentence of the same shape that
still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        "In Irpin, builders hurry to repair schools and bridges destroyed by Russian shelling.",
        "Shortages of cement slow efforts to rebuild villages hit by Russian artillery near Izium.",
        "Neighbours in Chernihiv collect money to repair their house, which was damaged by a Russian drone.",
        "Irpin has rebuilt, in some cases twice, the homes wrecked by Russian attacks.",
    ],
)
def test_rebuilding_what_a_campaign_wrecked_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strike told beside the repairs is reported
        (
            "Russian shelling destroyed a bridge in Irpin on Friday, and builders began to repair it.",
            [("bridge", "Irpin")],
        ),
        # power restored after the strikes of the report's days is those strikes' news
        (
            "Power was restored in Kharkiv after the grid was hit by Russian missiles overnight.",
            [("power_grid", "Kharkiv")],
        ),
    ],
)
def test_a_strike_beside_repairs_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Despite relentless shelling, air strikes and looting, the people of Izium are unbowed.",
        "Despite all the shelling, one bakery in Bakhmut still sells bread to soldiers.",
        "In Kupiansk, despite constant aerial bombardments, the market opens every morning.",
    ],
)
def test_a_campaign_conceded_as_a_setting_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own strikes, named by 'the'
        (
            "Russian missiles hit Kharkiv on Friday. Despite the strikes, the mayor said the city held.",
            [("unspecified", "Kharkiv")],
        ),
        # a strike told in a clause of its own after the concession
        (
            "Despite months of shelling, the Kupiansk market stayed open until a missile hit it on Friday.",
            [("commercial", "Kupiansk")],
        ),
    ],
)
def test_strikes_of_the_report_beside_a_concession_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The West must not ignore Moscow's hybrid attacks on Moldova, a neighbour of Ukraine.",
        "Poland sends advisers to Finland in response to a hybrid attack on its border.",
        "Critics in Warsaw call the new media law an attack on free speech.",
        "The opposition in Tbilisi accuses the government of assaults on democracy and the rule of law.",
    ],
)
def test_hybrid_attacks_and_attacks_on_ideas_report_no_strike(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike told beside the campaign of pressure
        (
            "Amid Moscow's hybrid attacks on Moldova, Russian drones hit a substation in Sumy on Friday.",
            [("substation", "Sumy")],
        ),
        # an armed attack on a place named after an idea
        ("Russian drones attacked the Democracy Square in Kharkiv.", [("public_venue", "Kharkiv")]),
    ],
)
def test_a_strike_beside_a_hybrid_campaign_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'We survive by luck': families living under fire in Kherson - video.",
        "Life under bombardment: how the children of Kharkiv go to school underground.",
        "With its water network under fire, Mykolaiv turns to wells.",
    ],
)
def test_a_life_under_fire_is_a_status_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that came under fire on a day is an attack
        ("The centre of Kherson came under fire on Friday.", [("unspecified", "Kherson")]),
        ("Families in Kherson were wounded when shells hit their homes.", [("residential", "Kherson")]),
    ],
)
def test_a_place_coming_under_fire_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heavy Russian attacks have continued in Ukraine since the summit in Vilnius.",
        "Despite the Easter truce, Russian shelling and drone attacks continued across Ukraine.",
    ],
)
def test_attacks_that_continued_across_a_country_report_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one target's shelling that went on
        ("Russian shelling has continued at the Zaporizhzhia nuclear plant.", [("power_plant", "Enerhodar")]),
        # a campaign the clause dates
        (
            "Russian drone attacks continued in Ukraine overnight, hitting a school in Sumy.",
            [("school", "Sumy")],
        ),
    ],
)
def test_attacks_that_continued_on_a_target_or_a_night_still_reported(
    text: str, expected: list[tuple[str, str]]
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian attacks on the frontline town of Vuhledar have 'decreased' as its units regroup.",
        "Officials in Kherson report a quieter week, with less frequent artillery fire.",
        "Artillery fire in Ukraine down nearly 60%, a sign of Russia's shortage of shells.",
    ],
)
def test_a_campaign_that_waned_reports_no_attack(text: str):
    assert found(text) == []


def test_a_strike_told_beside_a_waning_campaign_still_reported():
    text = "Russian attacks have eased, but a missile hit a school in Sumy on Friday."
    assert found(text) == [("school", "Sumy")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine is fielding thousands of cheap FPV drones to attack Russian tanks and trenches.",
        "The new rockets will enable Ukrainian gunners to strike depots far behind the front.",
    ],
)
def test_kit_fielded_or_enabling_a_strike_reports_no_attack(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike the kit made
        (
            "Ukraine used FPV drones to attack a Russian tank near Bakhmut on Friday.",
            [("military_site", "Bakhmut")],
        ),
    ],
)
def test_kit_used_in_a_strike_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two dancers, killed in a Kharkiv missile strike, buried side by side.",
        "The two dancers, who died in a missile strike on Kharkiv, were buried in graves next to each other.",
    ],
)
def test_the_dead_of_a_strike_buried_retell_it(text: str):
    assert found(text) == []


def test_people_buried_in_the_rubble_of_a_strike_still_reported():
    text = "Rescuers dig for people buried in the rubble after a Russian missile hit flats in Kharkiv."
    assert found(text) == [("residential", "Kharkiv")]
