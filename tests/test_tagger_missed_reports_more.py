"""More reports the sentence rules used to miss: an attack the text does report whose place the rules read
wrongly or not at all. Each rule has an invented sentence modelled on the pattern and a negative case it must
leave alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_countries as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative word after the demonym's settlement opens a clause about the settlement: the weapon in it
        # is not the side's, and the settlement's country is the scene
        (
            "Ukrainian town where a rocket killed 14 begins to mourn its victims.",
            [("unspecified", "UA", None)],
        ),
        (
            "Russian village where a drone strike killed three starts clearing the rubble.",
            [("unspecified", "RU", None)],
        ),
        ("Ukrainian town that a missile struck begins to bury its dead.", [("unspecified", "UA", None)]),
    ],
)
def test_settlement_relative_clause_is_no_side(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


def test_side_weapons_still_name_the_attacker() -> None:
    # "Russian missiles": the side's weapons, its attack falls in the country it is at war with
    assert found("Russian missiles killed 14 people overnight.") == [("unspecified", "UA", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of explosions shaking places, and places joined by 'and', then the country they lie in
        ("Explosions rattled towns and cities across Ukraine on Tuesday.", [("unspecified", "UA", None)]),
        ("Blasts shook villages across Russia overnight.", [("unspecified", "RU", None)]),
        (
            "Missile strikes hit homes and schools across Ukraine.",
            [("residential", "UA", None), ("school", "UA", None)],
        ),
    ],
)
def test_attack_shakes_places_across_country(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_places_shaken_by_no_attack_are_no_incident() -> None:
    # the verb alone is no attack: wind or protests that shake cities report nothing
    assert found("Strong winds rattled towns and cities across Ukraine on Tuesday.") == []
    assert found("Protests shook cities across Russia on Saturday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a barrage 'of' a country fell on it, as 'strikes on' a country do
        (
            "Moscow's 12-hour aerial barrage of Ukraine killed at least 20 civilians.",
            [("unspecified", "UA", None)],
        ),
        (
            "The overnight bombardment of Russia wounded four people, officials said.",
            [("unspecified", "RU", None)],
        ),
    ],
)
def test_barrage_of_country(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_campaign_owned_by_pronoun_is_no_barrage_of_country() -> None:
    # 'his bombardment of Ukraine': the side's campaign as a setting, no one attack
    assert found("The shells are used in his bombardment of Ukraine, officials said.") == []
