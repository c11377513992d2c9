"""The app in Streamlit's AppTest: URL -> widgets and metric, widgets -> URL, bad URLs, pages."""

from __future__ import annotations

import os
from datetime import date

import duckdb
import pytest
from dashboard_support import APP, ROOT, build_fixture_warehouse
from streamlit.testing.v1 import AppTest

SEED = "seeds/000_9ff16a141da218b3.txt"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_fixture_warehouse(tmp_path_factory.mktemp("warehouse") / "incidents.duckdb")


@pytest.fixture
def open_url(warehouse, monkeypatch):
    """Open the app at a query string, as a fresh browser session would."""
    monkeypatch.setenv("WAREHOUSE", str(warehouse))

    def run(**params: str | list[str]) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=30)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def metric(at: AppTest, label: str = "Incidents") -> str:
    return next(m.value for m in at.metric if m.label == label)


def widget(at: AppTest, kind: str, name: str):
    return getattr(at, kind)(key=f"flt_{name}")


def test_issue_links_show_their_counts(open_url):
    at = open_url(country="RU", type="oil_refinery")
    assert metric(at) == "1"
    assert widget(at, "multiselect", "countries").value == ["RU"]
    assert widget(at, "multiselect", "types").value == ["oil_refinery"]
    assert not at.warning
    assert at.query_params == {"country": "RU", "type": "oil_refinery"}


def test_events_count_clusters_not_reports(open_url):
    assert metric(open_url(country="UA", type="power_grid")) == "2"
    assert metric(open_url(country="UA", type="power_grid", unit="events")) == "1"


def test_full_example_url_sets_every_widget(open_url):
    at = open_url(
        country="RU",
        type="oil_refinery",
        category="oil_gas",
        grain="month",
        to="2024-03-31",
        **{"from": "2024-01-01"},
    )
    assert widget(at, "date_input", "date_from").value == date(2024, 1, 1)
    assert widget(at, "date_input", "date_to").value == date(2024, 3, 31)
    assert widget(at, "multiselect", "categories").value == ["oil_gas"]
    assert widget(at, "radio", "grain").value == "month"
    assert metric(at) == "1"
    assert not at.warning


def test_more_filters_from_the_url(open_url):
    at = open_url(q="kharkiv", min_conf="0.85", means="missile")
    assert widget(at, "text_input", "q").value == "kharkiv"
    assert widget(at, "slider", "min_conf").value == pytest.approx(0.85)
    assert widget(at, "multiselect", "means").value == ["missile"]
    assert metric(at) == "1"


def test_comma_lists_are_accepted_and_rewritten_as_repeated_keys(open_url):
    at = open_url(country="RU,UA")
    assert widget(at, "multiselect", "countries").value == ["RU", "UA"]
    assert at.query_params["country"] == ["RU", "UA"]


def test_invalid_values_warn_and_leave_the_url(open_url):
    at = open_url(country=["ZZ", "RU"], type="warp_drive", grain="fortnight", **{"from": "not-a-date"})
    warnings = " ".join(w.value for w in at.warning)
    for bad in ("country=ZZ", "from=not-a-date", "type=warp_drive", "grain=fortnight"):
        assert bad in warnings
    assert at.query_params == {"country": "RU"}
    assert metric(at) == "3"


def test_warnings_go_once_the_user_changes_the_view(open_url):
    at = open_url(country="ZZ")
    assert at.warning
    widget(at, "multiselect", "countries").select("UA").run()
    assert not at.warning


def test_changing_filters_updates_the_url(open_url):
    at = open_url()
    assert at.query_params == {}
    widget(at, "multiselect", "countries").select("UA").run()
    widget(at, "multiselect", "categories").select("energy").run()
    widget(at, "date_input", "date_from").set_value(date(2024, 3, 1)).run()
    widget(at, "text_input", "q").input("power").run()
    widget(at, "radio", "grain").set_value("day").run()
    widget(at, "radio", "unit").set_value("events").run()
    assert at.query_params == {
        "from": "2024-03-01",
        "country": "UA",
        "category": "energy",
        "q": "power",
        "unit": "events",
        "grain": "day",
    }
    assert metric(at) == "1"


