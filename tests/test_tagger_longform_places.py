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
