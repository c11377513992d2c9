"""The readers on the real material in ../shared/realdata (skipped where absent): nothing lost."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from conftest import REALDATA

from etl.models import Document
from etl.readers import expand_sources, read_sources
from etl.readers.acled import read_acled

pytestmark = [
    pytest.mark.realdata,
    pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is absent"),
]


@pytest.mark.parametrize(
    ("folder", "events"), [("acled_pynetworkfriction", 155), ("acled_peacerep_sample1000", 1000)]
)
def test_real_acled_exports_load_every_event(folder: str, events: int):
    (path,) = (REALDATA / folder).glob("ACLED*.csv")
    results = list(read_acled(path, admin1=lambda code, name: None))
    docs = [r for r in results if isinstance(r, Document)]
    assert len(results) == len(docs) == events
    assert all(d.document_id.startswith("UKR") and d.facts.event_date <= d.report_date for d in docs)
    assert {d.facts.country_code for d in docs} == {"UA"}
    assert {d.facts.geo_precision for d in docs} <= {"place", "admin1"}
    assert all(d.facts.latitude is not None and d.facts.longitude is not None for d in docs)


def test_real_rss_corpus_reads_without_a_reject():
    files = expand_sources([REALDATA / "rss_link_db_war_2022_2023" / "*.gz"])
    counts: Counter[str] = Counter()
    for item in read_sources(files):
        counts[type(item).__name__] += 1
        if isinstance(item, Document):
            counts["dated"] += item.report_date is not None
            counts["polish"] += "Ukrain" in item.text and any(c in item.text for c in "ąęłśżź")
    assert counts["Document"] == counts["dated"] > 57000
    assert counts["Reject"] == 0
    assert counts["polish"] > 1000


def test_real_bellingcat_json_array_is_read_item_by_item():
    (path,) = (REALDATA / "bellingcat_civharm").glob("*.json")
    results = list(read_sources([Path(path)]))
    assert len(results) == 1167  # one result per item, whatever its date


def test_real_bellingcat_month_first_dates_all_load_with_mdy():
    (path,) = (REALDATA / "bellingcat_civharm").glob("*.json")
    docs = list(read_sources([Path(path)], date_order="mdy"))
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 1167
    assert min(d.report_date for d in docs) == date(2022, 2, 24)  # the README's date range
    assert max(d.report_date for d in docs) == date(2023, 5, 29)
