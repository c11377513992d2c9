"""Event dates of the sentence rules (session 16, h6): invented sentences modelled on the patterns, through
`find_incidents`."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)  # a Saturday


def dated(text: str, reported: date = REPORTED) -> list[tuple[str, str, str, str]]:
    """(target type, place, event date, precision) per incident."""
    doc = Document("t", reported, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "", str(i.event_date), i.date_precision)
        for i in find_incidents(doc, named_events=())
    )


def test_the_attack_named_past_a_paragraph_break_keeps_its_day() -> None:
    # a digest's next paragraph that names 'the strikes' just told speaks of them: their Friday
    text = (
        "War at a glance.\n\n"
        "Russia fired a wave of missiles at Ukraine on Friday morning, officials said.\n"
        "The strikes hit homes in Lviv and Odesa, regional governors said."
    )
    assert ("residential", "Lviv", "2024-03-22", "day") in dated(text)


def test_a_paragraph_of_another_story_keeps_the_report_week() -> None:
    # no definite 'the attack': the next paragraph is a story of its own
    text = (
        "War at a glance.\n\n"
        "Russia fired a wave of missiles at Ukraine on Friday morning, officials said.\n"
        "Drones hit homes in Lviv and Odesa, regional governors said."
    )
    assert ("residential", "Lviv", "2024-03-23", "week") in dated(text)


def test_a_paragraph_that_told_its_own_attack_first_keeps_the_report_week() -> None:
    # 'the attack' there is the paragraph's own shelling, told just before without a day
    text = (
        "War at a glance.\n\n"
        "Russia fired a wave of missiles at Ukraine on Friday morning, officials said.\n"
        "Artillery shelled a market in Shebekino, the governor said. "
        "He said the attack set fire to homes in the town."
    )
    assert ("residential", "Shebekino", "2024-03-23", "week") in dated(text)


def test_an_attack_named_by_the_new_year_is_the_first_day() -> None:
    text = "A New Year drone attack hit a market in Donetsk, officials said."
    assert dated(text, date(2024, 1, 2)) == [("commercial", "Donetsk", "2024-01-01", "day")]


def test_the_new_year_is_no_day_of_an_attack_it_does_not_name() -> None:
    # 'the new year' of a wish, the attack told past it undated: the report's week
    text = "As the new year began, a drone attack hit a market in Donetsk, officials said."
    assert dated(text, date(2024, 1, 5)) == [("commercial", "Donetsk", "2024-01-05", "week")]


def test_a_night_named_by_what_it_was_like_is_the_report_night() -> None:
    text = "A sleepless night in Kharkiv as Russian drones hit apartment blocks."
    assert dated(text) == [("residential", "Kharkiv", "2024-03-23", "day")]


def test_such_a_night_named_with_its_day_is_that_day() -> None:
    # the weekday named with the night wins: Thursday's, not the report's
    text = "After a sleepless night on Thursday, residents of Kharkiv counted apartment blocks hit by drones."
    assert dated(text) == [("residential", "Kharkiv", "2024-03-21", "day")]


def test_reaction_day_before_amid_leaves_the_attack_its_week() -> None:
    # the Friday is the cancelled visit's; the attack past 'amid' is dated by no word of the sentence
    text = "He cancelled a trip on Friday amid reports of a missile attack on a power plant in Kharkiv."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-23", "week")]


def test_attack_told_before_amid_keeps_its_day() -> None:
    # the main clause tells of the attack itself: its Friday is the strike's
    text = "Missiles hit a power plant in Kharkiv on Friday amid a wave of strikes across the country."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-22", "day")]


def test_the_day_of_a_claim_named_by_its_noun_is_the_statement_week() -> None:
    # 'claims on Thursday' are the statement's day: the fighting it denies keeps to the week
    text = (
        "Fighting went on in Shebekino despite the ministry's claims on Thursday to have repelled the raid."
    )
    assert [d[2:] for d in dated(text)] == [("2024-03-21", "week")]


def test_the_week_of_a_first_time_is_the_event_week() -> None:
    # the day before is another sentence's; 'this week' dates this one's strike, not a count's frame
    text = (
        "Russian drones hit Kyiv on Thursday. Ukraine used its new missiles for the first time this week "
        "to strike an airfield in Berdiansk."
    )
    assert ("airport", "Berdiansk", "2024-03-23", "week") in dated(text)


def test_the_month_of_a_count_is_no_date_of_the_event() -> None:
    # 'for the sixth time this month' frames a count: the week of the report, not the month
    text = "Drones hit a refinery in Tuapse for the sixth time this month."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "week")]


def test_the_month_an_ordinal_counts_in_is_no_date_of_the_attack() -> None:
    text = "Drones hit a refinery in Tuapse in the fifth attack on it this month."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "week")]


def test_a_month_with_no_count_dates_the_attack() -> None:
    text = "Drones hit a refinery in Tuapse this month."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "month")]