def test_clearing_a_filter_drops_its_parameter(open_url):
    at = open_url(country="UA", type="power_grid", min_conf="0.5")
    widget(at, "multiselect", "countries").unselect("UA").run()
    widget(at, "slider", "min_conf").set_value(0.0).run()
    assert at.query_params == {"type": "power_grid"}
    assert metric(at) == "2"


def test_type_options_follow_the_categories(open_url):
    at = open_url(type="oil_refinery")
    widget(at, "multiselect", "categories").select("energy").run()
    types = widget(at, "multiselect", "types")
    assert types.value == []
    assert set(types.options) == {"Power plant", "Substation", "Power grid"}
    assert "type" not in at.query_params


def test_a_rebuilt_warehouse_shows_in_an_open_session(tmp_path, monkeypatch):
    path = build_fixture_warehouse(tmp_path / "incidents.duckdb")
    monkeypatch.setenv("WAREHOUSE", str(path))
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["country"] = "RU"
    at.run()
    assert metric(at) == "3"
    rebuilt = build_fixture_warehouse(tmp_path / "incidents.duckdb.tmp")
    with duckdb.connect(str(rebuilt)) as con:
        con.execute("DELETE FROM incidents WHERE country_code = 'RU'")
    os.replace(rebuilt, path)
    at.run()
    assert not at.exception
    assert widget(at, "multiselect", "countries").value == []
    assert metric(at) == "6"
    assert at.query_params == {}


def test_share_control_shows_the_link(open_url):
    at = open_url(country="RU", type="oil_refinery")
    assert any("?country=RU&type=oil_refinery" in code.value for code in at.sidebar.code)


def test_missing_warehouse_is_an_error_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("WAREHOUSE", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception
    message = at.error[0].value
    assert "make run" in message and "python -m etl build" in message and "missing.duckdb" in message
    assert at.title[0].value == "Tagger"  # the one page that needs no warehouse


def test_empty_warehouse_draws_every_page(tmp_path, monkeypatch):
    empty = tmp_path / "empty.duckdb"
    with duckdb.connect(str(empty)) as con:
        for sql in sorted((ROOT / "warehouse").glob("*.sql")):
            con.execute(sql.read_text())
    monkeypatch.setenv("WAREHOUSE", str(empty))
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["country"] = "RU"
    at.run()
    assert "no such country in the warehouse" in at.warning[0].value
    assert metric(at) == "0"
    for page in ("app_pages/incidents.py", "app_pages/sources.py"):
        at.switch_page(page).run()
        assert not at.exception, page


def test_unreadable_warehouse_is_an_error(tmp_path, monkeypatch):
    broken = tmp_path / "broken.duckdb"
    broken.write_text("not a database")
    monkeypatch.setenv("WAREHOUSE", str(broken))
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception
    assert "Could not read the warehouse" in at.error[0].value


def test_incidents_page_keeps_the_filters(open_url):
    at = open_url(country="UA")
    at.switch_page("app_pages/incidents.py").run()
    assert not at.exception
    assert at.title[0].value == "Incidents"
    assert "all 6 incident reports in UA" in at.caption[0].value
    assert len(at.dataframe[0].value) == 6
    assert at.query_params == {"country": "UA"}


def test_sources_page_lists_documents_rejects_and_runs(open_url):
    at = open_url()
    at.switch_page("app_pages/sources.py").run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric} == {
        "Documents": "4",
        "Incidents": "9",
        "Rejects": "2",
        "Runs": "1",
    }
    assert len(at.dataframe) == 4


def test_tagger_page_finds_the_seed_incidents(open_url):
    at = open_url()
    at.switch_page("app_pages/tagger.py").run()
    at.text_area(key="tagger_text").input((ROOT / SEED).read_text())
    at.date_input(key="tagger_date").set_value(date(2024, 3, 23))
    at.button[0].click().run(timeout=120)  # the first tagging loads the gazetteer
    assert not at.exception
    if at.info:  # etl.tagging is not written yet
        assert "not available" in at.info[0].value
    else:
        assert int(metric(at, "Incidents found")) >= 1
        assert {"Samara", "Kharkiv"} <= set(at.dataframe[0].value["place"])
