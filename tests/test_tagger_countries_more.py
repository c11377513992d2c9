"""The country of an attack the text places by who made it or whose land it was: a side's forces named by
what its enemy calls them ('occupiers', 'terrorists') are the attacker, not the scene; a state's attack on
'its own' city falls in that state; Siberia is in Russia. Short invented reports through `find_incidents`
alone."""

from __future__ import annotations

from datetime import date

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def countries(text: str) -> list[tuple[str, str | None, str | None]]:
    """(target type, place, country code) per incident."""
    doc = Document("t", REPORTED, text)
    return sorted((i.target_type, i.place, i.country_code) for i in find_incidents(doc, named_events=()))


def test_terrorists_of_a_side_are_the_attacker_not_the_scene() -> None:
    """'Russian terrorists' fired the rockets, as 'Russian forces' would have: the homes were hit where the
    story is, not in Russia."""
    text = (
        "Shelling hit Kherson on Friday. Four people were found dead under the rockets of Russian terrorists "
        "who fired at residential buildings, the mayor said."
    )
    assert ("residential", "Kherson", "UA") in countries(text)
    assert all(country != "RU" for _, _, country in countries(text))


def test_occupiers_of_a_side_are_the_attacker_not_the_scene() -> None:
    text = (
        "Shelling hit Kherson on Friday. Russian occupiers fired at residential buildings again, "
        "the mayor said."
    )
    assert all(country != "RU" for _, _, country in countries(text))


def test_a_place_named_after_the_attackers_stays_the_scene() -> None:
    """Only the demonym before the word is the attacker: the city named is still the scene."""
    text = "Russian terrorists shelled residential buildings in Kharkiv on Tuesday."
    assert countries(text) == [("residential", "Kharkiv", "UA")]


def test_a_state_bombing_its_own_city() -> None:
    """The object 'one of its own cities' right after the attack puts it in the state that made it."""
    assert countries("Russian jet bombs its own city by mistake.") == [("unspecified", None, "RU")]
    assert countries("Russian jet bombs one of its own cities by mistake.") == [("unspecified", None, "RU")]


def test_own_people_is_no_land() -> None:
    """'its own people' says nothing of where: not read as the attacker's own land."""
    assert ("unspecified", None, "RU") not in countries("Russian jet bombs its own people by mistake.")


def test_siberia_is_russia() -> None:
    """Siberia is no first-level region, but a part of Russia the press names as a scene."""
    text = "Ukrainian saboteurs blew up a freight train in Siberia, a source said."
    assert countries(text) == [("railway", None, "RU")]
    assert countries("A gunman opened fire in an army recruitment office in Siberia on Monday.") == [
        ("military_site", None, "RU")
    ]


def test_a_pipeline_named_after_siberia_is_no_attack() -> None:
    assert countries("Gas flows through the Power of Siberia pipeline hit a record.") == []


def test_a_part_of_the_country_leaves_the_story_its_town() -> None:
    """'on Ukraine's eastern frontline' names a part of the country, not the whole struck: the homes take
    the one town the story is told in."""
    text = (
        "A Bakhmut grandmother lost her kitchen last week.\n\n"
        "Apartment blocks on Ukraine's eastern frontline are pocked by shell blasts."
    )
    assert countries(text) == [("residential", "Bakhmut", "UA")]


def test_the_whole_country_struck_keeps_its_country() -> None:
    """'across Ukraine', 'across Ukraine's cities': the whole country, not the story's town."""
    for struck in ("Ukraine", "Ukraine's cities"):
        text = (
            "A Bakhmut grandmother lost her kitchen last week.\n\n"
            f"Russian missiles hit apartment blocks across {struck} overnight."
        )
        assert countries(text) == [("residential", None, "UA")]
