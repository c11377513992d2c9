"""Shared helper for the tagger tests that compare (target type, place) pairs."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str]]:
    """(target type, most precise place name or region code or country code) per incident the rules find,
    no named event taken for a retelling."""
    incidents = find_incidents(Document("t", reported, text), named_events=())
    return sorted((i.target_type, i.place or i.admin1_code or i.country_code or "") for i in incidents)
