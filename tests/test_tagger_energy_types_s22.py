"""Energy and oil/gas targets (session 22): false alarms of the energy types and their near misses.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents


def types(text: str, reported: date) -> list[str]:
    """The target types the rules find in a report of that day."""
    return sorted(i.target_type for i in find_incidents(Document("t", reported, text)))


@pytest.mark.parametrize(
    ("text", "reported", "expected"),
    [
        # the weekday of a statement dates the telling, not the months-old blasts it retells
        (
            "A newspaper reported on Tuesday that divers had blown up the Nord Stream pipelines.",
            date(2023, 4, 12),
            [],
        ),
        (
            "Inquiries into the Nord Stream blasts have not concluded, officials said on Monday.",
            date(2023, 4, 12),
            [],
        ),
        # the pipelines described by the countries they join are the same named event
        (
            "Moscow wants an inquiry into the blasts on the gas pipelines connecting Russia and Germany.",
            date(2023, 4, 12),
            [],
        ),
        # ... and in the weeks of the blasts they are news
        (
            "Moscow wants an inquiry into the blasts on the gas pipelines connecting Russia and Germany.",
            date(2022, 10, 4),
            ["pipeline"],
        ),
        # a day of the report's own weeks that is not a statement's still dates a new attack
        (
            "Ukrainian drones struck the Crimean Bridge early on Monday, officials said.",
            date(2023, 9, 13),
            ["bridge"],
        ),
        # ... but a statement's weekday does not make the old blast new
        ("Putin said on Monday the Crimean Bridge explosion was an act of terror.", date(2022, 12, 7), []),
    ],
)
def test_retold_named_blasts(text: str, reported: date, expected: list[str]):
    assert types(text, reported) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally's example picked out by 'including' is an attack of its own
        (
            "More than 300 towns and villages were hit by the night's drone attacks, including a fuel depot "
            "that was struck in Mykolaiv.",
            [("fuel_depot", "Mykolaiv")],
        ),
        # ... but the tally alone, or places it only lists, report none
        ("More than 300 towns and villages were hit by the night's drone attacks.", []),
        ("Russia shelled more than 100 settlements, including Kherson and Nikopol.", []),
        # ... nor a part of the count it picks out, with no target named
        (
            "Russian forces have suffered 80,000 casualties, including more than 15,000 killed, in Ukraine "
            "since January, officials said Monday.",
            [],
        ),
    ],
)
def test_tally_example(text: str, expected: list[tuple[str, str]]):
    found = find_incidents(Document("t", date(2023, 11, 18), text))
    assert [(i.target_type, i.place) for i in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share of a country's energy hit so far is a campaign's toll, no one strike
        ("Drone and missile raids have knocked out a third of the nation's power plants in ten days.", []),
        ("Weeks of air strikes have badly damaged 40 percent of the national power grid.", []),
        ("Grid chief says 'nearly all' big thermal power stations were hit by Russian strikes.", []),
        # ... but a strike on one plant is an incident
        ("Russian missiles hit a thermal power plant in Kharkiv on Monday.", [("power_plant", "Kharkiv")]),
    ],
)
def test_share_of_energy_hit(text: str, expected: list[tuple[str, str]]):
    found = find_incidents(Document("t", date(2022, 11, 2), text))
    assert [(i.target_type, i.place) for i in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outages as a standing condition lived with are no grid hit; the attack told beside them still is one
        (
            "Residents of Kharkiv are grappling with power and water shortages after Russian strikes.",
            [("unspecified", "Kharkiv")],
        ),
        (
            "Residents of Kharkiv endure daily power cuts after Russian strikes.",
            [("unspecified", "Kharkiv")],
        ),
        # ... but an outage the strike caused that day is the grid's
        ("Russian strikes on Kharkiv on Monday caused power cuts.", [("power_grid", "Kharkiv")]),
    ],
)
def test_outages_lived_with(text: str, expected: list[tuple[str, str]]):
    found = find_incidents(Document("t", date(2022, 12, 2), text))
    assert [(i.target_type, i.place) for i in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outages 'for hours a day' are a daily routine, no one strike's
        ("Russian strikes on the grid leave Odesa without electricity for six hours a day.", []),
        # ... not a strike that cut power for hours once
        (
            "A Russian missile hit a substation in Odesa on Monday, cutting power for six hours.",
            [("substation", "Odesa")],
        ),
    ],
)
def test_outages_hours_a_day(text: str, expected: list[tuple[str, str]]):
    found = find_incidents(Document("t", date(2022, 11, 11), text))
    assert [(i.target_type, i.place) for i in found] == expected
