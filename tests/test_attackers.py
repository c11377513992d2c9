"""An attack the text places nowhere but whose side it names: kept at country precision in the country that
side is at war with (etl/data/attacker_targets.csv), and only then."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.attackers import attacker_targets
from etl.tagging.tagger import find_incidents


def found(text: str) -> list[tuple[str, str, str]]:
    """(target type, country, geo precision) per incident the rules find."""
    doc = Document("t", date(2023, 5, 1), text)
    return sorted((i.target_type, i.country_code or "", i.geo_precision) for i in find_incidents(doc))


def test_the_pairs_come_from_the_data_file() -> None:
    assert attacker_targets() == {"RU": "UA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the side acting, in a report about Ukraine
            "Ukraine war: Russia launches second pre-dawn missile attack in three days.",
            [("unspecified", "UA", "country")],
        ),
        (  # its weapons
            "Puppy pulled out of debris after Russian shelling. Rescuers in Ukraine found it alive.",
            [("unspecified", "UA", "country")],
        ),
        (  # by the side, with a named target
            "A surgeon was killed by Russian missiles as she dropped off her son at a nursery in Ukraine.",
            [("school", "UA", "country")],
        ),
    ],
)
def test_an_unplaced_attack_by_a_listed_side_falls_on_its_enemy(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the document never names the country the side is at war with
        "Players were called off the pitch several times because of the danger of Russian air attacks.",
        # the side is the one struck
        "Ukraine's drone bombers rain down grenades on Russian forces.",
        # a side not listed: Ukraine's strikes land in Russia and in occupied Ukraine alike
        "Ukrainian drones attacked overnight, officials in Ukraine said.",
    ],
)
def test_no_country_without_a_listed_attacker_and_its_enemy(text: str) -> None:
    assert found(text) == []


def test_a_named_place_still_wins() -> None:
    assert found("Russian missiles hit Kharkiv overnight, Ukraine said.") == [("unspecified", "UA", "place")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed side's front line and field armour lie in the country it is at war with
        (
            "Ukraine Attacks Russian Positions as Signs of Counteroffensive Grow.",
            [("military_site", "UA", "country")],
        ),
        ("Video Shows Russian Tank Obliterated in Ukrainian Strike", [("military_site", "UA", "country")]),
        # and so does a site of its in land it holds
        (
            "Ukraine Hits Russian Ammunition Depot Deep in Occupied Territory.",
            [("defense_industry", "UA", "country")],
        ),
        # a strategic site of the side stays in its own country
        (
            "Ukrainian drones struck a Russian military airfield, the governor said.",
            [("airport", "RU", "country")],
        ),
    ],
)
def test_whose_front_line_it_was_says_where(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
