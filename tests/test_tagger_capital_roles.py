"""A capital naming the government or a ministry seated there ("the Kyiv government", "the regime in Moscow")
stands for its state: the attack the sentence reports happened elsewhere, not in the capital."""

from __future__ import annotations

import pytest
from tagger_support import found


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the oil refinery in Kremenchuk, which the Kyiv government says was idle.",
        "A Kyiv defence official said drones struck the oil refinery in Kremenchuk.",
        "Drones struck the oil refinery in Kremenchuk, the regime in Kyiv said.",
        "Drones struck the oil refinery in Kremenchuk, Kyiv's foreign ministry said.",
    ],
)
def test_a_capital_naming_its_government_is_no_scene(text: str) -> None:
    assert found(text) == [("oil_refinery", "Kremenchuk")]


def test_a_capital_struck_is_still_the_scene() -> None:
    # the capital where the attack happened, its own city officials reporting it, stays the scene
    text = "Missiles hit a power plant in Kyiv overnight, Kyiv officials said."
    assert ("power_plant", "Kyiv") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A sea drone hit a tanker near Kerch, a day after one of Moscow's warships was damaged.",
        "A sea drone hit a tanker near Kerch, in what Kyiv's efforts to cut supplies made a target.",
        "The envoy urged both Kyiv and Moscow to stop after a sea drone hit a tanker near Kerch.",
    ],
)
def test_what_a_capital_owns_or_is_urged_to_do_is_no_scene(text: str) -> None:
    assert not {"Kyiv", "Moscow"} & {place for _, place in found(text)}


def test_a_capital_whose_district_is_struck_is_still_the_scene() -> None:
    # a capital's own parts are the city's, not its state's
    assert ("residential", "Kyiv") in found("A missile hit an apartment block in Kyiv's Obolon district.")


@pytest.mark.parametrize(
    "text",
    [
        "Ministers pushed Moscow to reopen the corridor after a drone hit the port of Izmail.",
        "Foreign advisers aiding Moscow were killed when a drone hit the port of Izmail.",
        "A drone hit the port of Izmail as a new leader sought better ties with Moscow.",
    ],
)
def test_a_capital_pressed_helped_or_dealt_with_is_no_scene(text: str) -> None:
    assert "Moscow" not in {place for _, place in found(text)}
    assert "Izmail" in {place for _, place in found(text)}


def test_a_capital_struck_after_a_push_is_still_the_scene() -> None:
    # 'pushed' governs no capital here: the tower in Moscow is where the drone hit
    text = "A drone hit an office tower in Moscow after ministers pushed for talks."
    assert "Moscow" in {place for _, place in found(text)}
