"""Event days in digests whose sentences date a statement by where it was posted: 'the minister posted on the
Telegram messaging app on Friday' is the statement's day, as 'said on Telegram on Friday' is, so it dates the
event it reports only to its week, and a capture it announces by the announcement's day. Invented reports
modelled on the press's patterns, run through the rules (`find_incidents`)."""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_days as dated

from etl.tagging.dates import find_date

_REPORTED = date(2024, 3, 23)  # a Saturday


def test_a_day_posted_on_a_messaging_app_is_the_statements() -> None:
    found = find_date(
        "The mayor posted on the Telegram messaging app on Friday that drones hit the port.", _REPORTED
    )
    assert found is not None
    assert (found.value.isoformat(), found.precision, found.stated) == ("2024-03-22", "week", True)
    found = find_date(
        "The mayor posted on X social media platform on Friday that drones hit the port.", _REPORTED
    )
    assert found is not None and found.stated


def test_a_day_of_the_event_itself_is_still_its_day() -> None:
    found = find_date(
        "Drones hit the port on Friday, the mayor posted on the Telegram messaging app.", _REPORTED
    )
    assert found is not None
    assert (found.precision, found.stated) == ("day", False)


def test_a_capture_posted_on_telegram_on_a_day_is_dated_by_that_day() -> None:
    """The capture told first, its announcement posted on Friday next: the capture is dated by the
    announcement's day (the report is of Saturday 23 March)."""
    text = (
        "War at a glance: what we know on day 760.\n\n"
        "Ukrainian troops have dug in on the edge of Staromaiorske after retaking the village in the Donetsk"
        " region, the deputy defence minister said. She posted on the Telegram messaging app on Friday"
        " morning that the village had been liberated."
    )
    assert ("settlement_control", "Staromaiorske", "2024-03-22", "day") in dated(text)


def test_another_side_told_meanwhile_keeps_the_week() -> None:
    """'Officials in the occupied city, meanwhile, said they had come under shelling': another side's story,
    not the day the paragraph stated for the strike before it, so the report's week; a sentence opening with
    'Meanwhile,' or going on with no turn is left to the carried day's rules (the report is of Saturday
    23 March)."""
    lead = (
        "War at a glance: what we know on day 760.\n\n"
        "Russian shelling killed two people in Kherson on Friday, Ukrainian officials said. "
    )
    told = "said they had come under heavy shelling, leaving one person dead."
    turned = dated(lead + f"Officials in the occupied city of Horlivka, meanwhile, {told}")
    assert turned == [
        ("unspecified", "Horlivka", "2024-03-23", "week"),
        ("unspecified", "Kherson", "2024-03-22", "day"),
    ]
    for sentence in (
        f"Officials in the occupied city of Horlivka {told}",
        f"Meanwhile, officials in the occupied city of Horlivka {told}",
    ):
        assert ("unspecified", "Horlivka", "2024-03-23", "week") not in dated(lead + sentence)


def test_the_last_few_hours_are_the_reports_day() -> None:
    """'Within the last few hours' dates what it tells on the report's day, before a weekday the sentence
    gives an earlier strike; a span of days ('over the past few days') is not read so."""
    found = find_date(
        "Within the last few hours air defences downed drones over the capital, one hitting a tower struck"
        " on Thursday.",
        _REPORTED,
    )
    assert found is not None
    assert (found.value.isoformat(), found.precision) == ("2024-03-23", "day")
    found = find_date("Over the past few days drones hit the capital, the mayor said.", _REPORTED)
    assert found is None or found.value.isoformat() != "2024-03-23" or found.precision != "day"
