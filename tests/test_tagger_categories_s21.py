"""Category errors on documents whose detection is right (session 21, helper hE): an air defence system a side
relies on (used, bringing results, what strikes aim to wear out) is the defender, no military site hit."""

from __future__ import annotations

from tagger_support import found


def test_air_defence_bringing_results_is_no_target() -> None:
    text = "After raids on Lviv, a minister praised good results from Dutch and Swedish air defence systems."
    assert found(text) == [("unspecified", "Lviv")]


def test_air_defence_strikes_aim_to_overwhelm_is_no_target() -> None:
    text = "An aide said the strikes on Mykolaiv this week were aimed at overwhelming air defence systems."
    assert found(text) == [("unspecified", "Mykolaiv")]


def test_air_defence_system_used_to_intercept_is_no_target() -> None:
    text = "Ukraine used a Western-made air-defense system to intercept a Russian missile over Kharkiv."
    assert ("military_site", "Kharkiv") not in found(text)


def test_air_defence_system_hit_stays_a_military_site() -> None:
    text = "A Russian missile strike damaged an air defence system in Kharkiv on Monday."
    assert found(text) == [("military_site", "Kharkiv")]


def test_air_defence_systems_under_attack_stay_targets() -> None:
    text = "Russian drones were used to attack air defence systems in Kharkiv on Monday."
    assert ("military_site", "Kharkiv") in found(text)
