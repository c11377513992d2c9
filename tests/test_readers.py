"""Readers: the seed's inline date header and article records with field aliases; bad records are rejected."""

from __future__ import annotations

import gzip
import json
from datetime import date

from etl.models import Document
from etl.readers import expand_sources, read_sources
from etl.readers.base import Reject
from etl.readers.text import split_header


def test_seed_header_runs_into_the_first_sentence(seed_document):
    assert seed_document.report_date == date(2024, 3, 23)
    assert seed_document.text.startswith("Russia's military announced on Saturday")


def test_header_on_its_own_line():
    assert split_header("date 2024-01-02\nKyiv was hit.") == (date(2024, 1, 2), "Kyiv was hit.")
    assert split_header("No header here.") == (None, "No header here.")


def _read(path):
    return list(read_sources(expand_sources([path])))


def test_jsonl_aliases_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "published": "Sat, 23 Mar 2024 10:00:00 GMT",
                "title": "T",
                "body": "Kyiv was hit.",
                "link": "https://x/1",
            }
        ),
        "{not json",
        json.dumps({"id": "a2", "date": "31 July 2022", "summary": "Odesa port struck."}),
        json.dumps({"id": "a3", "date": "2024-02-30", "text": "Impossible date."}),
        json.dumps({"id": "a4", "date": "2024-01-01"}),
    ]
    path = tmp_path / "articles.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    results = _read(path)
    docs = [r for r in results if isinstance(r, Document)]
    rejects = [r for r in results if isinstance(r, Reject)]
    assert [(d.document_id, d.report_date, d.url) for d in docs] == [
        ("a1", date(2024, 3, 23), "https://x/1"),
        ("a2", date(2022, 7, 31), None),
    ]
    assert docs[0].text == "T.\n\nKyiv was hit."
    assert [(r.record, r.reason.split(":")[0]) for r in rejects] == [
        ("line 2", "malformed JSON"),
        ("line 4", "impossible date"),
        ("line 5", "no text"),
    ]


def test_feed_markup_saved_in_records_is_read_as_text(tmp_path):
    record = {
        "date": "2023-01-02",
        "title": "Kyiv&#039;s grid hit",
        "description": "Drones hit Kyiv&#039;s <b>vital</b> grid &amp; plants. AT&T < 5",
    }
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({**record, "description": "AT&T &lt; 5 &#039;"}))
    first, second = _read(path)
    assert first.title == "Kyiv's grid hit"
    assert first.text == "Kyiv's grid hit.\n\nDrones hit Kyiv's vital grid & plants. AT&T < 5"
    assert second.text.endswith("AT&T < 5 '")


def test_a_record_without_a_date_takes_the_one_its_url_or_path_is_written_with(tmp_path):
    records = [
        {"text": "A", "date": None, "path": "output/TheEconomist-2025-11-29/sections/002_Politics.md"},
        {"text": "B", "url": "https://www.cnn.com/2023/07/19/europe/odesa-strikes/index.html"},
        {"text": "C", "date": "2024-01-02", "url": "https://cnn.com/2023/07/19/x.html"},  # its own date wins
        {"text": "D", "url": "https://example.com/2023/02/30/x.html"},  # no such day
        {"text": "E", "id": "20230719"},  # digits without separators are no date
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    results = _read(path)
    assert [r.report_date for r in results[:3]] == [date(2025, 11, 29), date(2023, 7, 19), date(2024, 1, 2)]
    assert [r.report_date for r in results[3:]] == [None, None]  # for the loader to reject or --default-date


def test_a_headline_keeps_its_own_question_mark(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"date": "2023-03-08", "title": "Has the assault failed?", "text": "Maybe."}))
    (doc,) = _read(path)
    assert doc.text == "Has the assault failed?\n\nMaybe."


def test_csv_without_text_column_is_rejected(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,date\n1,2024-01-01\n")
    (reject,) = _read(path)
    assert isinstance(reject, Reject) and reject.record is None and "no text column" in reject.reason


def test_empty_and_unknown_files_are_rejected(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    reasons = sorted(r.reason for r in _read(tmp_path))
    assert reasons == ["empty file", "unsupported file type: .png"]


def test_runs_of_spaces_are_the_breaks_they_stood_for(tmp_path):
    # a feed joins a digest's items with runs of spaces, and The Guardian's text holds double spaces
    path = tmp_path / "items.jsonl"
    record = {
        "title": "Russia-Ukraine war at a glance",
        "description": "Two Russian observation  towers were hit on Monday .     Kyiv was shelled.",
        "published": "2023-03-14",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = [r for r in read_sources([path]) if isinstance(r, Document)]
    assert doc.text == (
        "Russia-Ukraine war at a glance.\n\n"
        "Two Russian observation towers were hit on Monday .\nKyiv was shelled."
    )
    # the lines and the blank line after a headline are kept as they are
    text = Document("x", None, "Headline\n\nLead  line\n  indented").text
    assert text == "Headline\n\nLead line\n  indented"
