"""Bad input gets a one-line reason, and every good record in the same file still loads."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from conftest import build_warehouse

from etl.models import Document
from etl.readers import read_file
from etl.readers.base import MAX_LINE_BYTES, MAX_TEXT_BYTES, Reject


def _read(path: Path) -> tuple[list[Document], list[Reject]]:
    results = list(read_file(path))
    return [r for r in results if isinstance(r, Document)], [r for r in results if isinstance(r, Reject)]


def _kinds(rejects: list[Reject]) -> list[tuple[str | None, str]]:
    return [(r.record, r.reason.split(":")[0]) for r in rejects]


def _jsonl(n: int, start: int = 1) -> list[bytes]:
    return [
        json.dumps({"id": f"r{i}", "date": "2024-03-01", "text": f"Report {i}."}).encode()
        for i in range(start, start + n)
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.jsonl", b"", "empty file"),
        ("blank.csv", b"\n \n", "empty file"),
        ("empty.txt.gz", gzip.compress(b""), "empty file"),
        ("image.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not text"),
        (
            "wide.csv",
            "id,text\n1,x\n".encode("utf-16"),
            "UTF-16 text; only UTF-8 is read (save the file as UTF-8)",
        ),
        ("fake.jsonl.gz", b"this is not gzip", "not a gzip file"),
    ],
)
def test_unusable_files_are_rejected_whole(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    assert [(r.record, r.reason) for r in read_file(path)] == [(None, reason)]


def test_invalid_utf8_costs_only_its_line(tmp_path):
    lines = [*_jsonl(2), b'{"id": "bad", "date": "2024-03-01", "text": "caf\xe9"}', *_jsonl(2, start=3)]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines))
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["r1", "r2", "r3", "r4"]
    assert [(r.record, r.reason) for r in rejects] == [("line 3", "invalid UTF-8: byte 0xe9 at column 49")]


def test_invalid_utf8_in_a_csv_row_costs_only_that_row(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b'id,date,text\n1,2024-03-01,Fine.\n2,2024-03-01,"Two\nlines, caf\xe9"\n3,2024-03-01,Also fine.\n'
    )
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["1", "3"]
    assert _kinds(rejects) == [("row 3", "invalid UTF-8")]


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".csv.gz"])
def test_truncated_gzip_keeps_the_records_before_the_cut(tmp_path, suffix):
    if suffix == ".csv.gz":
        raw = b"id,date,text\n" + b"".join(
            f"r{i},2024-03-01,Report number {i} of many.\n".encode() for i in range(1, 3001)
        )
    else:
        raw = b"\n".join(_jsonl(3000)) + b"\n"
    data = gzip.compress(raw)
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(data[: len(data) * 2 // 3])
    docs, rejects = _read(path)
    assert 1000 < len(docs) < 3000
    assert [d.document_id for d in docs] == [f"r{i}" for i in range(1, len(docs) + 1)]
    ((record, kind),) = _kinds(rejects)
    assert kind == "truncated file" and record.endswith(str(len(docs) + (1 if suffix == ".jsonl.gz" else 2)))


def test_malformed_json_lines_and_non_objects(tmp_path):
    path = tmp_path / "x.ndjson"
    path.write_bytes(
        b"\n".join([_jsonl(1)[0], b'{"id": "a", "text": ', b"[1, 2]", b"", _jsonl(1, start=2)[0]])
    )
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["r1", "r2"]
    assert [(r.record, r.reason) for r in rejects] == [
        ("line 2", "malformed JSON: Expecting value at column 21"),
        ("line 3", "not an object: the record is a list"),
    ]


def test_records_without_text_and_impossible_dates(tmp_path):
    records = [
        {"id": "ok", "date": "16/02/2024", "body": "Fine."},
        {"id": "t0", "date": "2024-03-01", "text": "   "},
        {"id": "d1", "date": "2024-02-30", "text": "x"},
        {"id": "d2", "date": "31/02/2024", "text": "x"},
        {"id": "d3", "date": "1850-01-01", "text": "x"},
        {"id": "d4", "date": "yesterday-ish", "text": "x"},
        {"id": "nd", "title": "Undated headline"},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    docs, rejects = _read(path)
    assert [(d.document_id, d.report_date) for d in docs] == [("ok", date(2024, 2, 16)), ("nd", None)]
    assert [r.reason for r in rejects] == [
        "no text: expected one of text, body, content, summary, description",
        "impossible date: '2024-02-30'",
        "impossible date: '31/02/2024'",
        "impossible date: '1850-01-01'",
        "unreadable date: 'yesterday-ish'",
    ]


def test_csv_without_the_needed_columns_and_rows_with_too_many_fields(tmp_path):
    (tmp_path / "no_text.csv").write_text("id,date\n1,2024-01-01\n")
    assert _kinds(list(read_file(tmp_path / "no_text.csv"))) == [(None, "CSV has no text column")]
    (tmp_path / "wide.csv").write_text(
        "id,text,date\n1,Fine.,2024-01-01\n2,a,2024-01-01,extra\n3,Short row\n"
    )
    docs, rejects = _read(tmp_path / "wide.csv")
    assert [(d.document_id, d.report_date) for d in docs] == [("1", date(2024, 1, 1)), ("3", None)]
    assert [(r.record, r.reason) for r in rejects] == [("row 3", "too many fields: row has 4, the header 3")]


def test_text_over_5_mb_is_rejected_and_its_neighbours_load(tmp_path):
    big = json.dumps({"id": "big", "date": "2024-03-01", "text": "é" * (MAX_TEXT_BYTES // 2 + 1)}).encode()
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join([_jsonl(1)[0], big, _jsonl(1, start=2)[0]]))
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["r1", "r2"]
    assert [(r.record, r.reason) for r in rejects] == [("line 2", "text over 5 MB")]
    (tmp_path / "big.txt").write_text("x" * (MAX_TEXT_BYTES + 1))
    assert [r.reason for r in read_file(tmp_path / "big.txt")] == ["text over 5 MB"]


def test_a_line_too_long_to_hold_is_skipped_unread(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as fh:
        fh.write(_jsonl(1)[0] + b"\n" + b"x" * (MAX_LINE_BYTES + 10) + b"\n" + _jsonl(1, start=2)[0] + b"\n")
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["r1", "r2"]
    assert [(r.record, r.reason) for r in rejects] == [("line 2", "line over 21 MB")]


def test_json_array_cut_short_keeps_the_items_before_the_cut(tmp_path):
    items = [{"id": f"a{i}", "date": "2024-03-01", "text": f"Item {i}."} for i in range(1, 6)]
    text = json.dumps(items, indent=1)
    path = tmp_path / "cut.json"
    path.write_text(text[: text.index('"a4"') + 2])
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["a1", "a2", "a3"]
    assert [(r.record, r.reason.split(":")[0]) for r in rejects] == [("item 4", "malformed JSON")]


def test_json_array_with_invalid_utf8_rejects_only_that_item(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_bytes(
        b'[{"id": "a", "date": "2024-03-01", "text": "ok"},'
        b' {"id": "b", "date": "2024-03-01", "text": "caf\xe9"},'
        b' {"id": "c", "date": "2024-03-01", "text": "ok"}]'
    )
    docs, rejects = _read(path)
    assert [d.document_id for d in docs] == ["a", "c"]
    assert [(r.record, r.reason) for r in rejects] == [("item 2", "invalid UTF-8 in the record")]


def test_json_object_wrapping_a_list(tmp_path):
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"articles": [{"id": "w1", "date": "2024-03-01", "text": "Wrapped."}]}))
    assert [d.document_id for d in _read(path)[0]] == ["w1"]


# Each record's id is its date as written; ISO, RFC 2822 and written-out dates read the same in either order.
DATES = (
    "02/25/2022",
    "03/04/2022",
    "13/25/2024",
    "2022-07-31",
    "Sun, 31 Jul 2022 09:00:00 GMT",
    "31 July 2022",
)


def _load_dates(tmp_path: Path, command: str, *options: str) -> tuple[dict[str, date], list[tuple[str, str]]]:
    """Load DATES with the real command; the stored report dates by id, and the rejects."""
    source = tmp_path / "dates.jsonl"
    source.write_text("".join(json.dumps({"id": d, "date": d, "text": "x"}) + "\n" for d in DATES))
    target = tmp_path / "w.duckdb"
    result = build_warehouse(target, source, command=command, options=[*options, "--jobs", "1"])
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(target), read_only=True) as con:
        stored = dict(con.execute("SELECT document_id, report_date FROM documents").fetchall())
        rejects = con.execute("SELECT record, reason FROM rejects ORDER BY record").fetchall()
    return stored, rejects


@pytest.mark.parametrize("command", ["build", "add"])
def test_month_first_collections_are_read_as_month_first(tmp_path, command):
    stored, rejects = _load_dates(tmp_path, command, "--date-order", "mdy")
    assert stored == {
        "02/25/2022": date(2022, 2, 25),
        "03/04/2022": date(2022, 3, 4),
        "2022-07-31": date(2022, 7, 31),
        "Sun, 31 Jul 2022 09:00:00 GMT": date(2022, 7, 31),
        "31 July 2022": date(2022, 7, 31),
    }
    assert rejects == [("line 3", "impossible date: '13/25/2024'")]  # no month 13: not read day-first instead


@pytest.mark.parametrize("options", [(), ("--date-order", "dmy")], ids=["default", "explicit"])
def test_day_first_stays_the_default(tmp_path, options):
    stored, rejects = _load_dates(tmp_path, "build", *options)
    assert stored == {
        "03/04/2022": date(2022, 4, 3),
        "2022-07-31": date(2022, 7, 31),
        "Sun, 31 Jul 2022 09:00:00 GMT": date(2022, 7, 31),
        "31 July 2022": date(2022, 7, 31),
    }
    assert rejects == [
        ("line 1", "impossible date: '02/25/2022'"),
        ("line 3", "impossible date: '13/25/2024'"),
    ]


@pytest.mark.parametrize(("order", "day_month"), [("dmy", (3, 4)), ("mdy", (4, 3))])
def test_numeric_dates_follow_the_date_order_in_every_article_format(tmp_path, order, day_month):
    day, month = day_month
    files = {
        "a.jsonl": json.dumps({"id": "a", "date": "03/04/2024", "text": "x"}),
        "a.json": json.dumps([{"id": "a", "date": "03.04.2024", "text": "x"}]),
        "a.csv": "id,date,text\na,03/04/2024 10:30,x",
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content + "\n")
        results = list(read_file(tmp_path / name, order))
        assert [(r.document_id, r.report_date) for r in results] == [("a", date(2024, month, day))], name
