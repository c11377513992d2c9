"""Event days the tagger gives an incident where the text states the day apart from the target's own
sentence, names the night by what it was like or the day by its holiday, or counts attacks in a month or week:
invented reports modelled on the press's patterns, run through the rules (`find_incidents`)."""

from __future__ import annotations

from datetime import date

from tagger_cases import typed_places_days as dated


def test_bare_attack_dates_the_target_hit_in_its_place() -> None:
    """A dated bare attack on a place and a target hit there in another paragraph are one strike: the
    target takes the bare attack's day, not the report's week."""
    text = (
        "Toll of Makiivka strike rises.\n\n"
        "Russia says 30 soldiers died in a Ukrainian strike on Makiivka on Wednesday.\n"
        "A barracks in occupied Makiivka was destroyed, officials said."
    )
    assert dated(text) == [("military_site", "Makiivka", "2024-03-20", "day")]


def test_undated_bare_attack_leaves_the_target_at_the_week() -> None:
    text = (
        "Toll of Makiivka strike rises.\n\n"
        "Russia says 30 soldiers died in a Ukrainian strike on Makiivka.\n"
        "A barracks in occupied Makiivka was destroyed, officials said."
    )
    assert dated(text) == [("military_site", "Makiivka", "2024-03-23", "week")]


def test_capture_dated_by_the_announcement_a_later_sentence_gives() -> None:
    """A capture is dated by its announcement: the day a later sentence says it was announced dates the
    headline's capture to that day."""
    text = (
        "Moscow claims capture of Avdiivka.\n\n"
        "On Friday, the defence ministry said its forces had taken full control of the town."
    )
    assert dated(text) == [("settlement_control", "Avdiivka", "2024-03-22", "day")]


def test_statement_day_without_a_capture_leaves_the_capture_at_the_week() -> None:
    text = "Moscow claims capture of Avdiivka.\n\nOn Friday, the defence ministry said shelling went on."
    assert dated(text) == [("settlement_control", "Avdiivka", "2024-03-23", "week")]


def test_lead_telling_another_event_also_does_not_date_the_headline() -> None:
    """A lead that says what 'also' happened on a day tells another event: the headline's keeps the report's
    week; a lead without 'also' dates it."""
    text = (
        "Russian missiles hit Odesa port.\n\n"
        "Ukrainian drones also struck an ammunition depot in the Donetsk region on Thursday."
    )
    assert ("port", "Odesa", "2024-03-23", "week") in dated(text)
    text = "Russian missiles hit Odesa port.\n\nThe missiles struck the port's grain terminal on Thursday."
    assert ("port", "Odesa", "2024-03-21", "day") in dated(text)


def test_the_attack_told_again_dates_back_up_to_three_days() -> None:
    """'The strike on Wednesday' in a Saturday's report dates the target told just before it; a day four
    days back names an earlier event and dates nothing. (People killed: 'killed 30 soldiers' would be a
    target of its own, soldiers hit where they were, dated by its own day; see
    tests/test_tagger_military_territory_more.py.)"""
    text = (
        "Toll of Makiivka strike rises.\n\n"
        "A barracks in occupied Makiivka was destroyed, officials said. "
        "The strike on Wednesday killed 30 people."
    )
    assert dated(text) == [("military_site", "Makiivka", "2024-03-20", "day")]
    text = text.replace("Wednesday", "Tuesday")
    assert dated(text) == [("military_site", "Makiivka", "2024-03-23", "week")]


def test_a_day_to_come_leaves_the_next_attacks_day_to_carry() -> None:
    """A date after the report's ('a festival on 24 March' told on 23 March) is no day of the story: the
    day an attack is told on next still dates the undated sentence after it."""
    text = (
        "The war at a glance.\n\n"
        "Shelling reported near Kherson; the city plans a spring festival on 24 March for the first time.\n"
        "Russian shelling struck the Kherson region on Friday, killing one person, officials said. "
        "Russian forces also shelled a power station in Kurakhove, cutting electricity to the town."
    )
    assert ("power_plant", "Kurakhove", "2024-03-22", "day") in dated(text)


def test_without_a_stated_day_the_paragraph_stays_at_the_week() -> None:
    text = (
        "The war at a glance.\n\n"
        "Shelling reported near Kherson; the city plans a spring festival on 24 March for the first time.\n"
        "Russian shelling struck the Kherson region, killing one person, officials said. "
        "Russian forces also shelled a power station in Kurakhove, cutting electricity to the town."
    )
    assert ("power_plant", "Kurakhove", "2024-03-23", "week") in dated(text)


def test_today_quoted_from_a_weekday_address_is_that_weekday() -> None:
    """'Today' in a quote from an address the text dates by its weekday ('in his Friday evening address',
    told on Saturday) is that Friday, not the report's day."""
    text = (
        "President urges faster aid.\n\n"
        "“Today, the Russian army has been shelling Kherson all day,” the president said in his Friday "
        "evening address."
    )
    assert dated(text) == [("unspecified", "Kherson", "2024-03-22", "day")]


def test_today_without_a_dated_address_is_the_report_day() -> None:
    text = (
        "President urges faster aid.\n\n"
        "“Today, the Russian army has been shelling Kherson all day,” the president said in his "
        "evening address."
    )
    assert dated(text) == [("unspecified", "Kherson", "2024-03-23", "day")]


