"""A place 'left powerless' ('strikes leave the capital powerless') has lost its power supply. Sentences are
invented, modelled on the shapes seen."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2026, 1, 10)


def found(text: str) -> set[tuple[str, str | None, str | None, str | None, str]]:
    doc = Document("t", REPORTED, text)
    return {
        (i.target_type, i.place, i.admin1_code, i.country_code, i.date_precision) for i in find_incidents(doc)
    }


def test_a_place_left_powerless_lost_its_power() -> None:
    assert found("Russian strikes leave Ukraine's capital powerless") == {
        ("power_grid", "Kyiv", "UA-30", "UA", "week")
    }


def test_powerless_to_act_is_no_power_lost() -> None:
    assert not any(t == "power_grid" for t, *_ in found("Europe is powerless to stop the strikes on Kyiv"))
