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
