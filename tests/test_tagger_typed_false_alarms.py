"""False alarms of the sentence rules that name a target type: words that look like a target's (a chamber of a
legislature called 'House', a troll farm), each with a sentence of the same shape that still reports a hit.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from tagger_cases import typed_places as found

from etl.models import Document
from etl.tagging.tagger import find_incidents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chamber of a legislature and its members are no house: the strike hit no named target
        ("House Democrats met in Kyiv as Russian drones struck the city.", [("unspecified", "Kyiv")]),
        ("HOUSE REPUBLICANS ATTACK SENATE PLAN AFTER STRIKE ON KYIV", [("unspecified", "Kyiv")]),
        ("The House Armed Services Committee heard of the strike in Odesa.", [("unspecified", "Odesa")]),
        # a troll farm is no farm
        ("Chinese police ran a troll farm that attacked critics in the United States.", []),
    ],
)
def test_no_target_named(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian drone hit a house in Kharkiv on Friday.", [("residential", "Kharkiv")]),
        ("Shelling destroyed a house in Kherson, the regional governor said.", [("residential", "Kherson")]),
        ("A Russian missile hit a farm near Odesa on Friday.", [("agriculture", "Odesa")]),
    ],
)
def test_target_still_hit(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "reported", "expected"),
    [
        # named attacks the news kept retelling (etl/data/named_events.csv): news in their first two weeks,
        # the background of another story after
        (
            "Officials said the drone attack on the Kremlin was likely carried out by a Ukrainian unit.",
            date(2023, 5, 4),
            [("administrative", "Moscow")],
        ),
        (
            "Officials said the drone attack on the Kremlin was likely carried out by a Ukrainian unit.",
            date(2023, 5, 24),
            [],
        ),
        (
            "A photograph of the Russian bombing of a maternity hospital in Mariupol won the prize.",
            date(2022, 3, 10),
            [("hospital", "Mariupol")],
        ),
        (
            "A photograph of the Russian bombing of a maternity hospital in Mariupol won the prize.",
            date(2023, 4, 20),
            [],
        ),
    ],
)
def test_named_event_retold_long_after(text: str, reported: date, expected: list[tuple[str, str]]):
    doc = Document("t", reported, text)
    assert sorted((i.target_type, i.place or "") for i in find_incidents(doc)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a train that left the rails is an accident ...
        ("The governor blasted the president for skipping Ohio after the train derailment.", []),
        ("Residents of Ohio are still angry at the Norfolk Southern Railway derailment.", []),
        # ... unless the sentence names what derailed it
        (
            "Police said a freight train derailment in the Ryazan region was caused by a homemade bomb.",
            [("railway", "RU-RYA")],
        ),
        ("An explosion derailed a freight train in the Bryansk region on Friday.", [("railway", "RU-BRY")]),
    ],
)
def test_train_derailment(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


def test_pearl_harbor_is_no_port():
    """Pearl Harbor names the attack of 1941, no harbour of this report; a harbour hit stays a port."""
    text = "Speaking in Washington, he said the Japanese attack on Pearl Harbor ended isolationism."
    assert "port" not in {t for t, _ in found(text)}
    assert found("A Russian drone attack damaged the harbour in Izmail on Friday.") == [("port", "Izmail")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture named by its gerund or noun, the subject of a modal, is weighed, not made
        ("Capturing Bakhmut would be a big morale boost for the Russian army.", []),
        ("Prigozhin said capturing the nearby city of Soledar would be the cherry on the cake.", []),
        ("The capture of Bakhmut would give Russia a foothold in the Donetsk region.", []),
        # a capture made, and a modal of a clause of its own
        (
            "Russian forces finished capturing Soledar on Friday, officials said.",
            [("settlement_control", "Soledar")],
        ),
        ("After capturing Soledar, Russian troops could advance.", [("settlement_control", "Soledar")]),
    ],
)
def test_imagined_capture(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In an Oval Office address on Thursday, Biden condemned the attacks in Israel.",
        "The UN human rights office said 9,900 civilians had been killed in Russian strikes in Ukraine.",
    ],
)
def test_office_as_institution_is_no_premises(text: str):
    assert "commercial" not in {t for t, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian missile hit an office building in Kharkiv on Friday.", [("commercial", "Kharkiv")]),
        ("Drones struck offices in Odesa overnight.", [("commercial", "Odesa")]),
    ],
)
def test_offices_hit(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crops hit by the weather
        ("Farms in Poland have been hit by the wettest July on record.", []),
        ("Crops in Odesa were damaged by drought this year.", []),
        ("Farms near Lviv were hit by heavy rains in July.", []),
        # ... and by a weapon
        ("A Russian drone hit a farm in the Kharkiv region on Friday.", [("agriculture", "UA-63")]),
    ],
)
def test_crops_hit_by_weather(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers on strike strike nothing
        ("Troops are on standby in Kherson to replace striking ambulance workers.", []),
        ("Russian drones were striking ambulance stations in Kherson on Friday.", [("hospital", "Kherson")]),
    ],
)
def test_striking_workers(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


def test_belt_and_road_is_no_road():
    """China's Belt and Road Initiative names a policy, no road hit; a road shelled stays a road."""
    text = "China's Belt and Road Initiative is booming again, as Russian strikes hit Kharkiv."
    assert "road" not in {t for t, _ in found(text)}
    assert found("Russian shelling damaged a road near Kupiansk on Friday.") == [("road", "Kupiansk")]
