"""Tagger: paste an article and see the incidents the ETL would find, without loading anything."""

from __future__ import annotations

import importlib
from dataclasses import asdict
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import highlight

SHOWN = ["event_date", "date_precision", "place", "admin1", "country_code", "target_category", "target_type"]
SHOWN += ["means", "impacts", "status", "killed", "injured", "confidence", "evidence"]


def render() -> None:
    """Draw the paste form and, after submission, the incidents found in the text."""
    st.title("Tagger")
    st.caption("Runs the ETL's tagger on the text below; nothing is written to the warehouse.")
    with st.form("tagger"):
        text = st.text_area("Article text", height=240, key="tagger_text")
        report_date = st.date_input("Report date", value=date.today(), key="tagger_date", format="YYYY-MM-DD")
        submitted = st.form_submit_button("Find incidents")
    if submitted and text.strip():
        _show(text, report_date)


def _show(text: str, report_date: date) -> None:
    """Tag the text with etl.tagging (imported here, so the page loads without it) and list the results."""
    try:
        tag_document = importlib.import_module("etl.tagging").tag_document
        models = importlib.import_module("etl.models")
    except (ImportError, AttributeError) as error:
        st.info(f"The tagger is not available in this installation ({error}).")
        return
    document = models.Document(
        document_id=models.content_id(text), report_date=report_date, text=text, title="Pasted text"
    )
    incidents = [asdict(incident) for incident in tag_document(document)]
    st.metric("Incidents found", len(incidents))
    if incidents:
        st.dataframe(pd.DataFrame(incidents)[SHOWN], hide_index=True, key="tagger_results")
        st.html(highlight.evidence_list(incidents, {}, ""))


render()
