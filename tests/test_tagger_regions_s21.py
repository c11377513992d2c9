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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline that sets its event in a city ('in Kherson') or gives it its country's possessive
        # ("Ukraine's Kharkiv") names the city, though its lead goes on to the region of the same name
        (
            "Russian strike hits post office in Ukraine’s Kharkiv, killing 3.\n\n"
            "The attack was the latest to kill civilians in the Kharkiv region near the border.",
            [("commercial", "Kharkiv", "UA-63", "UA")],
        ),
        (
            "Russian shelling kills four people in Kherson.\n\n"
            "The governor said Russia had shelled the Kherson region, where a house was hit.",
            [("residential", "Kherson", "UA-65", "UA")],
        ),
        # ... a bare name before the event, or a city the event was only near, stays the lead's region
        (
            "Governor vows response after Belgorod drone attack.\n\n"
            "Further drone attacks were reported in Belgorod region on Monday, officials said.",
            [("unspecified", None, "RU-BEL", "RU")],
        ),
        (
            "Russian strike hits post office near Kharkiv, killing 3.\n\n"
            "The attack was the latest to kill civilians in the Kharkiv region near the border.",
            [("commercial", None, "UA-63", "UA")],
        ),
    ],
)
def test_headline_city_is_no_region_of_its_name(text: str, expected: list[tuple[str, str, str, str]]):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a front-line village GeoNames cities500 lacks (gazetteer_extra_places.csv): Novoselivske in Luhansk
        # Oblast, whose only namesake there is a Crimean Novoselovskoye
        (
            "Russia says it has captured the village of Novoselivske in north-eastern Ukraine.",
            [("settlement_control", "Novoselivske", "UA-09", "UA")],
        ),
        # ... the Crimean village by its own name stays in Crimea
        (
            "Russia says it has captured the village of Novoselovskoye in Crimea.",
            [("settlement_control", "Novoselovskoye", "UA-43", "UA")],
        ),
    ],
)
def test_front_line_village_the_index_lacked(text: str, expected: list[tuple[str, str, str, str]]):
    assert places(text) == expected
