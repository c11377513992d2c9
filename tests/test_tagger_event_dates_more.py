"""Event dates the tagger reads from the words around an attack: a year begun under attack, and the day or
month the text gives apart from the report's: invented reports modelled on the press's patterns, run
through the rules (`find_incidents`)."""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_days as dated


def test_a_year_begun_under_attack_is_its_first_day() -> None:
    """A country that 'begins the new year with' or 'starts 2025 under' an attack was struck on 1 January:
    the day, not the report's week."""
    text = "Moldova begins the new year with drone strikes on its border towns."
    assert dated(text, date(2025, 1, 1)) == [("unspecified", "MD", "2025-01-01", "day")]
    text = "Kharkiv Starts 2025 Under Heavy Shelling From Russian Guns."
    assert dated(text, date(2025, 1, 2)) == [("unspecified", "Kharkiv", "2025-01-01", "day")]


def test_a_year_begun_without_an_attack_dates_nothing() -> None:
    # a conflict that 'began in' a year, or a new year rung in with friends, is no day of the attack
    text = "Drones struck border towns in Moldova, a conflict that began in 2014 with a rebellion."
    assert dated(text, date(2025, 1, 3)) == [("unspecified", "MD", "2025-01-03", "week")]
    text = "Residents began the new year with their families as drones struck border towns in Moldova."
    assert dated(text, date(2025, 1, 3)) == [("unspecified", "MD", "2025-01-03", "week")]


def test_a_weekday_before_called_is_the_statement_day() -> None:
    """'X on Tuesday called ...' is a statement made that day: it dates the attack it names only to its
    week, as 'said on Tuesday' does."""
    text = "The commissioner on Tuesday called the missile strike on a hospital in Kharkiv a war crime."
    assert dated(text) == [("hospital", "Kharkiv", "2024-03-19", "week")]


def test_an_attack_on_its_weekday_keeps_the_day_beside_a_call() -> None:
    # the weekday is the strike's own ('Missiles on Tuesday hit'), whatever 'called' comes later
    text = "Missiles on Tuesday hit a hospital in Kharkiv, which the commissioner called a war crime."
    assert dated(text) == [("hospital", "Kharkiv", "2024-03-19", "day")]


def test_a_day_stated_with_no_place_stays_in_the_scene_country() -> None:
    """A sentence that gives a day but names no place ('At least four people were killed on Friday') dates
    the scene the text had set: a later strike in that country takes the day, one across the border keeps
    the report's week."""
    text = (
        "Missiles hit a power plant in Kyiv. At least four people were killed on Friday, officials said. "
        "Drones struck an oil depot in Odesa."
    )
    assert dated(text) == [
        ("fuel_depot", "Odesa", "2024-03-22", "day"),
        ("power_plant", "Kyiv", "2024-03-23", "week"),
    ]


def test_a_day_stated_with_no_place_does_not_cross_the_border() -> None:
    text = (
        "Missiles hit a power plant in Kyiv. At least four people were killed on Friday, officials said. "
        "Drones struck an oil depot in Belgorod."
    )
    assert dated(text) == [
        ("fuel_depot", "Belgorod", "2024-03-23", "week"),
        ("power_plant", "Kyiv", "2024-03-23", "week"),
    ]
