"""Figures from aggregated frames: asserted on fig.data and fig.layout, never on images."""

from __future__ import annotations

import pandas as pd
from dashboard_support import TAXONOMY, fixture_connection, run_query  # noqa: F401 (fixture `con`)

from dashboard import basemap, charts, queries
from dashboard.state import Filters

CATEGORIES = list(TAXONOMY)


def test_over_time_stacks_one_trace_per_category(con):
    df = run_query(con, queries.over_time(Filters(grain="month")))
    fig = charts.over_time(df, "month", CATEGORIES)
    assert fig.layout.barmode == "stack"
    names = [trace.name for trace in fig.data]
    assert names == [c for c in CATEGORIES if c in set(df["target_category"])]
    assert sum(sum(trace.y) for trace in fig.data) == 9
    assert {trace.width for trace in fig.data} == {30 * charts.DAY_MS * 0.9}
    assert fig.layout.title.text == "Incidents per month"


def test_over_time_colours_are_fixed_per_category(con):
    energy_only = charts.over_time(
        run_query(con, queries.over_time(Filters(categories=("energy",)))), "week", CATEGORIES
    )
    everything = charts.over_time(run_query(con, queries.over_time(Filters())), "week", CATEGORIES)
    colour = {trace.name: trace.marker.color for trace in everything.data}
    assert (
        energy_only.data[0].marker.color == colour["energy"] == charts.category_colors(CATEGORIES)["energy"]
    )
    assert energy_only.data[0].width == 7 * charts.DAY_MS * 0.9


def test_over_time_shows_at_least_eight_periods(con):
    fig = charts.over_time(
        run_query(con, queries.over_time(Filters(countries=("RU",), grain="day"))), "day", CATEGORIES
    )
    start, end = (pd.Timestamp(bound) for bound in fig.layout.xaxis.range)
    assert end - start >= pd.Timedelta(days=8)


def test_over_time_of_nothing_is_an_empty_figure(con):
    fig = charts.over_time(run_query(con, queries.over_time(Filters(q="no such words"))), "day", CATEGORIES)
    assert sum(len(trace.x) for trace in fig.data) == 0


def test_map_renders_without_a_tile_server(con):
    fig = charts.incident_map(run_query(con, queries.map_points(Filters())), CATEGORIES)
    assert fig.layout.map.style == "white-bg"
    assert all(trace.type == "scattermap" for trace in fig.data)
    assert 44 < fig.layout.map.center.lat < 54
    assert sum(len(trace.lat) for trace in fig.data) == 8  # Kharkiv's two reports share one point
    # a point says whether it is the place itself or the centre of a region or country
    assert all("located to=%{customdata[1]}" in trace.hovertemplate for trace in fig.data)


def test_map_draws_towns_under_the_incidents(con):
    points = run_query(con, queries.map_points(Filters(countries=("UA",))))
    towns = basemap.towns_near(points["latitude"], points["longitude"])
    assert {"Kyiv", "Kharkiv", "Odesa"} <= set(towns["name"])
    assert (towns["longitude"] > -20).all()  # not the Americas
    fig = charts.incident_map(points, CATEGORIES, towns)
    assert [trace.name for trace in fig.data[:2]] == ["towns", "cities"]
    assert not fig.data[0].showlegend and not fig.data[1].showlegend
    assert len(fig.data[0].lat) + len(fig.data[1].lat) == len(towns)
    assert "Kyiv" in fig.data[1].text
    assert [trace.name for trace in fig.data[2:]] == ["energy", "transport", "civilian", "territory"]
    assert fig.layout.map.style == "white-bg"


def test_map_of_nothing_keeps_a_centre(con):
    nothing = run_query(con, queries.map_points(Filters(q="no such words")))
    towns = basemap.towns_near(nothing["latitude"], nothing["longitude"])
    fig = charts.incident_map(nothing, CATEGORIES, towns)
    assert towns.empty
    assert fig.layout.map.center.lat == charts.DEFAULT_CENTER["lat"]


def test_category_country_heatmap(con):
    fig = charts.category_country(run_query(con, queries.category_country(Filters())), CATEGORIES)
    heatmap = fig.data[0]
    assert list(heatmap.x) == ["RU", "UA"]
    assert list(heatmap.y) == ["energy", "oil_gas", "transport", "civilian", "territory"]
    cells = dict(zip(heatmap.y, heatmap.z.tolist(), strict=True))
    assert cells["oil_gas"] == [2, 0]
    assert cells["energy"] == [0, 3]
