"""Reports the sentence rules used to miss (session 22): each rule has an invented text modelled on the
pattern and a negative case it must leave alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_places_days as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the town' a capture takes is the settlement the story named last, in the sentence before
        (
            "Maps around the rail hub of Lyman in the east changed colour on Thursday. A Ukrainian "
            "counter-attack had retaken most of the town by the evening.",
            [("settlement_control", "Lyman", "2024-03-21", "day")],
        ),
        (
            "Russian shelling hit the city of Kupiansk for weeks. Ukrainian troops retook the city on "
            "Friday, the army said.",
            [("settlement_control", "Kupiansk", "2024-03-22", "day")],
        ),
    ],
)
def test_capture_of_the_town_named_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the village' is most often one the gazetteer does not list, not the town named before
        (
            "Russian shelling hit the city of Kupiansk for weeks. Ukrainian troops retook the village on "
            "Friday, the army said.",
            [("unspecified", "Kupiansk", "2024-03-23", "week")],
        ),
        # the sentence places its own town ('near Izium'): no capture of the one named before
        (
            "Russian shelling hit the city of Kupiansk for weeks. Ukrainian troops retook the town near "
            "Izium on Friday.",
            [("unspecified", "Kupiansk", "2024-03-23", "week")],
        ),
        # a narrative set months after an earlier date is history, not this report's capture
        (
            "Russian forces seized the town of Lyman in May after a long battle. Four months later Ukrainian "
            "troops liberated the town.",
            [],
        ),
    ],
)
def test_no_capture_of_the_town_named_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
