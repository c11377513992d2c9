"""False alarms of the sentence rules: sentences that name attacks without reporting one (what the attacks are
for, what they are told as), each with a sentence of the same shape that still reports one.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str, str]]:
    """(target type, most precise place name or region code or country code, status) per incident."""
    doc = Document("t", reported, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "", i.status)
        for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    "text",
    [
        # what a thing is for: attacks to be countered, responded to, shielded from or prevented
        "Poland sends more radar units to Ukraine to counter Russian drone attacks.",
        "The trucks were given to Ukraine to help respond to Russian missile strikes.",
        "Kharkiv will open a bunker kindergarten to shield children from Russian air strikes.",
        "Ukraine needs guarantees to prevent new attacks by Russia after the war.",
        # ... or protected against, a few words after the verb
        "Ukraine races to protect its power plants from Russian winter attacks.",
        "Grain routes need better protection from attack, the president said.",
        "Kyiv can now defend itself far better against Russian missile strikes.",
        # a survivor's story retells the attack survived
        "The reporter spoke of his long recovery from a Russian missile attack in Ukraine.",
        "A lion that was one of the few animals to survive Russian shelling has reached a zoo in Poland.",
        # 'earlier this month' past the month's first week: days back, retold
        "Investigators say a drone attack on the Kremlin earlier this month was launched from inside Russia.",
        "A missile strike that hit a market in Kostiantynivka earlier this month killed 17 people.",
        # the war itself named as an attack: judged, by the side's adjective, or on 'its territory'
        "Prices of flour have soared as a result of the Russian assault on Ukraine.",
        "The president spoke of Putin's barbaric attack on Ukraine.",
        "India should help end the war set off by Russia's attack on its territory, the minister said.",
    ],
)
def test_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack itself, beside a purpose of its own
        (
            "Russian missiles struck Odesa overnight as air defences worked to counter the barrage.",
            [("unspecified", "Odesa", "reported")],
        ),
        # one attack of the war, on a day, with its dead
        (
            "The Russian attack on Ukraine overnight killed three people in Odesa.",
            [("unspecified", "Odesa", "reported")],
        ),
        # the shelling of another clause is still reported
        (
            "Militias were armed to defend villages from Ukrainian attacks, and shelling hit Shebekino.",
            [("unspecified", "Shebekino", "reported")],
        ),
        # repelling attacks is fighting, no purpose
        (
            "Ukrainian troops managed to repel Russian attacks near Bakhmut.",
            [("unspecified", "Bakhmut", "reported")],
        ),
    ],
)
def test_still_reported(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


def test_survivors_searched_for_are_no_survivor_story():
    text = "Rescuers search for survivors after a Russian missile strike on a Dnipro apartment block."
    assert found(text) == [("residential", "Dnipro", "reported")]


def test_earlier_this_month_in_the_first_week_is_news():
    """On the 4th 'earlier this month' is this week: the strike is the report's."""
    text = "A missile strike that hit a market in Kostiantynivka earlier this month killed 17 people."
    assert found(text, date(2024, 3, 4)) == [("commercial", "Kostiantynivka", "reported")]


def test_earlier_this_month_of_another_clause_leaves_the_strike_dated():
    text = "Ukraine used missiles that came earlier this month to strike an airfield in Luhansk on Tuesday."
    assert found(text) == [("airport", "Luhansk", "reported")]
