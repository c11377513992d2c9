"""Long-form items (ptnews articles, Economist paragraphs): magazine paragraphs and feature articles that
speak of attacks as what happens as a rule ("when plants are targeted", "missiles of the kind a side fires")
or of deaths in street unrest; a news aggregator's list of other outlets' headlines (each headline a story of
its own) and a war's toll told as a count reached ("casualties near 2 million"); attacks a leader promises,
none made yet; a side that tells of an attack is not the side that made it; the worst attack since a month
is one attack; the date of a truce a span starts from is not the attack's; the Thai-Cambodian border war's
sides; a headline asking what a definite attack means takes it as given; a digest's struck armed group is
in the country its appositive names; 'the most recent were on refineries at X' is the latest of the attacks
just told. Each with a sentence of the same shape that still reports an attack (or, for the question, the
group and the latest, one that reports none).

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long read's headline asks what a definite, past attack means: the attack is given
        (
            "What does the American strike on Venezuela mean for Russia and China?",
            [("unspecified", "VE", "2025-11-06")],
        ),
        ("What did Russia's attack on Odesa port mean for grain prices?", [("port", "Odesa", "2025-11-06")]),
    ],
)
def test_asking_what_an_attack_means_still_reports_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "What would a strike on Odesa port mean for grain prices?",  # a conditional: nothing happened
        "What does an attack on Odesa port mean for grain prices?",  # any attack, none told
        "Did Russia attack Odesa port?",  # asks whether it happened
    ],
)
def test_asking_what_an_attack_would_mean_reports_none(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekly digest says who the struck group is and where: the country it is in is the scene
        (
            "Israel also carried out more strikes on the Houthis, an Iranian-backed militia in Yemen.",
            [("unspecified", "YE", "2025-11-06")],
        ),
        (
            "Israeli jets launched strikes on Hezbollah, the armed group in Lebanon.",
            [("unspecified", "LB", "2025-11-06")],
        ),
    ],
)
def test_a_struck_groups_country_is_the_scene(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel also carried out more strikes on the Houthis, an Iranian-backed militia.",  # no country said
        "Israel carried out strikes on Hamas, a group whose leaders met in Qatar.",  # where its leaders met
    ],
)
def test_a_struck_group_said_nowhere_has_no_scene(text: str) -> None:
    assert found(text) == []


def test_the_most_recent_of_the_attacks_told_is_an_attack_on_what_follows() -> None:
    text = (
        "Kyiv has hit Russia's oil industry a dozen times this summer. The most recent were on refineries at "
        "Saratov and at Volgograd on November 2nd."
    )
    assert found(text) == [
        ("oil_refinery", "Saratov", "2025-11-02"),
        ("oil_refinery", "Volgograd", "2025-11-02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The most recent was on display in Kyiv.",  # an exhibit shown
        "The latest was on schedule.",  # nothing struck
    ],
)
def test_the_most_recent_of_something_else_is_no_attack(text: str) -> None:
    assert found(text) == []
