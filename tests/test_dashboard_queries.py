"""The query builder on a small real warehouse: SQL results, bound parameters and exports."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest
from dashboard_support import INCIDENTS, fixture_connection, run_query  # noqa: F401 (fixture `con`)

from dashboard import exports, queries
from dashboard.state import Filters


def count(con, filters: Filters) -> int:
    return int(run_query(con, queries.headline(filters)).iloc[0]["incidents"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), 9),
        (Filters(unit="events"), 8),
        (Filters(countries=("RU",), types=("oil_refinery",)), 1),
        (Filters(countries=("UA",), types=("power_grid",)), 2),
        (Filters(countries=("UA",), types=("power_grid",), unit="events"), 1),
        (Filters(countries=("RU",)), 3),
        (Filters(categories=("oil_gas", "energy")), 5),
        (Filters(means=("drone",)), 3),
        (Filters(date_from=date(2024, 3, 1)), 5),
        (Filters(date_to=date(2024, 1, 31)), 3),  # i9 has no event date: its report date 2024-01-03 stands in
        (Filters(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29)), 1),
        (Filters(q="refinery"), 1),
        (Filters(q="KHARKIV"), 2),
        (Filters(q="100%"), 0),
        (Filters(min_conf=0.8), 4),
    ],
)
def test_headline_counts(con, filters, expected):
    assert count(con, filters) == expected


def test_values_are_bound_never_inlined():
    query = queries.headline(Filters(countries=("RU",), q="x' OR 1=1 --", date_from=date(2024, 1, 1)))
    assert "RU" not in query.sql and "OR 1=1" not in query.sql and "2024" not in query.sql
    assert query.params == {
        "date_from": date(2024, 1, 1),
        "countries": ("RU",),
        "q": "%x' OR 1=1 --%",
        "unit": "reports",
    }


def test_like_wildcards_in_search_text_are_literal(con):
    assert count(con, Filters(q="_")) == 0
    assert count(con, Filters(q="%")) == 0


def test_every_filter_is_described():
    filters = Filters(
        date_from=date(2024, 1, 1),
        date_to=date(2024, 1, 31),
        countries=("RU", "UA"),
        categories=("energy",),
        types=("power_grid",),
        means=("drone",),
        q="grid",
        min_conf=0.5,
    )
    text = queries.describe(filters)
    assert [entry.name for entry, _ in queries.active(filters)] == [entry.name for entry in queries.FILTERS]
    for words in (
        "on or after 2024-01-01",
        "in RU or UA",
        "type power_grid",
        'mentioning "grid"',
        "at least 0.5",
    ):
        assert words in text
    assert queries.describe(Filters()) == "no filters"


def test_headline_counts_casualties_once_per_event(con):
    row = run_query(con, queries.headline(Filters())).iloc[0]
    assert (row["countries"], row["killed"], row["injured"]) == (2, 3, 12)


@pytest.mark.parametrize(("grain", "periods"), [("day", 5), ("week", 4), ("month", 3)])
def test_over_time_groups_by_grain_and_category(con, grain, periods):
    df = run_query(con, queries.over_time(Filters(grain=grain)))
    assert df["period"].nunique() == periods
    assert df["incidents"].sum() == len(INCIDENTS)
    march = df[(df["period"] >= pd.Timestamp("2024-03-01")) & (df["target_category"] == "energy")]
    assert march["incidents"].sum() == 2


def test_over_time_in_events_counts_clusters(con):
    df = run_query(con, queries.over_time(Filters(grain="month", unit="events", categories=("energy",))))
    assert df["incidents"].sum() == 2


def test_map_points_aggregate_located_incidents(con):
    df = run_query(con, queries.map_points(Filters(countries=("UA",))))
    kharkiv = df[df["place"] == "Kharkiv"].iloc[0]
    assert (kharkiv["incidents"], kharkiv["types"], kharkiv["target_category"]) == (2, "power_grid", "energy")
    assert df["latitude"].notna().all()
    assert len(run_query(con, queries.map_points(Filters(), limit=2))) == 2


def test_category_country_breakdown(con):
    df = run_query(con, queries.category_country(Filters()))
    cell = df[(df["target_category"] == "oil_gas") & (df["country_code"] == "RU")]
    assert int(cell["incidents"].iloc[0]) == 2
    assert df["incidents"].sum() == len(INCIDENTS)


def test_incident_table_is_limited_and_newest_first(con):
    df = run_query(con, queries.incident_table(Filters(), limit=3))
    assert len(df) == 3
    assert list(df.columns[:5]) == ["date", "place", "country_code", "target_type", "evidence"]
    assert df["date"].is_monotonic_decreasing
    assert df["url"].iloc[0].startswith("https://example.org/")


def test_previous_period_has_the_same_length():
    previous = queries.previous_period(Filters(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)), None)
    assert (previous.date_from, previous.date_to) == (date(2024, 1, 30), date(2024, 2, 29))
    open_ended = queries.previous_period(Filters(date_from=date(2024, 3, 21)), date(2024, 3, 23))
    assert (open_ended.date_from, open_ended.date_to) == (date(2024, 3, 18), date(2024, 3, 20))
    assert queries.previous_period(Filters(), date(2024, 3, 23)) is None


def test_sources_queries(con):
    counts = run_query(con, queries.plain("source_counts")).iloc[0]
    assert (counts["documents"], counts["incidents"], counts["rejects"], counts["runs"]) == (4, 9, 2, 1)
    assert set(run_query(con, queries.plain("rejects_by_reason"))["reason"]) == {
        "no text column",
        "empty document",
    }
    assert run_query(con, queries.plain("runs", limit=10))["status"].tolist() == ["ok"]
    documents = run_query(con, queries.plain("documents", limit=10))
    assert documents.set_index("document_id").loc["d1", "incidents"] == 4


def test_options_queries(con):
    countries = run_query(con, queries.plain("countries"))
    assert countries.to_dict("records") == [
        {"country_code": "RU", "country": "Russia"},
        {"country_code": "UA", "country": "Ukraine"},
    ]
    taxonomy = run_query(con, queries.plain("taxonomy"))
    assert taxonomy["target_type"].iloc[0] == "power_plant"
    assert taxonomy["target_category"].drop_duplicates().tolist()[:3] == ["energy", "oil_gas", "transport"]


def test_csv_and_parquet_exports_hold_every_filtered_row(con):
    query = queries.export_rows(Filters(countries=("UA",)))
    csv = pd.read_csv(io.BytesIO(exports.write_file(con.cursor(), query, "csv")))
    table = pq.read_table(io.BytesIO(exports.write_file(con.cursor(), query, "parquet")))
    assert len(csv) == table.num_rows == 6
    assert {"incident_id", "evidence", "impacts", "cluster_id", "url"} <= set(table.column_names)
    assert "incident_date" not in table.column_names
    with pytest.raises(ValueError, match="format"):
        exports.write_file(con.cursor(), query, "xlsx")


def test_geojson_export_is_a_feature_collection(con):
    data = json.loads(exports.geojson(con.cursor(), queries.export_geojson(Filters(countries=("RU",)))))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 3
    samara = next(f for f in data["features"] if f["properties"]["place"] == "Samara")
    assert samara["geometry"] == {"type": "Point", "coordinates": [50.15, 53.2]}
    assert samara["properties"]["impacts"] == ["fire"]
    empty = json.loads(exports.geojson(con.cursor(), queries.export_geojson(Filters(q="nothing matches"))))
    assert empty["features"] == []
