"""False alarms of the sentence rules, seventeenth session: a person's death told after the strike that caused
it (the labelling guide: background), a town named by what it went through ('a city devastated by shelling'),
a blow of the weather or the economy ('as Brexit hit the economy'), videos attacking a person and clashes
with the police, each with a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # a death told after the strike, which it retells
        "A Ukrainian poet dies after a Russian missile strike on a cafe in Kharkiv.",
        "A Ukrainian poet dies after being wounded in Kharkiv strike.",
        "The painter succumbed to head injury sustained in strike on a Kharkiv cafe.",
        # a life told up to the strike that ended it
        "Before he was killed by a Russian drone strike in Kherson, the painter wrote poems about the river.",
    ],
)
def test_death_after_a_strike_retells_it(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strike's own toll is the strike reported
        ("A Russian missile strike on a cafe in Kharkiv killed a poet.", [("commercial", "Kharkiv")]),
        ("A poet was killed by a Russian drone strike in Kherson on Friday.", [("unspecified", "Kherson")]),
        # a death after a strike of the report's days is that strike's news
        ("A woman dies after Russian shelling of Kherson on Sunday.", [("unspecified", "Kherson")]),
        # a strike told in a clause of its own after the death is still told
        (
            "Two people died after Russian shelling hit Kherson on Friday.",
            [("unspecified", "Kherson")],
        ),
    ],
)
def test_strike_with_its_dead_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a settlement named by what it went through: an epithet, no attack of this report
        "A reporter writes from a city pulverised by Russian strikes.",
        "An artist paints a mural in a town bombed by Russia.",
        "The president toured Kherson, a Ukrainian city devastated by Russian shelling.",
        "The artist worked in Irpin, a town that was among the first to be hit by Russian airstrikes.",
    ],
)
def test_place_named_by_its_ordeal_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city the strikes of the day hit, and a building struck, are still reported
        ("Kharkiv, the city hit by Russian missiles on Monday, lost power.", [("unspecified", "Kharkiv")]),
        (
            "Rescuers worked in a town struck by a Russian missile overnight in Zaporizhzhia.",
            [("unspecified", "Zaporizhzhia")],
        ),
        (
            "Rescuers searched a building struck by a Russian missile in Dnipro.",
            [("unspecified", "Dnipro")],
        ),
    ],
)
def test_place_hit_today_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a blow of the weather, a disaster or the economy, no weapon's
        "Prices soared after extreme climate conditions hit harvests in Kherson.",
        "Disaster hits both banks of the river near Kherson.",
        "Inflation stays high as Covid and Brexit hit the economy, Kharkiv bankers say.",
        "Natural disasters have struck Florida and Odesa this year.",
        # words aimed at a person
        "The mercenary chief released scathing videos attacking the defence minister in Moscow.",
    ],
)
def test_figure_of_speech_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon's hit beside the season's is still reported
        ("A Russian missile hit a power plant in Kharkiv as winter hits.", [("power_plant", "Kharkiv")]),
        # drones attacking, shown in a video, are an attack
        ("A video shows Russian drones attacking Kharkiv overnight.", [("unspecified", "Kharkiv")]),
    ],
)
def test_attack_beside_a_figure_of_speech_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a protest or a political quarrel, no act of war
        "Authorities in Tbilisi detained dozens of protesters on Tuesday following clashes with riot police.",
        "Police clashed with demonstrators in Kyiv on Sunday.",
        "The vote in Chisinau sets up a clash with the national government.",
    ],
)
def test_protest_clash_is_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops clashing are fighting
        (
            "Ukrainian troops clashed with Russian forces near Bakhmut on Sunday.",
            [("unspecified", "Bakhmut")],
        ),
        ("Clashes with Russian troops continued near Avdiivka.", [("unspecified", "Avdiivka")]),
    ],
)
def test_clash_of_troops_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
