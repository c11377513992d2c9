"""`python -m etl build|add` as users run it: all formats, summary, exit codes, progress, interruptions."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT, build_warehouse

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _etl(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


def _rows(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def fixture_warehouse(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    """Every fixture format loaded by one `build`, and what the command printed."""
    target = tmp_path_factory.mktemp("formats") / "w.duckdb"
    return target, build_warehouse(target, FIXTURES)


def test_one_build_loads_every_format(fixture_warehouse):
    target, result = fixture_warehouse
    assert result.returncode == 0, result.stderr
    per_file = _rows(
        target, "SELECT regexp_extract(source_path, '[^/]+$'), count(*) FROM documents GROUP BY 1 ORDER BY 1"
    )
    assert per_file == [
        ("acled_api.csv", 2),
        ("acled_export.csv", 3),
        ("article.html", 1),
        ("feed.atom", 2),
        ("feed.rss", 1),
    ]


def test_the_summary_counts_rejects_by_reason(fixture_warehouse):
    target, result = fixture_warehouse
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("build: 5 files, 9 documents loaded (")
    assert "0 duplicates skipped, 4 rejected (2 impossible date, 1 no text, 1 no date) -> " in summary
    assert _rows(
        target, "SELECT regexp_extract(source, '[^/]+$'), record, reason FROM rejects ORDER BY ALL"
    ) == [
        ("acled_export.csv", "row 5", "impossible date: '31 February 2024'"),
        ("acled_export.csv", "row 6", "no text: the event has no notes"),
        ("feed.rss", "entry 2", "no date: pass --default-date to load it"),
        ("feed.rss", "entry 3", "impossible date: '1801-01-01 00:00:00'"),
    ]


def test_acled_events_keep_acleds_coding_with_iso_regions(fixture_warehouse):
    target, _ = fixture_warehouse
    coded = (
        "SELECT DISTINCT event_date, date_precision, report_date, admin1, admin1_code, place, geo_precision, "
        "killed "
    )
    # Whatever the tagger finds in the notes, every incident of the event carries ACLED's own coding.
    assert _rows(target, coded + "FROM incidents WHERE document_id = 'TST0001'") == [
        (date(2024, 3, 3), "day", date(2024, 3, 6), "Kharkiv Oblast", "UA-63", "Kharkiv", "place", 2)
    ]
    assert _rows(target, "SELECT DISTINCT admin1_code FROM incidents WHERE document_id = 'TST0002'") in (
        [],
        [("UA-23",)],
    )


def test_nothing_loadable_exits_1_and_quiet_prints_nothing(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{broken\n")
    failed = _etl("build", tmp_path, "--warehouse", tmp_path / "w.duckdb")
    assert failed.returncode == 1
    assert failed.stderr.strip().splitlines()[-1] == "error: nothing could be loaded from the given sources"
    (tmp_path / "good.jsonl").write_text(
        json.dumps({"id": "g", "date": "2024-03-01", "text": "Quiet."}) + "\n"
    )
    quiet = _etl("build", tmp_path / "good.jsonl", "--warehouse", tmp_path / "w.duckdb", "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


@pytest.mark.parametrize("command", ["build", "add"])
def test_an_unknown_date_order_is_a_usage_error(tmp_path, command):
    target = tmp_path / "w.duckdb"
    result = _etl(command, "seeds/", "--warehouse", target, "--date-order", "ymd")
    assert result.returncode == 2
    assert result.stderr.startswith(f"usage: python -m etl {command} ")
    assert f"python -m etl {command}: error: argument --date-order: invalid choice: 'ymd'" in result.stderr
    assert not target.exists()


def test_verbose_lists_every_reject_and_add_is_idempotent(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "date": "2024-03-01", "text": "Fine."}) + "\n{broken\n")
    target = tmp_path / "w.duckdb"
    assert _etl("build", source, "--warehouse", target).returncode == 0
    again = _etl("add", source, "--warehouse", target, "--verbose", "--jobs", "1")
    assert again.returncode == 0
    assert f"rejected {source} (line 2): malformed JSON: " in again.stderr
    assert "add: 1 files, 0 documents loaded (0 incidents), 1 duplicates skipped, 1 rejected" in again.stderr
    assert _rows(
        target, "SELECT command, documents_loaded, duplicates_skipped, rejected FROM runs ORDER BY started_at"
    ) == [("build", 1, 0, 1), ("add", 0, 1, 1)]


def test_default_country_places_the_targets_of_texts_that_name_no_place(tmp_path):
    source = tmp_path / "collection.jsonl"
    rows = [
        {"id": "a", "date": "2022-05-01", "text": "Residential building damaged by shelling."},
        {"id": "b", "date": "2022-05-02", "text": "A hospital in Kherson was hit by artillery."},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    target = tmp_path / "w.duckdb"
    result = _etl("build", source, "--warehouse", target, "--default-country", "UA", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    sql = "SELECT document_id, target_type, country_code, place, geo_precision FROM incidents ORDER BY 1"
    assert _rows(target, sql) == [
        ("a", "residential", "UA", None, "country"),
        ("b", "hospital", "UA", "Kherson", "place"),
    ]
    assert _etl("build", source, "--warehouse", target).returncode == 0
    assert _rows(target, sql) == [("b", "hospital", "UA", "Kherson", "place")]


def test_progress_bar_on_a_terminal_only(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "date": "2024-03-01", "text": "Fine."}) + "\n")
    piped = _etl("build", source, "--warehouse", tmp_path / "piped.duckdb")
    assert "records" not in piped.stderr and "\r" not in piped.stderr
    leader, follower = pty.openpty()
    # A real terminal has a width; tqdm draws nothing on a zero-width one.
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "etl", "build", str(source), "--warehouse", str(tmp_path / "tty.duckdb")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=300,
        )
        os.close(follower)
        shown = _drain(leader)
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert "\rbuild: 1 records [" in shown, shown


def _drain(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def _big_input(path: Path, n: int = 40000) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(
                json.dumps(
                    {
                        "id": f"big{i}",
                        "date": "2024-03-01",
                        "text": f"Report {i}: Russian drones hit a substation in Kharkiv overnight.",
                    }
                )
                + "\n"
            )
    return path


def _start_and_stop(tmp_path: Path, target: Path, signum: int) -> subprocess.Popen:
    """Start a long build over `target`, wait until it is writing its staged copy, then send `signum`."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "etl",
            "build",
            str(_big_input(tmp_path / "big.jsonl")),
            "--warehouse",
            str(target),
            "--jobs",
            "2",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stage = target.with_name(f".{target.name}.{proc.pid}.tmp")
    deadline = time.monotonic() + 120
    while not stage.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(1.0)  # well into the loop: tagging and flushing batches
    assert proc.poll() is None, "the build finished before it could be stopped midway"
    proc.send_signal(signum)
    proc.communicate(timeout=60)
    return proc


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.fixture
def previous_warehouse(tmp_path: Path) -> Path:
    """A small warehouse that an interrupted build must leave exactly as it is."""
    target = tmp_path / "w.duckdb"
    (tmp_path / "old.jsonl").write_text(
        json.dumps({"id": "old", "date": "2024-01-01", "text": "Old."}) + "\n"
    )
    assert _etl("build", tmp_path / "old.jsonl", "--warehouse", target).returncode == 0
    return target


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_build_leaves_the_previous_warehouse_untouched(
    tmp_path, previous_warehouse, signum, code
):
    before = previous_warehouse.read_bytes()
    proc = _start_and_stop(tmp_path, previous_warehouse, signum)
    assert proc.returncode == code
    assert previous_warehouse.read_bytes() == before
    # The staged copy is gone too.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "old.jsonl", "w.duckdb"]
    assert _wait_gone(str(tmp_path)) == []  # no worker left behind


