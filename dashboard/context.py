"""What the entry script hands to the pages it runs: the warehouse, the filter options and the filters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard.state import Filters, Options

KEY = "dashboard_view"


@dataclass(frozen=True)
class View:
    """The current view; pages run as scripts, so app.py passes it through the session."""

    warehouse: Path
    options: Options
    filters: Filters


def publish(view: View | None) -> None:
    """Set the view for the page about to run (None when there is no readable warehouse)."""
    st.session_state[KEY] = view


def current() -> View:
    """The view app.py published for this run; stops the page quietly when there is none (app.py said why)."""
    view = st.session_state.get(KEY)
    if view is None:
        st.stop()
    return view
