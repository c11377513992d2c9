"""False alarms of the sentence rules outside the war: a match report's 'attack' (a team's forwards), each
with a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # a match report headed by its score
        "Ukraine 2-2 Scotland: Attack 'lacked bite', says Scotland coach.",
        "Poland 0-1 Ukraine: Defence held firm but attack fired blanks, admits manager.",
        # a team's attack told beside its match
        "The coach said his side was toothless in attack as they were held to a draw in the qualifier.",
        "Ukraine looked sharper in attack after the break and scored twice.",
    ],
)
def test_a_teams_attack_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack with no match beside it
        ("Two were killed in attack on a power plant in Kharkiv overnight.", [("power_plant", "Kharkiv")]),
        # the score's rubric covers its own clause only
        (
            "Ukraine 1-0 Wales: fans cheer the win; Russian missiles hit a power plant in Kharkiv overnight.",
            [("power_plant", "Kharkiv")],
        ),
    ],
)
def test_attack_beside_no_match_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
