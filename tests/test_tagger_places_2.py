"""Where an incident was, second set: the place rules of the tagger on short invented reports, through
`find_incidents` alone."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def placed(text: str) -> list[tuple[str, str | None, str | None]]:
    """(target type, place, admin1 code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.place, i.admin1_code) for i in find_incidents(doc, named_events=()))


def test_reporting_regional_office_keeps_the_story_city() -> None:
    """A region named only as the office that reports leaves the scene at the city the story is in."""
    text = (
        "Shelling hits southern city.\n\nRussian shelling of homes in the southern city of Mykolaiv killed "
        "two people on Friday. The Mykolaiv regional military administration said Russian forces also "
        "struck a school on Friday."
    )
    assert ("school", "Mykolaiv", "UA-48") in placed(text)


def test_region_as_scene_stays_the_region() -> None:
    """A region named as where it happened (not as the office speaking) stays the region."""
    text = (
        "Shelling hits southern city.\n\nRussian shelling of homes in the southern city of Mykolaiv killed "
        "two people on Friday. Russian forces also struck a school in the Mykolaiv region on Friday."
    )
    assert ("school", None, "UA-48") in placed(text)
