"""Event days in long-form digests that split one story over several paragraphs: a paragraph that only tells
the harm of the attack just dated, or counts its dead again, keeps that attack's day; a paragraph with an
attack of its own, or after a day that dated no attack, keeps the report's week. Invented reports modelled on
the press's patterns, run through the rules (`find_incidents`)."""

from __future__ import annotations

from tagger_cases import typed_places_days as dated

_LEAD = (
    "War at a glance: what we know on day 760.\n\n"
    "Russia fired dozens of cruise missiles at Ukrainian cities on Friday, killing two people in Kyiv.\n"
)


def test_paragraphs_telling_only_the_harm_keep_the_attacks_day() -> None:
    """'Five people were injured in ...' and 'Homes were damaged in ...' on paragraphs of their own, after the
    dated attack: its harm, so its day (the report is of Saturday 23 March)."""
    text = _LEAD + (
        "Five people were injured in the southern region of Mykolaiv, and three were hurt in Khmelnytskyi.\n"
        "Homes were damaged in the city of Zaporizhzhia.\n"
    )
    found = dated(text)
    assert ("unspecified", "Khmelnytskyi", "2024-03-22", "day") in found
    assert ("residential", "Zaporizhzhia", "2024-03-22", "day") in found


def test_a_paragraph_with_an_attack_of_its_own_keeps_the_week() -> None:
    text = _LEAD + "Russian shelling injured five people in the city of Zaporizhzhia.\n"
    assert ("unspecified", "Zaporizhzhia", "2024-03-23", "week") in dated(text)


def test_a_day_that_dated_no_attack_is_not_carried_to_harm() -> None:
    """The day of a statement is no attack's: the harm in the next paragraph keeps the report's week."""
    text = (
        "War at a glance: what we know on day 760.\n\n"
        "The president said on Friday that talks with allies had gone well.\n"
        "Homes were damaged in the city of Zaporizhzhia.\n"
    )
    assert ("residential", "Zaporizhzhia", "2024-03-23", "week") in dated(text)


def test_the_dead_counted_again_keep_the_attacks_day() -> None:
    """'Four of the dead were killed in a strike on ...' counts the toll just told: the same attack's day."""
    text = _LEAD + "Four of the dead were killed in a strike on homes in the western Lviv region.\n"
    assert ("residential", "UA-46", "2024-03-22", "day") in dated(text)
    text = _LEAD + "Four people were killed in a strike on homes in the western Lviv region.\n"
    assert ("residential", "UA-46", "2024-03-23", "week") in dated(text)


def test_the_most_recent_of_a_series_is_dated_by_its_own_day() -> None:
    """'The most recent were on ...' picks the last of a series and is no time word ('recent', the week):
    the day the sentence goes on to state dates the refineries it names (the report is of 23 March)."""
    text = (
        "Ukraine steps up its refinery campaign.\n\n"
        "Since the start of March, Ukraine is believed to have carried out a dozen strikes on Russia's oil"
        " industry, and the pace shows no sign of slowing. The most recent were on refineries at Tuapse and"
        " at Syzran, a city in the Samara region, on March 20th."
    )
    found = dated(text)
    assert ("oil_refinery", "Syzran", "2024-03-20", "day") in found
    assert ("oil_refinery", "Tuapse", "2024-03-20", "day") in found


def test_recent_alone_still_leaves_the_week() -> None:
    text = "Drones recently hit a refinery in Tuapse, officials said."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "week")]


def test_the_attack_told_again_by_its_verb_dates_the_strike_before() -> None:
    """'The Russians attacked overnight on Thursday with ...' right after an undated strike retells it: the
    day dates the strike (the report is of Saturday 23 March); a passive 'X was hit on Thursday' may be
    another strike and dates nothing back."""
    text = (
        "War live: shelling goes on in the east.\n\n"
        "At least four people were killed after a Russian missile struck a school in the city of Kramatorsk,"
        " officials said. The Russians attacked overnight on Thursday with S-300 missiles, prosecutors said."
    )
    assert ("school", "Kramatorsk", "2024-03-21", "day") in dated(text)
    text = (
        "War live: shelling goes on in the east.\n\n"
        "At least four people were killed after a Russian missile struck a school in the city of Kramatorsk,"
        " officials said. A depot was hit on Thursday, prosecutors said."
    )
    assert ("school", "Kramatorsk", "2024-03-23", "week") in dated(text)


def test_a_capture_announced_later_on_a_day_dates_the_captures_just_told() -> None:
    """'Later on Friday, Kyiv said a third village had been taken': a statement's day opening the sentence
    (with 'later', 'earlier', 'late' or 'early' before it), so the announcement's day, which dates the
    captures told just before it (the report is of Saturday 23 March)."""
    lead = (
        "War at a glance: what we know on day 760.\n\n"
        "Ukraine's army said it had liberated the village of Staromaiorske in the Donetsk region."
    )
    text = lead + " Later on Friday, Kyiv said a second village, Urozhaine, had been taken."
    assert ("settlement_control", "Staromaiorske", "2024-03-22", "day") in dated(text)
    text = lead + " Later on Friday, Kyiv said shelling went on along the front."
    assert ("settlement_control", "Staromaiorske", "2024-03-23", "week") in dated(text)


def test_the_day_a_body_was_pulled_from_the_rubble_dates_the_strike_to_its_week() -> None:
    """'The toll of a strike ... has risen to 9, after another body was pulled from the rubble early on
    Friday': the day of the recovery, so the strike only to that day's week; a day the strike itself
    states is its day."""
    text = (
        "War live: rescuers search the ruins.\n\n"
        "The death toll from a Russian missile strike on a cafe in the city of Kramatorsk has risen to nine,"
        " after another body was pulled from the rubble early on Friday, emergency services said."
    )
    assert dated(text) == [("commercial", "Kramatorsk", "2024-03-22", "week")]
    text = (
        "War live: rescuers search the ruins.\n\n"
        "A Russian missile struck a cafe in the city of Kramatorsk early on Friday, killing nine people,"
        " emergency services said."
    )
    assert dated(text) == [("commercial", "Kramatorsk", "2024-03-22", "day")]
