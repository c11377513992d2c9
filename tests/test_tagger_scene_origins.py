"""Places given to the wrong scene: a place that only owns the attack ("Moscow's New Year's Day attack on
Ukraine": a capital standing for its state, a named day between it and the attack), or that the attack came
from, is no scene of the strike the sentence reports.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from tagger_cases import typed_places as found

NEW_YEAR = date(2024, 1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's New Year's Day drone strike hit a school in Kharkiv.", [("school", "Kharkiv")]),
        ("Moscow's New Year's Eve missile barrage hit homes in Kharkiv.", [("residential", "Kharkiv")]),
        ("Moscow's New Year's Day attack on Ukraine killed four people.", [("unspecified", "UA")]),
        (
            "Kharkiv was still without power on Wednesday after Moscow's New Year's Day attack on Ukraine.",
            [("power_grid", "Kharkiv")],
        ),
    ],
)
def test_a_capital_owning_a_named_days_attack_is_no_scene(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, NEW_YEAR) == expected


def test_a_capital_owning_a_loss_of_aircraft_is_no_scene() -> None:
    text = (
        "Blasts destroyed six warplanes at an air base in Crimea, in what may be Moscow’s worst loss of"
        " military aircraft."
    )
    assert "Moscow" not in {place for _, place in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the possessive's phrase ends before the attack: the city's own people or places were hit
        "Moscow's residents slept through drone attacks on the city overnight.",
        "Odesa's seaside cafes stayed open despite missile strikes overnight.",
    ],
)
def test_a_possessive_phrase_ended_before_the_attack_keeps_the_city(text: str) -> None:
    places = {place for _, place in found(text)}
    assert places & {"Moscow", "Odesa"}
