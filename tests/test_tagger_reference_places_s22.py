"""Places that are no scene, session 22: a distance's reference point ('150 miles from Moscow'), a capital
that speaks or names across an adverb ('Moscow previously said', 'Kyiv reportedly said'), one that calls or
ties an attack ('Moscow called the attack a terrorist act', 'Moscow links the decision to the attack'), its
'sources', a capital rebuked or supplied ('Trump rebukes Kyiv', 'supplied Moscow with drones') or helped to
act ('helping Moscow target civilians'), its troops; a town named in quotes before a noun ('the "Valdai"
radar station') or naming a club ('the Valdai Discussion Club'). Invented reports modelled on the press's
patterns, run through the rules (`find_incidents`)."""

from __future__ import annotations

from tagger_cases import typed_countries as placed


def test_a_distance_from_a_capital_is_no_scene() -> None:
    assert placed("A drone struck a power plant 150 miles from Moscow.") == []
    assert placed("A drone struck a fuel depot in Tver, about 100 km north of Moscow.") == [
        ("fuel_depot", "RU", "Tver")
    ]


def test_a_strike_in_the_capital_itself_stays_there() -> None:
    assert placed("A drone struck a power plant in Moscow.") == [("power_plant", "RU", "Moscow")]


def test_a_capital_speaking_across_an_adverb_stands_for_its_state() -> None:
    assert placed("Moscow reportedly said a drone attack hit an oil depot in Tuapse.") == [
        ("fuel_depot", "RU", "Tuapse")
    ]
    assert placed("Moscow previously said a drone attack hit an oil depot.") == []
    assert placed("Kyiv reportedly said the missile strike damaged a grain terminal.") == []


def test_a_capital_naming_or_tying_an_attack_stands_for_its_state() -> None:
    assert placed("Moscow called the drone attack on the refinery a terrorist act.") == []
    assert placed("Moscow links the decision to the drone attack on its fleet.") == []
    assert placed("A drone struck a power plant, where Moscow has long suspected sabotage.") == []


def test_a_capitals_sources_are_the_state() -> None:
    assert placed("Moscow sources denied that a missile strike had destroyed the depot.") == []


def test_a_capital_rebuked_or_supplied_is_the_state() -> None:
    assert placed("Trump rebukes Kyiv as Russian attacks hit the power grid.") == [("power_grid", "UA", None)]
    assert placed("An Iranian firm supplied Moscow with drones that struck a power plant.") == []


def test_the_city_officials_of_a_capital_still_report_its_scene() -> None:
    assert placed("A missile hit a power plant, Kyiv officials said.") == [("power_plant", "UA", "Kyiv")]


def test_a_capital_helped_to_act_is_the_state() -> None:
    text = "A drone hit a passenger train, and a satellite network is helping Moscow target civilians."
    assert placed(text) == []
    assert placed("A drone hit a passenger train as volunteers were helping Kyiv residents.") == [
        ("railway", "UA", "Kyiv")
    ]


def test_a_capitals_troops_and_bombers_are_the_state() -> None:
    assert placed("Kyiv troops destroyed a bridge in the south.") == []
    assert placed("A drone destroyed Moscow's flagship bomber at an airbase.") == []
    assert placed("Drone attacks disrupted Moscow's battlefield supply lines.") == []


def test_a_distance_given_twice_still_measures_from_the_capital() -> None:
    assert placed("A car bomb exploded in a village 250 miles (400km) east of Moscow.") == []


def test_a_quoted_town_name_before_a_noun_names_a_thing_in_every_mention() -> None:
    text = (
        "Drones destroy Russian Valdai radar in Crimea.\n\n"
        'Drones hit the "Valdai" radar station in occupied Crimea overnight, the navy said.'
    )
    assert placed(text) == [("military_site", "UA", None)]


def test_a_gathering_named_after_a_town_is_no_scene() -> None:
    assert placed("Speaking at the Valdai Discussion Club, Putin said a drone had hit an oil depot.") == []
    assert placed("A drone hit a fuel depot in Valdai.") == [("fuel_depot", "RU", "Valday")]


def test_where_a_leader_heads_or_pays_a_visit_is_no_scene() -> None:
    text = "As the president heads to Washington, Russia targets Kyiv with missiles."
    assert placed(text) == [("unspecified", "UA", "Kyiv")]
    text = "In a surprise visit to Kyiv, the prime minister said Russian strikes had hit the power grid."
    assert placed(text) == [("power_grid", "UA", None)]
    assert placed("Missiles hit the power grid in Kyiv.") == [("power_grid", "UA", "Kyiv")]
