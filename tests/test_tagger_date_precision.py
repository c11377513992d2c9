"""Date precision of the sentence rules: when a day the text gives reaches an incident (day precision) and
when the incident keeps the report's week. Invented sentences modelled on the patterns, through
`find_incidents`."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)  # a Saturday


def dated(text: str) -> list[tuple[str, str, str, str]]:
    """(target type, place, event date, precision) per incident."""
    doc = Document("t", REPORTED, text)
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
