"""Overview: headline numbers against the previous period, incidents over time, a map and a breakdown."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import basemap, charts, context, db, queries
from dashboard.context import View
from dashboard.state import Filters

HEADLINES = (
    ("incidents", "Incidents"),
    ("countries", "Countries"),
    ("killed", "Killed"),
    ("injured", "Injured"),
)


def render(view: View) -> None:
    """Draw the overview for the filtered incidents."""
    path, filters, options = view.warehouse, view.filters, view.options
    st.title("Attacks on infrastructure")
    st.caption(f"Incidents {queries.describe(filters)}; counting {filters.unit}.")
    _headlines(path, filters)
    categories = options.categories
    over_time = db.frame(path, queries.over_time(filters))
    st.plotly_chart(
        charts.over_time(over_time, filters.grain, categories, filters.unit), key="chart_over_time"
    )
    points = db.frame(path, queries.map_points(filters))
    towns = basemap.towns_near(points["latitude"], points["longitude"])
    st.plotly_chart(charts.incident_map(points, categories, towns), key="chart_map")
    st.caption("An incident the text locates only to a region or a country is drawn at its centre.")
    breakdown = db.frame(path, queries.category_country(filters))
    st.plotly_chart(charts.category_country(breakdown, categories), key="chart_breakdown")


def _headlines(path: Path, filters: Filters) -> None:
    """One metric per headline number, with the change against the period just before when dates are set."""
    now = db.frame(path, queries.headline(filters)).iloc[0]
    last_day = db.frame(path, queries.plain("date_extent")).iloc[0]["last_day"]
    previous_filters = queries.previous_period(filters, last_day.date() if pd.notna(last_day) else None)
    before = db.frame(path, queries.headline(previous_filters)).iloc[0] if previous_filters else None
    help_text = (
        f"Change against {previous_filters.date_from} to {previous_filters.date_to}"
        if previous_filters
        else "Set a start date to compare with the period before."
    )
    for column, (field, label) in zip(st.columns(len(HEADLINES)), HEADLINES, strict=True):
        delta = None if before is None else int(now[field]) - int(before[field])
        column.metric(label, int(now[field]), delta=delta, help=help_text, delta_color="inverse")


render(context.current())
