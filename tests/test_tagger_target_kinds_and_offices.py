"""Which target a sentence names (nineteenth session): the head of a phrase, not the words that say its kind,
and a council named as an official's seat, not a building hit. Invented sentences modelled on the press's
shapes, through `find_incidents`. (The eighteenth session's tests of the same job are in
test_tagger_category_choice.py.)"""

from __future__ import annotations

from tagger_cases import typed_places as found


def test_a_road_and_rail_bridge_is_one_bridge() -> None:
    # two kinds joined before the head say what the bridge carries, not a road and a railway hit
    text = "An explosion damaged the road and rail bridge near Kherson on Saturday."
    assert found(text) == [("bridge", "Kherson")]


def test_a_rail_bridge_is_a_bridge_as_a_railway_bridge_is() -> None:
    assert found("Saboteurs blew up a rail bridge in the Bryansk region.") == [("bridge", "RU-BRY")]


def test_road_traffic_on_a_bridge_is_no_road() -> None:
    text = "Road traffic on the bridge near Kherson was halted after a new explosion."
    assert found(text) == [("bridge", "Kherson")]


def test_a_road_and_a_railway_line_named_apart_stay_two_targets() -> None:
    text = "Russian shelling damaged roads and railway lines in Kherson."
    assert found(text) == [("railway", "Kherson"), ("road", "Kherson")]


def test_a_noun_phrase_joined_to_a_modifier_stays_its_own_target() -> None:
    text = "Strike on a residential area and memorial park in Kherson."
    assert found(text) == [("public_venue", "Kherson"), ("residential", "Kherson")]


def test_a_council_named_with_its_officer_who_speaks_is_no_target() -> None:
    text = (
        "Russian artillery shelled Nikopol overnight, Dnipropetrovsk Regional Council head Mykola Petrenko "
        "said on Telegram."
    )
    assert found(text) == [("unspecified", "Nikopol")]


def test_the_head_of_a_regional_administration_speaks_for_it() -> None:
    text = (
        "Two people were killed when a missile hit a house in Uman, said the head of the Cherkasy regional "
        "administration, Ivan Bondar."
    )
    assert found(text) == [("residential", "Uman")]


def test_a_council_secretary_by_title_and_name() -> None:
    text = "City council secretary Petro Ivanenko said 20 homes were damaged in the blasts in Mykolaiv."
    assert found(text) == [("residential", "Mykolaiv")]


def test_a_council_hit_with_no_officer_stays_a_target() -> None:
    assert found("A Russian missile hit the city council in Nikopol on Monday.") == [
        ("administrative", "Nikopol")
    ]
    text = (
        "Drones struck the regional administration in Sumy, the head of the regional military administration "
        "said."
    )
    assert found(text) == [("administrative", "Sumy")]
