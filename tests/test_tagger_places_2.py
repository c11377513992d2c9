"""Where an incident was (session 16): the place, region and country rules of the tagger on short invented
reports, through `find_incidents` alone."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def placed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(target type, place, admin1 code, country code) per incident."""
    doc = Document("t", REPORTED, text)
    incidents = find_incidents(doc, named_events=())
    found = [(i.target_type, i.place, i.admin1_code, i.country_code) for i in incidents]
    return sorted(found, key=str)


def test_misspelt_demonym_names_its_country() -> None:
    """'Ukranian', a common misspelling, is the demonym of Ukraine: the grain depots were Ukraine's."""
    text = "Overnight, the Kremlin once again attacked Ukranian grain storage depots, officials said."
    assert placed(text) == [("agriculture", None, None, "UA")]
