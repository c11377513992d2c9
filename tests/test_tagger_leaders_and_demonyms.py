"""Reports the sentence rules used to miss (seventeenth session): attacks the text places nowhere that a
narrow tie still places. Each rule has an invented sentence modelled on the pattern and a negative case it
must leave alone (the rules alone, `find_incidents`)."""

from __future__ import annotations

import pytest
from tagger_cases import typed_countries as found


@pytest.mark.parametrize(
    "text",
    [
        # a war side's leader reacting after an unplaced attack: strikes on his own country
        "Zelensky asks allies for more air defence following overnight missile strikes.",
        "Zelenskyy Slams Moscow After Weekend Drone Attack Kills Two",
        "Ukraine's president calls for tougher sanctions after heavy missile strikes.",
        # the attack the leader condemns or mourns
        "Ministers meet in Brussels; Zelensky condemns weekend shelling.",
    ],
)
def test_leader_reacting_after_attack(text: str) -> None:
    assert found(text) == [("unspecified", "UA", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the attack is set elsewhere, or another speaker's clause reacts to it
        "Zelensky speaks to reporters days after drone strikes inside Russia.",
        "Zelensky worries about aid - as Putin urges restraint after Hamas strike.",
        # no 'after': a leader and a trend of attacks
        "Zelensky asks allies for aid amid rocket attacks.",
        # a condemned attack set in another country keeps that country
        "Zelensky condemns rocket attacks on Israel.",
    ],
)
def test_leader_reacting_not_to_this_attack(text: str) -> None:
    assert ("unspecified", "UA", None) not in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's name as the modifier of the places an attack struck
        ("Hackers' attack hits Poland government sites.", [("unspecified", "PL", None)]),
        ("Ukraine building suffers worst attack in weeks.", [("unspecified", "UA", None)]),
    ],
)
def test_country_names_the_sites_struck(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the country's name as the modifier of a weapon is the attacker, not the scene
        "Ukraine missile strike on Russian-held city kills 89 troops.",
        # the sites in another clause than an attack of long ago
        "Officials in Ukraine cities discussed the attacks of last year.",
    ],
)
def test_country_sites_not_the_attacker_or_history(text: str) -> None:
    assert ("unspecified", "UA", None) not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a settlement named only by the demonym of a side of the war: the attack fell in that country
        "Car bomb blast wounds official of occupied Ukrainian city.",
        "Artillery hits close to reporters as they drive into a key Ukrainian town.",
    ],
)
def test_demonym_settlement(text: str) -> None:
    assert found(text) == [("unspecified", "UA", None)]


def test_demonym_settlement_under_a_campaign_is_no_report() -> None:
    # a town living under a campaign: no one attack
    assert found("A view from the Ukrainian town living under Russia's grinding assault.") == []


def test_demonym_settlement_with_its_name_keeps_the_name() -> None:
    text = "Missile strike hits a hotel in the Ukrainian city of Odesa."
    assert found(text) == [("commercial", "UA", "Odesa")]
