"""What the sentence rules find in an invented text, as the tagger's test files compare it: one tuple per
incident, sorted. The rules alone (`find_incidents`, before the report filter judges the document) and no
named event taken as retold, so that each test sentence is judged by its own words."""

from __future__ import annotations

from datetime import date

from etl.models import Document, Incident
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def typed_places(text: str, reported: date = REPORTED) -> list[tuple[str, str]]:
    """(target type, most precise place name or region code or country code) per incident."""
    return sorted((i.target_type, _where(i)) for i in _found(text, reported))


def typed_settlements(text: str, reported: date = REPORTED) -> list[tuple[str, str | None, str | None]]:
    """(target type, place, admin1 code) per incident."""
    return sorted((i.target_type, i.place, i.admin1_code) for i in _found(text, reported))


def typed_countries(text: str, reported: date = REPORTED) -> list[tuple[str, str, str | None]]:
    """(target type, country code, place) per incident."""
    return sorted((i.target_type, i.country_code or "", i.place) for i in _found(text, reported))


def typed_places_dated(text: str, reported: date = REPORTED) -> list[tuple[str, str, str | None]]:
    """(target type, most precise place name or region code or country code, event date) per incident."""
    return sorted(
        (i.target_type, _where(i), i.event_date.isoformat() if i.event_date else None)
        for i in _found(text, reported)
    )


def typed_places_days(text: str, reported: date = REPORTED) -> list[tuple[str, str, str, str]]:
    """(target type, most precise place name or region code or country code, event date, its precision) per
    incident ('' where undated)."""
    return sorted(
        (i.target_type, _where(i), i.event_date.isoformat() if i.event_date else "", i.date_precision)
        for i in _found(text, reported)
    )


def _found(text: str, reported: date) -> list[Incident]:
    return find_incidents(Document("t", reported, text), named_events=())


def _where(incident: Incident) -> str:
    return incident.place or incident.admin1_code or incident.country_code or ""
