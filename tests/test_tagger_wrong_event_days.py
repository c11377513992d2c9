"""Event dates of the sentence rules where a day the text gives belongs to another event than the one a
sentence tells: invented reports modelled on the press's patterns, run through
`find_incidents`."""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_days

REPORTED = date(2023, 6, 10)  # a Saturday


def dated(text: str, reported: date = REPORTED) -> list[tuple[str, str, str, str]]:
    """As tagger_cases.typed_places_days, reported on this file's Saturday by default."""
    return typed_places_days(text, reported)


def test_a_carried_day_does_not_date_an_attack_in_another_country() -> None:
    """'Missiles hit Kyiv on Friday. Ukraine answered with shelling of Belgorod': Friday was the day of the
    Ukrainian city's attack; the Russian region's shelling, undated, keeps the report's week."""
    text = (
        "Night of fire in the capital.\n\n"
        "Dozens of Russian missiles struck Kyiv on Friday, killing eleven people. "
        "Ukraine answered with heavy shelling of the Russian city of Belgorod, killing four."
    )
    assert dated(text) == [
        ("unspecified", "Belgorod", "2023-06-10", "week"),
        ("unspecified", "Kyiv", "2023-06-09", "day"),
    ]


def test_a_carried_day_still_dates_an_attack_in_the_same_country() -> None:
    text = (
        "Night of fire in the capital.\n\n"
        "Dozens of Russian missiles struck Kyiv on Friday, killing eleven people. "
        "Drones also hit a fuel depot in Odesa, the governor said."
    )
    assert dated(text) == [
        ("fuel_depot", "Odesa", "2023-06-09", "day"),
        ("unspecified", "Kyiv", "2023-06-09", "day"),
    ]


def test_a_place_named_only_after_a_day_after_is_the_earlier_attacks() -> None:
    """'Russia says it destroyed projectiles a day after a Russian barrage on Ukrainian cities': the cities
    were hit the day before the report (the headline's drones keep the report's week)."""
    text = (
        "Drones launched at Russia.\n\n"
        "Russia says it destroyed 40 projectiles a day after a huge Russian barrage on Ukrainian cities."
    )
    assert dated(text) == [
        ("unspecified", "RU", "2023-06-10", "week"),
        ("unspecified", "UA", "2023-06-09", "day"),
    ]


def test_a_day_after_a_vow_does_not_date_the_attack_it_names() -> None:
    """'... a day after Kyiv vowed to retaliate for a missile attack on Odesa': the day before was the vow's,
    not the attack's."""
    text = (
        "Drones downed over the capital.\n\n"
        "Officials said two drones hit empty offices in Moscow. "
        "The raid came a day after Kyiv vowed to retaliate for a Russian missile attack on the port of Odesa."
    )
    assert ("unspecified", "Odesa", "2023-06-09", "day") not in dated(text)


def test_an_attack_past_following_in_a_headline_keeps_the_reports_week() -> None:
    """'Shelling kills 9 in Belgorod following Moscow's air strikes across Ukraine': the lead's Friday is
    the shelling's; the strikes across Ukraine came before it, on a day the text leaves untold."""
    text = (
        "Shelling kills nine in Russian city of Belgorod following Moscow's air strikes across Ukraine.\n\n"
        "Shelling in the centre of the Russian city of Belgorod on Friday killed nine people."
    )
    assert dated(text) == [
        ("unspecified", "Belgorod", "2023-06-09", "day"),
        ("unspecified", "UA", "2023-06-10", "week"),
    ]


def test_an_attack_past_after_in_a_headline_whose_main_clause_tells_no_attack_keeps_the_leads_day() -> None:
    text = "Three killed after Russian missile hits Kyiv.\n\nA missile hit flats in Kyiv early on Friday."
    assert dated(text) == [("residential", "Kyiv", "2023-06-09", "day")]


def test_a_day_a_headline_states_before_after_does_not_date_the_earlier_attack() -> None:
    """'Russia pounds Odesa on Friday after Ukraine shelled Belgorod': Friday is the pounding's; the shelling
    of the Russian city, past 'after', came before it."""
    text = (
        "Russia pounds Odesa with drones on Friday after Ukraine shelled the Russian city of Belgorod.\n\n"
        "Officials said the drones killed two people in the city."
    )
    assert dated(text) == [
        ("unspecified", "Belgorod", "2023-06-10", "week"),
        ("unspecified", "Odesa", "2023-06-09", "day"),
    ]
