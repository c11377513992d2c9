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


def test_a_participle_of_a_next_action_opens_its_own_scene() -> None:
    # ", launching ..." tells a second action: the first clause's border town lends its type to no city
    text = (
        "Russia vowed revenge for what it called a deadly Ukrainian attack on the border city of Belgorod, "
        "launching new missile strikes on Kharkiv and Kyiv on Sunday."
    )
    assert found(text) == [("border_region", "Belgorod"), ("unspecified", "Kharkiv"), ("unspecified", "Kyiv")]


def test_conducting_shelling_elsewhere_keeps_the_first_scene_bare() -> None:
    text = (
        "Russian missiles struck the city of Odesa overnight, conducting rounds of shelling that destroyed "
        "homes in the Donetsk region."
    )
    assert found(text) == [("residential", "UA-14"), ("unspecified", "Odesa")]


def test_a_participle_of_what_the_strike_hit_stays_with_it() -> None:
    # ", hitting ..." tells what the same strike hit, at the same place
    text = "Ukraine struck a shipyard in Sevastopol on Saturday, hitting a Russian warship."
    assert found(text) == [("industrial_plant", "Sevastopol"), ("military_site", "Sevastopol")]
