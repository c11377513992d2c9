"""Places and regions the sentence rules give an incident (session 21): invented sentences modelled on the
patterns the press writes, each with a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def places(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(target type, place, admin1 code, country code) per incident of the rules alone."""
    doc = Document("t", REPORTED, text)
    found = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.place, i.admin1_code, i.country_code) for i in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Gaza Strip's towns as the English press spells them (GeoNames' own names are transliterations
        # such as Khān Yūnis, and outside the theatre only own names are indexed)
        (
            "An air strike hit a residential building in Khan Younis on Friday, medics said.",
            [("residential", "Khān Yūnis", "PS-KYS", "PS")],
        ),
        (
            "An air strike hit a residential building in Jabalia on Friday, medics said.",
            [("residential", "Jabālyā", "PS-NGZ", "PS")],
        ),
        # ... the strip's main city keeps its own name
        (
            "An air strike hit a residential building in Gaza City on Friday, medics said.",
            [("residential", "Gaza", "PS-NGZ", "PS")],
        ),
    ],
)
def test_gaza_towns_as_the_press_spells_them(text: str, expected: list[tuple[str, str, str, str]]):
    assert places(text) == expected
