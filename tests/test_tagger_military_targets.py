"""Military and territory categories (session 17): kit an attack is made with is the weapon, not a
military site hit; 'military targets' a side says it hit, or a thing is called, is its word, not a site hit; a
tank that sits or stands in a shelled town is a caption's scene, not a hit; a strike on a side's troops hits a
military target.

Invented sentences modelled on the development items' shapes, each with the exact incidents `find_incidents`
must return, and a near case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kit an attack is made with is the weapon: the attack names no target
        (
            "Ukrainian forces have been shelling Russian lines near Bakhmut with a Swedish-made howitzer.",
            [("unspecified", "Bakhmut")],
        ),
        # ... but kit hit with a drone is the target (the drone is the weapon)
        (
            "Ukrainian forces hit with a drone a Russian tank near Bakhmut.",
            [("military_site", "Bakhmut")],
        ),
        # 'military targets' a side claims to have hit: what the blasts hit is the story's target
        (
            "Despite Moscow's claims it has struck important military targets, the blasts in Odesa left the "
            "city facing blackouts.",
            [("power_grid", "Odesa")],
        ),
        # ... and a thing called a military target is not one hit
        (
            "The governor said the bridge in Kherson, shelled again on Friday, is therefore a legitimate "
            "military target.",
            [("bridge", "Kherson")],
        ),
        # ... while military targets hit stay a military site
        (
            "Ukrainian drones hit military targets near Melitopol overnight, the army said.",
            [("military_site", "Melitopol")],
        ),
    ],
)
def test_military_words_that_name_no_site_hit(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's tank that sits or stands in a shelled town, a photograph's caption, is not what was hit
        (
            "A Ukrainian tank stands in a street of Kupiansk, a town shelled by Russian forces on Tuesday.",
            [("public_venue", "Kupiansk")],
        ),
        # ... a tank destroyed where it was parked was hit
        (
            "Russian artillery destroyed a Ukrainian tank parked in the town of Kupiansk.",
            [("military_site", "Kupiansk")],
        ),
    ],
)
def test_a_tank_in_a_caption_is_not_hit(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike on a side's troops hits them where they are: a military target
        (
            "A Ukrainian missile strike on Russian troops near Tokmak killed dozens, officials said.",
            [("military_site", "Tokmak")],
        ),
        # ... an attack on them readers leave unspecified
        (
            "Drone video shows an attack on Russian troops near Tokmak, the army said.",
            [("unspecified", "Tokmak")],
        ),
    ],
)
def test_a_strike_on_troops(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
