"""False alarms of a whole tagger on unseen news: aims, means and habits told with an attack word, no one
attack made (hedges in etl/data/lexicon.toml). Each rule has a case it must not catch."""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str) -> list[tuple[str, str, str]]:
    """(target type, most precise place name or region code or country code, event date) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "", str(i.event_date))
        for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    "text",
    [
        # an aim or a duty told
        "Volunteers in Kyiv. Their main task was to destroy enemy depots near Bakhmut.",
        "Their mission is to strike command posts in occupied Crimea.",
        # a side's means and what it is for, in the present
        "Ukraine fires old Czech rockets to blast Russian positions.",
        "Moscow stands accused of sending Iranian-made drones over Ukraine to strike at power plants.",
        # a habit in the present tense
        "When Russia launches a missile barrage on Kharkiv, the first shield is a radar parked in a field.",
        # what something makes possible, an adverb before its verb
        "Holding the ridge allows the brigade to more easily strike depots around Donetsk.",
    ],
)
def test_aims_means_and_habits_are_no_attack(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a barrage sent in the past is one attack
        (
            "Russia sent a wave of drones to strike Kharkiv overnight, the mayor said.",
            [("unspecified", "Kharkiv", "2024-03-23")],
        ),
        # a strategy told as attacks made is no aim
        (
            "Their strategy of the past week: missiles struck a power plant in Kharkiv on Friday.",
            [("power_plant", "Kharkiv", "2024-03-22")],
        ),
        # 'using' in an accusation tells one strike
        (
            "Officials accused Kyiv of using long-range missiles to strike a bridge near Henichesk on "
            "Friday.",
            [("bridge", "Henichesk", "2024-03-22")],
        ),
        # a 'when' clause in the past tense tells the attack
        (
            "When Russian missiles hit Kharkiv on Friday, two people were killed.",
            [("unspecified", "Kharkiv", "2024-03-22")],
        ),
    ],
)
def test_attacks_made_are_still_reported(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a penalty's aim
        "The bloc is weighing new curbs as part of a sanctions package targeting Moscow for its war against "
        "Ukraine.",
        # an agreement reached, two words before 'deal'
        "In a move likely to add to tensions in Washington and London, the two trade ministers said on "
        "Monday their countries were in talks to strike a free trade deal.",
    ],
)
def test_sanctions_aimed_and_deals_struck_are_no_attack(text: str) -> None:
    assert found(text) == []


def test_a_strike_on_a_named_target_near_a_capital_stays_an_attack() -> None:
    assert found("Kyiv struck a major Russian fuel depot near Moscow on Monday.") == [
        ("fuel_depot", "RU-MOS", "2024-03-18")
    ]


def test_a_figures_hit_tells_no_attack_beside_a_death() -> None:
    """'hit' inside a figurative phrase (a reading reached) is no attack word of the sentence, nor an attack
    told beside its deaths."""
    assert (
        found(
            "In Pakistan, morgues and hospitals became overwhelmed after temperatures hit 47C in some "
            "districts, "
            "and at least 80 people died from the heat."
        )
        == []
    )


def test_a_figure_beside_a_real_strike_leaves_the_strike() -> None:
    assert found(
        "Shoppers hit by rising prices queued for bread as a missile struck a hospital in Kharkiv on Friday, "
        "killing two."
    ) == [("hospital", "Kharkiv", "2024-03-22")]


def test_a_university_that_says_who_a_person_is_is_no_target() -> None:
    found_types = {
        t
        for t, _, _ in found(
            "Harvard University economist John Smith made waves on Monday after arguing that the United "
            "States was responsible for destroying the pipeline."
        )
    }
    assert "school" not in found_types
    assert found("A missile hit a university in Kharkiv on Friday.") == [("school", "Kharkiv", "2024-03-22")]
