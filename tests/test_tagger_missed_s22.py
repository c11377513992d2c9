"""Reports the sentence rules used to miss (session 22): each rule has an invented text modelled on the
pattern and a negative case it must leave alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_places_days as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the town' a capture takes is the settlement the story named last, in the sentence before
        (
            "Maps around the rail hub of Lyman in the east changed colour on Thursday. A Ukrainian "
            "counter-attack had retaken most of the town by the evening.",
            [("settlement_control", "Lyman", "2024-03-21", "day")],
        ),
        (
            "Russian shelling hit the city of Kupiansk for weeks. Ukrainian troops retook the city on "
            "Friday, the army said.",
            [("settlement_control", "Kupiansk", "2024-03-22", "day")],
        ),
    ],
)
def test_capture_of_the_town_named_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the village' is most often one the gazetteer does not list, not the town named before
        (
            "Russian shelling hit the city of Kupiansk for weeks. Ukrainian troops retook the village on "
            "Friday, the army said.",
            [("unspecified", "Kupiansk", "2024-03-23", "week")],
        ),
        # the sentence places its own town ('near Izium'): no capture of the one named before
        (
            "Russian shelling hit the city of Kupiansk for weeks. Ukrainian troops retook the town near "
            "Izium on Friday.",
            [("unspecified", "Kupiansk", "2024-03-23", "week")],
        ),
        # a narrative set months after an earlier date is history, not this report's capture
        (
            "Russian forces seized the town of Lyman in May after a long battle. Four months later Ukrainian "
            "troops liberated the town.",
            [],
        ),
    ],
)
def test_no_capture_of_the_town_named_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack made on a head of state himself falls in his country
        (
            "Investigators say the drone strike on President Putin came from the west.",
            [("unspecified", "RU", "2024-03-23", "week")],
        ),
        (
            "Officials say Putin was targeted by two drones overnight.",
            [("unspecified", "RU", "2024-03-23", "day")],
        ),
        (
            "A drone strike targeting Zelensky killed two of his guards.",
            [("unspecified", "UA", "2024-03-23", "week")],
        ),
    ],
)
def test_attack_on_a_leader_is_in_his_country(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the leader's places or things are placed by what they name, not by him
        "Officials denounce the alleged drone attack on Putin's residence.",
        "Investigators say the drone strike on President Putin's convoy came from the west.",
        # words, not weapons
        "An MP launched a blistering attack on Putin over the war.",
    ],
)
def test_no_country_for_what_only_concerns_a_leader(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the struck home town of a country's person lies in that country
        (
            "The home town of Ukraine's biathlon champion was shelled overnight, officials said.",
            [("unspecified", "UA", "2024-03-23", "day")],
        ),
        (
            "Artillery pounded the native village of Ukraine's football captain.",
            [("unspecified", "UA", "2024-03-23", "week")],
        ),
        # no attack: the home town is only where people are
        ("Fans gathered in the home town of Ukraine's winning band to celebrate.", []),
    ],
)
def test_struck_home_town_of_a_country_s_person(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
