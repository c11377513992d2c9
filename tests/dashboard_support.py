"""Shared helpers for the dashboard tests: a small real DuckDB warehouse built from warehouse/*.sql."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"

TAXONOMY = {
    "energy": ["power_plant", "substation", "power_grid"],
    "oil_gas": ["oil_refinery", "fuel_depot", "pipeline", "gas_facility", "oil_terminal"],
    "transport": ["railway", "bridge", "port", "airport", "road"],
    "utilities": ["water_supply", "heating", "dam"],
    "telecom": ["telecom"],
    "civilian": [
        "residential",
        "commercial",
        "school",
        "hospital",
        "administrative",
        "cultural_religious",
        "public_venue",
    ],
    "industry": ["industrial_plant", "defense_industry", "agriculture"],
    "military": ["military_site"],
    "territory": ["border_region", "settlement_control"],
    "other": ["unspecified"],
}

DOCUMENTS = [
    ("d1", date(2024, 3, 23), "Russia captures Ivanivske", "https://example.org/d1", "example"),
    ("d2", date(2024, 3, 24), "Kharkiv without power", "https://example.org/d2", "example"),
    ("d3", date(2024, 2, 11), "Drones hit Odesa port", "https://example.org/d3", "wire"),
    ("d4", date(2024, 1, 3), "Missiles on Kyiv", None, "wire"),
]


def _incident(
    incident_id: str, document_id: str, when: date | None, place: tuple, target: tuple, **extra
) -> dict:
    """An incidents row: place is (cc, country, admin1, place, lat, lon) and target (category, type)."""
    country_code, country, admin1, name, latitude, longitude = place
    return {
        "incident_id": incident_id,
        "document_id": document_id,
        "event_date": when,
        "date_precision": "day",
        "report_date": when,
        "country_code": country_code,
        "country": country,
        "admin1": admin1,
        "place": name,
        "latitude": latitude,
        "longitude": longitude,
        "geo_precision": "place",
        "target_category": target[0],
        "target_type": target[1],
        "means": "unknown",
        "impacts": [],
        "status": "reported",
        "evidence_start": 0,
        "confidence": 0.5,
        **extra,
    }


KHARKIV = ("UA", "Ukraine", "Kharkiv Oblast", "Kharkiv", 50.0, 36.23)
INCIDENTS = [
    _incident(
        "i1",
        "d1",
        date(2024, 3, 23),
        KHARKIV,
        ("energy", "power_grid"),
        means="missile",
        impacts=["blackout"],
        evidence="The city of Kharkiv faced a significant blackout due to attacks on the electricity supply.",
        confidence=0.9,
        cluster_id="c1",
    ),
    _incident(
        "i2",
        "d2",
        date(2024, 3, 23),
        KHARKIV,
        ("energy", "power_grid"),
        means="missile",
        impacts=["blackout"],
        report_date=date(2024, 3, 24),
        evidence="Kharkiv was left without power after missile strikes on the power grid.",
        confidence=0.8,
        cluster_id="c1",
    ),
    _incident(
        "i3",
        "d1",
        date(2024, 3, 23),
        ("RU", "Russia", "Samara Oblast", "Samara", 53.2, 50.15),
        ("oil_gas", "oil_refinery"),
        means="drone",
        impacts=["fire"],
        evidence="A drone strike causing a fire at a major oil refinery in Samara.",
        confidence=0.85,
        cluster_id="c2",
    ),
    _incident(
        "i4",
        "d1",
        date(2024, 3, 23),
        ("RU", "Russia", "Belgorod Oblast", None, 50.6, 36.6),
        ("territory", "border_region"),
        geo_precision="admin1",
        evidence="Recent attacks in the Russian border region of Belgorod.",
        confidence=0.6,
        cluster_id="c3",
    ),
    _incident(
        "i5",
        "d1",
        date(2024, 3, 23),
        ("UA", "Ukraine", "Donetsk Oblast", "Ivanivske", 48.6, 37.9),
        ("territory", "settlement_control"),
        means="ground_assault",
        status="claimed",
        evidence="Russia's military announced on Saturday the capture of Ivanivske.",
        confidence=0.7,
        cluster_id="c4",
    ),
    _incident(
        "i6",
        "d3",
        date(2024, 2, 10),
        ("UA", "Ukraine", "Odesa Oblast", "Odesa", 46.48, 30.72),
        ("transport", "port"),
        means="drone",
        impacts=["damage"],
        injured=2,
        report_date=date(2024, 2, 11),
        evidence="Drones damaged port infrastructure in Odesa, injuring two workers.",
        confidence=0.75,
        cluster_id="c5",
    ),
    _incident(
        "i7",
        "d3",
        date(2024, 1, 15),
        ("RU", "Russia", "Krasnodar Krai", "Novorossiysk", 44.72, 37.77),
        ("oil_gas", "oil_terminal"),
        means="drone",
        impacts=["fire", "damage"],
        status="claimed",
        date_precision="week",
        report_date=date(2024, 2, 11),
        evidence="Ukraine said its drones set fire to an oil terminal near Novorossiysk in mid-January.",
        cluster_id="c6",
    ),
    _incident(
        "i8",
        "d4",
        date(2024, 1, 2),
        ("UA", "Ukraine", "Kyiv", "Kyiv", 50.45, 30.52),
        ("civilian", "residential"),
        means="missile",
        impacts=["casualties", "destroyed"],
        killed=3,
        injured=10,
        report_date=date(2024, 1, 3),
        evidence="A missile destroyed an apartment block in Kyiv, killing 3 and injuring 10.",
        confidence=0.95,
        cluster_id="c7",
    ),
    # No event date: the report date stands in for it.
    _incident(
        "i9",
        "d4",
        None,
        ("UA", "Ukraine", "Dnipropetrovsk Oblast", "Dnipro", 48.45, 35.05),
        ("energy", "substation"),
        means="missile",
        impacts=["blackout"],
        date_precision="month",
        report_date=date(2024, 1, 3),
        evidence="Earlier this winter a substation in Dnipro was knocked out by a missile.",
        confidence=0.4,
        cluster_id="c8",
    ),
]


def build_fixture_warehouse(path: Path) -> Path:
    """Create a warehouse at `path` from the real schema files and the invented rows above."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        for sql in sorted((ROOT / "warehouse").glob("*.sql")):
            con.execute(sql.read_text())
        _insert(con)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module", name="con")
