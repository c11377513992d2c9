"""Event dates resolved against the report date (2024-03-23 is a Saturday)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.tagging.dates import find_date

REPORT = date(2024, 3, 23)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an announcement's weekday is the statement's (the tagger dates a capture by it to the day)
        ("Russia announced on Saturday the capture", (date(2024, 3, 23), "week")),
        # ... and so is a weekday said late or early
        ("Missiles struck the city, officials in Kyiv said late Saturday", (date(2024, 3, 23), "week")),
        ("Shelling went on, the governor said early on Thursday", (date(2024, 3, 21), "week")),
        # ... or named by its noun, or with a verb of saying after it
        ("Zelensky condemned the attacks in a Saturday post on X", (date(2024, 3, 23), "week")),
        ("The Kremlin on Thursday described the drone attack as desperate", (date(2024, 3, 21), "week")),
        # ... or by its medium or source
        (
            "A woman was wounded in Kherson, the governor said on Telegram on Wednesday",
            (date(2024, 3, 20), "week"),
        ),
        ("Gunfire was heard in Khartoum, according to news agencies on Tuesday", (date(2024, 3, 19), "week")),
        ("A railway line was blown up, a source told Reuters on Friday", (date(2024, 3, 22), "week")),
        ("The minister reported the attack on his Facebook account Tuesday", (date(2024, 3, 19), "week")),
        ("The White House on Tuesday reiterated its opposition to the strikes", (date(2024, 3, 19), "week")),
        (
            "In a statement on the Telegram app on Monday, the GUR said it retook the rigs",
            (date(2024, 3, 18), "week"),
        ),
        ("Zelenskiy said in a video address early on Friday", (date(2024, 3, 22), "week")),
        # a strike's weekday beside a future is the strike's (a weekday to come is none: test_no_date...)
        ("Russia will not declare martial law after Thursday's strike", (date(2024, 3, 21), "day")),
        ("A drone hit the house next to the school on Monday", (date(2024, 3, 18), "day")),
        ("Kyiv was hit on Thursday night", (date(2024, 3, 21), "day")),
        ("An attack last Saturday", (date(2024, 3, 16), "day")),
        ("On 31 July 2022, shelling hit Mykolaiv", (date(2022, 7, 31), "day")),
        ("Strikes on March 22 hit the dam", (date(2024, 3, 22), "day")),
        ("Strikes on December 30th hit the dam", (date(2023, 12, 30), "day")),
        ("Yesterday drones hit Odesa", (date(2024, 3, 22), "day")),
        ("Missiles struck Lviv overnight", (date(2024, 3, 23), "day")),
        # ... but a night named by its day is that day's
        ("Russia's overnight missile attack on Thursday hit Kyiv", (date(2024, 3, 21), "day")),
        ("Two were killed in Thursday's early morning missile attack", (date(2024, 3, 21), "day")),
        # ... and so is the night a statement dated to its day reports
        ("The governor said on Thursday that drones hit Kursk overnight", (date(2024, 3, 21), "day")),
        (
            "Ukraine earlier on Wednesday said Russia had attacked its grain silos overnight",
            (date(2024, 3, 20), "day"),
        ),
        ("Explosions were heard earlier this week", (date(2024, 3, 23), "week")),
        # 'recently' is days-old news: the report's week
        ("Russia recently captured Avdiivka", (date(2024, 3, 23), "week")),
        ("The depot burned last week", (date(2024, 3, 16), "week")),
        ("Blackouts in February", (date(2024, 2, 1), "month")),
        # 'last October' is last year's, 'this January' the report's year's
        ("Russia began its waves of attacks on the grid last October", (date(2023, 10, 1), "month")),
        ("The plant was hit this January", (date(2024, 1, 1), "month")),
        ("On 2024-03-20 the plant was hit", (date(2024, 3, 20), "day")),
        # the weekday of a statement dates the event only to its week; the event's own weekday wins
        ("Drones hit Odesa, officials said on Friday", (date(2024, 3, 22), "week")),
        ("The air force said on Friday that missiles hit Kyiv on Thursday", (date(2024, 3, 21), "day")),
        # ... but a weekday's own event is its day, whoever tells of it
        ("The governor said Thursday's attack lasted three hours", (date(2024, 3, 21), "day")),
        # ... and so is a weekday between the speaker and the verb of saying
        ("Putin on Friday accused Ukraine of the bridge blast", (date(2024, 3, 22), "week")),
        # ... and other verbs of statement: denying, dismissing, giving accounts
        ("Zelenskyy denied on Friday that the offensive had stalled", (date(2024, 3, 22), "week")),
        ("Kirby on Friday dismissed claims that drones hit Moscow", (date(2024, 3, 22), "week")),
        # ... announcing, claiming, appealing
        ("Russia's defence ministry announced Friday that drones hit Belgorod", (date(2024, 3, 22), "week")),
        ("The ministry claimed on Friday that Ukraine had attacked in Donetsk", (date(2024, 3, 22), "week")),
        ("Officials on Friday gave accounts of an attack late Thursday", (date(2024, 3, 21), "day")),
        # a span of days is no one day
        ("Strikes hit the city on Wednesday and Thursday", (date(2024, 3, 21), "week")),
        # the last 24 hours are the report's day
        ("Six people were killed in Kharkiv over the last 24 hours", (date(2024, 3, 23), "day")),
        # a weekday opening the sentence before the speaker and the verb of saying is the statement's day
        ("On Friday, Ukrainian officials said two people were killed", (date(2024, 3, 22), "week")),
        ("On Friday, a drone hit a school in Kharkiv, officials said", (date(2024, 3, 22), "day")),
        # holidays name their day
        ("Kyiv is rocked by explosions less than an hour into the new year", (date(2024, 1, 1), "day")),
        ("Drones hit Odesa on Christmas Day", (date(2023, 12, 25), "day")),
        ("Russia launches missiles on Ukrainian towns on Christmas", (date(2023, 12, 25), "day")),
        ("Zelensky speaks after NYE strike on Ukraine", (date(2023, 12, 31), "day")),
        # a stated year that puts a recent day ahead of the report is a slip for the report's year; a day
        # further off keeps the year it was given
        ("A missile attack on March 22, 2025 killed 11", (date(2024, 3, 22), "day")),
        ("The summit on July 11, 2025 will discuss air defence", (date(2025, 7, 11), "day")),
    ],
)
def test_find_date(sentence, expected):
    found = find_date(sentence, REPORT)
    assert found is not None
    assert (found.value, found.precision) == expected


def test_no_date_and_impossible_dates():
    assert find_date("Russian forces shelled Kharkiv", REPORT) is None
    assert find_date("On 31 February the grid failed", REPORT) is None
    # the war's start a span is counted from is no date of the event
    assert find_date("its largest attack since the start of the war in February 2022", REPORT) is None
    assert find_date("the worst strike since Russia's full-scale invasion in February 2022", REPORT) is None
    assert find_date("Ten drones may hit", REPORT) is None
    assert find_date("This may be the largest attack", REPORT) is None
    # the start of a span and the frame of a count are not the event's date
    assert find_date("The border area has come under fire since last month", REPORT) is None
    assert find_date("Drones target Moscow for the sixth time this month", REPORT) is None
    # a weekday to come: a meeting, a forecast
    assert find_date("Putin will hold a meeting on Monday after the bridge blast", REPORT) is None
    assert find_date("Flood waters are expected to peak on Wednesday", REPORT) is None
    assert find_date("Officials announced a curfew starting on Friday", REPORT) is None
