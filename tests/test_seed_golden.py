"""Golden test of the seed article: the six incidents of DESIGN.md, and none of the hard negatives."""

from __future__ import annotations

from datetime import date

import pytest

from etl.gazetteer.folding import fold
from etl.models import Incident
from etl.tagging import tag_document

# (place or None for a region, country, admin1_code, target_type)
EXPECTED = {
    ("Kharkiv", "UA", "UA-63", "power_grid"),
    ("Samara", "RU", "RU-SAM", "oil_refinery"),
    (None, "RU", "RU-BEL", "border_region"),
    ("Ivanivske", "UA", "UA-14", "settlement_control"),
    ("Avdiivka", "UA", "UA-14", "settlement_control"),
    ("Moscow", "RU", "RU-MOW", "public_venue"),
}


@pytest.fixture(scope="module")
def incidents(seed_document) -> dict[str, Incident]:
    found = tag_document(seed_document)
    return {
        inc.target_type + ":" + (fold(inc.place) if inc.place else inc.admin1_code or ""): inc
        for inc in found
    }


def _key(place: str | None, *rest: str | None) -> tuple:
    return (fold(place) if place else None, *rest)


def test_exactly_the_six_incidents_of_the_design(incidents):
    found = {_key(i.place, i.country_code, i.admin1_code, i.target_type) for i in incidents.values()}
    assert found == {_key(*row) for row in EXPECTED}


def test_no_incident_at_hard_negatives(incidents):
    places = {fold(i.place) for i in incidents.values() if i.place}
    assert not places & {fold(p) for p in ("Chasiv Yar", "Kramatorsk", "Bakhmut", "Donetsk")}
    assert "US" not in {i.country_code for i in incidents.values()}


def test_kharkiv_blackout(incidents):
    kharkiv = incidents["power_grid:" + fold("Kharkiv")]
    assert "blackout" in kharkiv.impacts
    assert "electricity supply" in kharkiv.evidence
    assert kharkiv.admin1 == "Kharkiv Oblast"
    assert kharkiv.geo_precision == "place"


def test_samara_refinery_drone_fire(incidents):
    samara = incidents["oil_refinery:" + fold("Samara")]
    assert samara.means == "drone"
    assert samara.impacts == ["fire"]
    assert samara.target_category == "oil_gas"


def test_belgorod_is_a_region(incidents):
    belgorod = incidents["border_region:RU-BEL"]
    assert belgorod.geo_precision == "admin1"
    assert belgorod.place is None
    assert belgorod.admin1 == "Belgorod Oblast"
    assert belgorod.target_category == "territory"


def test_ivanivske_claimed_on_saturday(incidents):
    ivanivske = incidents["settlement_control:" + fold("Ivanivske")]
    assert ivanivske.status == "claimed"
    assert (ivanivske.event_date, ivanivske.date_precision) == (date(2024, 3, 23), "day")
    assert ivanivske.admin1 == "Donetsk Oblast"
    assert ivanivske.means == "ground_assault"
    # Near Bakhmut in Donetsk Oblast, not the Luhansk Oblast village of the same name.
    assert 48.4 < ivanivske.latitude < 48.7 and 37.8 < ivanivske.longitude < 38.1


def test_avdiivka_is_an_earlier_event(incidents):
    avdiivka = incidents["settlement_control:" + fold("Avdiivka")]
    assert avdiivka.date_precision != "day"
    assert "Adviivka" in avdiivka.evidence  # the article's own spelling, resolved despite the typo


def test_moscow_concert_hall_disputed(incidents):
    moscow = incidents["public_venue:" + fold("Moscow")]
    assert moscow.status == "disputed"
    assert "concert hall" in moscow.evidence


def test_evidence_offsets_point_into_the_document(incidents, seed_document):
    for inc in incidents.values():
        assert seed_document.text[inc.evidence_start : inc.evidence_end] == inc.evidence
        assert 0 < inc.confidence <= 1
        assert inc.report_date == date(2024, 3, 23)


def test_same_input_same_ids(seed_document, incidents):
    again = {i.incident_id for i in tag_document(seed_document)}
    assert again == {i.incident_id for i in incidents.values()}
