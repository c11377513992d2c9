"""The country of a target the text places nowhere, when the side that claims the hit is the only country the
sentence gives: a side at war claims its own strikes, which fall on its enemy; short invented reports through
`find_incidents` alone."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def countries(text: str) -> list[tuple[str, str | None, str | None]]:
    """(target type, place, country code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.place, i.country_code) for i in find_incidents(doc, named_events=()))


def test_side_claiming_a_hit_places_it_in_the_enemy_country() -> None:
    """Russia claims the hit; the barracks were its enemy's, in Ukraine."""
    text = "Three hurt in eastern Ukraine; Russia claims lethal barracks hit."
    assert ("military_site", None, "UA") in countries(text)
    assert ("military_site", None, "RU") not in countries(text)


def test_demonym_claim_of_a_strike_on_enemy_troops() -> None:
    """'Russian claims that' is Russia's word, like "Russia's claims"; the troops killed were Ukraine's."""
    text = "Ukraine rejects Russian claims that a huge rocket strike killed 400 Ukrainian soldiers."
    assert countries(text) == [("military_site", None, "UA")]


def test_side_claiming_its_own_attack_in_a_later_sentence() -> None:
    """The second sentence names no country of its own but has Russia claim the strike as its own."""
    text = (
        "Ukraine rejects Russian claims that a huge rocket strike killed 400 Ukrainian soldiers.\n\n"
        "A Russian claim that its forces carried out a huge rocket strike killing 400 Ukrainian soldiers has "
        "been rejected by Ukraine."
    )
    assert countries(text) == [("military_site", None, "UA")]


def test_side_that_reports_the_enemy_attacking_keeps_its_own_country() -> None:
    """Russia reports Ukraine's drones hitting barracks: the barracks stay Russia's, not its enemy's."""
    text = "Russia says Ukrainian drones hit barracks in the night."
    assert countries(text) == [("military_site", None, "RU")]


def test_field_radar_named_by_its_model_lies_at_the_front() -> None:
    """A side's field radar, its model name quoted between demonym and target, was hit at its front."""
    assert countries("Russian 'Kasta-2' Radar Destroyed in Ukrainian Drone Strike") == [
        ("military_site", None, "UA")
    ]


def test_radar_station_stays_in_its_owner_country() -> None:
    """An early-warning radar or a radar station stands deep in the owner's own country."""
    assert countries("Russian radar station destroyed in Ukrainian drone strike") == [
        ("military_site", None, "RU")
    ]
    assert countries("Russian early warning radar damaged in Ukrainian drone strike") == [
        ("military_site", None, "RU")
    ]


def test_side_aircraft_shot_down_fell_at_its_front() -> None:
    """A side's aircraft shot down in flight was downed over the front, in the country it is at war with."""
    assert countries("Ukrainian gunners shoot down two Russian bomber aircraft, officials report.") == [
        ("military_site", None, "UA")
    ]
    downed = countries("A Russian warplane was shot down by Ukrainian missiles.")
    assert downed == [("military_site", None, "UA")]


def test_side_aircraft_shot_down_where_the_text_says_keeps_that_place() -> None:
    """Downed over a region the text names: the region places it, not the front."""
    text = "Ukrainian forces shot down a Russian warplane over the Bryansk region."
    assert countries(text) == [("military_site", None, "RU")]


def test_country_that_faced_another_attack_is_its_scene() -> None:
    """The country is the subject that underwent the attack: a report of an attack in that country."""
    assert countries("Ukraine faced another drone and missile barrage on Tuesday.") == [
        ("unspecified", None, "UA")
    ]
    assert countries("Ukraine came under heavy drone attack overnight.") == [("unspecified", None, "UA")]


def test_country_that_faced_attacks_as_a_trend_is_no_report() -> None:
    """A country said to face attacks in general, or to suffer losses, reports no attack."""
    assert countries("Germany has faced cyber-attacks on its logistics firms.") == []
    assert countries("Russia suffers heavy losses, but its new assault is working.") == []
