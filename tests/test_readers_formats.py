"""The feed, HTML page and ACLED readers on small made-up fixtures, and how files are routed to them."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

from etl.models import Document, SourceFacts
from etl.readers import expand_sources, read_file, read_sources
from etl.readers.acled import read_acled
from etl.readers.base import Reject
from etl.readers.markup import html_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _read(path: Path) -> tuple[list[Document], list[Reject]]:
    results = list(read_sources(expand_sources([path])))
    return [r for r in results if isinstance(r, Document)], [r for r in results if isinstance(r, Reject)]


def test_rss_entries_become_documents():
    docs, rejects = _read(FIXTURES / "feed.rss")
    first, undated = docs
    assert (first.document_id, first.report_date, first.url, first.source) == (
        "wire-1001",
        date(2024, 3, 23),
        "https://wire.example.org/europe/1001",
        "Test Wire: Europe",
    )
    assert (
        first.text
        == "Drones hit Odesa port.\n\nRussian drones struck the port of Odesa overnight, & a fire broke out."
    )
    assert undated.report_date is None and undated.record == "entry 2"  # the loader rejects it or dates it
    assert [(r.record, r.reason) for r in rejects] == [("entry 3", "impossible date: '1801-01-01 00:00:00'")]


def test_atom_takes_the_full_content_and_the_published_date():
    docs, rejects = _read(FIXTURES / "feed.atom")
    assert rejects == []
    refinery, bridge = docs
    assert refinery.title == "Refinery fire in Samara"
    assert refinery.report_date == date(2024, 2, 12)
    assert "oil refinery in Samara on fire" in refinery.text and "No casualties" in refinery.text
    assert (bridge.report_date, bridge.url) == (date(2024, 2, 11), None)


def test_feeds_are_recognised_by_content(tmp_path):
    for name in ("download", "feed.xml", "saved.html"):
        shutil.copy(FIXTURES / "feed.atom", tmp_path / name)
    docs, _ = _read(tmp_path)
    assert len(docs) == 3 * 2


def test_a_cut_off_feed_keeps_its_entries_and_says_so(tmp_path):
    text = (FIXTURES / "feed.rss").read_text()
    path = tmp_path / "cut.rss"
    path.write_text(text[: text.index("<guid>wire-1003")])
    docs, rejects = _read(path)
    assert [d.title for d in docs] == ["Drones hit Odesa port", "Kharkiv substation damaged"]
    assert [(r.record, r.reason.split(":")[0]) for r in rejects] == [
        ("entry 3", "no text"),
        ("after entry 3", "malformed feed"),
    ]  # the cut fell inside the third item


def test_xml_that_is_no_feed_is_rejected(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>')
    assert [r.reason.split(":")[0] for r in read_file(path)] == ["not an RSS or Atom feed"]


def test_saved_html_page_yields_the_article():
    (doc,) = list(read_file(FIXTURES / "article.html"))
    assert isinstance(doc, Document)
    assert (doc.title, doc.report_date, doc.url, doc.source) == (
        "Drone strike cuts power in Kharkiv",
        date(2024, 3, 22),
        "https://herald.example.org/2024/03/22/kharkiv-power",
        "Test Herald",
    )
    assert "electricity substation in Kharkiv" in doc.text
    assert "Cookie" not in doc.text and "Sport" not in doc.text


def test_html_page_without_text_or_date(tmp_path):
    (tmp_path / "empty.html").write_text(
        "<html><head><title>x</title></head><body><nav>Home</nav></body></html>"
    )
    body = "".join(
        f"<p>Paragraph {i} says that shelling damaged a bridge near the river crossing today.</p>"
        for i in range(5)
    )
    (tmp_path / "undated.htm").write_text(f"<html><body><article>{body}</article></body></html>")
    docs, rejects = _read(tmp_path)
    assert [r.reason for r in rejects] == ["no article text found in the HTML page"]
    assert [d.report_date for d in docs] == [None]


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    assert html_to_text("<p>A &amp; B</p><script>x()</script><p>C</p>") == "A & B\n\nC"
    assert html_to_text("plain &lt;text&gt;") == "plain <text>"


ADMIN1 = {
    ("UA", "Kharkiv"): ("Kharkiv Oblast", "UA-63"),
    ("UA", "Zaporizhia"): ("Zaporizhzhia Oblast", "UA-23"),
}


def _stub_admin1(country_code: str, name: str) -> tuple[str, str] | None:
    return ADMIN1.get((country_code, name))


def test_acled_standard_export():
    results = list(read_acled(FIXTURES / "acled_export.csv", admin1=_stub_admin1))
    docs = [r for r in results if isinstance(r, Document)]
    rejects = [r for r in results if isinstance(r, Reject)]
    assert [d.document_id for d in docs] == ["TST0001", "TST0002", "TST0003"]
    strike = docs[0]
    assert strike.text.startswith("On 3 March 2024, Russian drones struck an electrical substation")
    assert strike.report_date == date(2024, 3, 6)  # uploaded after the event: the upload is the report
    assert strike.facts == SourceFacts(
        event_date=date(2024, 3, 3),
        date_precision="day",
        country_code="UA",
        country="Ukraine",
        admin1="Kharkiv Oblast",
        admin1_code="UA-63",
        place="Kharkiv",
        latitude=49.9935,
        longitude=36.2304,
        geo_precision="place",
        killed=2,
    )
    near, region = docs[1].facts, docs[2].facts
    assert docs[1].report_date == date(2024, 3, 5)  # timestamp earlier than the event: the event date
    assert (near.date_precision, near.geo_precision, near.place, near.admin1_code) == (
        "week",
        "place",
        "Huliaipole",
        "UA-23",
    )
    assert (region.date_precision, region.geo_precision, region.place, region.killed) == (
        "month",
        "admin1",
        None,
        None,
    )
    assert (region.admin1, region.admin1_code) == (
        "Kyiv City",
        None,
    )  # unknown to the resolver: ACLED's name kept
    assert docs[2].report_date == date(2024, 3, 10)  # a bad timestamp is ignored
    assert [(r.record, r.reason.split(":")[0]) for r in rejects] == [
        ("row 5", "impossible date"),
        ("row 6", "no text"),
    ]


def test_acled_api_layout_with_day_first_dates():
    docs = list(read_acled(FIXTURES / "acled_api.csv", admin1=_stub_admin1))
    assert [(d.document_id, d.facts.event_date, d.facts.place, d.facts.killed) for d in docs] == [
        ("TST0101", date(2023, 8, 14), "Odesa", 1),
        ("900002", date(2023, 9, 2), "Kherson", 0),
    ]


def test_a_numeric_feed_date_feedparser_cannot_read_follows_the_date_order(tmp_path):
    path = tmp_path / "us.rss"
    path.write_text(
        "<rss version='2.0'><channel><title>US wire</title><item><guid>u1</guid>"
        "<pubDate>06/01/2023</pubDate><description>Drones hit a depot.</description></item></channel></rss>"
    )
    assert [d.report_date for d in read_file(path, "mdy")] == [date(2023, 6, 1)]
    assert [d.report_date for d in read_file(path)] == [date(2023, 1, 6)]


def test_acled_dates_stay_day_first_whatever_the_date_order():
    # '02/09/2023 00:00:00' would be 9 February month-first; ACLED defines it as 2 September.
    for results in (
        read_acled(FIXTURES / "acled_api.csv", admin1=_stub_admin1, date_order="mdy"),
        read_file(FIXTURES / "acled_api.csv", "mdy"),  # routed to the ACLED reader by its columns
    ):
        assert [d.facts.event_date for d in results] == [date(2023, 8, 14), date(2023, 9, 2)]


def test_csv_files_are_routed_by_their_columns(tmp_path):
    articles = tmp_path / "articles.csv.gz"
    articles.write_bytes(gzip.compress(b"id,date,text\na1,2024-01-05,Drones hit a depot.\n"))
    shutil.copy(FIXTURES / "acled_api.csv", tmp_path / "events.csv")
    docs, rejects = _read(tmp_path)
    assert rejects == []
    assert sorted((d.document_id, d.facts is not None) for d in docs) == [
        ("900002", True),
        ("TST0101", True),
        ("a1", False),
    ]


def test_acled_without_notes_is_rejected(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text("event_id_cnty,event_date,event_type,location\nX1,01 March 2024,Battles,Sumy\n")
    assert [(r.record, r.reason) for r in read_file(path)] == [
        (None, "ACLED CSV has no notes column (the event text)")
    ]
