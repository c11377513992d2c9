"""Incidents at sea (etl/tagging/seas.py, etl/data/gazetteer_seas.csv): an attack a sentence sets in a sea and
on no land gets the sea as its place and no country; a land scene still wins. Invented sentences modelled on
the shapes of the news."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from conftest import build_warehouse
from dashboard_support import APP
from streamlit.testing.v1 import AppTest

from dashboard import db, queries
from dashboard.state import Filters
from etl.models import Document, Incident
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 5, 7)  # a Tuesday


def _found(text: str) -> list[Incident]:
    return find_incidents(Document("t", REPORTED, text))


def _where(text: str) -> list[tuple]:
    return [(i.target_type, i.place, i.country_code, i.admin1_code, i.geo_precision) for i in _found(text)]


def test_a_ship_attacked_in_a_sea_is_placed_in_the_sea_with_no_country():
    (incident,) = _found("Ukrainian sea drones attack Russian oil tanker in Black Sea.")
    assert (incident.target_type, incident.place, incident.geo_precision) == (
        "unspecified",
        "Black Sea",
        "place",
    )
    assert (incident.country_code, incident.country, incident.admin1, incident.admin1_code) == (None,) * 4
    assert (incident.latitude, incident.longitude) == (43.4, 34.0)
    assert incident.event_date == REPORTED


def test_a_sea_is_read_by_its_other_names():
    text = "Ukrainian naval drones struck a Russian landing ship in the Azov Sea on Sunday, the navy said."
    (incident,) = _found(text)
    assert (incident.place, incident.country_code, incident.event_date) == (
        "Sea of Azov",
        None,
        date(2024, 5, 5),
    )


def test_a_state_s_surveillance_drone_forced_down_over_a_sea_is_its_military_s_there():
    assert _where("Russian jet forces down US surveillance drone over Black Sea.") == [
        ("military_site", "Black Sea", None, None, "place")
    ]
    # placed in the sea, not in the owner's country
    assert _where(
        "An American MQ-9 Reaper drone was shot down over the Red Sea on Monday, officials said."
    ) == [("military_site", "Red Sea", None, None, "place")]
    # "close to" says where, it does not close the drone
    assert _where("Russian fighter forces down U.S. drone close to Ukraine over Black Sea.") == [
        ("military_site", "Black Sea", None, None, "place")
    ]


def test_the_downing_of_a_state_s_drone_is_no_interception():
    assert [i.target_type for i in _found("Russian downing of US drone 'reckless', says minister.")] == [
        "military_site"
    ]
    # a side's attack drones downed stay interceptions
    assert _found("Air defences report the downing of 12 drones over the Kursk region.") == []


def test_a_port_or_city_named_as_the_scene_wins_over_the_sea():
    text = "Ukrainian sea drones attacked a Russian tanker near Novorossiysk in the Black Sea on Sunday."
    assert [(p, c) for _, p, c, _, _ in _where(text)] == [("Novorossiysk", "RU")]


def test_the_sea_as_a_modifier_or_a_coast_is_no_scene():
    # a fleet, a port, a summit named by the sea are no sea scene
    assert [(p, c) for _, p, c, _, _ in _where("Russia's Black Sea Fleet was attacked on Sunday.")] == [
        (None, "RU")
    ]
    assert _found("Ukraine delegate hits Russian at Black Sea summit in Turkey.") == []


def test_interceptions_drills_and_warning_shots_at_sea_are_no_incident():
    assert _found("Air defences shot down 12 drones over the Black Sea overnight.") == []
    assert (
        _found("Russia's navy held a live-fire exercise in the Black Sea, firing missiles at a target ship.")
        == []
    )
    assert (
        _found("A Russian warship fired warning shots on a cargo ship in the Black Sea, the Kremlin said.")
        == []
    )


def test_a_sea_named_beside_an_attack_on_land_is_its_surroundings():
    text = (
        "Russian missiles hit the port of Odesa on Monday, killing two.\n\n"
        "Officials said the strike came amid rising tension in the Black Sea, where attacks have grown."
    )
    assert {(i.place, i.country_code) for i in _found(text)} == {("Odesa", "UA")}


def test_a_sea_named_only_after_the_lead_is_background():
    text = (
        "Leaders meet in Ankara to discuss grain exports.\n\n"
        "The talks opened with a minute of silence for a sailor.\n\n"
        "Last year a drone attack on a freighter in the Black Sea killed one crew member."
    )
    assert _found(text) == []


@pytest.fixture(scope="module")
def sea_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built by `python -m etl build` from two reports of one tanker attack in the Black Sea."""
    folder = tmp_path_factory.mktemp("sea")
    for name, lead in (
        ("a", "Ukrainian sea drones attack Russian oil tanker in Black Sea."),
        ("b", "Tanker hit."),
    ):
        (folder / f"{name}.txt").write_text(
            f"date 2024-05-07\n{lead}\n\n"
            "Ukrainian naval drones struck a Russian oil tanker in the Black Sea on Monday, damaging its "
            "hull and injuring two sailors, the Ukrainian navy said.\n",
            encoding="utf-8",
        )
    target = folder / "w.duckdb"
    result = build_warehouse(target, folder / "a.txt", folder / "b.txt")
    assert result.returncode == 0, result.stderr
    return target


