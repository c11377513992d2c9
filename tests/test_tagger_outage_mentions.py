"""Outages told as a status, not as a hit: power cuts summed over the past weeks or left by weeks of strikes
('causing power cuts over the last two weeks', 'remained without power after weeks of airstrikes') are a
campaign's toll taken together, no one attack of the report; a blackout the grid's operator orders ('rolling
blackouts', 'scheduled power cuts', 'emergency blackouts may still be needed') is load shed to keep the grid
up, no hit, unless an attack word of its sentence tells the strike that forced it; nor does it keep a sentence
whose other words are all figures or a campaign ('hit by power cuts from rolling blackouts due to the bombing
campaign') from reporting nothing. A plant 'shelled several times' is a count of its attacks over time, no
one of them; the rule that 'there must be no attacks on' a plant names no attack.

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


def test_scheduled_power_cuts_beside_a_strike_are_no_second_incident() -> None:
    """The depot strike is reported; the power cuts the grid operator brings back in another city are not."""
    text = (
        "Round-up.\n\n"
        "Russian drones struck a fuel depot in Poltava on Thursday night, officials said. "
        "In Kharkiv, the grid operator brought back scheduled power cuts on Friday."
    )
    assert found(text) == [("fuel_depot", "Poltava", "2024-03-21")]
    unmanaged = text.replace("scheduled power cuts", "power cuts")
    assert ("power_grid", "Kharkiv", "2024-03-22") in found(unmanaged)


def test_emergency_blackouts_forced_by_a_strike_keep_the_strike() -> None:
    """The missiles that forced the emergency blackouts hit the grid: the attack word keeps the hit."""
    text = (
        "Round-up.\n\n"
        "Russian missiles struck the grid in Kharkiv on Friday, forcing emergency blackouts across the city."
    )
    assert found(text) == [("power_grid", "Kharkiv", "2024-03-22")]


def test_rolling_blackouts_of_a_bombing_campaign_are_no_incident() -> None:
    """'hit by power cuts' is a figure, the bombing campaign no one attack, the rolling blackouts load
    shed."""
    text = (
        "Round-up.\n\n"
        "About two million people in the east are being hit by power cuts from rolling blackouts due to "
        "Russia's bombing campaign, the president said."
    )
    assert found(text) == []


def test_rolling_blackouts_after_a_dated_strike_keep_the_strike() -> None:
    """The missiles that struck the plant on Friday are the news behind the blackouts."""
    text = (
        "Round-up.\n\n"
        "About two million people in the east are being hit by power cuts from rolling blackouts after "
        "Russian missiles struck a power plant in Kharkiv on Friday, the president said."
    )
    assert found(text) == [("power_plant", "Kharkiv", "2024-03-22")]


def test_a_plant_shelled_several_times_is_no_incident() -> None:
    """The visit is the news; 'which has been shelled several times' counts the plant's attacks over time."""
    text = (
        "Nuclear watchdog.\n\n"
        "The agency's chief is due to visit the Khmelnytskyi nuclear power plant, which has been shelled "
        "several times."
    )
    assert found(text) == []


def test_many_times_after_no_attack_verb_keeps_the_strike() -> None:
    """'fly many times faster' counts no attacks: the strike on Odesa on Friday is reported."""
    text = "Round-up.\n\nRussia struck Odesa on Friday with missiles that fly many times faster than sound."
    assert found(text) == [("unspecified", "Odesa", "2024-03-22")]


def test_a_rule_that_there_be_no_attacks_on_a_plant_is_no_incident() -> None:
    """The watchdog's principles lay down a rule; no attack on the plant is told."""
    text = (
        "Nuclear watchdog.\n\n"
        "The agency's principles say there must be no attacks on or from the Khmelnytskyi nuclear power "
        "plant."
    )
    assert found(text) == []


def test_no_shelling_told_as_a_fact_keeps_the_strike_after_it() -> None:
    """'There was no shelling' is no rule: the drone that struck the plant on Friday is reported."""
    text = (
        "Nuclear watchdog.\n\n"
        "There was no shelling in the area overnight, but a drone struck the Khmelnytskyi nuclear power "
        "plant on Friday."
    )
    assert found(text) == [("power_plant", "Netishyn", "2024-03-22")]
