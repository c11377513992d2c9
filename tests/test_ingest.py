"""The load pipeline with a stand-in tagger: idempotent adds, runs, rejects, streaming, parallel tagging."""

from __future__ import annotations

import dataclasses
import json
import shutil
import tracemalloc
from datetime import date
from pathlib import Path

import duckdb
import pytest

from etl.load import run
from etl.load.curated import coded_incidents
from etl.load.pipeline import NO_DATE
from etl.models import Document, Incident, SourceFacts, content_id

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def stub_tagger(doc: Document) -> list[Incident]:
    """One incident per document that says 'hit' — enough to exercise loading without the gazetteer."""
    if "hit" not in doc.text:
        return []
    return [
        Incident(
            incident_id=content_id(doc.document_id, "power_grid"),
            document_id=doc.document_id,
            event_date=doc.report_date,
            date_precision="week",
            report_date=doc.report_date,
            country_code="UA",
            country="Ukraine",
            admin1=None,
            admin1_code=None,
            place="Somewhere",
            latitude=None,
            longitude=None,
            geo_precision="place",
            target_category="energy",
            target_type="power_grid",
            means="unknown",
            impacts=["damage"],
            evidence=doc.text,
            evidence_end=len(doc.text),
        )
    ]


def _write_jsonl(path: Path, n: int, start: int = 1, **extra: object) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            record = {
                "id": f"r{i}",
                "date": "2024-03-01",
                "text": f"Report {i}: a substation was hit.",
                **extra,
            }
            fh.write(json.dumps(record) + "\n")
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_add_is_idempotent_and_every_run_is_recorded(tmp_path):
    source = _write_jsonl(tmp_path / "a.jsonl", 5)
    target = tmp_path / "w.duckdb"
    first = run("build", [str(source)], target, stub_tagger)
    again = run("add", [str(source)], target, stub_tagger)
    assert (first.documents_loaded, first.incidents_loaded, first.duplicates_skipped) == (5, 5, 0)
    assert (again.documents_loaded, again.incidents_loaded, again.duplicates_skipped) == (0, 0, 5)
    assert _rows(target, "SELECT count(*) FROM documents") == [(5,)]
    assert _rows(
        target,
        "SELECT command, sources, documents_loaded, duplicates_skipped, status FROM runs ORDER BY started_at",
    ) == [("build", [str(source)], 5, 0, "ok"), ("add", [str(source)], 0, 5, "ok")]


def test_duplicates_within_one_run_are_stored_once(tmp_path):
    a = _write_jsonl(tmp_path / "a.jsonl", 3)
    b = _write_jsonl(tmp_path / "b.jsonl", 3, start=2)
    summary = run("build", [str(a), str(b), str(a)], tmp_path / "w.duckdb", stub_tagger)
    assert (summary.documents_loaded, summary.duplicates_skipped) == (4, 5)


