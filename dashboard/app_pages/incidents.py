"""Incidents: the filtered rows with their evidence and source, and downloads of all of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

import streamlit as st

from dashboard import context, db, exports, highlight, queries
from dashboard.context import View
from dashboard.state import Filters, Options

EVIDENCE_SHOWN = 50
COLUMNS = {
    "date": st.column_config.DateColumn("Date"),
    "date_precision": st.column_config.TextColumn("Precision"),
    "place": st.column_config.TextColumn("Place"),
    "admin1": st.column_config.TextColumn("Region"),
    "country_code": st.column_config.TextColumn("Country"),
    "target_category": st.column_config.TextColumn("Category"),
    "target_type": st.column_config.TextColumn("Type"),
    "means": st.column_config.TextColumn("Means"),
    "impacts": st.column_config.ListColumn("Impacts"),
    "status": st.column_config.TextColumn("Status"),
    "killed": st.column_config.NumberColumn("Killed"),
    "injured": st.column_config.NumberColumn("Injured"),
    "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f"),
    "evidence": st.column_config.TextColumn("Evidence", width="large"),
    "url": st.column_config.LinkColumn("Source"),
    "title": None,
}


def render(view: View) -> None:
    """Draw the incident table, the highlighted evidence and the download buttons."""
    path, filters, options = view.warehouse, view.filters, view.options
    st.title("Incidents")
    total = int(db.frame(path, queries.headline(replace(filters, unit="reports"))).iloc[0]["incidents"])
    rows = db.frame(path, queries.incident_table(filters))
    shown = f"the newest {len(rows)} of {total}" if total > len(rows) else f"all {total}"
    st.caption(f"Showing {shown} incident reports {queries.describe(filters)}.")
    st.dataframe(rows, column_config=COLUMNS, hide_index=True, key="incident_table")
    _downloads(path, filters)
    _evidence(rows.head(EVIDENCE_SHOWN).to_dict("records"), options, filters.q)


def _downloads(path: Path, filters: Filters) -> None:
    """CSV, Parquet and GeoJSON of every filtered row, generated only when a button is clicked."""
    stem = f"incidents-{date.today().isoformat()}"
    for column, (fmt, (label, mime)) in zip(
        st.columns(len(exports.FORMATS)), exports.FORMATS.items(), strict=True
    ):
        column.download_button(
            f"Download {label}",
            data=partial(_export, path, filters, fmt),
            file_name=f"{stem}.{fmt}",
            mime=mime,
            on_click="ignore",
            key=f"download_{fmt}",
        )


def _export(path: Path, filters: Filters, fmt: str) -> bytes:
    """One download, written by DuckDB from the filtered rows."""
    with db.cursor(path) as cursor:
        if fmt == "geojson":
            return exports.geojson(cursor, queries.export_geojson(filters))
        return exports.write_file(cursor, queries.export_rows(filters), fmt)


def _evidence(rows: list[dict], options: Options, q: str) -> None:
    """The evidence sentences with the words behind each tag marked."""
    if rows:
        st.subheader("Evidence")
        labels = {t: label for t, (_, label) in options.types.items()}
        st.html(highlight.evidence_list(rows, labels, q))


render(context.current())