def test_a_day_told_with_drones_downed_dates_the_damage_told_next() -> None:
    """A sentence telling only of a drone downed on a day (no attack word) still sets its paragraph's day:
    the damage the next sentence tells was done then."""
    text = (
        "The war at a glance.\n\n"
        "The ministry said its air force had downed a drone over Moscow early Thursday morning. "
        "Footage showed damage to an exhibition centre in Moscow."
    )
    assert dated(text) == [("public_venue", "Moscow", "2024-03-21", "day")]


def test_a_weapon_held_on_a_day_dates_nothing_told_next() -> None:
    text = (
        "The war at a glance.\n\n"
        "A soldier holds an antitank missile Thursday in the Donetsk region. "
        "Footage showed damage to an exhibition centre in Moscow."
    )
    assert dated(text) == [("public_venue", "Moscow", "2024-03-23", "week")]


def test_the_attack_named_past_a_paragraph_break_keeps_its_day() -> None:
    # a digest's next paragraph that names 'the strikes' just told speaks of them: their Friday
    text = (
        "War at a glance.\n\n"
        "Russia fired a wave of missiles at Ukraine on Friday morning, officials said.\n"
        "The strikes hit homes in Lviv and Odesa, regional governors said."
    )
    assert ("residential", "Lviv", "2024-03-22", "day") in dated(text)


def test_a_paragraph_of_another_story_keeps_the_report_week() -> None:
    # no definite 'the attack': the next paragraph is a story of its own
    text = (
        "War at a glance.\n\n"
        "Russia fired a wave of missiles at Ukraine on Friday morning, officials said.\n"
        "Drones hit homes in Lviv and Odesa, regional governors said."
    )
    assert ("residential", "Lviv", "2024-03-23", "week") in dated(text)


def test_a_paragraph_that_told_its_own_attack_first_keeps_the_report_week() -> None:
    # 'the attack' there is the paragraph's own shelling, told just before without a day
    text = (
        "War at a glance.\n\n"
        "Russia fired a wave of missiles at Ukraine on Friday morning, officials said.\n"
        "Artillery shelled a market in Shebekino, the governor said. "
        "He said the attack set fire to homes in the town."
    )
    assert ("residential", "Shebekino", "2024-03-23", "week") in dated(text)


def test_an_attack_named_by_the_new_year_is_the_first_day() -> None:
    text = "A New Year drone attack hit a market in Donetsk, officials said."
    assert dated(text, date(2024, 1, 2)) == [("commercial", "Donetsk", "2024-01-01", "day")]


def test_the_new_year_is_no_day_of_an_attack_it_does_not_name() -> None:
    # 'the new year' of a wish, the attack told past it undated: the report's week
    text = "As the new year began, a drone attack hit a market in Donetsk, officials said."
    assert dated(text, date(2024, 1, 5)) == [("commercial", "Donetsk", "2024-01-05", "week")]


def test_a_night_named_by_what_it_was_like_is_the_report_night() -> None:
    text = "A sleepless night in Kharkiv as Russian drones hit apartment blocks."
    assert dated(text) == [("residential", "Kharkiv", "2024-03-23", "day")]


def test_such_a_night_named_with_its_day_is_that_day() -> None:
    # the weekday named with the night wins: Thursday's, not the report's
    text = "After a sleepless night on Thursday, residents of Kharkiv counted apartment blocks hit by drones."
    assert dated(text) == [("residential", "Kharkiv", "2024-03-21", "day")]


def test_reaction_day_before_amid_leaves_the_attack_its_week() -> None:
    # the Friday is the cancelled visit's; the attack past 'amid' is dated by no word of the sentence
    text = "He cancelled a trip on Friday amid reports of a missile attack on a power plant in Kharkiv."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-23", "week")]


def test_attack_told_before_amid_keeps_its_day() -> None:
    # the main clause tells of the attack itself: its Friday is the strike's
    text = "Missiles hit a power plant in Kharkiv on Friday amid a wave of strikes across the country."
    assert dated(text) == [("power_plant", "Kharkiv", "2024-03-22", "day")]


def test_the_day_of_a_claim_named_by_its_noun_is_the_statement_week() -> None:
    # 'claims on Thursday' are the statement's day: the fighting it denies keeps to the week
    text = (
        "Fighting went on in Shebekino despite the ministry's claims on Thursday to have repelled the raid."
    )
    assert [d[2:] for d in dated(text)] == [("2024-03-21", "week")]


def test_the_week_of_a_first_time_is_the_event_week() -> None:
    # the day before is another sentence's; 'this week' dates this one's strike, not a count's frame
    text = (
        "Russian drones hit Kyiv on Thursday. Ukraine used its new missiles for the first time this week "
        "to strike an airfield in Berdiansk."
    )
    assert ("airport", "Berdiansk", "2024-03-23", "week") in dated(text)


def test_the_month_of_a_count_is_no_date_of_the_event() -> None:
    # 'for the sixth time this month' frames a count: the week of the report, not the month
    text = "Drones hit a refinery in Tuapse for the sixth time this month."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "week")]


def test_the_month_an_ordinal_counts_in_is_no_date_of_the_attack() -> None:
    text = "Drones hit a refinery in Tuapse in the fifth attack on it this month."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "week")]


def test_a_month_with_no_count_dates_the_attack() -> None:
    text = "Drones hit a refinery in Tuapse this month."
    assert dated(text) == [("oil_refinery", "Tuapse", "2024-03-23", "month")]
