"""Sources: what the ETL loaded, what it rejected and why, and its runs."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import context, db, queries

LIMIT = 500


def render(path: Path) -> None:
    """Draw the documents, rejects and runs tables (unfiltered: the sidebar filters apply to incidents)."""
    st.title("Sources")
    counts = db.frame(path, queries.plain("source_counts")).iloc[0]
    for column, name in zip(st.columns(4), ("documents", "incidents", "rejects", "runs"), strict=True):
        column.metric(name.capitalize(), int(counts[name]))
    st.caption(f"{path} · the sidebar filters apply to incidents, not to this page.")
    st.subheader("Documents")
    documents = db.frame(path, queries.plain("documents", limit=LIMIT))
    columns = {
        "url": st.column_config.LinkColumn("URL"),
        "report_date": st.column_config.DateColumn("report_date"),
    }
    st.dataframe(documents, hide_index=True, column_config=columns)
    st.subheader("Rejected inputs")
    reasons = db.frame(path, queries.plain("rejects_by_reason"))
    if reasons.empty:
        st.write("No input was rejected.")
    else:
        st.dataframe(reasons, hide_index=True)
        st.dataframe(db.frame(path, queries.plain("rejects", limit=LIMIT)), hide_index=True)
    st.subheader("ETL runs")
    st.dataframe(db.frame(path, queries.plain("runs", limit=LIMIT)), hide_index=True)


render(context.current().warehouse)
