"""Event dates, session 22: a sentence that tells no attack of its own but names the night ('After a
sleepless night, the mayor gave an update', '"It has been a difficult night," the president wrote') sets the
day of the night's attack the text goes on to tell. Invented reports modelled on the press's patterns, run
through the rules (`find_incidents`); the report is of Saturday 23 March 2024."""

from __future__ import annotations

from tagger_cases import typed_places_days as dated

_OPENING = "Ukraine counts the cost of attacks.\n\nOfficials across the country are assessing the damage. "


def test_a_quiet_sentence_naming_the_night_dates_the_attack_told_next() -> None:
    text = _OPENING + (
        "After a sleepless night, the mayor of Odesa gave an update. "
        "A missile hit a block of flats in the city, he said."
    )
    assert dated(text) == [("residential", "Odesa", "2024-03-23", "day")]


def test_a_night_spent_in_shelters_dates_the_strike_told_next() -> None:
    text = _OPENING + (
        "Residents of Odesa spent a sleepless night in shelters. "
        "A missile hit a block of flats in the city, the mayor said."
    )
    assert dated(text) == [("residential", "Odesa", "2024-03-23", "day")]


def test_a_quote_naming_the_night_dates_the_attack_it_goes_on_to_tell() -> None:
    """'It has been a difficult night.' names no place and no attack; the quote's next sentence tells the
    night's attack again, and the headline's strike is the same one."""
    text = (
        "Missiles rain on Ukraine.\n\n"
        "Russia struck Ukraine with a wave of missiles that hit homes across the country, "
        "the president said. "
        "\u201cIt has been a difficult night. Attacks on residential buildings again,\u201d he wrote."
    )
    assert dated(text) == [("residential", "UA", "2024-03-23", "day")]


def test_a_quiet_sentence_with_no_night_leaves_the_reports_week() -> None:
    text = _OPENING + (
        "Residents of Odesa spent a long day in shelters. "
        "A missile hit a block of flats in the city, the mayor said."
    )
    assert dated(text) == [("residential", "Odesa", "2024-03-23", "week")]


def test_a_difficult_week_is_no_night() -> None:
    text = (
        "Missiles rain on Ukraine.\n\n"
        "Russia struck Ukraine with a wave of missiles that hit homes across the country, "
        "the president said. "
        "\u201cIt has been a difficult week. Attacks on residential buildings again,\u201d he wrote."
    )
    assert dated(text) == [("residential", "UA", "2024-03-23", "week")]


# A reaction's day told before 'after' and a capture told past it: the capture had happened by that day, on
# a day the sentence leaves untold, even when the captured place is named before the turn as the reaction's
# scene.
_KHERSON = "Kherson news.\n\n"


def test_a_capture_past_after_keeps_the_week_though_its_place_comes_first() -> None:
    text = _KHERSON + (
        "Ukrainian troops patrolled Kherson on Saturday after the city was retaken by Ukrainian forces."
    )
    assert dated(text) == [("settlement_control", "Kherson", "2024-03-23", "week")]


def test_a_capture_told_before_after_keeps_its_day() -> None:
    text = _KHERSON + "Ukrainian forces retook Kherson on Saturday after weeks of fighting."
    assert dated(text) == [("settlement_control", "Kherson", "2024-03-23", "day")]
