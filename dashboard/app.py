"""Entry point: `streamlit run dashboard/app.py`, reading the warehouse named by $WAREHOUSE.

Draws the shared sidebar (filters <-> URL, see state.py), then the page chosen in the navigation.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run` puts only dashboard/ on sys.path; the app imports the project's packages from its root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb
import streamlit as st

from dashboard import context, db, sidebar

PAGES = Path(__file__).with_name("app_pages")


def open_view(path: Path) -> context.View | None:
    """The sidebar's filters over a readable warehouse; otherwise an error saying what to do, and None."""
    if not path.is_file():
        st.error(
            f"No warehouse at `{path}`. Build it with `make run` (which also starts the dashboard) or "
            f"`python -m etl build seeds/ --warehouse {path}`, or set WAREHOUSE to an existing warehouse."
        )
        return None
    try:
        options = sidebar.load_options(path)
    except duckdb.Error as error:
        st.error(f"Could not read the warehouse `{path}`: {error}")
        return None
    filters, notices = sidebar.render(options)
    for notice in notices:
        st.warning(notice)
    return context.View(path, options, filters)


def main() -> None:
    """Sidebar first, so that every page shares it and the URL; then the chosen page."""
    # No page or navigation icons: the browser tab would fetch them from the internet, and the dashboard
    # must work offline.
    st.set_page_config(page_title="Infrastructure incidents", layout="wide")
    view = open_view(db.warehouse_path())
    context.publish(view)
    data_pages = [
        st.Page(PAGES / "overview.py", title="Overview", default=True),
        st.Page(PAGES / "incidents.py", title="Incidents"),
        st.Page(PAGES / "sources.py", title="Sources"),
    ]
    tagger = st.Page(PAGES / "tagger.py", title="Tagger", default=view is None)
    # Without a warehouse only the Tagger works, and it opens first.
    st.navigation([*data_pages, tagger] if view else [tagger]).run()


main()
