"""Where an incident was: the place rules of the tagger on short invented reports (headline, blank line,
lead), through `find_incidents` alone."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def placed(text: str) -> list[tuple[str, str | None, str | None]]:
    """(target type, place, admin1 code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.place, i.admin1_code) for i in find_incidents(doc, named_events=()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead names the headline's event only as near a town: the town places it
        (
            "Footage shows key bridge destroyed by Russia.\n\nThe footage shows the aftermath of fighting "
            "near Kupiansk, Ukraine, where a supply route has come under attack.",
            [("bridge", "Kupiansk", "UA-63")],
        ),
    ],
)
def test_lead_near_a_place_places_the_headline(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert placed(text) == expected


def test_lead_near_a_place_gives_way_to_its_scene() -> None:
    """A lead that names a scene as well keeps it, the place it was near only a reference point."""
    text = (
        "Footage shows key bridge destroyed by Russia.\n\nThe footage shows the aftermath of an attack in "
        "Izium, not far from Kupiansk, where a supply route was hit."
    )
    assert placed(text) == [("bridge", "Izium", "UA-63")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter dropped from a city's name that a village's name is also one edit from: the city
        (
            "A Russian missile hit a school in Chernhiv on Friday.",
            [("school", "Chernihiv", "UA-74")],
        ),
    ],
)
def test_misspelt_city_beats_a_village_one_edit_away(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert placed(text) == expected


def test_a_word_longer_than_the_town_is_no_misspelling_of_it() -> None:
    """'Kuzminsky' has a letter more than Moscow's Kuz'minki: a training ground's name, not the quarter."""
    places = {p for _, p, _ in placed("A shell exploded at the Kuzminsky training ground, killing three.")}
    assert "Kuz’minki" not in places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kyiv neighbourhood GeoNames lists as a settlement of the city-region is Kyiv
        (
            "A drone hit an administrative building in Holosiiv overnight.",
            [("administrative", "Kyiv", "UA-30")],
        ),
        # not a namesake village elsewhere: Obolon in Poltava region named with its region
        (
            "Shelling damaged houses in Obolon, Poltava region.",
            [("residential", "Obolon", "UA-53")],
        ),
    ],
)
def test_kyiv_quarters_are_kyiv(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert placed(text) == expected


def test_a_capital_that_needs_something_is_its_state() -> None:
    """'Russia and Kyiv both need a breakthrough': Kyiv is the state; the town shelled places it."""
    text = (
        "Russia and Kyiv both need a breakthrough, as artillery shelled the outskirts of the town of Orikhiv "
        "on Sunday."
    )
    assert placed(text) == [("unspecified", "Orikhiv", "UA-23")]


def test_a_capital_attacked_is_still_the_scene() -> None:
    """An attack on the capital is no state's need: 'Drones attacked Kyiv, which needs more air defence'."""
    assert placed("Russian drones attacked Kyiv, which needs more air defence.") == [
        ("unspecified", "Kyiv", "UA-30")
    ]
