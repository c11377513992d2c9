"""Where an incident was, seventeenth session: the place rules of the tagger on short invented reports
(headline, blank line, lead), through `find_incidents` alone."""

from __future__ import annotations

from datetime import date

import pytest

from etl.gazetteer import load_gazetteer
from etl.models import Document
from etl.tagging.pairedcountries import paired_countries
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def countries(text: str) -> list[tuple[str, str | None]]:
    """(target type, country code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.country_code) for i in find_incidents(doc, named_events=()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named target placed only as near a war country's border lies on the other side of it
        ("Two Russian helicopters shot down near the Ukrainian border.", [("military_site", "RU")]),
        ("Two Russian helicopters shot down near the border with Ukraine.", [("military_site", "RU")]),
        ("Drone strike hits bridge near the border with Russia.", [("bridge", "UA")]),
        # not where the sentence puts it in the country itself, nor 'from' a country (a target's origin)
        ("Two Russian helicopters shot down in Ukraine, officials say.", [("military_site", "UA")]),
        ("Drone strike hits bridge from Ukrainian side.", [("bridge", "UA")]),
    ],
)
def test_named_target_near_a_border_is_across_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert countries(text) == expected


def placed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(target type, place, admin1 code, country code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted(
        (i.target_type, i.place, i.admin1_code, i.country_code) for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline's target placed only through another clause's country: the lead's named facility
        (
            "Drone attack in Ukraine after oil refinery targeted.\n\nOfficials said the incident occurred at "
            "the Volgograd refinery on Tuesday.",
            [("oil_refinery", "Volgograd", "RU-VGG", "RU")],
        ),
        # a lead facility with no place of its own leaves the headline as it was
        (
            "Drone attack in Ukraine after oil refinery targeted.\n\nOfficials said the incident occurred at "
            "a refinery on Tuesday.",
            [("oil_refinery", None, None, "UA")],
        ),
    ],
)
def test_lead_facility_places_the_headline_target(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country outside the war named before the attacking side: not where the target was hit
        (
            "The chancellor pledges Ukrainian leader lasting German support as Russian strikes target "
            "power grid.",
            [("power_grid", "UA")],
        ),
        # a country outside the war named as where the target is stays its place
        ("A Russian drone hit a grain silo in Romania.", [("agriculture", "RO")]),
        ("Romanian port damaged by Russian drone.", [("port", "RO")]),
    ],
)
def test_third_country_before_the_attacking_side_is_aside(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side named only in a hyphenated pair: a side's attack still falls on it
        (
            "Russia-Ukraine talks end without a deal.\n\nOn the eve of talks in the Turkish capital, "
            "Russian attacks cut off power to half a million homes.",
            [("power_grid", "UA")],
        ),
    ],
)
def test_a_country_named_in_a_hyphenated_pair_is_named(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert countries(text) == expected


def test_only_pairs_of_countries_are_read() -> None:
    gazetteer = load_gazetteer()
    assert paired_countries("the Russia-Ukraine war", gazetteer) == {"RU", "UA"}
    assert paired_countries("Kremlin-backed officials flew Iranian-made drones", gazetteer) == set()
