"""`python -m etl tag` prints the incidents of one text as JSON lines, loading nothing."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, SEED_PATH


def _tag(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", "tag", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_tag_the_seed_file():
    result = _tag(str(SEED_PATH))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 6
    refinery = next(r for r in rows if r["target_type"] == "oil_refinery")
    assert (refinery["place"], refinery["country_code"], refinery["means"]) == ("Samara", "RU", "drone")
    assert refinery["report_date"] == "2024-03-23"


def test_tag_stdin_with_date():
    result = _tag(
        "--date", "2024-03-23", stdin="Russian missiles struck a thermal power plant in Kharkiv yesterday."
    )
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["target_type"], row["means"], row["event_date"], row["date_precision"]) == (
        "power_plant",
        "missile",
        "2024-03-22",
        "day",
    )


def test_tag_rejects_a_bad_date():
    result = _tag("--date", "yesterday", stdin="x")
    assert result.returncode == 2
    assert "not a YYYY-MM-DD date" in result.stderr


def test_attacker_demonym_is_not_the_scene():
    result = _tag("--date", "2024-03-23", stdin="Russian drones struck an electricity substation in Kharkiv.")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["target_type"], r["place"], r["country_code"], r["means"]) for r in rows] == [
        ("substation", "Kharkiv", "UA", "drone")
    ]


def test_tag_a_missing_file_is_a_clear_error(tmp_path):
    result = _tag(str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: cannot read {tmp_path / 'nope.txt'}: FileNotFoundError")
    assert "Traceback" not in result.stderr


def test_default_country_keeps_a_target_whose_text_names_no_place():
    text = "Residential building damaged by shelling."
    assert _tag("--date", "2022-05-01", stdin=text).stdout == ""
    result = _tag("--date", "2022-05-01", "--default-country", "ua", stdin=text)
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["target_type"], row["country_code"], row["place"], row["geo_precision"]) == (
        "residential",
        "UA",
        None,
        "country",
    )


def test_a_named_place_wins_over_the_default_country():
    text = "A school in Kharkiv was damaged by shelling."
    result = _tag("--date", "2022-05-01", "--default-country", "RU", stdin=text)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["target_type"], r["place"], r["country_code"]) for r in rows] == [("school", "Kharkiv", "UA")]


def test_an_unknown_default_country_is_an_error():
    result = _tag("--default-country", "Ukraine", stdin="x")
    assert result.returncode == 2
    assert "not an ISO 3166-1 alpha-2 country code: 'Ukraine'" in result.stderr


def test_min_confidence_keeps_what_the_report_filter_judges_likely_enough():
    everything = [
        json.loads(line) for line in _tag(str(SEED_PATH), "--min-confidence", "0").stdout.splitlines()
    ]
    assert len(everything) == 6 and all(0 < row["confidence"] < 1 for row in everything)
    assert _tag(str(SEED_PATH), "--min-confidence", "1").stdout == ""  # no probability reaches 1


def test_a_min_confidence_outside_0_to_1_is_an_error():
    result = _tag("--min-confidence", "55", stdin="x")
    assert result.returncode == 2
    assert "not a confidence between 0 and 1: '55'" in result.stderr
