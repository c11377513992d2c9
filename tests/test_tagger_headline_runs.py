"""A news aggregator's run of other outlets' headlines ('Headline, two no-break spaces, Outlet Headline ...')
is many stories: one headline's place, bare attack or day is no other's. Also: a place 'left powerless' has
lost its power supply, and a country's border region beside a target named in that country only says where it
was. Sentences are invented, modelled on the shapes seen."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2026, 1, 10)
BREAK = " \xa0\xa0 "


def found(text: str) -> set[tuple[str, str | None, str | None, str | None, str]]:
    doc = Document("t", REPORTED, text)
    return {
        (i.target_type, i.place, i.admin1_code, i.country_code, i.date_precision) for i in find_incidents(doc)
    }


def run(title: str, *headlines: str) -> str:
    """A page titled `title` whose body is a run of outlets' headlines."""
    body = "".join(f"{BREAK}Outlet {h}" for h in headlines)
    return f"{title} - Outlet.\n\n{title}{body}{BREAK}Outlet"


def test_a_headline_without_a_place_does_not_take_the_scene_of_another_headline() -> None:
    text = run(
        "Residents cope with cuts",
        "Russia pummels Kyiv before summit",
        "Ukraine: Attacks disrupt heating as temperatures plunge",
    )
    assert found(text) == {
        ("unspecified", "Kyiv", "UA-30", "UA", "week"),
        ("heating", None, None, "UA", "week"),
    }


def test_in_one_story_the_heating_lost_is_the_city_s() -> None:
    text = "Residents cope with cuts - Outlet.\n\nRussia pummels Kyiv before summit. Attacks disrupted heat."
    assert found(text) == {("heating", "Kyiv", "UA-30", "UA", "week")}


def test_one_headline_s_overnight_does_not_date_the_depot_another_headline_places() -> None:
    text = run(
        "Drones strike refinery in Russia's Krasnodar Krai",
        "Drone strike destroys fuel tank at Penza oil depot",
        "Drone attacks ignite oil depot in Russia overnight",
    )
    assert ("fuel_depot", "Penza", "RU-PNZ", "RU", "week") in found(text)


def test_in_one_story_the_overnight_attack_dates_the_depot() -> None:
    text = (
        "Drones strike refinery in Russia - Outlet.\n\nA drone strike destroyed a fuel tank at the Penza oil "
        "depot. Drone attacks ignited an oil depot in Russia overnight."
    )
    assert ("fuel_depot", "Penza", "RU-PNZ", "RU", "day") in found(text)


def test_a_place_left_powerless_lost_its_power() -> None:
    assert found("Russian strikes leave Ukraine's capital powerless") == {
        ("power_grid", "Kyiv", "UA-30", "UA", "week")
    }


def test_powerless_to_act_is_no_power_lost() -> None:
    assert not any(t == "power_grid" for t, *_ in found("Europe is powerless to stop the strikes on Kyiv"))


def test_a_border_region_beside_a_target_named_in_its_country_only_says_where() -> None:
    text = run(
        "Ukraine hits Belgorod power plant",
        "Authorities report missile attack on Russian border region",
        "Belgorod under fire",
    )
    assert found(text) == {("power_plant", "Belgorod", "RU-BEL", "RU", "week")}


def test_a_border_region_beside_a_target_in_another_country_is_its_own() -> None:
    text = run(
        "Russia hits Kyiv power plant",
        "Authorities report missile attack on Russian border region",
        "Kyiv under fire",
    )
    assert ("border_region", None, None, "RU", "week") in found(text)


def test_a_bare_attack_near_the_capital_is_not_another_headline_s_strike_on_the_capital() -> None:
    text = run(
        "Russian strike kills couple near Kyiv",
        "Inside a Kyiv flat as Russia targets power and heating",
        "Families cope with cold",
    )
    assert ("unspecified", None, "UA-32", "UA", "week") in found(text)


def test_in_one_story_the_attack_near_the_capital_is_its_strike_on_the_capital() -> None:
    text = (
        "Russian strike kills couple near Kyiv - Outlet.\n\nRussian strike kills couple near Kyiv. "
        "Russia also targeted power and heating in Kyiv."
    )
    assert not any(t == "unspecified" for t, *_ in found(text))
