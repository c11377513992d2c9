"""The night or small hours of an attack as the sentence names them, for the date patterns (dates.py): the
report's own night, unless a day is named with it."""

from __future__ import annotations

from etl.tagging.calendarwords import WEEKDAY_ALTERNATION

# A night the sentence names by its day, a few words on or just before: 'Russia's overnight missile attack
# on Thursday', 'drones ... overnight into Saturday', 'the pre-dawn strikes on Thursday', "Thursday's early
# morning missile attack": that day's, read by the weekday pattern, not the report's.
DAYS_NIGHT = r"(?<!day['’]s\s)"
NIGHT_OF_DAY = (
    r"(?![^.;,:]{0,30}?\b(?:on|into|and\s+into)\s+"
    rf"(?:{WEEKDAY_ALTERNATION})\b)"
)


def night_pattern(weekday: str) -> str:
    """The night or small hours of an attack, named without a day (`weekday` the pattern of one right
    after it, which wins): the report's own night, as 'overnight'."""
    return (
        rf"{DAYS_NIGHT}\b(?:pre-?dawn|early[\s-]+morning|night-?time|late[\s-]+night|"
        r"(?:second|third|fourth|fifth|another)\s+(?:straight\s+|consecutive\s+)?night|"
        # a night named by what it was like: "a 'hellish night' in the port city", 'after a difficult night
        # of drones', 'residents spent a sleepless night in shelters'
        r"(?:hellish|difficult|sleepless|terrifying|terrible|horrific|harrowing|restless)\s+night|"
        r"night\s+of\s+(?:Russian\s+|Ukrainian\s+|heavy\s+|massive\s+)?"
        rf"(?:strikes|attacks|shelling|explosions|blasts|drone|missile|air))\b{NIGHT_OF_DAY}"
        rf"(?!\s+(?:of\s+|on\s+)?{weekday})"
        # 'In his late-night update, Zelenskiy wrote...': the time of a statement, not of an attack.
        r"(?!\s+(?:video\s+)?(?:update|address|speech|statement|message|post|briefing|remarks)s?\b)"
    )


def early_said_pattern(weekday: str, weekdays_ahead: str) -> str:
    """A statement made early on a day: 'the mayor said early on Tuesday that drones hit the city',
    'Russian authorities early Monday accused Kyiv of the attack'. Told in the report day's small hours, it
    is the night's news, dated to that day as 'overnight' is, not a statement's day kept to its week (the
    date patterns keep an earlier day's there: 'the governor said early on Thursday' in a Saturday's
    report). 'State media reported early on Wednesday' is not one: it relays a report of unknown time.
    `weekday` is the pattern of the day, `weekdays_ahead` the bare alternation for a look-ahead."""
    return (
        r"(?:\b(?:said|says|announced|stated|confirmed)\s+(?=early\b)|\b(?=early\s+(?:on\s+)?"
        rf"(?:{weekdays_ahead})\s+(?:said|announced|confirmed|accused|claimed)\b))"
        rf"early\s+(?:on\s+)?{weekday}\b(?!['’])"
    )
