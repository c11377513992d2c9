"""Target categories the rules added beside the ones readers label, in reports of attacks on civilian or
unspecified targets: a target of an earlier attack that the reported one answers, a trade called a market.

Invented sentences modelled on the patterns the labelled development items showed, each with the exact
incidents `find_incidents` must return, and a near case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's earlier attack, named by its possessive, is the cause of the reported one
        (
            "Russian missiles hit Mykolaiv overnight, days after Kyiv's strike on the road bridge.",
            [("unspecified", "Mykolaiv")],
        ),
        # ... as is the attack a reprisal answers
        (
            "Russian missiles hit Mykolaiv overnight in retaliation for the bombing of a rail bridge.",
            [("unspecified", "Mykolaiv")],
        ),
        (
            "Drones attacked Kherson on Sunday, a day after Moscow vowed to retaliate for a Ukrainian strike "
            "on its naval port.",
            [("unspecified", "Kherson")],
        ),
        # ... and the president who ties the reported attack to one
        (
            "The president tied the strikes on Mykolaiv to a bombing of the road bridge.",
            [("unspecified", "Mykolaiv")],
        ),
        # the bridge hit in the reported attack itself stays
        ("Russian missiles hit a road bridge in Mykolaiv overnight.", [("bridge", "Mykolaiv")]),
    ],
)
def test_earlier_attack_told_as_cause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trade a good reaches is no market hit
        (
            "Russian drones hit Izmail overnight, where grain waits to reach international markets.",
            [("unspecified", "Izmail")],
        ),
        # a market struck stays
        ("Russian shelling hit a market in Kherson on Friday.", [("commercial", "Kherson")]),
    ],
)
def test_market_as_trade(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prison named as where a person is punished or held is no target of the attack
        (
            "Medvedev threatened the men behind Saturday's bombing in Kherson with death in prison.",
            [("unspecified", "Kherson")],
        ),
        # a prison hit stays
        ("A missile hit the prison in Kherson on Saturday.", [("administrative", "Kherson")]),
    ],
)
def test_prison_of_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a home named as where a person died, with no attack told after it, is no target (the death beside
        # an attack still places an incident: only its type is asserted here)
        (
            "Shelling killed two in Kherson, and the actor died on Monday at his family home in Odesa.",
            [("unspecified", "Kherson"), ("unspecified", "Odesa")],
        ),
        # ... a home a shell hit as she died stays
        (
            "A woman died at her home in Kherson when a Russian shell hit it.",
            [("residential", "Kherson")],
        ),
    ],
)
def test_home_of_a_death(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
