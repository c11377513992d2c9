"""Event dates of the sentence rules where the text gives a date of something other than the attack it
tells (session 17): invented reports modelled on the press's patterns, run through `find_incidents`."""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_days

REPORTED = date(2023, 6, 10)  # a Saturday


def dated(text: str, reported: date = REPORTED) -> list[tuple[str, str, str, str]]:
    """As tagger_cases.typed_places_days, reported on this file's Saturday by default."""
    return typed_places_days(text, reported)


def test_a_recent_capture_in_a_relative_clause_does_not_date_the_attack() -> None:
    """'Bakhmut, which was taken by Wagner in May' tells the town's past: the offensive told outside the
    clause keeps the report's week, not May."""
    text = (
        "Counter-offensive gathers pace.\n\n"
        "Ukrainian troops launched an assault near Bakhmut, which was taken by Wagner fighters in May "
        "after months of fighting."
    )
    assert dated(text) == [("unspecified", "Bakhmut", "2023-06-10", "week")]


def test_a_recent_capture_last_month_in_a_relative_clause_does_not_date_the_attack() -> None:
    text = (
        "Counter-offensive gathers pace.\n\n"
        "Ukraine is attacking on two fronts: Bakhmut, which was captured by Russia last month; and Orikhiv."
    )
    assert ("unspecified", "Bakhmut", "2023-06-10", "week") in dated(text)


def test_a_relative_clause_of_the_attack_itself_keeps_its_day() -> None:
    """A relative clause that tells the attack ('the dam, which was damaged in explosions on 6 June') is
    the event's own day."""
    text = (
        "Floods spread downstream.\n\n"
        "Villages lie below the Kakhovka dam, which was badly damaged in explosions on June 6."
    )
    assert dated(text) == [("dam", "Nova Kakhovka", "2023-06-06", "day")]


def test_an_old_capture_in_a_relative_clause_still_makes_the_sentence_history() -> None:
    """A capture years back ('which was captured in March 2022') leaves the sentence background, as
    before: no incident."""
    text = (
        "Drones downed near nuclear plant.\n\n"
        "The plant, which was captured by Russian forces in March 2022, has been rocked by repeated drone "
        "attacks and shelling."
    )
    assert dated(text) == []


def test_an_official_telling_early_on_a_day_dates_the_attack_to_that_day() -> None:
    """'The mayor said early on Saturday that drones hit...': news officials give in a day's small hours is
    of that night, dated to the day as 'overnight' is."""
    text = (
        "Drones hit Kharkiv.\n\n"
        "The mayor of Kharkiv said early on Saturday that three drones hit a dormitory in the city."
    )
    assert dated(text) == [("residential", "Kharkiv", "2023-06-10", "day")]


def test_authorities_early_on_a_day_accusing_date_the_attack_to_that_day() -> None:
    text = (
        "Moscow blames Kyiv.\n\nRussian authorities early Saturday accused Kyiv of a drone attack on Moscow."
    )
    assert dated(text) == [("unspecified", "Moscow", "2023-06-10", "day")]


def test_an_official_telling_on_a_day_keeps_the_attack_to_its_week() -> None:
    """Without 'early' the weekday is the statement's, the attack dated only to its week (the guide)."""
    text = (
        "Drones hit Kharkiv.\n\n"
        "The mayor of Kharkiv said on Saturday that three drones hit a dormitory in the city."
    )
    assert dated(text) == [("residential", "Kharkiv", "2023-06-10", "week")]


def test_media_reporting_early_on_a_day_keep_the_attack_to_its_week() -> None:
    """'State media reported early on Saturday' relays a report of unknown time: the week, as before."""
    text = (
        "Planes damaged at airfield.\n\n"
        "A drone attack on an airfield in Pskov damaged two transport planes, state media reported early on "
        "Saturday."
    )
    assert dated(text) == [("airport", "Pskov", "2023-06-10", "week")]


def test_an_official_telling_early_on_an_earlier_day_keeps_the_attack_to_its_week() -> None:
    """'Early on Thursday' in a Saturday's report is an earlier day's statement: the week, as before."""
    text = (
        "Drones hit Kharkiv.\n\n"
        "The mayor of Kharkiv said early on Thursday that three drones hit a dormitory in the city."
    )
    assert dated(text) == [("residential", "Kharkiv", "2023-06-08", "week")]


def test_the_days_attack_a_statement_names_dates_the_attack_told_before() -> None:
    """ "The governor said Friday's attack lasted three hours" dates the port hit told just before it, as
    'Friday's attack lasted three hours' does."""
    text = (
        "Drones pound Danube port.\n\n"
        "Russian drones struck the port of Izmail, officials said. "
        "The governor said Friday's attack lasted three hours."
    )
    assert ("port", "Izmail", "2023-06-09", "day") in dated(text)
