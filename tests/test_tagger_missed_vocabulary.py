"""Reports the sentence rules used to miss because the attack was told in words the lexicon did not know
(seventeenth session). Each rule has an invented sentence modelled on the pattern and a negative case it must
leave alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_countries as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one bomb of a kind only ever planted or sent as an attack
        ("The consulate in Madrid received a letter bomb on Tuesday.", [("administrative", "ES", "Madrid")]),
        ("Separatist leader dies in car-bomb killing in Donetsk.", [("unspecified", "UA", "Donetsk")]),
        # with its verb when it kills, as before
        ("Car bomb kills a local official in Melitopol.", [("unspecified", "UA", "Melitopol")]),
    ],
)
def test_one_planted_bomb_is_attack(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plural names a kind of weapon, a plot or a scare no bomb that went off
        "Investigators said the group was turning old vans into car bombs.",
        "Police in Madrid said they had uncovered a car bomb plot.",
    ],
)
def test_bomb_kind_or_plot_is_no_attack(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A small drone dive-bombed a trench near Bakhmut.",
        "Footage shows a Ukrainian drone dive bomb Russian soldiers near Bakhmut.",
    ],
)
def test_dive_bombing_is_attack(text: str) -> None:
    assert found(text) == [("unspecified", "UA", "Bakhmut")]


def test_dive_bombing_drones_as_a_kind_is_no_attack() -> None:
    assert found("The film features dramatized footage of dive bombing drones.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a side of the war that sends weapons, no recipient after them: it fires them
        "Russia sends bombs as Ukraine marks a grim anniversary.",
        "Russia sends drones across Ukraine overnight.",
    ],
)
def test_side_sending_weapons_is_attack(text: str) -> None:
    assert found(text) == [("unspecified", "UA", None)]


@pytest.mark.parametrize(
    "text",
    [
        # weapons sent to someone are goods delivered
        "Russia sent more missiles to Belarus last week.",
        "Ukraine sent drones for testing in Poland.",
    ],
)
def test_side_sending_weapons_to_someone_is_no_attack(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting on Russian soil is an incursion, an event of its own
        ("Fighting was reported in Russia's Kursk region on Tuesday.", [("unspecified", "RU", None)]),
        ("Heavy fighting in the Russian region of Belgorod went on.", [("unspecified", "RU", None)]),
    ],
)
def test_fighting_on_russian_soil_is_attack(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fighting in Ukraine, or in land Russia holds there, is the war's backdrop
        "Foreign volunteers are fighting in Ukraine.",
        "Civilians fled the fighting in Russian-occupied Melitopol.",
    ],
)
def test_fighting_elsewhere_is_no_attack(text: str) -> None:
    assert found(text) == []


def test_person_shot_by_a_sides_fighters_is_attack() -> None:
    # the participle after its noun: the victim's demonym says where
    text = "The Ukrainian woman shot by Russian soldiers on the front line."
    assert found(text) == [("unspecified", "UA", None)]


def test_film_shot_by_a_director_is_no_attack() -> None:
    assert found("The Ukrainian film shot by a Russian director premiered in Kyiv.") == []


def test_weapons_pummelling_a_place_is_attack() -> None:
    text = "Russian rockets have been pummelling a village near Kherson, officials said."
    assert found(text) == [("unspecified", "UA", "Kherson")]


@pytest.mark.parametrize(
    "text",
    [
        # no weapon pummels: a hardship, a quarrel
        "Sanctions have been pummelling the economy of Kharkiv.",
        "Critics have been pummelling the minister in Kyiv for weeks.",
    ],
)
def test_pummelling_without_a_weapon_is_no_attack(text: str) -> None:
    assert found(text) == []
