"""Places named with a compass part of Ukraine or Russia, eighteenth session: a settlement the text puts in
'southern Ukraine', 'Ukraine's south' or 'the north-eastern Ukrainian village of' keeps its namesakes in that
part (etl/data/gazetteer_compass_parts.csv), and one GeoNames lists only elsewhere is an unlisted village of
the country, of no region; 'Baikal-Amur' is a railway's name, no Indian village 'Amur'.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_countries, typed_settlements

from etl.gazetteer.compasshints import compass_parts


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the part after the name, or before it as an adjective: Zaporizhzhia's Andriivka is in the south
        ("Russian shelling damaged houses in Andriivka in southern Ukraine on Friday.", "UA-23"),
        ("Russian shelling damaged houses in Andriivka, in Ukraine's south, on Friday.", "UA-23"),
        ("Shelling damaged houses in the southern Ukrainian village of Andriivka on Friday.", "UA-23"),
        # no part named, or one holding the likeliest namesake: GeoNames' likeliest (Kharkiv's) stays
        ("Russian shelling damaged houses in Andriivka on Friday.", "UA-63"),
        ("Russian shelling damaged houses in Andriivka in eastern Ukraine on Friday.", "UA-63"),
        # a town of Donetsk the press puts in the south keeps its region
        ("Russian shelling damaged houses in Vuhledar in southern Ukraine on Friday.", "UA-14"),
    ],
)
def test_compass_part_chooses_among_namesakes(text: str, region: str):
    place = "Vuhledar" if "Vuhledar" in text else "Andriivka"
    assert typed_settlements(text) == [("residential", place, region)]


def test_village_listed_only_outside_the_part_is_unlisted():
    text = "Russian troops shelled houses in Chulakivka in north-eastern Ukraine on Friday."
    assert typed_settlements(text) == [("residential", "Chulakivka", None)]
    # without the part, GeoNames' one namesake (Kherson's) stands
    assert typed_settlements("Russian troops shelled houses in Chulakivka on Friday.") == [
        ("residential", "Chulakivka", "UA-65")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Explosions hit a freight train on the Baikal-Amur Mainline in Russia on Friday.",
        "Explosions hit a freight train on the Baikal Amur railway in Russia on Friday.",
    ],
)
def test_baikal_amur_is_no_place(text: str):
    assert typed_countries(text) == [("railway", "RU", None)]


def test_every_part_lists_known_region_codes():
    parts = compass_parts()
    assert ("UA", "north-east") in parts and ("RU", "south") in parts
    assert all(code.startswith(f"{country}-") for (country, _), codes in parts.items() for code in codes)
