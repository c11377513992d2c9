"""Date precision of the sentence rules: when a day the text gives reaches an incident (day precision) and
when the incident keeps the report's week. Invented sentences modelled on the patterns, through
`find_incidents`."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)  # a Saturday
TUESDAY = date(2024, 3, 26)


def dated(text: str, reported: date = REPORTED) -> list[tuple[str, str, str, str]]:
    """(target type, place, event date, precision) per incident."""
    doc = Document("t", reported, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "", str(i.event_date), i.date_precision)
        for i in find_incidents(doc, named_events=())
    )


def test_lead_telling_of_the_attack_dates_the_headline() -> None:
    text = (
        "Russian missiles hit apartment block in Kharkiv.\n\n"
        "Two missiles struck the building in the city centre on Friday, the mayor said."
    )
    assert ("residential", "Kharkiv", "2024-03-22", "day") in dated(text)


def test_lead_telling_of_something_else_leaves_the_headline_its_week() -> None:
    # the lead's day is a parade's, not the shelling's: no attack, weapon, target or damage word in it
    text = (
        "Celebrations in Kherson after shelling of the city.\n\n"
        "On Friday crowds celebrated with music and flags."
    )
    assert dated(text) == [("unspecified", "Kherson", "2024-03-23", "week")]


def test_lead_naming_the_small_hours_dates_the_headline() -> None:
    # a night named in the lead is the night of what the headline reports, with no attack word of its own
    text = "Explosions heard in Kyiv.\n\nAir-raid sirens sounded across the capital in the pre-dawn hours."
    assert dated(text) == [("unspecified", "Kyiv", "2024-03-23", "day")]


def test_reaction_day_before_after_leaves_the_attack_its_week() -> None:
    # the Friday is the meeting's; the strike past 'after' came before it, on a day the sentence leaves untold
    text = "Ministers met on Friday after Russian missiles hit a power plant in Kharkiv."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-23", "week")]


def test_attack_told_before_after_keeps_its_day() -> None:
    # the main clause tells of the attack itself: its Friday is the strike's
    text = "Two people were killed on Friday after Russian missiles hit a power plant in Kharkiv."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-22", "day")]


def test_hours_after_is_the_same_day() -> None:
    text = "The minister arrived on Friday hours after Russian missiles hit a power plant in Kharkiv."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-22", "day")]


def test_strike_whose_day_claimed_lives_keeps_its_day() -> None:
    # 'claimed ... lives' is the strike's toll, not a claim: the Saturday is the strike's own day
    text = "A missile strike on a block of flats in Poltava on Saturday claimed at least 12 lives."
    assert dated(text, TUESDAY) == [("residential", "Poltava", "2024-03-23", "day")]


def test_speaker_who_claimed_on_a_day_keeps_the_week() -> None:
    # the Saturday is the day of the claim, not of the strike it tells of: only its week
    text = "The ministry on Saturday claimed a missile strike had hit a block of flats in Poltava."
    assert dated(text, TUESDAY) == [("residential", "Poltava", "2024-03-23", "week")]


def test_day_a_toll_rose_dates_the_strike_to_its_week() -> None:
    # the Monday is the day the count reached 20, not the day of the strike counted
    text = (
        "The death toll from a missile strike on a block of flats in Poltava rose to 20 on Monday, "
        "officials said."
    )
    assert dated(text, TUESDAY) == [("residential", "Poltava", "2024-03-25", "week")]


def test_strike_on_a_day_keeps_it_whatever_its_toll() -> None:
    text = "A missile strike on a block of flats in Poltava on Monday killed 20 people, officials said."
    assert dated(text, TUESDAY) == [("residential", "Poltava", "2024-03-25", "day")]


def test_today_in_a_clause_to_come_is_no_date_of_the_attack() -> None:
    # the 'today' is when the water may fall, not when the dam was hit: the report's week
    text = "The floods after the strike on the Oskil dam may start to fall as early as today."
    assert dated(text, TUESDAY) == [("dam", "Oskil", "2024-03-26", "week")]


def test_today_of_the_attack_keeps_the_day() -> None:
    text = "Russian missiles struck the Oskil dam today, officials said."
    assert dated(text, TUESDAY) == [("dam", "Oskil", "2024-03-26", "day")]


def test_calendar_date_of_a_statement_dates_the_strike_to_its_week() -> None:
    # 'stated Monday, March 25,': the day of the statement, not of the shelling it reports
    text = "The governor stated Monday, March 25, that shelling had hit a school in Kupiansk."
    assert dated(text, TUESDAY) == [("school", "Kupiansk", "2024-03-25", "week")]


def test_calendar_date_of_the_strike_keeps_the_day() -> None:
    text = "Shelling hit a school in Kupiansk on Monday, March 25, the governor stated."
    assert dated(text, TUESDAY) == [("school", "Kupiansk", "2024-03-25", "day")]


def test_day_ending_a_count_of_hours_dates_the_strikes_to_the_week() -> None:
    # the Tuesday ends the day counted; the strikes fell over it, not on one day
    text = (
        "Twenty strikes hit a hospital in Kherson in the 24 hours until Tuesday morning, the military said."
    )
    assert dated(text, TUESDAY) == [("hospital", "Kherson", "2024-03-26", "week")]


def test_state_until_a_day_is_that_days_event() -> None:
    # 'until Friday' with no count of hours before it: the day the block of flats was destroyed
    text = "Residents stood where until Friday a block of flats had stood in Uman before a missile struck it."
    assert dated(text, TUESDAY) == [("residential", "Uman", "2024-03-22", "day")]
