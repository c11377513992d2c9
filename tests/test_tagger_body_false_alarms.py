"""False alarms of the sentence rules whose evidence is a sentence of the body, eighteenth session: attacks
told as tried ('attempted drone attacks', 'drones attempting to strike'), weapons told as launched under a
headline that says they were brought down, attacks told as a habit of the war ('frequent missile attacks',
'regular shelling') and a side's campaign set behind another story ('as Russia targets its infrastructure'),
each with a sentence of the same shape that still reports an attack.

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


_DOWNING = "Ukraine says it shot down 20 Russian drones over Kyiv. The capital was quiet by morning. "


def test_launch_under_a_downing_headline_tells_the_downed_attack():
    assert found(_DOWNING + "Russia launched 20 Shahed drones at Kyiv overnight, the air force said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hit named beside the launch
        (
            _DOWNING + "Russia launched 20 drones at Kyiv overnight, and debris damaged a house in the city.",
            [("residential", "Kyiv")],
        ),
        # an attack told after the downing, another event
        (
            _DOWNING + "It came a day after a Russian attack on Odesa.",
            [("unspecified", "Odesa")],
        ),
        # a headline that names no downing
        (
            "Russia attacks Ukraine overnight. The capital was quiet by morning. Russia launched 20 Shahed"
            " drones at Kyiv overnight, the air force said.",
            [("unspecified", "Kyiv")],
        ),
    ],
)
def test_launch_with_a_hit_or_without_a_downing_headline_still_reported(
    text: str, expected: list[tuple[str, str]]
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A new shelter in Sumy will protect pupils from frequent drone and missile attacks, the mayor said.",
        "Residents of Nikopol, which has seen regular shelling from across the river, queue for water.",
    ],
)
def test_attacks_as_a_habit_report_nothing(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the habit's attacks of one night, dated
        ("Regular Russian shelling of Nikopol overnight wounded two people.", [("unspecified", "Nikopol")]),
        ("Frequent Russian drone strikes on Nikopol overnight, police said.", [("unspecified", "Nikopol")]),
    ],
)
def test_dated_attacks_of_a_habit_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Crews work all night to keep the lights on as Russia targets Ukraine's energy infrastructure.",
        "Germany will give more aid to the grid as Moscow targets its infrastructure, the ministry said.",
        "Residents shelter in basements as Russia pounds Ukrainian cities.",
    ],
)
def test_campaign_behind_another_story_reports_nothing(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named place, or the night of the attack
        ("Residents shelter in basements as Russia pounds Kharkiv.", [("unspecified", "Kharkiv")]),
        ("People shelter in basements as Russia pounds Ukrainian cities overnight.", [("unspecified", "UA")]),
    ],
)
def test_attack_on_a_named_place_or_night_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
