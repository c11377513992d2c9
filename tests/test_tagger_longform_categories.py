"""Target categories in long-form text (round-ups, live reports, long articles): sentences that name no
new hit among those that do, and the extra or missing incident of another type they cause.

Invented sentences modelled on the shapes seen in the development set, through `find_incidents` (rules only).
"""

from __future__ import annotations

from tagger_support import found


def test_a_death_with_no_attack_in_its_sentence_is_no_incident_of_a_round_up() -> None:
    """'has died at his home in Paris aged 81' beside a strike report: an obituary, not a strike's toll (the
    home is where he died, inmateroles.py, and the death no attack)."""
    text = (
        "Russian missiles struck an apartment block in Odesa on Friday. "
        "The French actor Paul Martin has died at his home in Paris aged 81."
    )
    assert found(text) == [("residential", "Odesa")]
    text = (
        "Russian missiles struck an apartment block in Odesa on Friday. "
        "A dissident died in a detention centre in Rostov-on-Don, his lawyer said."
    )
    assert found(text) == [("residential", "Odesa")]


def test_a_death_with_a_weapon_in_its_sentence_is_still_reported() -> None:
    """'died after a drone struck his car': the strike is named, the death is its toll."""
    text = (
        "Russian missiles struck an apartment block in Odesa on Friday. "
        "A man died in Kherson after a drone struck his car, the governor said."
    )
    assert ("unspecified", "Kherson") in found(text)


def test_a_funeral_for_those_a_strike_killed_retells_the_strike() -> None:
    """'Funerals were held for the people killed when missiles hit a block': the rites, not a new strike."""
    text = (
        "Russian drones struck a power substation in Sumy on Sunday. "
        "Funerals were held in Vinnytsia for the 12 people who were killed on Thursday when a missile hit "
        "an apartment building."
    )
    assert found(text) == [("substation", "Sumy")]
    text = (
        "Russian drones struck a power substation in Sumy on Sunday. "
        "Mourners gathered in Lviv to commemorate a medic killed by shelling near Bakhmut."
    )
    assert found(text) == [("substation", "Sumy")]


def test_a_strike_on_a_funeral_is_still_reported() -> None:
    """'a missile hit a funeral in the village': the funeral is where the strike fell, news of its own."""
    text = "A Russian missile hit a funeral wake in a cafe in Vinnytsia on Sunday, killing 20."
    assert found(text) == [("commercial", "Vinnytsia")]


def test_a_plant_that_says_where_the_struck_town_lies_is_no_target() -> None:
    """'the town of X, where a power station is located': the town was hit, the plant locates it."""
    text = (
        "Officials said a drone struck the Russian town of Kurchatov, where a nuclear power station is "
        "located, on Saturday."
    )
    assert found(text) == [("unspecified", "Kurchatov")]
    text = "Two people were wounded when villages neighbouring the Zaporizhzhia power plant were shelled."
    assert ("power_plant", "Enerhodar") not in found(text)


def test_a_plant_hit_near_a_town_is_still_the_target() -> None:
    """'a drone struck a power station near the town of X': the station is what was hit."""
    assert found("A Ukrainian drone struck a power station near the Russian town of Kurchatov.") == [
        ("power_plant", "Kurchatov")
    ]
    text = "Russian shelling hit the Zaporizhzhia power plant on Friday."
    assert found(text) == [("power_plant", "Enerhodar")]
