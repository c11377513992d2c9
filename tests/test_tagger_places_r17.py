"""Where an incident was, seventeenth session: the place rules of the tagger on short invented reports
(headline, blank line, lead), through `find_incidents` alone."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def countries(text: str) -> list[tuple[str, str | None]]:
    """(target type, country code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.country_code) for i in find_incidents(doc, named_events=()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named target placed only as near a war country's border lies on the other side of it
        ("Two Russian helicopters shot down near the Ukrainian border.", [("military_site", "RU")]),
        ("Two Russian helicopters shot down near the border with Ukraine.", [("military_site", "RU")]),
        ("Drone strike hits bridge near the border with Russia.", [("bridge", "UA")]),
        # not where the sentence puts it in the country itself, nor 'from' a country (a target's origin)
        ("Two Russian helicopters shot down in Ukraine, officials say.", [("military_site", "UA")]),
        ("Drone strike hits bridge from Ukrainian side.", [("bridge", "UA")]),
    ],
)
def test_named_target_near_a_border_is_across_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert countries(text) == expected
