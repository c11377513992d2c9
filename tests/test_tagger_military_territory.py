"""Territory and military categories (session 19): a capture a few days back that times another story,
weapons that 'entered' a city, what one 'should' take, a capture or attack placed in the first days of a
side's invasion, a strike by workers, 'recent' attacks taken together and kit captured as a trophy are no
incident reported now; a foreign power's base abroad, attacked, is a military site; the border weapons were
fired from is no border area hit.

Invented sentences modelled on the development items' shapes, each with the exact incidents `find_incidents`
must return, and a near case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture 'days after' which another story is told: its time, not its news
        (
            "Only days after the port city of Kherson was liberated, residents described months of "
            "beatings in its jails.",
            [],
        ),
        # ... not a capture told with 'days after' something else
        (
            "Ukrainian troops liberated Kherson on Friday, days after the Russian command ordered a retreat.",
            [("settlement_control", "Kherson")],
        ),
        # weapons that 'entered' a city took nothing
        ("Waves of drones entered Kyiv from several directions overnight, officials said.", []),
        # ... what they hit there is the incident
        (
            "Waves of drones entered Kyiv from several directions overnight and hit a warehouse, "
            "officials said.",
            [("commercial", "Kyiv")],
        ),
        # ... soldiers who entered a city took it
        ("Ukrainian soldiers entered Kherson on Friday.", [("settlement_control", "Kherson")]),
    ],
)
def test_a_capture_days_back_or_by_weapons(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one 'should' take is an opinion
        ("If we want to free anyone, we should liberate Boston and Chicago first.", []),
        ("The army must retake Bakhmut, the general said.", []),
        (
            "Ukrainian troops liberated the village of Klishchiivka, officials said.",
            [("settlement_control", "Klishchiivka")],
        ),
    ],
)
def test_what_one_should_take(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture or an attack early in a side's invasion, named by whose it is, is the war's past
        (
            "Partisans fought the Russian soldiers who took over their city of Melitopol early in President "
            "Vladimir Putin's invasion.",
            [],
        ),
        (
            "Russian soldiers took over the city of Melitopol on Friday.",
            [("settlement_control", "Melitopol")],
        ),
        (
            "She lost her sight in a missile attack on Kharkiv at the start of Russia's full-scale invasion.",
            [],
        ),
        ("She lost her sight in a missile attack on Kharkiv on Friday.", [("unspecified", "Kharkiv")]),
    ],
)
def test_the_first_days_of_an_invasion(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign power's base abroad, attacked, is a military site
        (
            "Militia drones attacked a U.S. base in Syria on Thursday, officials said.",
            [("military_site", "SY")],
        ),
        ("Rockets hit an American base in Iraq overnight.", [("military_site", "IQ")]),
        # ... a base only hosted, beside another attack, is not what was hit
        (
            "Poland, which hosts an American base, condemned the overnight strike on Lviv.",
            [("unspecified", "Lviv")],
        ),
    ],
)
def test_a_foreign_base_attacked(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike by workers is a walkout
        ("A strike by Polish truckers at the border crossing near Lviv threatened to spread to farmers.", []),
        # ... a strike by weapons is an attack
        ("A strike by Russian drones on a warehouse in Lviv started a fire.", [("commercial", "Lviv")]),
    ],
)
def test_a_strike_by_workers(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'recent' attacks are those of late, taken together: no one incident
        ("Residents of Odesa question the city's past after recent strikes damaged its cathedral.", []),
        ("Crews repaired power lines cut by recent missile strikes near Odesa.", []),
        # ... one strike told is the incident
        ("A Russian strike damaged the cathedral in Odesa on Sunday.", [("cultural_religious", "Odesa")]),
        (
            "Crews repaired power lines cut by a missile strike near Odesa on Friday.",
            [("power_grid", "Odesa")],
        ),
    ],
)
def test_recent_attacks_taken_together(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kit a side captures is a trophy: no place taken, nothing hit
        (
            "Kyiv says it captured a Russian Mi-8 helicopter that landed on Ukrainian soil after its pilot "
            "defected.",
            [],
        ),
        ("Russian troops captured two German-made tanks and made them operational again, Moscow says.", []),
        # ... positions captured are the other side's sites taken
        ("Ukrainian forces recaptured Russian positions near Bakhmut.", [("military_site", "Bakhmut")]),
    ],
)
def test_captured_kit_is_a_trophy(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the border weapons were fired from is not where they hit
        (
            "One person was killed in Kharkiv in three attacks, with S-300 missiles fired from across the "
            "Russian border.",
            [("unspecified", "Kharkiv")],
        ),
        # ... villages hit across the border are in the border area
        ("Russian shelling hit villages across the border from Belgorod.", [("border_region", "Belgorod")]),
    ],
)
def test_the_border_fired_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
