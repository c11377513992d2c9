"""Reports the sentence rules used to miss (second round): an attack the text does report, which a hedge of
urgency took back or whose victims alone say where it was. Each rule has an invented sentence modelled on the
pattern and a negative case it must leave alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(target type, country code, place) per incident."""
    doc = Document("t", REPORTED, text)
    incidents = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.country_code or "", i.place) for i in incidents)


def test_as_soon_as_possible_hedges_no_attack() -> None:
    # an urgency is no hedge of the strike told after it
    text = "Kyiv asked allies to deliver shells as soon as possible, as Russian drones hit Kharkiv overnight."
    assert found(text) == [("unspecified", "UA", "Kharkiv")]


def test_possible_attack_still_hedged() -> None:
    assert found("Officials said a possible strike on Kharkiv was being discussed.") == []
