"""The region (admin1) and country the sentence rules give an incident: invented sentences modelled on the
patterns the press writes, each with a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def regions(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(target type, place, admin1 code, country code) per incident of the rules alone."""
    doc = Document("t", REPORTED, text)
    found = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.place, i.admin1_code, i.country_code) for i in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small settlement put near a city that none of its namesakes lies near is an unlisted one in the
        # region around that city (GeoNames' only Chkalovsk lies 365 km east of Moscow)
        (
            "Two drones hit an air base at Chkalovsk, near Moscow, overnight, the governor said.",
            [("airport", "Chkalovsk", "RU-MOS", "RU")],
        ),
        # ... not without the hint, nor near the city its namesake does lie by
        (
            "Two drones hit an air base at Chkalovsk overnight, the governor said.",
            [("airport", "Chkalovsk", "RU-NIZ", "RU")],
        ),
        (
            "Two drones hit an air base at Chkalovsk, near Nizhny Novgorod, overnight.",
            [("airport", "Chkalovsk", "RU-NIZ", "RU")],
        ),
        # ... nor a town too big to be missing from the gazetteer, whatever 'near' stretches to
        (
            "Russian shells hit a school in Kupiansk, near Kharkiv, on Tuesday.",
            [("school", "Kupiansk", "UA-63", "UA")],
        ),
    ],
)
def test_unlisted_settlement_near_a_city(text: str, expected: list[tuple[str, str, str, str]]):
    assert regions(text) == expected
