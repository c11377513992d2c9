"""Where an incident was, country included: a side's demonym misspelt, a second target in a region named only
to say where a settlement lies, an incident placed only in a region and the one settlement the story names
there; short invented reports through `find_incidents` alone (place and region only: test_tagger_places)."""

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


def test_region_that_says_where_a_settlement_lies_is_the_settlement() -> None:
    """Both targets of the sentence were hit in the town; the region only says where the town lies."""
    text = (
        "Homes and a clinic were damaged by a Russian missile attack on Kostiantynivka in the Donetsk region "
        "on Friday night, officials said."
    )
    assert placed(text) == [
        ("hospital", "Kostiantynivka", "UA-14", "UA"),
        ("residential", "Kostiantynivka", "UA-14", "UA"),
    ]


def test_region_named_on_its_own_stays_the_region() -> None:
    """A region named as a scene of its own, not after a settlement, still places the target."""
    text = (
        "A clinic in Kostiantynivka was shelled on Friday, and homes were damaged by drones in the Kharkiv "
        "region, officials said."
    )
    assert ("residential", None, "UA-63", "UA") in placed(text)


def test_misspelt_demonym_names_its_country() -> None:
    """'Ukranian', a common misspelling, is the demonym of Ukraine: the grain depots were Ukraine's."""
    text = "Overnight, the Kremlin once again attacked Ukranian grain storage depots, officials said."
    assert placed(text) == [("agriculture", None, None, "UA")]


def test_region_of_a_headline_is_the_one_village_the_story_names_there() -> None:
    """A headline's region is the one settlement there that the story names as its scene."""
    text = (
        "Russia says it captured a village in Ukraine's Donetsk region.\n\n"
        "The defence ministry in Moscow said on Friday that its troops had taken full control of Opytne, "
        "a village to the west of the front."
    )
    assert placed(text) == [("settlement_control", "Opytne", "UA-14", "UA")]


def test_region_of_a_headline_stays_the_region_when_the_story_names_two_villages_there() -> None:
    """With two settlements of the region named, neither is the one scene: the region stays."""
    text = (
        "Shelling kills two in Ukraine's Donetsk region.\n\nTwo people were killed by Russian shelling on "
        "Friday, officials said. Residents of Opytne and Klishchiivka were told to leave."
    )
    assert placed(text) == [("unspecified", None, "UA-14", "UA")]
    one = text.replace(" and Klishchiivka", "")
    assert placed(one) == [("unspecified", "Opytne", "UA-14", "UA")]
