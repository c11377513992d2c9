"""Live pages and digests, seventeenth session: a headline of several stories joined by ';' over a lead that
tells them in the same order (or a lead of one story, telling the first), whose part of the lead says every
weapon was brought down: that story's attack hit nothing, while the headline's other stories stand.

Invented sentences modelled on the pattern; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str]]:
    """(target type, most precise place name or region code or country code) per incident."""
    doc = Document("t", reported, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "")
        for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    "text",
    [
        # the lead's first part tells the headline's first story: every drone downed
        "War live: Russia sends drone strikes at Kyiv; Senate debates aid bill.\n\n"
        "Air defences destroyed all drones flying at the capital, an official says; senators argue over "
        "the bill.",
        # a lead of one story tells the headline's first
        "Ukraine latest: Russia targets Kyiv; ministers gather in Brussels.\n\n"
        "Russia sent a wave of missiles at Kyiv early Friday, and the army said it intercepted all 12 "
        "of them.",
    ],
)
def test_story_all_downed_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other story of the headline stands
        (
            "War live: partisans behind Belgorod raid vow to return; Kyiv repels drone strikes.\n\n"
            "'We will be back', a commander tells reporters; air defences destroyed all drones sent at Kyiv, "
            "says an official.",
            [("border_region", "Belgorod")],
        ),
        # a lead that names a hit beside the downed weapons: the story's attack still hit
        (
            "War live: Russia sends drone strikes at Kyiv; Senate debates aid bill.\n\n"
            "Air defences destroyed all drones, but falling debris injured two people; senators argue "
            "over the bill.",
            [("unspecified", "Kyiv")],
        ),
    ],
)
def test_other_story_or_a_hit_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
