"""Attacks a story's body retells from weeks before its report are its background, not its news
(etl/tagging/stale.py): the date an incident takes from elsewhere in the story counts, not only one its own
sentence states."""

from __future__ import annotations

import dataclasses
from datetime import date

from etl.models import Document, Incident
from etl.tagging.stale import stale
from etl.tagging.tagger import find_incidents

REPORTED = date(2023, 3, 20)
SURVEY = "Aid groups count the damaged clinics across the country."
STRIKE = "At noon on {day}, a Russian rocket hit the only hospital in Vilniansk."
BLAST = "The blast destroyed the surgery wing of the hospital buildings, shattering windows."


def found(text: str) -> list[tuple[str, str | None, date | None]]:
    """(target type, place, event date) per incident of a text reported on REPORTED."""
    doc = Document("t", REPORTED, text)
    return [(i.target_type, i.place, i.event_date) for i in find_incidents(doc, named_events=())]


def test_a_body_sentence_dated_weeks_back_by_the_sentence_before_is_background() -> None:
    # the strike's own sentence is history by its stated day; the blast's sentence took the same day
    assert found(f"{SURVEY} {STRIKE.format(day='February 2')} {BLAST}") == []


def test_a_body_sentence_dated_within_the_fortnight_stays_news() -> None:
    assert found(f"{SURVEY} {STRIKE.format(day='March 9')} {BLAST}") == [
        ("hospital", "Vilniansk", date(2023, 3, 9))
    ]
    assert found(f"{SURVEY} {STRIKE.format(day='Saturday')} {BLAST}") == [
        ("hospital", "Vilniansk", date(2023, 3, 18))
    ]


def _strike() -> Incident:
    """A hospital strike of the report's own days, its sentence the body's second."""
    doc = Document("t", REPORTED, f"{SURVEY} {STRIKE.format(day='Saturday')} {BLAST}")
    (incident,) = find_incidents(doc, named_events=())
    return incident


def test_a_headline_attack_is_news_however_old() -> None:
    old = dataclasses.replace(_strike(), event_date=date(2022, 5, 2), date_precision="day")
    assert stale(old, len(SURVEY))  # the headline ends before the strike's sentence
    assert not stale(old, old.evidence_end)  # the strike's sentence inside the headline


def test_a_month_counts_from_its_last_day() -> None:
    february = dataclasses.replace(_strike(), event_date=date(2023, 2, 1), date_precision="month")
    assert stale(february, len(SURVEY))  # February ended 20 days before the report
    march = dataclasses.replace(february, event_date=date(2023, 3, 1))
    assert not stale(march, len(SURVEY))
    week = dataclasses.replace(february, event_date=date(2023, 2, 28), date_precision="week")
    assert not stale(week, len(SURVEY))  # the week ran to March 6, 14 days before


def _poland(reported: date) -> list[tuple[str, str | None]]:
    """(target type, country) per incident of an invented headline on the missile that fell in Poland."""
    doc = Document("t", reported, "Stray missile strike in Poland strains ties between allies.")
    return [(i.target_type, i.country_code) for i in find_incidents(doc)]


def test_the_missile_that_fell_in_poland_is_news_for_days_and_background_weeks_on() -> None:
    assert _poland(date(2022, 11, 17)) == [("unspecified", "PL")]
    assert _poland(date(2022, 12, 5)) == []


def _told(text: str) -> list[tuple[str, str | None]]:
    """(target type, place) per incident of a body sentence after an unrelated lead (March 2024)."""
    doc = Document("t", date(2024, 3, 23), f"Farmers gathered in the square on Sunday. {text}")
    return [(i.target_type, i.place) for i in find_incidents(doc, named_events=())]


def test_weeks_months_or_years_earlier_or_ago_set_the_attack_back() -> None:
    assert _told("A month earlier, rebels had shelled a hamlet near Horlivka.") == []
    assert _told("Two years ago today, Russian shelling hit Kharkiv.") == []
    assert _told("Russian shelling hit Kharkiv two years ago.") == []


def test_days_earlier_are_left_to_the_dating_rules() -> None:
    told = _told("A few days earlier, rebels shelled a hamlet near Horlivka.")
    assert told == [("unspecified", "Horlivka")]
