"""Outages told as a status, not as a hit: power cuts summed over the past weeks or left by weeks of strikes
('causing power cuts over the last two weeks', 'remained without power after weeks of airstrikes') are a
campaign's toll taken together, no one attack of the report.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_dated

REPORTED = date(2024, 3, 23)  # a Saturday


def found(text: str) -> list[tuple[str, str, str | None]]:
    """As tagger_cases.typed_places_dated, reported on this file's Saturday."""
    return typed_places_dated(text, REPORTED)


def test_outages_left_by_weeks_of_airstrikes_are_no_incident() -> None:
    """The villages without power are the toll of weeks of strikes, no one attack."""
    text = (
        "Winter news round-up.\n\n"
        "Some 300 villages in the south were still without power on Friday after weeks of Russian airstrikes "
        "on the grid, the regional governor said."
    )
    assert found(text) == []


def test_power_cuts_over_the_past_weeks_are_no_incident() -> None:
    """Missiles aimed at the network over the past weeks: a campaign summed up, no one attack."""
    text = (
        "Winter news round-up.\n\n"
        "Russia has fired scores of missiles at the country's power network, causing rolling power cuts over "
        "the past three weeks, the minister said."
    )
    assert found(text) == []


def test_a_strike_dated_beside_past_weeks_is_still_reported() -> None:
    """The strike on Friday night is the news; the outage over the past weeks beside it is no second
    incident."""
    text = (
        "Winter news round-up.\n\n"
        "A Russian missile struck a power station in Odesa on Friday night, the governor said. "
        "Some villages have been without power over the past weeks."
    )
    assert found(text) == [("power_plant", "Odesa", "2024-03-22")]
