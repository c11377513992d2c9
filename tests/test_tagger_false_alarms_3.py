"""False alarms of the sentence rules, third set: a hacking campaign told with no target and no outcome, an
aircraft lost on a training flight, and a campaign's weight on lives and systems (an onslaught, the strain,
homes lost to it, fear of it, escape from it), an order or a capacity to attack, the bombings of 1945;
each with a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str, str]]:
    """(target type, most precise place name or region code or country code, means) per incident."""
    doc = Document("t", reported, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "", i.means)
        for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    "text",
    [
        # a hacking campaign with no infrastructure named and no outcome told
        "A state-backed hacking group is using new malware in cyberattacks against Ukrainian agencies.",
        "A Russian hacking group deployed new malware in attacks targeting Ukraine, researchers reported.",
        "Hackers linked to Moscow launched a new cyber attack on Ukraine on Monday, the agency said.",
    ],
)
def test_untargeted_hack_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hack with an outcome, or with a named target, is still reported
        ("Cyber-attacks took down Ukrainian news websites.", [("unspecified", "UA", "cyber")]),
        ("A cyberattack hits Kyiv as the president visits Washington.", [("unspecified", "Kyiv", "cyber")]),
        # a kinetic attack with no target named is still reported
        ("Russian drones attacked Odesa overnight, the governor said.", [("unspecified", "Odesa", "drone")]),
    ],
)
def test_hack_with_an_outcome_still_reported(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


def test_training_flight_crash_is_an_accident():
    text = (
        "A Russian military jet was on a training flight when one of its engines caught fire, causing it to "
        "crash in a town near the border."
    )
    assert found(text) == []


def test_jet_brought_down_by_a_missile_still_reported():
    text = "A Russian jet crashed into an apartment block in Yeysk on Monday after a missile hit it."
    assert [t for t, _, _ in found(text)] == ["residential"]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign's weight on systems and lives, no one attack
        "Ukraine says its grid has survived a winter onslaught of Russian attacks on power plants.",
        "Mobile networks in Ukraine are buckling under the strain of Russian attacks on the power grid.",
        "Olena is one of thousands of Ukrainians who lost their homes to Russian shelling.",
        "Volunteers from Poland are helping Ukrainians escape the Russian bombing.",
        "Families in Kharkiv sleep in metro stations for fear of Russian missile strikes.",
        "Ukraine plans to double drone output despite the challenge posed by Russian attacks on factories.",
    ],
)
def test_campaign_weight_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack itself told beside the same words
        (
            "Russian missiles struck Kharkiv on Tuesday, forcing families to escape the bombing.",
            [("unspecified", "Kharkiv", "missile")],
        ),
        (
            "Russian shelling destroyed 40 homes in Kherson overnight, and families who lost their homes to "
            "the attack moved to shelters.",
            [("residential", "Kherson", "artillery")],
        ),
    ],
)
def test_attack_beside_a_campaign_phrase_still_reported(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an order or a capacity to attack, no attack made
        "Conscripts say they were given old rifles and ordered to attack Ukrainian trenches near Bakhmut.",
        "The minister said Russia is not strong enough to attack Kyiv from the north again.",
    ],
)
def test_order_or_capacity_to_attack_is_no_incident(text: str):
    assert found(text) == []


def test_attack_carried_out_after_an_order_still_reported():
    text = "Russian troops ordered to hold the line shelled Kherson on Sunday."
    assert found(text) == [("unspecified", "Kherson", "artillery")]


def test_atomic_bombings_of_1945_are_history():
    text = "Putin alarmed leaders by referencing the nuclear attacks on Hiroshima and Nagasaki in a call."
    assert found(text) == []


def test_atomic_energy_agency_beside_shelling_still_reported():
    text = (
        "Rafael Grossi, head of the International Atomic Energy Agency, urged restraint after the "
        "Zaporizhzhia plant was shelled."
    )
    assert [t for t, _, _ in found(text)] == ["power_plant"]
