"""Places of the sentence rules in long-form text (digests, live reports, articles), where a place named
sentences before, a launch site or a list of regions can be given to the wrong incident: invented reports
modelled on the press's patterns, run through `find_incidents`."""

from __future__ import annotations

from tagger_cases import typed_settlements


def test_a_place_struck_in_the_passive_is_the_scene_not_a_side_striking() -> None:
    """'An air base in Kursk was struck on Wednesday': the place before 'was struck' was hit; only 'Russia
    struck ...' makes a place the side that strikes."""
    text = "A Russian air base in Kursk was struck on Wednesday night, a Ukrainian official said."
    assert typed_settlements(text) == [("airport", "Kursk", "RU-KRS")]
    assert typed_settlements("A fuel depot in Belgorod was attacked on Monday.") == [
        ("fuel_depot", "Belgorod", "RU-BEL")
    ]


def test_a_side_that_struck_stays_the_attacker() -> None:
    text = "Moscow struck a power plant in Kharkiv on Monday."
    assert typed_settlements(text) == [("power_plant", "Kharkiv", "UA-63")]


def test_beside_a_capital_that_is_a_region_of_its_own_is_the_region_around_it() -> None:
    """Minsk, like Kyiv or Moscow, is a region of its own inside another (Minsk Oblast): an airfield 'near the
    capital Minsk' lies in the region around it, and a village named there keeps that region."""
    text = "Partisans said a drone attack damaged a military aircraft at an airfield near the capital Minsk."
    assert typed_settlements(text) == [("airport", None, "BY-MI")]


def test_a_capital_named_as_the_scene_stays_the_city() -> None:
    text = "A drone struck an apartment block in Minsk on Monday."
    assert typed_settlements(text) == [("residential", "Minsk", "BY-HM")]
