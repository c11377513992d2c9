"""Reports the sentence rules used to miss: an attack the text does report, whose place or wording the rules
did not read. Each rule has an invented sentence modelled on the pattern and a negative case it must leave
alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(target type, country code, place) per incident."""
    doc = Document("t", REPORTED, text)
    incidents = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.country_code or "", i.place) for i in incidents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims' settlement lies in the country named after it
        (
            "Mourners gathered after a strike that killed 12 people in a small village in southern Ukraine.",
            [("unspecified", "UA", None)],
        ),
        (
            "A missile attack wounded four people in a town in eastern Ukraine overnight.",
            [("unspecified", "UA", None)],
        ),
    ],
)
def test_settlement_of_country(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_settlement_of_country_needs_the_attack() -> None:
    # no attack word: a village in a country is no incident
    assert found("Farmers in a small village in southern Ukraine planted wheat this spring.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunfire is shots fired, an attack like shelling
        ("A burst of machine-gun fire erupted in Kherson.", [("unspecified", "UA", "Kherson")]),
        ("Gunfire was heard in central Kharkiv on Tuesday.", [("unspecified", "UA", "Kharkiv")]),
    ],
)
def test_gunfire(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_gunfire_warned_of_is_no_attack() -> None:
    # a hedge still takes the gunfire back
    assert found("Residents of Kherson fear gunfire could return to the city.") == []
