"""False alarms of the sentence rules whose evidence is a sentence of the body, eighteenth session: attacks
told as tried ('attempted drone attacks', 'drones attempting to strike'), each with a sentence of the same
shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # an attack tried, with no target it reached
        "Flights were halted in Kazan after officials reported attempted drone attacks.",
        "A drone made an attempted strike near Tver, officials said.",
        "Officials said the drones were attempting to strike a refinery near Ryazan.",
    ],
)
def test_attempted_attack_reports_nothing(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attempt's target named: the drones reached it
        ("Moscow accused Kyiv of an attempted drone attack on the Kremlin.", [("administrative", "Moscow")]),
        # an attack made, beside the word 'attempt' used of something else
        (
            "Russian drones struck a substation in Kharkiv after attempts at talks failed.",
            [("substation", "Kharkiv")],
        ),
    ],
)
def test_attack_beside_an_attempt_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
