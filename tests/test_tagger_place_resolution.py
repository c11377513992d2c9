"""Words that GeoNames knows as a town but that the text uses for something else: a news outlet ("Baza, a
Telegram channel"), a warship ("the cruiser Moskva"), a person ("Stephen Harper"). Invented sentences."""

from __future__ import annotations

from tagger_cases import typed_countries


def test_an_outlet_named_after_a_town_is_no_scene_anywhere_in_the_text() -> None:
    text = (
        "A drone hit an oil depot overnight, said Baza, a Telegram channel close to the security services. "
        "Baza later posted pictures of the burning tanks."
    )
    assert typed_countries(text) == []


def test_the_outlet_words_before_the_name_say_the_same() -> None:
    text = "Media outlet Baza said a drone hit an oil depot in Bryansk overnight. Baza said the fire was out."
    assert typed_countries(text) == [("fuel_depot", "RU", "Bryansk")]


def test_a_source_named_after_a_clause_leaves_the_town_before_it_a_scene() -> None:
    assert typed_countries("A drone struck a house in Kursk, the RIA news agency said.") == [
        ("residential", "RU", "Kursk")
    ]
    assert typed_countries("Explosions shook an oil depot in Kursk, a local Telegram channel reported.") == [
        ("fuel_depot", "RU", "Kursk")
    ]


def test_a_warship_named_after_a_city_is_the_ship_where_the_text_writes_the_name_with_the() -> None:
    text = "The cruiser Moskva led the fleet. Ukraine says it struck the Moskva with two missiles."
    assert typed_countries(text) == []


def test_a_city_that_named_a_ship_is_still_a_scene_without_the() -> None:
    text = "The Kursk submarine sank in 2000. A drone struck a power substation in Kursk on Friday."
    assert typed_countries(text) == [("substation", "RU", "Kursk")]


def test_given_names_make_the_surname_after_them_no_town() -> None:
    assert typed_countries("Shelling destroyed a school, Stephen Harper told reporters.") == []
    assert typed_countries("Timothy Griffin was killed when a shell hit his trench.") == []
    harper = [("power_plant", "LR", "Harper")]
    assert typed_countries("A missile hit a power plant in Harper, Liberia.") == harper


def test_a_capital_before_an_auxiliary_and_an_active_verb_is_its_state_acting() -> None:
    assert typed_countries("Kyiv has found a way to strike the bombers at the airbase.") == []
    assert typed_countries("Moscow was testing air defences with a barrage of drones on Kharkiv.") == [
        ("unspecified", "UA", "Kharkiv")
    ]


def test_a_capital_in_the_passive_or_going_through_attacks_stays_the_scene() -> None:
    kyiv = [("unspecified", "UA", "Kyiv")]
    assert typed_countries("Kyiv has been attacked by drones, the mayor said.") == kyiv
    assert typed_countries("Moscow has come under drone attacks in recent days.") == [
        ("unspecified", "RU", "Moscow")
    ]
    assert typed_countries("Kyiv has suffered repeated missile strikes on its power grid.") == [
        ("power_grid", "UA", "Kyiv")
    ]


def test_a_town_inside_the_name_of_a_building_or_an_event_is_no_scene() -> None:
    assert typed_countries("A bomb destroyed the Mariupol Drama Theatre.") == [
        ("cultural_religious", "UA", "Mariupol")
    ]


def test_more_given_names_before_a_surname_that_is_a_town() -> None:
    assert typed_countries("Scott McLean reports from Kyiv, where a missile hit a market.") == [
        ("commercial", "UA", "Kyiv")
    ]


def test_a_capital_that_presses_resorts_revises_or_extends_is_its_state() -> None:
    assert typed_countries("A drone hit an apartment block in Kharkiv as Moscow presses its offensive.") == [
        ("residential", "UA", "Kharkiv")
    ]
    assert typed_countries("Moscow revises the death toll from the strike to 89.") == []
    # governed by 'on', the capital is the scene
    moscow = [("unspecified", "RU", "Moscow")]
    assert typed_countries("A drone attack on Moscow extended into the morning.") == moscow


def test_a_capital_that_secures_or_rejects_is_its_state_but_one_that_scrambles_is_the_city() -> None:
    assert typed_countries("Russia fires missiles at a power plant after Kyiv secures tanks.") == [
        ("power_plant", "UA", None)
    ]
    assert typed_countries("Kyiv rejects Russian claims that a missile destroyed a radar.") == [
        ("military_site", "UA", None)
    ]
    assert typed_countries("Kyiv scrambles to restore power after drones hit a substation.") == [
        ("substation", "UA", "Kyiv")
    ]
