"""Each incident keeps its own target type: a typed target must not lend its type to a place of another
event in the same sentence (eighteenth session). Invented sentences modelled on the press's shapes, through
`find_incidents`."""

from __future__ import annotations

from tagger_cases import typed_places as found


def test_hours_after_opens_the_earlier_event_as_a_clause_of_its_own() -> None:
    # ", hours after ..." tells another event: its place is not the typed target's
    text = (
        "A woman was killed in a Russian missile attack on an apartment block in Kharkiv, hours after a "
        "strike on the village of Kupiansk left nine dead."
    )
    assert found(text) == [("residential", "Kharkiv"), ("unspecified", "Kupiansk")]


def test_one_event_with_no_time_gap_keeps_its_places() -> None:
    text = "A Russian missile attack hit an apartment block in Kharkiv and a house in Kupiansk."
    assert found(text) == [("residential", "Kharkiv"), ("residential", "Kupiansk")]


def test_a_dash_before_while_sets_a_second_scene() -> None:
    # a headline's "- while ..." tells another event: its place does not take the first event's target
    text = "Office tower burns as drones slam into a business centre in Moscow - while blasts rock Crimea."
    assert found(text) == [("commercial", "Moscow"), ("unspecified", "UA-43")]


def test_a_dash_before_and_still_lists_one_events_places() -> None:
    text = "Russian missiles hit apartment blocks in Zaporizhzhia - and in Kharkiv."
    assert found(text) == [("residential", "Kharkiv"), ("residential", "Zaporizhzhia")]