def test_every_reject_is_stored_with_source_record_and_reason(tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        '{"id": "a", "date": "2024-03-01", "text": "hit"}\n{oops\n{"id": "b", "text": "undated"}\n'
        '{"id": "c", "date": "2024-02-30", "text": "x"}\n'
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7")
    target = tmp_path / "w.duckdb"
    summary = run("build", [str(tmp_path)], target, stub_tagger)
    assert summary.documents_loaded == 1
    assert dict(summary.reject_reasons) == {
        "malformed JSON": 1,
        "no date": 1,
        "impossible date": 1,
        "unsupported file type": 1,
    }
    assert _rows(target, "SELECT source, record, reason FROM rejects ORDER BY source, record") == [
        (
            str(source),
            "line 2",
            "malformed JSON: Expecting property name enclosed in double quotes at column 2",
        ),
        (str(source), "line 3", NO_DATE),
        (str(source), "line 4", "impossible date: '2024-02-30'"),
        (str(tmp_path / "notes.pdf"), None, "unsupported file type: .pdf"),
    ]
    assert _rows(target, "SELECT rejected FROM runs") == [(4,)]


def test_undated_records_load_with_a_default_date(tmp_path):
    source = tmp_path / "undated.jsonl"
    source.write_text('{"id": "u", "text": "A depot was hit."}\n')
    target = tmp_path / "w.duckdb"
    summary = run("build", [str(source)], target, stub_tagger, default_date=date(2024, 5, 1))
    assert summary.documents_loaded == 1 and summary.rejected == 0
    assert _rows(target, "SELECT report_date FROM documents") == [(date(2024, 5, 1),)]


def test_acled_coding_overrides_the_tagger(tmp_path, monkeypatch):
    monkeypatch.setattr("etl.readers.acled.gazetteer_admin1", lambda code, name: ("Kharkiv Oblast", "UA-63"))
    target = tmp_path / "w.duckdb"
    run(
        "build",
        [str(FIXTURES / "acled_export.csv")],
        target,
        lambda doc: stub_tagger(
            doc.__class__(doc.document_id, doc.report_date, doc.text + " hit", facts=doc.facts)
        ),
    )
    rows = _rows(
        target,
        "SELECT document_id, event_date, date_precision, report_date, admin1_code, place, "
        "geo_precision, killed FROM incidents ORDER BY document_id",
    )
    assert rows == [
        ("TST0001", date(2024, 3, 3), "day", date(2024, 3, 6), "UA-63", "Kharkiv", "place", 2),
        ("TST0002", date(2024, 3, 5), "week", date(2024, 3, 5), "UA-63", "Huliaipole", "place", 0),
        ("TST0003", date(2024, 3, 10), "month", date(2024, 3, 10), "UA-63", None, "admin1", None),
    ]


def test_parallel_tagging_gives_the_same_warehouse(tmp_path):
    source = _write_jsonl(tmp_path / "a.jsonl", 900)
    (tmp_path / "b.jsonl").write_text(
        (tmp_path / "a.jsonl").read_text()
    )  # all duplicates, found across chunks
    results = []
    for jobs in (1, 2):
        target = tmp_path / f"w{jobs}.duckdb"
        summary = run("build", [str(source), str(tmp_path / "b.jsonl")], target, stub_tagger, jobs=jobs)
        assert (summary.documents_loaded, summary.duplicates_skipped) == (900, 900)
        results.append(
            _rows(target, "SELECT * EXCLUDE (run_id) FROM documents ORDER BY document_id")
            + _rows(target, "SELECT * FROM incidents ORDER BY incident_id")
        )
    assert results[0] == results[1]


def invalid_tagger(doc: Document) -> list[Incident]:
    """Output the warehouse refuses (a date precision its CHECK constraint does not allow): the run fails."""
    incidents = stub_tagger(doc)
    if doc.document_id == "r700":
        return [dataclasses.replace(i, date_precision="fortnight") for i in incidents]
    return incidents


def buggy_tagger(doc: Document) -> list[Incident]:
    if doc.document_id in ("r7", "r700"):
        raise StopIteration  # the kind of bug a tagger rule can have on one odd text
    return stub_tagger(doc)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_tagger_bug_rejects_that_document_and_the_rest_loads(tmp_path, jobs):
    target = tmp_path / "w.duckdb"
    source = _write_jsonl(tmp_path / "new.jsonl", 1000)
    summary = run("build", [str(source)], target, buggy_tagger, jobs=jobs)
    assert (summary.documents_loaded, summary.rejected) == (998, 2)
    assert summary.reject_reasons == {"tagger failed": 2}
    assert _rows(target, "SELECT record, reason FROM rejects ORDER BY record") == [
        ("line 7", "tagger failed: StopIteration"),
        ("line 700", "tagger failed: StopIteration"),
    ]
    assert _rows(target, "SELECT count(*) FROM documents WHERE document_id IN ('r7', 'r700')") == [(0,)]


def test_a_worker_failure_leaves_the_previous_warehouse_intact(tmp_path):
    target = tmp_path / "w.duckdb"
    run("build", [str(_write_jsonl(tmp_path / "old.jsonl", 3))], target, stub_tagger)
    before = target.read_bytes()
    with pytest.raises(duckdb.ConstraintException):
        run("build", [str(_write_jsonl(tmp_path / "new.jsonl", 1000))], target, invalid_tagger, jobs=2)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl", "old.jsonl", "w.duckdb"]


def _peak_python_memory(tmp_path: Path, n: int) -> int:
    source = _write_jsonl(tmp_path / f"n{n}.jsonl", n, title="A headline long enough to matter " * 4)
    tracemalloc.start()
    try:
        run("build", [str(source)], tmp_path / f"n{n}.duckdb", stub_tagger)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_input_grows(tmp_path):
    _peak_python_memory(tmp_path, 10)  # one-off caches (lexicon, taxonomy) out of the way
    small, large = _peak_python_memory(tmp_path, 4000), _peak_python_memory(tmp_path, 16000)
    assert large < small * 1.3, (small, large)


def test_the_same_files_twice_in_parallel_runs_add_nothing(tmp_path):
    source = shutil.copy(FIXTURES / "feed.atom", tmp_path / "feed.atom")
    target = tmp_path / "w.duckdb"
    run("build", [str(source)], target, stub_tagger, jobs=2)
    assert run("add", [str(source)], target, stub_tagger, jobs=2).duplicates_skipped == 2


def test_an_acled_event_has_one_incident_per_target_type():
    facts = SourceFacts(event_date=date(2024, 3, 3), country_code="UA", admin1="Sumy Oblast", place="Sumy")
    doc = Document("E1", date(2024, 3, 4), "Shelling hit Sumy and Bilopillia.", facts=facts)
    found = stub_tagger(doc) * 2  # the tagger's two places: same type
    found[1] = dataclasses.replace(found[1], incident_id="other", impacts=["fire"], confidence=0.9)
    (merged,) = coded_incidents(found, facts)
    assert (merged.place, merged.event_date, merged.impacts, merged.confidence) == (
        "Sumy",
        date(2024, 3, 3),
        ["damage", "fire"],
        0.9,
    )
    assert len(coded_incidents(stub_tagger(doc) * 2, None)) == 2  # without facts the tagger's rule stands


@pytest.mark.parametrize("jobs", [1, 2])
def test_duplicates_are_found_across_flushes_and_chunks(tmp_path, monkeypatch, jobs):
    monkeypatch.setattr("etl.load.writer.BATCH_SIZE", 3)
    monkeypatch.setattr("etl.load.writer.CLAIM_CHUNK", 5)
    # The last id of each chunk of 5 comes again in the next chunk, after a flush: its first copy was not
    # stored yet when that chunk was looked up, and is stored by the time the copy comes.
    ids = [1, 2, 3, 4, 5]
    for block in range(1, 10):
        ids += [10 * block + 1, 10 * block + 2, 10 * block + 3, ids[-1], 10 * block + 4]
    source = tmp_path / "a.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"r{n}", "date": "2024-03-01", "text": "hit"}) + "\n" for n in ids)
    )
    summary = run("build", [str(source)], tmp_path / "w.duckdb", stub_tagger, jobs=jobs)
    assert (summary.documents_loaded, summary.duplicates_skipped) == (len(set(ids)), len(ids) - len(set(ids)))
