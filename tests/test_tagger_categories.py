"""The target category of incidents the rules rightly find: which type a detected attack takes;
when a target word is not what the reported attack hit, it stays unspecified; a typed target in the wrong
category or beside the ones readers label.

Invented sentences modelled on the patterns the labelled development items showed, each with the exact
incidents `find_incidents` must return, and a near case the rule must leave alone.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story of a raid over the border: a bare attack in a Russian border region is a border-area strike
        (
            "Shelling hits Russia's Kursk region.\n\nMoscow said the fighters who crossed the border had "
            "been pushed back.",
            [("border_region", "RU-KRS")],
        ),
        (
            "Explosions rock Belgorod after an incursion by armed groups, the governor said.",
            [("border_region", "Belgorod")],
        ),
        # a story that never speaks of the border leaves the same attack unspecified
        ("Shelling hits Russia's Kursk region.", [("unspecified", "RU-KRS")]),
        # ... and a bare attack far from the border stays unspecified in a border story
        (
            "Drones attacked Moscow, and Ukrainian fighters crossed the border into Russia.",
            [("unspecified", "Moscow")],
        ),
    ],
)
def test_border_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # energy sites or objects struck are the grid's works, as 'energy facilities' are
        ("Russian missiles struck energy objects in the Kharkiv region.", [("power_grid", "UA-63")]),
        # transport planes hit are a side's military aircraft ...
        ("A drone struck the city of Pskov, damaging two transport planes.", [("military_site", "Pskov")]),
        # ... but aircraft hit at an airfield are the airfield's incident
        ("A drone attack on the airfield near Pskov damaged two transport planes.", [("airport", "Pskov")]),
        # a mercenary group's field camps are a military target
        (
            "Prigozhin accused the army of a rocket strike on Wagner's field camps in Ukraine.",
            [("military_site", "UA")],
        ),
    ],
)
def test_target_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_port_where_a_warship_lay_is_no_port_incident() -> None:
    text = "Ukrainian missiles destroyed a Russian landing ship in Feodosia port on Tuesday."
    assert found(text) == [("military_site", "Feodosiia")]


def test_port_named_as_what_was_hit_stays_beside_the_warship() -> None:
    text = "Ukrainian sea drones hit Novorossiysk port and damaged a Russian warship on Tuesday."
    assert found(text) == [("military_site", "Novorossiysk"), ("port", "Novorossiysk")]


def test_a_shipyards_dry_dock_is_no_port() -> None:
    text = "Missiles struck a shipyard in Sevastopol on Tuesday; debris fell onto one of its dry docks."
    assert found(text) == [("industrial_plant", "Sevastopol")]


def test_docks_struck_are_a_port() -> None:
    assert found("Russian drones struck the docks in Izmail on Tuesday.") == [("port", "Izmail")]


def test_ports_under_a_blockade_are_not_hit() -> None:
    text = (
        "Sea drones struck the Black Sea Fleet in Sevastopol on Tuesday; "
        "the fleet enforces the blockade of Ukrainian ports."
    )
    assert found(text) == [("military_site", "Sevastopol")]


def test_ports_struck_are_hit() -> None:
    assert found("Russian missiles hit Ukrainian ports on the Danube on Tuesday.") == [("port", "UA")]


def test_a_state_services_premises_named_by_their_owner_are_administrative() -> None:
    text = "A Russian missile on Tuesday destroyed a building belonging to the security service in Dnipro."
    assert found(text) == [("administrative", "Dnipro")]
    assert found("Russian missiles struck a fire depot compound in Dnipro on Tuesday.") == [
        ("administrative", "Dnipro")
    ]


def test_a_building_of_another_owner_is_no_state_service() -> None:
    text = "Russian missiles struck a building belonging to the local football club in Dnipro on Tuesday."
    assert found(text) == [("unspecified", "Dnipro")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier attack told as the cause: its target is not what the reported strikes hit
        (
            "Russian missiles pounded Mykolaiv for a third night after a Ukrainian attack on the road "
            "bridge.",
            [("unspecified", "Mykolaiv")],
        ),
        (
            "The strikes on Kharkiv, which came after an attack on a Russian warship, wounded nine people.",
            [("unspecified", "Kharkiv")],
        ),
        # a toll before 'after' is the attack's own: the facility was hit
        (
            "Twelve people were injured in Kharkiv after an attack on a hospital.",
            [("hospital", "Kharkiv")],
        ),
        # ... and a target named as hit before the 'after' stays
        (
            "A drone struck a power plant in Kharkiv after an attack on the city overnight.",
            [("power_plant", "Kharkiv")],
        ),
    ],
)
def test_earlier_attack_as_cause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hub set beside a place says what the place is, not what was hit
        (
            "Missiles struck Lozova overnight; the worst damage was in Lozova, a railway hub near the front.",
            [("unspecified", "Lozova")],
        ),
        # ... but a railway junction named as hit stays
        ("Missiles struck the railway hub in Lozova overnight.", [("railway", "Lozova")]),
    ],
)
def test_hub_describes_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fleet that fights off or repels an attack is its defender, not a target hit
        ("The Russian fleet fought off a drone attack on Sevastopol.", [("unspecified", "Sevastopol")]),
        ("A Ukrainian naval base fights off a drone attack on Odesa.", [("unspecified", "Odesa")]),
        # ... but a fleet struck is hit
        ("Drones attacked the Russian fleet in Sevastopol.", [("military_site", "Sevastopol")]),
    ],
)
def test_defender_that_repels(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # densely populated areas struck are where people live
        (
            "Russian rockets hit densely populated areas of Kramatorsk on Thursday.",
            [("residential", "Kramatorsk")],
        ),
        # ... not populated areas named in a general statement with no strike
        ("Cluster munitions in populated areas endanger civilians.", []),
    ],
)
def test_densely_populated_areas(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side is feared to be targeting is a concern, not a target hit
        (
            "A rise in drone attacks on Ukraine is sparking concern that Moscow is targeting power stations "
            "ahead of winter.",
            [("unspecified", "UA")],
        ),
        # ... a target struck before the concern stays
        (
            "Drones struck a power station in Ukraine, raising concern about the winter.",
            [("power_plant", "UA")],
        ),
    ],
)
def test_concern_that(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bridge's closure after an attack says it was shut, not hit
        ("Drone attack in Crimea prompts a brief bridge closure.", [("unspecified", "UA-43")]),
        # ... a bridge struck stays
        ("Drone attack damages a bridge in Crimea.", [("bridge", "UA-43")]),
    ],
)
def test_closure_after_attack(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry or a room of state called an office is no office building hit
        (
            "Speaking from the Oval Office, the president condemned the missile strike on Israel.",
            [("unspecified", "IL")],
        ),
        # ... an office struck stays commercial
        ("A missile strike hit an office in Kharkiv.", [("commercial", "Kharkiv")]),
    ],
)
def test_office_of_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child development centre is a place of childcare, a school
        ("Rockets struck a child development centre in southern Israel.", [("school", "IL")]),
        # ... not a development programme for children
        ("Rockets struck southern Israel, halting a child development programme.", [("unspecified", "IL")]),
    ],
)
def test_child_development_centre(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prosecutor's office is a state body's premises, not a business
        ("A blast went off inside the prosecutor's office in Kherson.", [("administrative", "Kherson")]),
        ("Drones struck the regional prosecutors' offices in Sumy.", [("administrative", "Sumy")]),
        # a person's office is an institution, no premises: only the house is hit
        (
            "The deputy head of the president’s office said a Russian missile hit a house in Kyiv.",
            [("residential", "Kyiv")],
        ),
        # a state body that announces, a day between, is a speaker
        (
            "The national prosecution office on Tuesday announced an inquiry after shelling killed a "
            "reporter near Chasiv Yar.",
            [("unspecified", "Chasiv Yar")],
        ),
        # near cases: offices of a business stay commercial
        ("Russian drones struck offices in Kharkiv.", [("commercial", "Kharkiv")]),
        ("A missile hit an office building in Dnipro.", [("commercial", "Dnipro")]),
    ],
)
def test_offices(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a run of attacks has hit over days is the campaign's toll, not this report's hit
        (
            "Russian missiles damaged a cathedral in Odesa. Russia attacked the city of Odesa again and kept "
            "up a barrage that has damaged critical port infrastructure in the south, officials said.",
            [("cultural_religious", "Odesa")],
        ),
        (
            "Russia struck the city of Odesa again on Sunday, keeping up a barrage of attacks that has "
            "damaged key port infrastructure over the past week.",
            [("unspecified", "Odesa")],
        ),
        # ... and so is what a side steps up its attacks on
        (
            "Three people were hurt in the latest strikes on Mykolaiv as Moscow increases attacks on vital "
            "port infrastructure.",
            [("unspecified", "Mykolaiv")],
        ),
        # near case: a barrage that damaged the port is a hit
        ("A barrage of missiles damaged port infrastructure in Odesa.", [("port", "Odesa")]),
    ],
)
def test_campaign_toll(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll summed over days is no one strike
        (
            "Russian strikes on Kharkiv wounded two. Russian airstrikes destroyed some 60,000 tonnes of "
            "grain in the space of five days, the ministry said.",
            [("unspecified", "Kharkiv")],
        ),
        # near case: one strike's grain
        (
            "Russian airstrikes destroyed some 60,000 tonnes of grain in Izmail on Monday, officials said.",
            [("agriculture", "Izmail")],
        ),
    ],
)
def test_toll_over_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the attack did, told after its drones were shot down, was a hit
        (
            "Air defences shot down 30 of 35 drones launched in an overnight attack that damaged residential "
            "buildings in Kyiv, officials said.",
            [("residential", "Kyiv")],
        ),
        # near case: an attack that only aimed at a place, all brought down, hit nothing
        ("Air defences shot down all 20 drones in an attack that targeted Kyiv.", []),
    ],
)
def test_attack_that_damaged_after_interception(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a theatre of the war is no stage
        (
            "The strikes on the grid, a major theater in the war, followed a drone attack on Kyiv.",
            [("power_grid", "Kyiv")],
        ),
        ("A missile hit a theater in Mariupol.", [("cultural_religious", "Mariupol")]),
        # buildings 'that house' nuclear fuel are the plant's, no homes
        (
            "Shelling damaged buildings that house fresh fuel at the Zaporizhzhia nuclear power plant.",
            [("power_plant", "Enerhodar")],
        ),
        ("Shelling damaged a house in Nikopol.", [("residential", "Nikopol")]),
        # a nuclear waste store is the nuclear plant's, not a business's warehouse
        (
            "Russia accused Ukraine of damaging a nuclear waste warehouse at the Kursk nuclear power plant.",
            [("power_plant", "Kurchatov")],
        ),
        ("Drones set a warehouse in Lviv on fire.", [("commercial", "Lviv")]),
    ],
)
def test_cue_words_of_another_sense(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside another target, 'at the port' says where it was
        ("A Russian missile attack damaged grain silos at the port in Odesa.", [("agriculture", "Odesa")]),
        # near cases: the port alone is the target
        ("A Russian missile attack damaged the port in Odesa.", [("port", "Odesa")]),
        ("Drones hit the port in Izmail.", [("port", "Izmail")]),
    ],
)
def test_at_the_port(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution's researchers who speak are the source, not a target
        (
            "Yale University researchers said residents of occupied regions were being targeted by a "
            "systematic campaign.",
            [],
        ),
        # near case: staff who speak after a hit on their university
        ("A missile hit the university in Kharkiv, staff said.", [("school", "Kharkiv")]),
    ],
)
def test_researchers_who_speak(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
