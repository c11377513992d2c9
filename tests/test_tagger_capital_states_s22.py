"""A capital standing for its state where the sentence says what the state answers for or must do ('Kyiv
was responsible', 'Kyiv had nothing to do with', 'Kyiv is under pressure to'), what it receives ('handed
intelligence to Kyiv') or the blame laid on it ('blame ... on "reckless" Moscow'): the scene is elsewhere."""

from __future__ import annotations

import pytest
from tagger_support import found


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck an oil depot in Bryansk, and officials said Kyiv was responsible.",
        "A drone struck an oil depot in Bryansk; the president said Kyiv had nothing to do with the blast.",
    ],
)
def test_a_capital_answering_for_an_attack_is_no_scene(text: str) -> None:
    assert found(text) == [("fuel_depot", "Bryansk")]


def test_a_capital_under_pressure_to_act_is_no_scene() -> None:
    text = "Drones struck a depot in Bakhmut as Kyiv is under growing pressure to strike back."
    assert found(text) == [("unspecified", "Bakhmut")]


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit a fuel depot in Crimea, weeks after Washington handed intelligence to Kyiv.",
        "Drones hit a fuel depot in Crimea as the allies share satellite data with Kyiv.",
        "Drones hit a fuel depot in Crimea; the US has increased the intelligence it shares with Kyiv.",
    ],
)
def test_a_capital_receiving_arms_or_intelligence_is_no_scene(text: str) -> None:
    assert found(text) == [("fuel_depot", "UA-43")]


def test_a_capital_blamed_across_a_quoted_word_is_no_scene() -> None:
    text = (
        "The dam in Nova Kakhovka was blown up overnight, and residents "
        "cast blame for the flood on 'reckless' Moscow."
    )
    assert found(text) == [("dam", "Nova Kakhovka")]


@pytest.mark.parametrize(
    "text",
    [
        # what the city itself goes through keeps it the scene
        "Kyiv was under attack overnight as drones hit a power plant.",
        # food a convoy brings is no arms: the city may be the scene
        "Aid convoys delivered food to Kyiv after missiles struck a power plant there.",
        # the state answering for an attack on the capital leaves the capital the scene
        "A drone struck a power plant in Kyiv, officials said, and Moscow was behind it.",
    ],
)
def test_a_capital_struck_stays_the_scene(text: str) -> None:
    assert found(text) == [("power_plant", "Kyiv")]


@pytest.mark.parametrize(
    "text",
    [
        "She called the air strikes on the port part of the same Washington playbook.",
        "Moscow's propaganda targeting Russian speakers has divided families.",
    ],
)
def test_a_capital_naming_its_states_ways_is_no_scene(text: str) -> None:
    assert found(text) == []


def test_a_capital_whose_officials_report_stays_the_scene() -> None:
    assert found("Drones hit a power plant in Moscow overnight, Moscow officials said.") == [
        ("power_plant", "Moscow")
    ]


def test_a_capital_served_by_an_agent_is_no_scene() -> None:
    text = "Police arrested a man working for Kyiv after a drone hit an oil depot in Bryansk."
    assert found(text) == [("fuel_depot", "Bryansk")]


def test_a_capital_an_agent_acted_for_beside_the_scene() -> None:
    text = "A car bomb wounded a writer in Moscow; investigators say the suspect admitted acting for Kyiv."
    assert found(text) == [("unspecified", "Moscow")]