def fixture_connection(tmp_path_factory: pytest.TempPathFactory):
    """Fixture `con`: a read-only connection to a fresh fixture warehouse (import this to use it)."""
    path = build_fixture_warehouse(tmp_path_factory.mktemp("warehouse") / "incidents.duckdb")
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def run_query(con: duckdb.DuckDBPyConnection, query) -> pd.DataFrame:
    """Run a dashboard.queries.Query as the app does, without Streamlit's caches."""
    return con.execute(query.sql, query.params).df()


def _insert(con: duckdb.DuckDBPyConnection) -> None:
    """Fill every table with a few rows that exercise each filter."""
    for category, types in TAXONOMY.items():
        for target_type in types:
            label = target_type.replace("_", " ").capitalize()
            con.execute("INSERT INTO taxonomy VALUES (?, ?, ?, NULL)", [target_type, category, label])
    for doc_id, report_date, title, url, source in DOCUMENTS:
        con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, 'r1')",
            [doc_id, report_date, title, f"{title}. Text.", url, source, f"seeds/{doc_id}.txt"],
        )
    for row in INCIDENTS:
        row = {**row, "evidence_end": len(row["evidence"])}
        columns = ", ".join(row)
        con.execute(
            f"INSERT INTO incidents ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
    con.execute("INSERT INTO rejects VALUES ('r1', 'seeds/broken.csv', '3', 'no text column')")
    con.execute("INSERT INTO rejects VALUES ('r1', 'seeds/empty.txt', NULL, 'empty document')")
    con.execute(
        "INSERT INTO runs VALUES ('r1', 'build', ?, ?, ['seeds/'], 4, 0, ?, 2, 'ok')",
        [datetime(2024, 3, 25, 12, 0), datetime(2024, 3, 25, 12, 1), len(INCIDENTS)],
    )
