"""Relative days read from the sentence's own stated day: 'the previous day' told before a weekday is the
day before that weekday, not the day before the report.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py
(reported on Saturday 23 March 2024).
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places_days as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll updated on a stated day: the strike was the day before it (Thursday)
        (
            "The death toll from a Russian missile strike on a cafe in Kupiansk the previous day rose to 30 "
            "on Friday.",
            [("commercial", "Kupiansk", "2024-03-21", "day")],
        ),
        (
            "A drone strike on a power plant in Kharkiv a day earlier left thousands without power, officials"
            " said on Friday.",
            [("power_plant", "Kharkiv", "2024-03-21", "day")],
        ),
    ],
)
def test_the_previous_day_before_a_stated_day_is_the_day_before_it(text: str, expected: list):
    assert found(text) == expected


def test_a_stated_day_told_first_stays_the_sentences_day():
    # the weekday before the phrase is the sentence's event; the phrase names another, a day earlier
    assert found(
        "Drones hit a refinery in Saratov on Saturday, in response to an attack on Kyiv a day earlier."
    ) == [("oil_refinery", "Saratov", "2024-03-23", "day"), ("unspecified", "Kyiv", "2024-03-22", "day")]
