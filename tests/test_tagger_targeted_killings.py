"""Targeted killings: a bombing with victims and no struck country (etl/tagging/bombings.py), a person killed
or hurt by a car bomb, a blast or a booby trap, is an attack reported, placed at the country its sentence
names; an assassination told with its place is an attack there (lexicon.toml, attack). Invented sentences;
the rules alone (`find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_countries as found
from tagger_cases import typed_settlements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victim and the device, the country named beside them
        (
            "Separatist mayor in occupied Ukraine killed in car bombing, officials say.",
            [("unspecified", "UA", None)],
        ),
        (
            "A retired Russian colonel was badly injured by a bomb hidden in a parcel, police said.",
            [("unspecified", "RU", None)],
        ),
        # the device first, then its victims
        (
            "Car bomb kills an occupation judge in southern Ukraine, police say.",
            [("unspecified", "UA", None)],
        ),
    ],
)
def test_a_bombing_with_victims_is_placed_at_its_sentence_country(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a victim named by a relative clause: the bombing retold
        "A Russian writer spoke at the funeral of his son, who was killed in a car bombing.",
        # blame for a bombing reported before
        "US officials believe Ukraine was behind the car bomb that killed a Russian commentator.",
        # the country of the headline's label is no scene
        "Ukraine live briefing: blast kills pro-war commentator, investigators say.",
        # no device: a bare killing still needs a struck country
        "A Russian officer was killed, Ukrainian officials said.",
    ],
)
def test_a_retold_or_unplaced_bombing_is_no_incident(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the assassination of a person, told where it happened
        (
            "Police held a suspect over the assassination of a war blogger in a restaurant in Moscow.",
            [("commercial", "Moscow", "RU-MOW")],
        ),
        (
            "A Russian-installed official was assassinated in Melitopol on Monday.",
            [("unspecified", "Melitopol", "UA-23")],
        ),
    ],
)
def test_an_assassination_is_an_attack_where_it_happened(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert typed_settlements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plot or an attempt foiled is no assassination made
        "Security services said they foiled the assassination of a governor in Moscow.".replace(
            "foiled the", "foiled an"
        ),
        "Officials in Moscow uncovered a plot for the assassination attempt on a governor.",
        # the fear of being killed
        "The general fears being assassinated in Moscow.",
    ],
)
def test_an_assassination_feared_or_planned_is_no_incident(text: str) -> None:
    assert typed_settlements(text) == []
