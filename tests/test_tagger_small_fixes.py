"""Small cue fixes of the sentence rules: a plant's short name, a concert or a town's assembly hit, a warplane
named by its model, a capital named as 'the capital of' its country.

Each case is an invented sentence in the shape the press uses, with what the rules alone (`find_incidents`)
must find, next to a sentence of the same words that must not give the same reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str) -> list[tuple[str, str, str]]:
    """(target type, most precise place name or region code or country code, status) per incident."""
    doc = Document("t", REPORTED, text)
    found = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.place or i.admin1_code or i.country_code or "", i.status) for i in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the Zaporizhzhia station' is the nuclear plant (facilities.csv alias), not the town
        (
            "Both sides traded blame for new shelling at the Zaporizhzhia station overnight.",
            [("power_plant", "Enerhodar", "reported")],
        ),
        # ... but a railway station in the city stays a railway target in the city
        (
            "A missile hit the Zaporizhzhia railway station on Tuesday.",
            [("railway", "Zaporizhzhia", "reported")],
        ),
        # a concert struck is a public venue
        (
            "A rocket strike hit a concert in Horlivka, killing a singer.",
            [("public_venue", "Horlivka", "reported")],
        ),
        # a town's assembly hall as the scene of a blast is an administrative target
        (
            "Two grenades exploded in a local parliament in Uzhhorod, injuring nine people.",
            [("administrative", "Uzhhorod", "reported")],
        ),
        # a warplane named by its model, hit or shot down, is a military target
        (
            "New footage shows the destruction of an Il-76 aircraft near Pskov.",
            [("military_site", "Pskov", "reported")],
        ),
        (
            "Ukrainian air defence shot down a Russian Il-76 over Belgorod.",
            [("military_site", "Belgorod", "reported")],
        ),
        # 'the capital of Ukraine' is Kyiv, as "Ukraine's capital" is
        (
            "Missiles struck the capital of Ukraine before dawn on Thursday.",
            [("unspecified", "Kyiv", "reported")],
        ),
        (
            "Drones struck the capital city of Russia on Thursday.",
            [("unspecified", "Moscow", "reported")],
        ),
    ],
)
def test_small_cues_read_the_target_and_the_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # concerts called off are no venue hit
        "The band cancelled concerts in Warsaw after the attack on Kyiv.",
        # a deputy's seat in a regional parliament is no building
        "A car bomb killed a deputy in the Luhansk regional parliament.",
        # bombers that fire are the attacker, not a target
        "Russia fired cruise missiles from Tu-95 bombers at Kyiv.",
    ],
)
def test_small_cues_leave_these_types_out(text: str) -> None:
    types = {t for t, _, _ in found(text)}
    assert not types & {"public_venue", "administrative", "military_site"}


def test_the_capital_of_a_region_is_not_the_country_capital() -> None:
    # "the capital of Crimea" names a region's city, not Kyiv
    assert all(place != "Kyiv" for _, place, _ in found("Missiles struck the capital of Crimea on Sunday."))
