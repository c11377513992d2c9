"""Named events the news keeps retelling (etl/tagging/namedevents.py, etl/data/named_events.csv): news in the
weeks they happen, background in reports long after, with real report dates."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.lexicon import load_lexicon
from etl.tagging.namedevents import load_named_events
from etl.tagging.tagger import find_incidents

NORD_STREAM = "Senior Ukrainian official coordinated Nord Stream pipeline attack: report."


def types(text: str, reported: date) -> list[str]:
    """The target types the rules find in a report of that day."""
    return sorted(i.target_type for i in find_incidents(Document("t", reported, text)))


@pytest.mark.parametrize(
    ("text", "reported", "expected"),
    [
        # in the weeks of the blasts, the pipeline attack is news
        (NORD_STREAM, date(2022, 10, 2), ["pipeline"]),
        # a year later, the story of who did it retells the blasts
        (NORD_STREAM, date(2023, 11, 12), []),
        # the event named in the headline makes the body's telling of it a retelling
        (
            "Ukraine Recap: Officer Linked in Reports to Nord Stream Sabotage.  A senior officer played a "
            "central role in blowing up the pipelines in 2022, two newspapers reported.",
            date(2023, 11, 12),
            [],
        ),
        # a named target struck anew, dated in the report's own days, stays news
        (
            "Ukrainian forces on Monday struck the Crimean Bridge with missiles.",
            date(2023, 9, 13),
            ["bridge"],
        ),
        # ... and its retelling months on, dated by no day of its own, does not
        ("Putin inspects Crimean Bridge partially destroyed by explosion.", date(2022, 12, 5), []),
        # a report before the event's first day tells of something else
        (
            "There were unconfirmed reports of explosions from shelling around the Nova Kakhovka dam.",
            date(2022, 11, 11),
            ["dam"],
        ),
        # the event named only in the body does not make the dam the headline reports struck a retelling
        (
            "Russian missiles hit the Dnipro dam in Zaporizhzhia.  The strike came a year after the Kakhovka "
            "dam was blown up.",
            date(2024, 3, 22),
            ["dam"],
        ),
    ],
)
def test_named_events_retold(text: str, reported: date, expected: list[str]) -> None:
    assert types(text, reported) == expected


def test_named_events_data_names_taxonomy_types() -> None:
    known = set(load_lexicon().types)
    for event in load_named_events():
        assert event.types <= known, event.name
        assert event.dates == tuple(sorted(event.dates)), event.name