def test_the_warehouse_loads_an_incident_at_sea_with_no_country(sea_warehouse: Path):
    """`python -m etl build` stores it with NULL country, two reports of it make one event, and the
    dashboard's queries keep it (the map at the sea's centre, the country filter and the category x country
    breakdown as 'SEA')."""
    with duckdb.connect(str(sea_warehouse), read_only=True) as con:
        rows = con.execute(
            "SELECT DISTINCT country_code, country, admin1_code, place, geo_precision, latitude "
            "FROM incidents"
        ).fetchall()
        clusters = con.execute("SELECT count(*), count(DISTINCT cluster_id) FROM incidents").fetchall()
    assert rows == [(None, None, None, "Black Sea", "place", 43.4)]
    assert clusters == [(2, 1)]
    filters = Filters()
    assert int(db.run(sea_warehouse, queries.headline(filters)).iloc[0]["incidents"]) == 2
    points = db.run(sea_warehouse, queries.map_points(filters))
    assert points[["place", "latitude", "incidents"]].values.tolist() == [["Black Sea", 43.4, 2]]
    assert db.run(sea_warehouse, queries.category_country(filters))["country_code"].tolist() == ["SEA"]
    countries = db.run(sea_warehouse, queries.plain("countries"))
    assert countries.values.tolist() == [["SEA", "At sea (no country)"]]
    assert len(db.run(sea_warehouse, queries.incident_table(filters))) == 2


@pytest.mark.parametrize(("countries", "expected"), [(("SEA",), 2), (("UA",), 0), (("UA", "SEA"), 2)])
def test_the_country_filter_selects_the_incidents_at_sea_as_sea(sea_warehouse: Path, countries, expected):
    filters = Filters(countries=countries)
    assert int(db.run(sea_warehouse, queries.headline(filters)).iloc[0]["incidents"]) == expected


def test_the_filter_description_says_at_sea():
    assert queries.describe(Filters(countries=("SEA",))).endswith("at sea")
    assert "in UA or at sea" in queries.describe(Filters(countries=("UA", "SEA")))


def test_a_link_with_country_sea_reopens_the_incidents_at_sea(sea_warehouse: Path, monkeypatch):
    monkeypatch.setenv("WAREHOUSE", str(sea_warehouse))
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["country"] = "sea"
    at.run()
    assert not at.exception and not at.warning
    assert at.multiselect(key="flt_countries").value == ["SEA"]
    assert next(m.value for m in at.metric if m.label == "Incidents") == "2"
    assert at.query_params == {"country": "SEA"}
