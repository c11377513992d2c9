"""Category rules of the fifteenth session's second categories round: invented sentences modelled
on the development mistakes, each with the exact incidents `find_incidents` must give and a case the rule must
leave."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str) -> list[tuple[str, str]]:
    """(target type, most precise place name or region code or country code) per incident."""
    doc = Document("t", REPORTED, text)
    incidents = find_incidents(doc, named_events=())
    return sorted((i.target_type, i.place or i.admin1_code or i.country_code or "") for i in incidents)


def test_port_where_a_warship_lay_is_no_port_incident() -> None:
    text = "Ukrainian missiles destroyed a Russian landing ship in Feodosia port on Tuesday."
    assert found(text) == [("military_site", "Feodosiia")]


def test_port_named_as_what_was_hit_stays_beside_the_warship() -> None:
    text = "Ukrainian sea drones hit Novorossiysk port and damaged a Russian warship on Tuesday."
    assert found(text) == [("military_site", "Novorossiysk"), ("port", "Novorossiysk")]


def test_a_shipyards_dry_dock_is_no_port() -> None:
    text = "Missiles struck a shipyard in Sevastopol on Tuesday; debris fell onto one of its dry docks."
    assert found(text) == [("industrial_plant", "Sevastopol")]


def test_docks_struck_are_a_port() -> None:
    assert found("Russian drones struck the docks in Izmail on Tuesday.") == [("port", "Izmail")]


def test_ports_under_a_blockade_are_not_hit() -> None:
    text = (
        "Sea drones struck the Black Sea Fleet in Sevastopol on Tuesday; "
        "the fleet enforces the blockade of Ukrainian ports."
    )
    assert found(text) == [("military_site", "Sevastopol")]


def test_ports_struck_are_hit() -> None:
    assert found("Russian missiles hit Ukrainian ports on the Danube on Tuesday.") == [("port", "UA")]


def test_a_state_services_premises_named_by_their_owner_are_administrative() -> None:
    text = "A Russian missile on Tuesday destroyed a building belonging to the security service in Dnipro."
    assert found(text) == [("administrative", "Dnipro")]
    assert found("Russian missiles struck a fire depot compound in Dnipro on Tuesday.") == [
        ("administrative", "Dnipro")
    ]


def test_a_building_of_another_owner_is_no_state_service() -> None:
    text = "Russian missiles struck a building belonging to the local football club in Dnipro on Tuesday."
    assert found(text) == [("unspecified", "Dnipro")]
