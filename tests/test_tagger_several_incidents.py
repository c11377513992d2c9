"""Documents that report several incidents: the rules must find each, not fold one into another (seventeenth
session). Invented sentences modelled on the press's shapes, through `find_incidents`."""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two scenes joined by 'while' with no comma: each its own incident, each at its own place
        (
            "Families leave a Russian border village while Odesa residents count the damage from another "
            "drone strike",
            [("border_region", "RU"), ("unspecified", "Odesa")],
        ),
        (
            "Drones struck an oil depot in Russia while Kharkiv came under missile fire overnight.",
            [("fuel_depot", "RU"), ("unspecified", "Kharkiv")],
        ),
    ],
)
def test_while_joins_two_scenes(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_while_without_a_second_attack_adds_nothing() -> None:
    assert found("Drones struck an oil depot in Russia while Kharkiv officials said nothing.") == [
        ("fuel_depot", "RU")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every settlement of the list 'including' opens is a place struck
        (
            "Blasts were heard in several cities, including Kharkiv, Sumy and Odesa.",
            [("unspecified", "Kharkiv"), ("unspecified", "Odesa"), ("unspecified", "Sumy")],
        ),
        (
            "Explosions reported in northern and southern cities including Chernihiv and Mykolaiv.",
            [("unspecified", "Chernihiv"), ("unspecified", "Mykolaiv")],
        ),
        # one settlement: as before
        ("Blasts were heard in several cities, including Kharkiv.", [("unspecified", "Kharkiv")]),
        # 'such as' gives examples, not the list of places struck
        ("Blasts were heard in towns such as Kharkiv and Sumy.", [("unspecified", "Kharkiv")]),
    ],
)
def test_including_lists_each_place_struck(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack told, then the one it followed: each at its own place
        (
            "Three dead in strikes on Odesa following attack on Russian military airfield.",
            [("airport", "RU"), ("unspecified", "Odesa")],
        ),
        (
            "Drones hit a Russian oil depot following missile strikes on Kharkiv.",
            [("fuel_depot", "RU"), ("unspecified", "Kharkiv")],
        ),
        # one attack and what followed it: still one incident, placed as before
        ("Zelensky urges allies to act following missile strikes.", [("unspecified", "UA")]),
        ("Power was cut in Odesa following strikes on a substation.", [("substation", "Odesa")]),
    ],
)
def test_following_parts_two_attacks(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
