"""End to end: `streamlit run dashboard/app.py` over a warehouse built from the seed, in headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from dashboard_support import APP, ROOT

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_SECONDS = 30
WAIT_MS = 20_000


def chromium() -> str:
    """Debian's chromium; never a downloaded browser. Missing: skip locally, fail in CI."""
    path = shutil.which("chromium")
    if path is None:
        reason = "chromium is not on PATH (`make browser` installs Debian's package)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run the browser tests")
        pytest.skip(reason)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}: {server.stdout.read()}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit was not healthy after {STARTUP_SECONDS}s")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    """A dashboard server on a free port over a warehouse that the real ETL builds from seeds/."""
    chromium()  # skip (or fail in CI) before spending time on the build and the server
    warehouse = Path(tmp_path_factory.mktemp("warehouse")) / "incidents.duckdb"
    build = [sys.executable, "-m", "etl", "build", "seeds/", "--warehouse", str(warehouse)]
    subprocess.run(build, cwd=ROOT, check=True, capture_output=True, text=True, timeout=120)
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true"]
    command += ["--server.address", "127.0.0.1", "--server.port", str(port)]
    command += ["--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    env = {**os.environ, "WAREHOUSE": str(warehouse)}
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, headless, started once for the module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh browser context per test, as if the link were opened by a colleague."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


def incidents_metric(page):
    label = page.get_by_test_id("stMetricLabel").filter(has_text="Incidents")
    return page.get_by_test_id("stMetric").filter(has=label).get_by_test_id("stMetricValue")


@pytest.mark.parametrize("query", ["country=RU&type=oil_refinery", "country=UA&type=power_grid"])
def test_shared_link_opens_the_same_view(page, base_url, query):
    from playwright.sync_api import expect

    page.goto(f"{base_url}/?{query}")
    expect(incidents_metric(page)).to_have_text("1", timeout=WAIT_MS)
    assert page.url.endswith(f"/?{query}")
    assert page.get_by_test_id("stException").count() == 0


def test_invalid_values_warn_without_an_exception(page, base_url):
    from playwright.sync_api import expect

    page.goto(f"{base_url}/?country=ZZ&from=not-a-date")
    alerts = page.get_by_test_id("stAlert")
    expect(alerts.filter(has_text="country=ZZ")).to_be_visible(timeout=WAIT_MS)
    expect(alerts.filter(has_text="from=not-a-date")).to_be_visible()
    expect(incidents_metric(page)).to_have_text("6")
    assert page.get_by_test_id("stException").count() == 0
    assert urlsplit(page.url).query == ""


def test_changing_a_filter_updates_the_url_and_the_view_renders_offline(page, base_url):
    from playwright.sync_api import expect

    outside: list[str] = []
    page.on(
        "request", lambda request: outside.append(request.url) if "127.0.0.1" not in request.url else None
    )
    page.goto(f"{base_url}/?country=RU")
    expect(incidents_metric(page)).to_have_text("3", timeout=WAIT_MS)
    page.get_by_test_id("stSidebar").get_by_text("month", exact=True).click()
    page.wait_for_url("**grain=month**", timeout=WAIT_MS)
    assert urlsplit(page.url).query == "country=RU&grain=month"
    expect(page.locator(".js-plotly-plot")).to_have_count(3, timeout=WAIT_MS)
    expect(page.locator(".js-plotly-plot canvas.maplibregl-canvas")).to_have_count(1)
    assert outside == []