def test_a_killed_build_leaves_the_previous_warehouse_untouched(tmp_path, previous_warehouse):
    before = previous_warehouse.read_bytes()
    proc = _start_and_stop(tmp_path, previous_warehouse, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert previous_warehouse.read_bytes() == before
    assert _wait_gone(str(tmp_path)) == []  # the workers notice their parent is gone and exit
    (tmp_path / "new.jsonl").write_text(
        json.dumps({"id": "new", "date": "2024-01-02", "text": "New."}) + "\n"
    )
    assert _etl("add", tmp_path / "new.jsonl", "--warehouse", previous_warehouse).returncode == 0
    assert _rows(previous_warehouse, "SELECT document_id FROM documents ORDER BY 1") == [("new",), ("old",)]
    assert not list(tmp_path.glob(".w.duckdb.*"))  # the killed run's stage is cleaned up by the next run


def _wait_gone(marker: str, seconds: float = 10) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := _processes_mentioning(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_min_confidence_reaches_the_worker_processes(tmp_path):
    """`--min-confidence 1` keeps no incident (no probability reaches 1), with tagging in two processes."""
    from conftest import SEED_PATH

    warehouse = tmp_path / "w.duckdb"
    result = build_warehouse(
        warehouse, SEED_PATH, options=["--min-confidence", "1", "--jobs", "2", "--quiet"]
    )
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        counts = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM incidents)"
        ).fetchall()
    assert counts == [(1, 0)]
