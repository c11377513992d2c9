"""Duplicate reports across documents share a cluster_id (etl/sql/assign_clusters.sql), and only those.

A stand-in tagger puts one incident per document at a place named in the text, dated on the report date,
so the cluster rule is tested on its own: same type and place, dates within a day of each other.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import duckdb
from test_ingest import stub_tagger  # one incident per report that says 'hit'

from etl.load import run
from etl.models import Document, Incident


def _one_incident(doc: Document) -> list[Incident]:
    (incident,) = stub_tagger(doc)
    place = doc.text.split()[-1]
    return [dataclasses.replace(incident, place=place, date_precision="day")]


def _clusters(tmp_path: Path, reports: list[tuple[str, str]]) -> list[list[str]]:
    """Build from (id, 'YYYY-MM-DD place') reports; the document ids of each cluster, sorted."""
    source = tmp_path / "reports.jsonl"
    lines = [
        json.dumps({"id": i, "date": d.split()[0], "text": f"Grid hit in {d.split()[1]}"}) for i, d in reports
    ]
    source.write_text("\n".join(lines) + "\n")
    target = tmp_path / "w.duckdb"
    run("build", [str(source)], target, _one_incident)
    with duckdb.connect(str(target), read_only=True) as con:
        rows = con.execute(
            "SELECT list(document_id ORDER BY document_id) FROM incidents GROUP BY cluster_id ORDER BY 1"
        ).fetchall()
    return [r[0] for r in rows]


def test_reports_a_day_apart_at_one_place_are_one_event(tmp_path):
    clusters = _clusters(
        tmp_path,
        [("a", "2024-03-01 Kharkiv"), ("b", "2024-03-02 Kharkiv"), ("c", "2024-03-01 Kharkiv"),
         ("d", "2024-03-01 Odesa"), ("e", "2024-03-04 Kharkiv")],
    )  # fmt: skip
    assert clusters == [["a", "b", "c"], ["d"], ["e"]]


def test_daily_reports_for_a_week_are_not_one_event(tmp_path):
    days = [(f"r{day}", f"2024-03-0{day} Kharkiv") for day in range(1, 8)]
    clusters = _clusters(tmp_path, days)
    assert clusters == [["r1", "r2"], ["r3", "r4"], ["r5", "r6"], ["r7"]]


def test_clusters_do_not_depend_on_input_order(tmp_path):
    reports = [(f"r{n}", f"2024-03-0{day} Kharkiv") for n, day in enumerate([1, 1, 2, 2, 3, 3, 1, 2])]
    (tmp_path / "forward").mkdir()
    (tmp_path / "backward").mkdir()
    first = _clusters(tmp_path / "forward", reports)
    second = _clusters(tmp_path / "backward", reports[::-1])
    assert first == second == [["r0", "r1", "r2", "r3", "r6", "r7"], ["r4", "r5"]]
