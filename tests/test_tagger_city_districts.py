"""Districts of a big city named without it ('the Desnyansky district'): the strike is in the city the text
names (etl/tagging/knowndistricts.py, etl/data/city_districts.csv), not at a namesake elsewhere."""

from __future__ import annotations

from tagger_cases import typed_settlements as places

from etl.tagging.knowndistricts import district_cities


def test_a_district_of_the_named_city_is_that_city_not_a_namesake_elsewhere() -> None:
    text = (
        "Russian drones attacked Kyiv overnight. Two people were killed in the Desnyansky district, "
        "the city's military administration said."
    )
    assert places(text) == [("unspecified", "Kyiv", "UA-30")]


def test_a_district_the_gazetteer_does_not_know_places_the_strike_in_its_city() -> None:
    text = (
        "After a night in shelters, Kyiv's mayor gave an update. He said four people were hurt in the "
        "Solomyan district, which was hit by falling missile debris."
    )
    assert places(text) == [("unspecified", "Kyiv", "UA-30")]


def test_a_name_shared_by_cities_goes_to_the_city_the_text_names() -> None:
    text = "Overnight shelling of Donetsk damaged homes in the Kyivskyi district, the occupation mayor said."
    assert places(text) == [("residential", "Donetsk", "UA-14")]


def test_without_its_city_named_a_district_keeps_what_the_gazetteer_finds() -> None:
    text = "A drone struck a house in the Desnyansky district, officials said."
    assert [p[2] for p in places(text)] == ["UA-74"]


def test_the_table_spells_names_as_the_press_does() -> None:
    table = district_cities()
    assert table["desnianski"] == ("Kyiv", "Chernihiv")
    assert "Kyiv" in table["shevchenkivski"] and "Kharkiv" in table["shevchenkivski"]


def test_a_dateline_city_is_where_the_story_was_filed_not_a_scene() -> None:
    text = (
        "Ukraine says it downed two Russian jets.\n\n"
        "KYIV: Ukrainian officials said on Friday their forces shot down two Russian fighter jets "
        "over the south."
    )
    assert places(text) == [("military_site", None, None)]


def test_a_dateline_with_date_and_agency_is_no_scene_either() -> None:
    text = (
        "MOSCOW, March 20 (Reuters) - Ukrainian shelling killed three people in the city of Donetsk, "
        "officials said."
    )
    assert places(text) == [("unspecified", "Donetsk", "UA-14")]


def test_a_city_in_capitals_that_the_story_reports_hit_is_still_a_scene() -> None:
    text = "Explosions in Kyiv.\n\nRussian missiles struck KYIV overnight, the mayor said."
    assert [p[1] for p in places(text)] == ["Kyiv"]
