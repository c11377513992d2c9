"""False alarms of the sentence rules in stories of mishaps: munitions that catch fire and go off by accident
(at a training ground, next to a cooking fire) or a bomb released by accident report no strike; a depot set
alight by a drone, or a missile named beside the mishap's words, still does.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        "A mortar shell caught fire and exploded at a military training ground near Voronezh.",
        "Ammunition caught fire and blew up at an army firing range outside Belgorod.",
        # a weapon gone off by mishap: the blast is its own
        "An explosion in Voronezh was caused by an accidental release of aircraft munitions, officials said.",
    ],
)
def test_munitions_going_off_by_mishap_are_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian drone struck an ammunition depot near Belgorod and the shells caught fire and exploded.",
        "Shells caught fire and exploded at an ammunition depot near Belgorod after a drone strike.",
    ],
)
def test_a_strike_that_sets_ammunition_alight_is_still_reported(text: str):
    assert found(text) == [("defense_industry", "Belgorod")]


@pytest.mark.parametrize(
    "text",
    [
        # the mishap ruled out, the strike named by its own words
        "The blast at the Belgorod power plant came from a drone strike, not an accidental release of bombs.",
        # a weapon named outside the mishap's words
        "A Russian missile struck the power plant in Belgorod while cooking was under way in the canteen.",
    ],
)
def test_a_strike_beside_a_mishaps_words_is_still_reported(text: str):
    assert found(text) == [("power_plant", "Belgorod")]
