"""Places of the twenty-second session's place rules, on invented reports (headline, blank line, lead),
through `find_incidents` alone."""

from __future__ import annotations

from tagger_cases import typed_countries
from tagger_cases import typed_settlements as placed


def test_headline_settlement_places_a_country_only_incident_among_several_scenes() -> None:
    """The body names several settlements, so no one story scene: the headline's one settlement is where the
    lead's unnamed city lies."""
    text = (
        "Cafes stay open in Mykolaiv despite Russian onslaught.\n\n"
        "Repeated attacks this week on southern Ukrainian city stand in contrast with the life in its parks\n"
        "In Lviv and Poltava, people went to the theatre."
    )
    assert placed(text) == [("public_venue", "Mykolaiv", "UA-48")]


def test_headline_without_a_settlement_leaves_the_incident_in_the_country() -> None:
    text = (
        "Cafes stay open despite Russian onslaught.\n\n"
        "Repeated attacks this week on southern Ukrainian city stand in contrast with the life in its parks\n"
        "In Lviv and Poltava, people went to the theatre."
    )
    assert placed(text) == [("public_venue", None, None)]


def test_governor_of_a_described_region_places_what_they_report() -> None:
    """'the governor of the southern Ukrainian region of X said': the official speaks for the region they run,
    which places the homes hit, not the town the story's item before named."""
    text = (
        "War live: Russia pounds Bakhmut.\n\n"
        "Russian forces kept up their assault on Bakhmut on Thursday, Ukrainian officials said.\n"
        "The governor of the southern Ukrainian region of Mykolaiv said Russian missiles had also hit an "
        "apartment building."
    )
    assert placed(text) == [("residential", None, "UA-48"), ("unspecified", "Bakhmut", "UA-14")]


def test_a_settlement_of_its_own_still_places_what_the_governor_reports() -> None:
    text = (
        "War live: Russia pounds Bakhmut.\n\n"
        "Russian forces kept up their assault on Bakhmut on Thursday, Ukrainian officials said.\n"
        "The governor of the southern Ukrainian region of Mykolaiv said Russian missiles had also hit an "
        "apartment building in Ochakiv."
    )
    assert placed(text) == [("residential", "Ochakiv", "UA-48"), ("unspecified", "Bakhmut", "UA-14")]


def test_route_named_by_its_ends_is_placed_at_its_first_end() -> None:
    """'the Warsaw-Lublin railway line': the gazetteer reads the hyphenated word as one name; its ends are the
    route's places, the first standing for the one attack, not the saboteurs' masters' country."""
    text = (
        "Poland blames saboteurs for rail blast.\n\n"
        "Two men working for Russian intelligence carried out an act of sabotage on the Warsaw-Lublin "
        "railway line, the prime minister said."
    )
    assert typed_countries(text) == [("railway", "PL", "Warsaw")]


def test_hyphenated_names_before_no_route_word_name_no_place() -> None:
    text = (
        "Belarus blames saboteurs for rail blast.\n\n"
        "After the Warsaw-Lublin talks, two men carried out an act of sabotage on a railway line in Belarus, "
        "officials said."
    )
    assert typed_countries(text) == [("railway", "BY", None)]


def test_headline_target_placed_nowhere_is_at_the_one_settlement_its_lead_names() -> None:
    """'after Russia damaged a dam' names no place, not even a country (Russia is who acted): the lead's one
    settlement is where the dam was hit."""
    text = (
        "Officials urge evacuations after Russia damaged a dam.\n\n"
        "Floodwater rose along the river banks in the city of Kryvyi Rih, where residents moved to higher "
        "ground."
    )
    assert placed(text) == [("dam", "Kryvyi Rih", "UA-12")]


def test_headline_target_placed_nowhere_stays_unplaced_when_its_lead_names_two_settlements() -> None:
    text = (
        "Officials urge evacuations after Russia damaged a dam.\n\n"
        "Floodwater rose along the river banks in the cities of Kryvyi Rih and Nikopol, where residents "
        "moved to higher ground."
    )
    assert placed(text) == []


def test_capital_before_claim_is_the_side_that_claims_not_the_scene() -> None:
    """'denies Moscow claim': the capital's claim is its state's word, like 'Russian claims'; the soldiers
    were hit where the lead says."""
    text = (
        "Kyiv denies Moscow claim it killed 600 soldiers.\n\n"
        "Moscow has said it killed more than 600 Ukrainian troops in a missile strike in Kramatorsk."
    )
    assert placed(text) == [("military_site", "Kramatorsk", "UA-14")]


def test_capital_as_the_scene_of_a_claimed_attack_stays_the_scene() -> None:
    text = "Drone attack on Moscow claims two lives.\n\nTwo people died when a drone hit a house in Moscow."
    assert ("residential", "Moscow", "RU-MOW") in placed(text)
