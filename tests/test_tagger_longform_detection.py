"""Detection in long-form text (feature articles, interviews, columns, magazine paragraphs): an outage or
another impact with no attack word of its own is an incident only beside the attack that caused it, not
because the text names a strike paragraphs away; after an interception, the one that got through ('with one
hitting an office tower') was a hit; a means a side 'has used to strike' is what it can do, no one attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_dated

REPORTED = date(2024, 3, 23)  # a Saturday

_FILLER = (
    "The company said on Friday it would ship another 5,000 terminals to Ukraine. "
    "He praised the engineers who set up the network. "
    "Hospitals and schools now rely on the service every day. "
    "The deal was signed in Warsaw after weeks of talks. "
)


def found(text: str) -> list[tuple[str, str, str | None]]:
    """As tagger_cases.typed_places_dated, reported on this file's Saturday."""
    return typed_places_dated(text, REPORTED)


def test_an_outage_told_far_from_any_attack_is_no_incident() -> None:
    """The strike on Odesa is reported; the capital's blackout the minister recalls five sentences later is
    not tied to any attack."""
    text = (
        "Satellite terminals keep Ukraine online.\n\n"
        "Russian drones struck an energy facility in Odesa on Friday night, officials said. "
        + _FILLER
        + "When Kyiv had a long blackout, the terminals kept the ministries working, he said."
    )
    assert found(text) == [("power_grid", "Odesa", "2024-03-22")]


def test_an_outage_in_the_sentence_after_the_attack_is_its_effect() -> None:
    text = (
        "Satellite terminals keep Ukraine online.\n\n"
        + _FILLER
        + "Russian drones struck an energy facility in Kharkiv on Friday night. "
        "Much of the city was left without power, the mayor said."
    )
    assert found(text) == [("power_grid", "Kharkiv", "2024-03-22")]


def test_an_outage_in_the_sentence_before_the_attack_is_its_effect() -> None:
    """'Kyiv was left without power on Friday. Russian missiles had hit ...': the attack told after the
    outage still caused it."""
    text = (
        "Satellite terminals keep Ukraine online.\n\n"
        + _FILLER
        + "Parts of Kyiv were left without power on Friday. "
        "Russian missiles had struck two substations on the city's outskirts overnight, the mayor said."
    )
    assert found(text) == [("power_grid", "Kyiv", "2024-03-22"), ("substation", "Kyiv", "2024-03-23")]


def test_the_one_that_got_through_after_an_interception_was_a_hit() -> None:
    """'shot down several drones, with one hitting an office tower': the exception told after the downing
    reached its target."""
    assert found("Air defences shot down several drones over Moscow, with one hitting an office tower.") == [
        ("commercial", "Moscow", "2024-03-23")
    ]
    text = "Air defences shot down two drones over Kharkiv on Friday, while a third struck a school."
    assert found(text) == [("school", "Kharkiv", "2024-03-22")]


def test_an_interception_whose_exception_hit_nothing_is_no_incident() -> None:
    assert found("Air defences shot down two drones over Kharkiv, with one falling on a field.") == []
    assert found("Air defences shot down two drones over Kharkiv, with both pilots praised.") == []


def test_a_means_a_side_has_used_to_strike_is_no_attack() -> None:
    """'Kyiv has used sea drones to strike ...' in a magazine paragraph tells what a side can do, no one
    attack."""
    text = "Ukraine, for instance, has used a speedboat armed with two missiles to down Russian jets."
    assert found(text) == []
    assert found("Kyiv has used sea drones to strike Russian warships off Crimea.") == []


def test_a_means_used_on_a_day_is_an_attack() -> None:
    assert found("Russia used drones to attack a police station in Kherson on Friday.") == [
        ("administrative", "Kherson", "2024-03-22")
    ]
