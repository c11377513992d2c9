"""Places a story gives its incidents: a headline that says the country as a whole in words ('much of
Ukraine', 'across the country', 'the country's grid') keeps the country rather than the one city its lead
then names, since readers place such a country-wide attack in the country only; a settlement named before
the region it lies in ('a barrage at Mykolaiv, ... exports through the Mykolaiv region') is what the next
sentence's attack refers back to, not the region of a background clause; an attack a sentence places only
in an unnamed occupied town ('Blast kills Russian officers in occupied city') is on the occupier's front; a
bombing's victims are where the sentence says they were ('in Ukraine'), not in the country they fought; and
"Ukraine's Kharkiv, Sumy" lists two cities, not a village named "Ukraine's Kharkiv" in the Sumy region (nor is
"Central Kursk, Crimea" a Crimean village); a supplier's kit ('a US Patriot battery') hit in a sentence on the
war was hit on the warring side's front.
"""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 2, 8)


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(type, place, admin1 code, country) per incident the rules find."""
    doc = Document("t", REPORTED, text)
    return sorted(
        (i.target_type, i.place, i.admin1_code, i.country_code) for i in find_incidents(doc, named_events=())
    )


def test_a_headline_on_much_of_the_country_keeps_the_country_over_the_leads_city() -> None:
    text = (
        "Much of Ukraine left without heating after drone strikes.\n\n"
        "Half of the homes in Lviv had no heat on Thursday, the city's mayor said."
    )
    assert found(text) == [("heating", None, None, "UA")]


def test_a_headline_on_power_across_the_country_keeps_the_country() -> None:
    text = (
        "Engineers work to restore power across the country after Russian missiles hit the grid.\n\n"
        "In Poltava, repair crews worked through the night."
    )
    assert [(t, p, c) for t, p, _, c in found(text)] == [("power_grid", None, "UA")]


def test_a_headline_that_names_no_whole_still_takes_the_leads_city() -> None:
    text = (
        "Russian missiles hit heating plants in Ukraine.\n\n"
        "Half of the homes in Lviv had no heat on Thursday, the city's mayor said."
    )
    assert found(text) == [("heating", "Lviv", "UA-46", "UA")]


def test_a_settlement_named_before_its_region_is_the_place_the_next_sentence_refers_to() -> None:
    text = (
        "Ukraine recap: missiles hit Mykolaiv.\n\n"
        "Russia fired a missile barrage at Mykolaiv overnight, the largest since grain exports through the "
        "Mykolaiv region stopped. The attack damaged port infrastructure and houses, officials said."
    )
    assert found(text) == [("port", "Mykolaiv", "UA-48", "UA"), ("residential", "Mykolaiv", "UA-48", "UA")]


def test_a_region_named_after_a_settlement_elsewhere_stays_the_region() -> None:
    text = (
        "Ukraine recap: shelling in the south.\n\n"
        "Russian troops shelled Kherson overnight and then villages across the Mykolaiv region. "
        "The attack damaged houses, officials said."
    )
    assert ("residential", None, "UA-48", "UA") in found(text)


def test_a_bombing_in_an_occupied_town_is_on_the_occupiers_front() -> None:
    text = "Blast kills two Russian officers in occupied city, Ukraine intelligence says."
    assert found(text) == [("unspecified", None, None, "UA")]


def test_a_bombing_in_a_town_nobody_holds_stays_with_the_victims_country() -> None:
    text = "Blast kills two Russian officers in a city, Ukraine intelligence says."
    assert found(text) == [("unspecified", None, None, "RU")]


def test_a_named_country_is_not_overruled_by_occupied_land_named_in_passing() -> None:
    text = (
        "Two Russian soldiers were killed in a car bombing in central Russia on their way back from "
        "occupied territories."
    )
    assert found(text) == [("unspecified", None, None, "RU")]


def test_a_bombing_victim_fighting_a_country_in_another_was_hit_where_he_fought() -> None:
    text = "A Canadian volunteer was killed by a mortar explosion while fighting Russia in Ukraine."
    assert found(text) == [("unspecified", None, None, "UA")]


def test_a_bombing_victim_with_no_country_said_as_where_keeps_the_nearest_country() -> None:
    text = "A Canadian volunteer was killed by a mortar explosion while fighting Russia."
    assert found(text) == [("unspecified", None, None, "CA")]


def test_a_countrys_possessive_city_before_a_comma_lists_two_cities() -> None:
    text = "Nine hurt in Russian strikes on Ukraine’s Kharkiv, Sumy."
    assert found(text) == [("unspecified", "Kharkiv", "UA-63", "UA"), ("unspecified", "Sumy", "UA-59", "UA")]


def test_an_unlisted_village_before_a_bare_region_is_still_placed_in_that_region() -> None:
    assert found("Russian troops shelled Volfyne, Sumy.") == [("unspecified", "Volfyne", "UA-59", "UA")]


def test_a_city_centre_before_a_comma_is_the_city_not_a_village_of_the_next_region() -> None:
    doc = Document("t", REPORTED, "Russia Blames Ukraine for Drone Strikes on Central Kursk, Crimea.")
    found_now = {(i.place, i.admin1_code) for i in find_incidents(doc, named_events=())}
    assert found_now == {("Kursk", "RU-KRS"), (None, "UA-43")}


def test_kit_a_state_outside_the_war_supplied_was_hit_on_the_warring_sides_front() -> None:
    text = "Ukraine denies Russian claims that a missile destroyed a US Patriot battery."
    assert found(text) == [("military_site", None, None, "UA")]


def test_a_suppliers_kit_in_a_sentence_naming_no_side_at_war_stays_the_suppliers() -> None:
    text = "A US Patriot battery was damaged in a drone strike, the Pentagon said."
    assert found(text) == [("military_site", None, None, "US")]
