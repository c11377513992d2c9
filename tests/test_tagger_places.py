"""Where an incident was: the place rules of the tagger on short invented reports (headline, blank line,
lead), through `find_incidents` alone."""

from __future__ import annotations

import pytest
from tagger_cases import typed_settlements as placed

from etl.gazetteer import load_gazetteer
from etl.gazetteer.nearhints import apply_near_hints
from etl.tagging.citydistricts import city_districts


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


def test_reporting_regional_office_keeps_the_story_city() -> None:
    """A region named only as the office that reports leaves the scene at the city the story is in."""
    text = (
        "Shelling hits southern city.\n\nRussian shelling of homes in the southern city of Mykolaiv killed "
        "two people on Friday. The Mykolaiv regional military administration said Russian forces also "
        "struck a school on Friday."
    )
    assert ("school", "Mykolaiv", "UA-48") in placed(text)


def test_region_as_scene_stays_the_region() -> None:
    """A region named as where it happened (not as the office speaking) stays the region."""
    text = (
        "Shelling hits southern city.\n\nRussian shelling of homes in the southern city of Mykolaiv killed "
        "two people on Friday. Russian forces also struck a school in the Mykolaiv region on Friday."
    )
    assert ("school", None, "UA-48") in placed(text)


def test_district_of_a_named_city_is_that_city() -> None:
    """A district set after a city's possessive is a quarter of that city, not a namesake elsewhere."""
    text = (
        "Drones attack capital.\n\nDrones attacked Kyiv overnight. Debris fell on a house in Kyiv's "
        "eastern Desnianskiy district on Sunday, damaging its roof."
    )
    found = placed(text)
    assert found and all((place, code) == ("Kyiv", "UA-30") for _, place, code in found)


def test_district_of_the_capital_is_the_capital() -> None:
    """'the capital's X district' is a quarter of the capital named before."""
    text = (
        "Drones attack capital.\n\nDrones attacked Kyiv overnight. Explosions were reported in the capital's "
        "Desnianskiy district on Sunday."
    )
    found = placed(text)
    assert found and all((place, code) == ("Kyiv", "UA-30") for _, place, code in found)


def test_district_without_city_possessive_keeps_its_place() -> None:
    """A district name with no city's possessive before it is left to the gazetteer."""
    assert city_district_owner("Shelling hit the Desnianskiy district on Sunday.") is None


def city_district_owner(text: str) -> tuple[str | None, str | None] | None:
    """The place city_districts gives the 'district' mention, when it changed it."""
    gazetteer = load_gazetteer()
    mentions = gazetteer.find_mentions(text)
    located = list(zip(mentions, gazetteer.resolve(mentions), strict=True))
    changed = [
        (p.name, p.admin1_code)
        for (_, p), (_, was) in zip(city_districts(text, located, gazetteer.is_capital), located, strict=True)
        if p != was
    ]
    return changed[0] if changed else None


_TWO_CITIES = (
    "Missiles hit Dnipro.\n\nRussian missiles struck Dnipro on Friday. Drones also hit an office tower in "
    "Moscow on Friday. Apartment blocks in the {} city were damaged, officials said."
)


def test_the_city_descriptor_country_must_agree() -> None:
    """'the central Ukrainian city' does not refer back to Moscow, the last city named."""
    found = placed(_TWO_CITIES.format("central Ukrainian"))
    assert ("residential", "Dnipro", "UA-12") in found
    assert ("residential", "Moscow", "RU-MOW") not in found


def test_the_city_descriptor_of_the_same_country_refers_back() -> None:
    """'the Russian city' after Moscow is Moscow."""
    assert ("residential", "Moscow", "RU-MOW") in placed(_TWO_CITIES.format("Russian"))


def test_neighbouring_settlement_is_the_namesake_nearby() -> None:
    """'neighbouring Andriivka' by Bakhmut is the Andriivka there, not a bigger one elsewhere."""
    text = (
        "Ukraine retakes village.\n\nUkrainian troops recaptured the village of Klishchiivka near Bakhmut "
        "on Sunday, days after they won back neighbouring Andriivka."
    )
    found = placed(text)
    assert ("settlement_control", "Andriivka", "UA-14") in found


def test_settlement_not_called_neighbouring_keeps_all_namesakes() -> None:
    """Without 'neighbouring' or 'nearby' the hint leaves a name's namesakes alone."""

    gazetteer = load_gazetteer()
    text = "Fighting went on in Bakhmut while Andriivka was shelled."
    mentions = gazetteer.find_mentions(text)
    hinted = apply_near_hints(text, mentions, gazetteer.index.bonus, {})
    assert [len(m.candidates) for m in hinted] == [len(m.candidates) for m in mentions]
    assert max(len(m.candidates) for m in hinted) > 1
