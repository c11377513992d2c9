"""Where an incident was, second set: the place rules of the tagger on short invented reports, through
`find_incidents` alone."""

from __future__ import annotations

from datetime import date

from etl.gazetteer import load_gazetteer
from etl.gazetteer.nearhints import apply_near_hints
from etl.models import Document
from etl.tagging.citydistricts import city_districts
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def placed(text: str) -> list[tuple[str, str | None, str | None]]:
    """(target type, place, admin1 code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.place, i.admin1_code) for i in find_incidents(doc, named_events=()))


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
