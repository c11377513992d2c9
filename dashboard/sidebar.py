"""The shared sidebar: seeds its widgets from the URL once per session, then writes every change back.

The widgets are not bound with ``bind="query-params"`` because the URL contract (state.py) needs what binding
does not give: ``from``/``to`` as two keys, comma lists on input, type options that follow the categories, and
a visible notice for every dropped value.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

from dashboard import db, queries, state
from dashboard.state import Filters, Options
from etl.models import MEANS

# Session-state keys of the widgets, one per Filters field.
WIDGET = {name: f"flt_{name}" for name in Filters.__dataclass_fields__}
SEEDED = "flt_seeded_from_url"


def load_options(path: Path) -> Options:
    """Countries and taxonomy from the warehouse; the means of the contract."""
    countries = db.frame(path, queries.plain("countries"))
    taxonomy = db.frame(path, queries.plain("taxonomy"))
    return Options(
        countries=dict(zip(countries["country_code"], countries["country"], strict=True)),
        types={row.target_type: (row.target_category, row.label) for row in taxonomy.itertuples(index=False)},
        means=MEANS,
    )


def render(options: Options) -> tuple[Filters, list[str]]:
    """Draw the filters in the sidebar and keep the URL in step; returns the filters and URL notices."""
    if SEEDED not in st.session_state:
        seeded, notices = state.parse(_read_url(), options)
        _seed(seeded)
        st.session_state[SEEDED] = (seeded, notices)
    with st.sidebar:
        filters = _widgets(options)
        _write_url(filters)
        _share(filters)
    seeded, notices = st.session_state[SEEDED]
    # URL notices stay until the user changes the view they describe.
    return filters, notices if filters == seeded else []


def _read_url() -> dict[str, list[str]]:
    """Every query parameter with all its values, except Streamlit's own (embed), which stay as they are."""
    return {key: st.query_params.get_all(key) for key in st.query_params if key not in state.RESERVED_KEYS}


def _seed(filters: Filters) -> None:
    """Put the URL's filters into the widgets' session state before the widgets exist."""
    for name, key in WIDGET.items():
        value = getattr(filters, name)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value


def _widgets(options: Options) -> Filters:
    """The filter and view widgets, read back as Filters."""
    st.header("Filters")
    left, right = st.columns(2)
    date_bounds = {"min_value": state.MIN_DATE, "max_value": state.MAX_DATE, "format": "YYYY-MM-DD"}
    left.date_input("From", key=WIDGET["date_from"], **date_bounds)
    right.date_input("To", key=WIDGET["date_to"], **date_bounds)
    # A rebuilt warehouse or a removed category can take options away from a session's selection.
    _keep_only("countries", options.countries)
    _keep_only("categories", options.categories)
    _keep_only("means", options.means)
    st.multiselect(
        "Country",
        list(options.countries),
        key=WIDGET["countries"],
        format_func=lambda code: f"{code} · {options.countries.get(code) or code}",
        placeholder="All countries",
    )
    st.multiselect(
        "Category", list(options.categories), key=WIDGET["categories"], placeholder="All categories"
    )
    type_options = options.types_in(st.session_state[WIDGET["categories"]])
    _keep_only("types", type_options)
    st.multiselect(
        "Type",
        list(type_options),
        key=WIDGET["types"],
        format_func=lambda t: options.types[t][1],
        placeholder="All types",
    )
    st.multiselect("Means", list(options.means), key=WIDGET["means"], placeholder="All means")
    st.text_input("Search evidence and places", key=WIDGET["q"], placeholder="e.g. refinery")
    st.slider(
        "Minimum confidence",
        0.0,
        1.0,
        step=0.05,
        key=WIDGET["min_conf"],
        help="the probability that a report tells of the attack rather than mentions it: raise it for "
        "fewer false alarms, at the cost of some true reports",
    )
    st.header("View")
    st.radio(
        "Count",
        state.UNITS,
        key=WIDGET["unit"],
        horizontal=True,
        help="events: reports of one event count once",
    )
    st.radio("Time grain", state.GRAINS, key=WIDGET["grain"], horizontal=True)
    filters = _read_widgets()
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        st.warning("From is after To: no incident can match.")
    return filters


def _keep_only(name: str, allowed: Iterable[str]) -> None:
    """Drop selected values that are no longer options, before their widget is drawn."""
    allowed = set(allowed)
    st.session_state[WIDGET[name]] = [v for v in st.session_state[WIDGET[name]] if v in allowed]


def _read_widgets() -> Filters:
    """Filters from the widgets' session state (lists become tuples, the search text is trimmed)."""
    values = {name: st.session_state[key] for name, key in WIDGET.items()}
    values = {name: tuple(v) if isinstance(v, list) else v for name, v in values.items()}
    return Filters(**{**values, "q": values["q"].strip()})


def _write_url(filters: Filters) -> None:
    """Replace the query string with the canonical form of the filters, when it differs."""
    wanted = state.to_query(filters)
    if _read_url() != wanted:
        st.query_params.from_dict(wanted)


def _share(filters: Filters) -> None:
    """The link that reopens this view."""
    query = urlencode(state.to_query(filters), doseq=True)
    base = st.context.url or ""
    with st.expander("Share this view"):
        st.code(f"{base}?{query}" if query else base or "(no filters)", language=None, wrap_lines=True)
