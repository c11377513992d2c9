"""Places chosen against the text's own context: a settlement the text puts in a region of another country
than any of its namesakes' is an unlisted village of that region ('New York, Donetsk region'), not the big
city abroad (a city on a list or before a clause's verb keeps its own namesake); a settlement in a text on the
Donbas is its Donetsk or Luhansk namesake.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 5, 20)


def places(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, place, admin1 code) per incident the rules find."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.place, i.admin1_code) for i in find_incidents(doc, named_events=()))


@pytest.mark.parametrize(
    "text",
    [
        "On 18 May 2024, Russian troops fired mortars at New York, Donetsk region. Nobody was hurt.",
        "On 18 May 2024, Russian artillery shelled New York, Donetsk. One man was wounded.",
    ],
)
def test_a_settlement_put_in_a_region_of_another_country_is_that_regions_village(text: str) -> None:
    found = places(text)
    assert [(p, a) for _, p, a in found] == [("New York", "UA-14")]


def test_a_capital_before_a_clause_with_another_capital_keeps_its_own_namesake() -> None:
    found = places("As drones kept falling on Kyiv, Moscow claimed the strikes hit military targets.")
    assert ("Kyiv", "UA-30") in [(p, a) for _, p, a in found]
    assert all(a != "RU-MOS" for _, _, a in found)


def test_a_city_abroad_on_a_list_of_places_keeps_its_own_namesake() -> None:
    found = places("On 18 May 2024, drones attacked Kyiv, New York, Donetsk.")
    assert ("New York City", "US-NY") in [(p, a) for _, p, a in found]


@pytest.mark.parametrize(
    "text",
    [
        "On 18 May 2024, NAF rebels fired mortars at army positions near Pisky.",
        "On 18 May 2024, DPR fighters shelled army positions near Pisky.",
        "Fighting in the Donbas went on: on 18 May 2024 shells hit army positions near Pisky.",
    ],
)
def test_a_settlement_in_a_text_on_the_donbas_is_its_donbas_namesake(text: str) -> None:
    assert [(p, a) for _, p, a in places(text)] == [("Pisky", "UA-14")]


def test_a_settlement_in_a_text_naming_no_donbas_keeps_its_likeliest_namesake() -> None:
    found = places("On 18 May 2024, shells hit army positions near Pisky.")
    assert [(p, a) for _, p, a in found] == [("Pisky", "UA-53")]


def test_north_koreas_dprk_names_no_donbas() -> None:
    found = places("On 18 May 2024, DPRK missiles were said to hit army positions near Pisky.")
    assert [(p, a) for _, p, a in found] == [("Pisky", "UA-53")]


def test_a_two_word_ship_name_is_the_ship_wherever_the_text_repeats_it() -> None:
    found = places(
        "On 18 May 2024, drones damaged the landing ship Olenegorsky Gornyak in the port of Novorossiysk. "
        "The 112-metre Olenegorsky Gornyak was towed away with a hole in its hull."
    )
    assert "Gornyak" not in [p for _, p, _ in found]
    assert ("Novorossiysk", "RU-KDA") in [(p, a) for _, p, a in found]


def test_a_town_bearing_a_ships_name_alone_stays_a_place() -> None:
    found = places("On 18 May 2024, a drone hit a fuel depot in Gornyak, the governor said.")
    assert "Gornyak" in [p for _, p, _ in found]


def test_a_region_closing_the_clause_after_a_village_picks_its_namesake_over_a_city_elsewhere() -> None:
    found = places("On 18 May 2024, Russian artillery shelled Kamianske, Zaporizhzhia. Two houses burned.")
    assert [(p, a) for _, p, a in found] == [("Kamianske", "UA-23")]


@pytest.mark.parametrize(
    "text",
    [
        "On 18 May 2024, missiles hit Kamianske, Zaporizhzhia officials said.",
        "On 18 May 2024, missiles hit Lviv, Kamianske, Zaporizhzhia.",
    ],
)
def test_a_city_before_a_regional_centre_in_a_clause_or_on_a_list_stays_the_city(text: str) -> None:
    assert ("Kamianske", "UA-12") in [(p, a) for _, p, a in places(text)]
