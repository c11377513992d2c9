"""Military, territory and bare-attack typing rules of session 20 (helper hF), through `find_incidents`.

Invented sentences modelled on the shapes the development set shows; each rule has a case it must catch and
one it must leave alone.
"""

from __future__ import annotations

import pytest
from tagger_support import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region's namesake city in the headline, the target in another settlement of that region
        (
            "Russian strike near Dnipro wounds five. A missile hit an apartment building in the town of "
            "Pidhorodne on Friday evening, the governor said.",
            [("residential", "Pidhorodnie")],
        ),
        (
            "Explosions rock Zaporizhzhia. The shelling damaged a school in Vasylivka, officials said.",
            [("school", "Vasylivka")],
        ),
    ],
)
def test_a_bare_attack_in_the_city_that_names_the_region_is_the_target_told_by_its_region(
    text: str, expected: list[tuple[str, str]]
):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another town of the region is a place struck of its own
        (
            "Russian shelling hits Nikopol. A missile struck a factory in Dnipro, the governor said.",
            [("industrial_plant", "Dnipro"), ("unspecified", "Nikopol")],
        ),
        # two bare attacks in settlements are each their own
        (
            "Blasts in Kharkiv and Kyiv overnight. A drone hit a warehouse in Chuhuiv.",
            [("commercial", "Chuhuiv"), ("unspecified", "Kharkiv"), ("unspecified", "Kyiv")],
        ),
    ],
)
def test_a_bare_attack_in_another_town_or_beside_another_bare_attack_stays(
    text: str, expected: list[tuple[str, str]]
):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missile strike on Russian-held Tokmak kills 60 troops.", [("military_site", "Tokmak")]),
        ("Kyiv said its strike on Tokmak killed more than 200 soldiers.", [("military_site", "Tokmak")]),
        # a word between the count and the soldiers: left as the readers leave it
        (
            "A strike on the town of Tokmak killed dozens of newly mobilised soldiers.",
            [("unspecified", "Tokmak")],
        ),
        ("A strike on Tokmak killed hundreds of pro-Kyiv troops.", [("unspecified", "Tokmak")]),
        # soldiers who kill are the attacker
        ("Russian soldiers killed 12 civilians in Bucha.", [("unspecified", "Bucha")]),
    ],
)
def test_a_strike_that_kills_a_count_of_soldiers_hits_them_where_they_are(
    text: str, expected: list[tuple[str, str]]
):
    assert found(text) == expected
