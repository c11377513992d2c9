"""Reports the sentence rules used to miss: an attack the text does report, whose place or wording the rules
did not read, which a hedge of urgency took back or whose victims alone say where it was. Each rule has an
invented sentence modelled on the pattern and a negative case it must leave alone (the rules alone,
`find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_countries as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims' settlement lies in the country named after it
        (
            "Mourners gathered after a strike that killed 12 people in a small village in southern Ukraine.",
            [("unspecified", "UA", None)],
        ),
        (
            "A missile attack wounded four people in a town in eastern Ukraine overnight.",
            [("unspecified", "UA", None)],
        ),
    ],
)
def test_settlement_of_country(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_settlement_of_country_needs_the_attack() -> None:
    # no attack word: a village in a country is no incident
    assert found("Farmers in a small village in southern Ukraine planted wheat this spring.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunfire is shots fired, an attack like shelling
        ("A burst of machine-gun fire erupted in Kherson.", [("unspecified", "UA", "Kherson")]),
        ("Gunfire was heard in central Kharkiv on Tuesday.", [("unspecified", "UA", "Kharkiv")]),
    ],
)
def test_gunfire(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_gunfire_warned_of_is_no_attack() -> None:
    # a hedge still takes the gunfire back
    assert found("Residents of Kherson fear gunfire could return to the city.") == []


def test_as_soon_as_possible_hedges_no_attack() -> None:
    # an urgency is no hedge of the strike told after it
    text = "Kyiv asked allies to deliver shells as soon as possible, as Russian drones hit Kharkiv overnight."
    assert found(text) == [("unspecified", "UA", "Kharkiv")]


def test_possible_attack_still_hedged() -> None:
    assert found("Officials said a possible strike on Kharkiv was being discussed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims' demonym of a side of the war says whose land the unplaced attack fell on
        ("Ukrainian violinist killed in artillery attack near the front.", [("unspecified", "UA", None)]),
        ("Russian war blogger was badly injured by a car bomb.", [("unspecified", "RU", None)]),
    ],
)
def test_victims_demonym(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a foreigner killed fell where the war is, not at home
        "Spanish photographer killed in rocket attack.",
        # who claims it is no victim
        "Ukrainian officials claimed he had been killed in a missile strike.",
    ],
)
def test_victims_demonym_not_fighters_foreigners_or_speakers(text: str) -> None:
    assert found(text) == []


def test_victims_demonym_not_fighters() -> None:
    # a side's fighters fall at the front, in the other country: not in Russia
    assert all(c != "RU" for _, c, _ in found("Russian soldiers were killed in a Ukrainian missile strike."))


def test_flag_raised_on_outskirts_is_capture() -> None:
    # a flag raised on the edge of a settlement reports its capture like one raised over it
    text = "Ukrainian soldiers hoisted their flag on the southern outskirts of the village of Robotyne."
    assert found(text) == [("settlement_control", "UA", "Robotyne")]


def test_flag_raised_on_a_day_is_no_capture() -> None:
    assert found("Ukrainian soldiers hoisted their flag on the eve of independence day in Kyiv.") == []


def test_person_shot_is_attack() -> None:
    assert found("A local official was shot in Melitopol on Friday.") == [("unspecified", "UA", "Melitopol")]


@pytest.mark.parametrize(
    "text",
    [
        # a film shot, a drone shot down: no one shot
        "The documentary was shot on location in Kharkiv last spring.",
        "The film was shot by a photographer in Odesa.",
        "A Russian drone was shot down over Kharkiv.",
    ],
)
def test_shot_film_or_drone_is_no_attack(text: str) -> None:
    assert found(text) == []
