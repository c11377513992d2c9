"""One function per chart: each takes an aggregated frame from queries.py and returns a plotly figure."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

# Ten well-separated colours for the ten categories of the taxonomy, then more for any added later.
PALETTE = px.colors.qualitative.T10 + px.colors.qualitative.Pastel
# Europe-centred view for an empty map; the data decide the view otherwise.
DEFAULT_CENTER = {"lat": 49.0, "lon": 32.0}
DAY_MS = 86_400_000
STEP_DAYS = {"day": 1, "week": 7, "month": 30}
TICKS = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y"}
BIG_CITY = 500_000


def category_colors(categories: Sequence[str]) -> dict[str, str]:
    """A fixed colour per category, so every chart colours a category alike."""
    return {category: PALETTE[i % len(PALETTE)] for i, category in enumerate(categories)}


def over_time(df: pd.DataFrame, grain: str, categories: Sequence[str], unit: str = "reports") -> go.Figure:
    """Incidents per period, stacked by category (columns period, target_category, incidents)."""
    fig = px.bar(
        df,
        x="period",
        y="incidents",
        color="target_category",
        barmode="stack",
        category_orders={"target_category": list(categories)},
        color_discrete_map=category_colors(categories),
        labels={"period": grain.capitalize(), "incidents": unit.capitalize(), "target_category": "Category"},
    )
    # Each bar spans its period (an explicit width: plotly would stretch a lone bar across the axis).
    fig.update_traces(width=STEP_DAYS[grain] * DAY_MS * 0.9, offset=0)
    fig.update_layout(title=f"Incidents per {grain}", legend_title_text="Category")
    fig.update_xaxes(type="date", tickformat=TICKS[grain], range=_time_range(df["period"], grain))
    return fig


def _time_range(periods: pd.Series, grain: str) -> list[pd.Timestamp] | None:
    """At least eight periods wide, so that one busy day does not fill the whole axis."""
    if periods.empty:
        return None
    first, last = pd.Timestamp(periods.min()), pd.Timestamp(periods.max())
    step = pd.Timedelta(days=STEP_DAYS[grain])
    pad = max(step, (8 * step - (last - first)) / 2)
    return [first - pad, last + step + pad]


def incident_map(df: pd.DataFrame, categories: Sequence[str], towns: pd.DataFrame | None = None) -> go.Figure:
    """Located incidents sized by count over faint town dots; a white background needs no tile server."""
    lat, lon = df["latitude"], df["longitude"]
    center = {"lat": _middle(lat), "lon": _middle(lon)} if len(df) else DEFAULT_CENTER
    fig = px.scatter_map(
        df,
        lat="latitude",
        lon="longitude",
        size="incidents",
        size_max=24,
        color="target_category",
        category_orders={"target_category": list(categories)},
        color_discrete_map=category_colors(categories),
        hover_name="place",
        hover_data={
            "country_code": True,
            "geo_precision": True,
            "types": True,
            "incidents": True,
            "latitude": False,
            "longitude": False,
        },
        labels={"geo_precision": "located to"},
        center=center,
        zoom=_zoom(lat, lon),
        map_style="white-bg",
    )
    if towns is not None and len(towns):
        # Drawn first, so the incidents stay on top.
        fig = go.Figure(data=[*_towns_traces(towns), *fig.data], layout=fig.layout)
    fig.update_layout(
        title="Where", legend_title_text="Category", height=520, margin={"l": 0, "r": 0, "t": 40, "b": 0}
    )
    return fig


def _towns_traces(towns: pd.DataFrame) -> list[go.Scattermap]:
    """Faint dots for towns and darker ones for big cities, named on hover."""
    big = towns["population"] >= BIG_CITY
    return [
        go.Scattermap(
            lat=part["latitude"],
            lon=part["longitude"],
            mode="markers",
            marker={"size": size, "color": color},
            text=part["name"],
            hoverinfo="text",
            name=name,
            showlegend=False,
        )
        for part, name, size, color in (
            (towns[~big], "towns", 3, "#d4d4d4"),
            (towns[big], "cities", 6, "#999"),
        )
    ]


def _middle(values: pd.Series) -> float:
    """The middle of the values' range, where the map centres."""
    return (float(values.min()) + float(values.max())) / 2


def _zoom(lat: pd.Series, lon: pd.Series) -> float:
    """A zoom level that fits the points: the world's 360 degrees span 512 pixels at zoom 0."""
    if len(lat) < 2:
        return 4.0
    extent = 1.3 * max(float(lat.max() - lat.min()) * 1.5, float(lon.max() - lon.min()), 1.0)
    return max(0.0, min(8.0, math.log2(360 / extent) - 1))


def category_country(df: pd.DataFrame, categories: Sequence[str]) -> go.Figure:
    """Incidents per category (rows) and country (columns) as an annotated heatmap."""
    matrix = df.pivot_table(
        index="target_category", columns="country_code", values="incidents", aggfunc="sum", fill_value=0
    )
    order = [c for c in categories if c in matrix.index] + [c for c in matrix.index if c not in categories]
    matrix = matrix.reindex(order)
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=list(matrix.columns),
            y=list(matrix.index),
            text=matrix.to_numpy(),
            texttemplate="%{text}",
            colorscale="Reds",
            showscale=False,
            hovertemplate="%{y} in %{x}: %{z}<extra></extra>",
        )
    )
    fig.update_layout(title="Category by country", xaxis_title="Country", yaxis_title="Category")
    fig.update_yaxes(autorange="reversed")
    return fig
