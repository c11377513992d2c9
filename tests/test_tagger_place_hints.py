"""Where an incident was, seventeenth session: front-line villages GeoNames lacks or lists only elsewhere, and
the region hints that choose among namesakes; invented sentences through `find_incidents` alone."""

from __future__ import annotations

import pytest
from tagger_cases import typed_settlements as placed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # villages GeoNames cities500 does not list (gazetteer_extra_places.csv)
        (
            "A missile hit a house in the village of Kotliary, south of Kharkiv, late on Friday.",
            [("residential", "Kotliary", "UA-63")],
        ),
        (
            "Russian forces shelled the village of Huryiv Kozachok in the Kharkiv region on Friday.",
            [("unspecified", "Huryiv Kozachok", "UA-63")],
        ),
        (
            "A drone strike caused a fire at an oil depot in Volna on Friday, officials said.",
            [("fuel_depot", "Volna", "RU-KDA")],
        ),
        # a spelling GeoNames gives a Poltava village: the Donetsk one where the text names its region
        (
            "Ukraine's troops liberated the village of Storozhove in the Donetsk region on Friday.",
            [("settlement_control", "Storozhove", "UA-14")],
        ),
        # ... and the Poltava one where the text names that region
        (
            "A drone hit a house in the village of Storozhove in the Poltava region on Friday.",
            [("residential", "Storozhove", "UA-53")],
        ),
        # a Zaporizhzhia village GeoNames lists only in Kherson: the text's region chooses
        (
            "Russian forces shelled 12 settlements of the Zaporizhzhia region on Friday. Drones hit houses "
            "in Charivne.",
            [("residential", "Charivne", "UA-23")],
        ),
        (
            "Russian forces shelled 12 settlements of the Kherson region on Friday. Drones hit houses "
            "in Charivne.",
            [("residential", "Charivne", "UA-65")],
        ),
    ],
)
def test_front_line_villages(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village put on a region's front is that region's namesake, here and in the rest of the text
        (
            "Ukraine recaptures Piatykhatky, a Russian official says.\n\nUkrainian troops took the village "
            "of Piatykhatky on the western edge of the Zaporizhzhia front on Friday.",
            [("settlement_control", "Piatykhatky", "UA-23")],
        ),
        # not where the text names no front (GeoNames' likeliest Piatykhatky is Dnipropetrovsk's town)
        (
            "Ukrainian troops took the village of Piatykhatky on the western edge of the forest on Friday.",
            [("settlement_control", "Piatykhatky", "UA-12")],
        ),
    ],
)
def test_village_on_a_regions_front(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 'the capital' in a text naming no capital is the capital of the country named last before it,
        # the attacking side aside
        (
            "Ukrainians face hardship as Russian forces hit the capital and other targets across the country "
            "on Friday.",
            [("unspecified", "Kyiv", "UA-30")],
        ),
        (
            "Officials said drones struck targets across Russia including the capital on Friday.",
            [("unspecified", "Moscow", "RU-MOW")],
        ),
        # not where the text names the capital itself, nor the capital's mayor
        (
            "Russian forces hit Lviv with drones on Friday, and the capital's mayor urged residents "
            "to leave.",
            [("unspecified", "Lviv", "UA-46")],
        ),
    ],
)
def test_bare_capital_is_the_named_countrys(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # villages in a compass part of a regional centre's name are in its region, which then weighs with
        # the Kherson region the text also names when a later village is chosen among its namesakes
        (
            "Ukraine says troops liberated villages in western Donetsk. The flag flies over Neskuchne. Kyiv "
            "said on Friday that Makarivka had been taken. Floods hit the Kherson region.",
            [("settlement_control", "Makarivka", "UA-14")],
        ),
        (
            "Ukraine says troops liberated villages in the west. The flag flies over Neskuchne. Kyiv "
            "said on Friday that Makarivka had been taken. Floods hit the Kherson region.",
            [("settlement_control", "Makarivka", "UA-65")],
        ),
        # not a compass part of the city where no settlements are put in it
        (
            "Drones hit a school in western Donetsk on Friday.",
            [("school", "Donetsk", "UA-14")],
        ),
    ],
)
def test_villages_in_a_compass_part_of_a_region(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert placed(text) == expected
