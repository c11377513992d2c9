"""Marking the words behind each tag in an evidence sentence, safely escaped."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.highlight import evidence_list, mark, terms_for

ROW = {
    "place": "Samara",
    "target_type": "oil_refinery",
    "means": "drone",
    "impacts": ["fire"],
    "evidence": "A drone strike causing a fire at a major oil refinery in Samara.",
    "date": pd.Timestamp("2024-03-23"),
    "country_code": "RU",
    "url": "https://example.org/a?b=1&c=2",
}


def test_terms_come_from_the_tags_and_the_search():
    terms = terms_for(ROW, {"oil_refinery": "Oil refinery"}, q="major")
    assert terms == ["major", "Samara", "Oil refinery", "oil refinery", "drone", "fire"]
    assert "unknown" not in terms_for({**ROW, "means": "unknown"}, {})


def test_mark_wraps_whole_words_case_insensitively():
    html = mark(ROW["evidence"], ["Oil refinery", "drone", "fire"])
    assert html == (
        "A <mark>drone</mark> strike causing a <mark>fire</mark> at a major <mark>oil refinery</mark>"
        " in Samara."
    )
    assert mark("Drones hit the firehouse", ["drone", "fire"]) == "<mark>Drones</mark> hit the firehouse"


def test_mark_escapes_html_in_text_and_terms():
    assert mark("<b>fire</b> & smoke", ["fire"]) == "&lt;b&gt;<mark>fire</mark>&lt;/b&gt; &amp; smoke"
    assert mark("the U.S. (a+b) said", ["U.S.", "a+b"]) == "the <mark>U.S.</mark> (<mark>a+b</mark>) said"
    assert mark("plain", []) == "plain"


def test_evidence_list_links_only_web_sources():
    html = evidence_list(
        [ROW, {**ROW, "url": "javascript:alert(1)", "date": pd.NaT, "place": float("nan")}], {}, ""
    )
    assert html.count("<li>") == 2
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert "javascript" not in html
    assert "<b>2024-03-23 · Samara · RU · oil_refinery</b>" in html
    assert "<b>RU · oil_refinery</b>" in html  # a missing date and place leave no trace


def test_evidence_list_takes_tagger_incidents():
    incident = {**ROW, "date": None, "event_date": date(2024, 3, 23), "url": None}
    assert "<b>2024-03-23 · Samara" in evidence_list([incident], {}, "")
