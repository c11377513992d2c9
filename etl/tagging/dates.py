"""Event dates from a sentence, resolved against the report date, with an honest precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from etl.tagging.calendarwords import MONTH_NAMES, MONTHS, WEEKDAY_ALTERNATION, WEEKDAYS
from etl.tagging.holidays import HOLIDAY, HOLIDAYS
from etl.tagging.nights import DAYS_NIGHT, NIGHT_OF_DAY, early_said_pattern, night_pattern
from etl.tagging.previousday import previous_day_before
from etl.tagging.spandates import starts_span
from etl.tagging.tocome import to_come

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A month written out with its capital ('this May', not 'this may be'), whatever the pattern's case
_NAMED_MONTH = r"(?-i:(?P<month>" + "|".join(names[0].capitalize() for names in MONTH_NAMES) + r"))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + WEEKDAY_ALTERNATION + r")"
# 'officials said on Sunday': the day of the statement, not of the event it reports, which is only as
# close as the statement's week; an event's own weekday elsewhere in the sentence wins.
_NOT_SAID = "".join(
    # 'officials in Kyiv said late Saturday', 'the analyst said late on Saturday'
    rf"(?<!\b{verb} {when})"
    for when in ("", "on ", "late ", "late on ", "early ", "early on ")
    for verb in (
        "said",
        "says",
        "say",
        "told reporters",
        "reported",
        "added",
        "stated",
        "confirmed",
        # 'Zelenskyy denied on Saturday that the counter-offensive had stalled'
        "denied",
        "dismissed",
        "acknowledged",
        "admitted",
        "insisted",
        # 'the country's defense ministry announced Saturday', 'the Russian defence ministry claimed on Monday
        # that Ukraine had begun a large-scale military operation', 'UN observers appealed on Wednesday'
        "announced",
        "claimed",
        "appealed",
        # 'The Russian armed forces declared on Sunday that they had launched a new offensive'
        "declared",
        # 'despite the ministry's claims on Thursday to have repelled the raid': the noun of a statement
        "claims",
    )
)
# 'Putin on Sunday accused Ukraine of the blast': a weekday between the speaker and the verb of saying is
# also the statement's day; not a strike's that 'claimed lives' ('a missile strike on Saturday claimed at
# least 40 lives': the toll of the event told, the day its own).
_NOT_SAYING = (
    r"(?!\s+(?:said|says|accused|announced|claimed(?!\s+(?:the\s+)?(?:lives|(?:at\s+least\s+)?[\w-]+\s+lives)\b)|warned|denied|confirmed|reported|blamed|condemned|"
    # 'Kirby on Thursday dismissed the suggestion', 'officials on Tuesday gave conflicting accounts of an
    # attack late Monday', 'Biden on Monday joined a chorus of condemnation'
    r"vowed|told|dismissed|rejected|denied|gave|joined|insisted|acknowledged|admitted|urged|pledged|"
    # 'The Kremlin on Monday described a drone attack on Moscow as an "act of desperation"', 'The White House
    # on Tuesday reiterated its opposition to attacks', 'President Biden on Friday issued a scathing
    # statement'; 'the rights chief on Tuesday called for an inquiry into the deaths' (the call's day)
    r"described|declared|reiterated|issued|suggested|called)\b)"
    # 'Zelensky condemned attacks on Israel by Hamas in a Saturday post on X', 'Special Operation Forces
    # said in a Monday statement': the day of a statement named by its noun
    r"(?!\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:post|statement|message|interview|speech|tweet)s?\b)"
)
# 'On Wednesday, Ukrainian officials said two people were killed': a weekday opening the sentence, with the
# speaker and the verb of saying right after it, is the statement's day too; so with 'later', 'earlier',
# 'late' or 'early' before it ('Later on Sunday, Kyiv said a third village had been taken').
_FRONTED_SAID = (
    rf"^\W*(?:(?:later|earlier|late|early)\s+)?(?:on\s+)?{_WEEKDAY},\s+(?:[\w'’-]+\s+){{1,4}}?"
    r"(?:said|says|told|announced|reported|claimed|confirmed|stated)\b"
)
# 'on Tuesday and Wednesday', 'from Monday to Wednesday': a span of days is no one day, only its week.
_WEEKDAY_SPAN = (
    rf"\b(?:{WEEKDAY_ALTERNATION})\s+(?:and|or|to|through)\s+"
    rf"{_WEEKDAY}\b"
)


# The counts of days the phrases spell out ('two days ago', 'three days after')
DAY_COUNTS = {"two": 2, "three": 3}


# Nor the day in a newsletter's or the papers' name: 'Your Tuesday Briefing: Kyiv is Attacked by Iranian-Made
# Drones', 'School hit in Kyiv - Sunday\'s round-up', 'Friday evening news briefing', "Many of Monday's front
# pages lead on ... a missile strike in Ukraine", 'Tuesday Afternoon Update: Dam In Ukraine Is Destroyed' (the
# issue's day, often the day after the report's); nor an address's ('in his Thursday evening address').
_NEWSLETTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:news\s+)?"
    r"(?:briefing|round-?up|newsletter|edition|digest|update|(?:news)?papers|front\s+pages|address)\b",
    re.IGNORECASE,
)

_NIGHT = night_pattern(_WEEKDAY)
_EARLY_SAID = early_said_pattern(_WEEKDAY, WEEKDAY_ALTERNATION)

# Order matters: the first pattern that matches in a sentence wins.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in [
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
        ("mdy", rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
        ("holiday", HOLIDAY),
        ("yesterday", r"\byesterday\b"),
        # 'Two days ago, a couple of Russian shells landed on the house'
        ("days_ago", r"\b(?P<days>two|three)\s+days\s+ago\b"),
        ("today", r"\b(?:today|this morning|this afternoon|this evening|tonight|earlier today)\b"),
        # 'killed in Kharkiv over the last 24 hours', 'Within the last few hours air defences shot down
        # drones': the day of the report
        (
            "today",
            r"\b(?:over|in|during|within) the (?:past|last|previous) "
            r"(?:24 hours|day|(?:few|several|couple of) hours)\b",
        ),
        (
            "overnight",
            rf"{DAYS_NIGHT}\b(?:last night|overnight|during the night|late on|early on)\b"
            rf"(?!\s+{_WEEKDAY}){NIGHT_OF_DAY}",
        ),
        # 'Pre-dawn Russian air raid kills 1 in Kyiv', 'Russia\'s early morning attack on Kyiv', 'a nighttime
        # attack', 'Third night of Russian drone raids', 'five injured after night of strikes', 'Zelenskyy
        # visits troops after night of Russian strikes': the night before the report, as 'overnight' (a
        # weekday right after it, 'early morning Sunday', wins).
        ("overnight", _NIGHT),
        # 'the mayor said early on Tuesday': the report day's small hours, as 'overnight' (nights.py)
        ("early_weekday", _EARLY_SAID),
        ("last_weekday", rf"\blast\s+{_WEEKDAY}\b"),
        ("weekday_span", _WEEKDAY_SPAN),
        ("said_weekday", _FRONTED_SAID),
        # (the look-ahead first: the hundred look-behinds are tried only where a weekday starts)
        ("weekday", rf"\b(?={WEEKDAY_ALTERNATION}){_NOT_SAID}{_WEEKDAY}\b{_NOT_SAYING}"),
        # 'The governor said Thursday's attack lasted three hours', 'The Kyiv City Military Administration
        # said Tuesday's attack ... was a complex strike': the day of the event told of, not of the telling
        ("weekday", rf"\b{_WEEKDAY}['’]s\b"),
        ("said_weekday", rf"\b{_WEEKDAY}\b"),
        # 'An explosion a day earlier partly damaged the span', 'the missile strike ... that killed seven
        # people and wounded over a hundred others the day before': the day before the report, as 'yesterday'
        # (after the weekdays: 'The bombardment of Belgorod on Saturday, apparently in response to an enormous
        # air assault by Moscow a day earlier' is Saturday's; 'the day before Russia attacked' is no such day)
        (
            "yesterday",
            r"\b(?:(?:a|one)\s+day\s+earlier|the\s+previous\s+day|the\s+day\s+before(?=\s*(?:[.,;:)]|$)))",
        ),
        ("last_week", r"\blast week\b"),
        (
            "this_week",
            r"\b(?:earlier this week|this week|in recent days|in the past few days|"
            r"over the past (?:few|several) days|"
            r"in the past week|over the weekend|at the weekend|"
            # 'forces recently advanced in Zaporizhia', 'the recently liberated village was shelled': news
            # calls days-old events recent, and a 'recently' background leaves the event undated; not the
            # superlative that picks the last of a series the words go on to date ('The most recent were on
            # refineries at Krasnodar and Syzran, a city in the Samara region, on August 30th')
            r"(?<!\bmost\s)recent(?:ly)?)\b",
        ),
        ("last_month", r"\blast month\b"),
        (
            "this_month",
            r"\b(?:earlier this month|this month|in recent weeks|"
            r"over the past (?:few|several) weeks)\b",
        ),
        # 'Last October, Russia began relentless waves of attacks' (November 2023), 'a tanker intercepted in
        # the Atlantic last October' (January 2026): the month of the report's previous year; 'this
        # January' the report's own
        ("last_or_this_month", rf"\b(?P<which>last|this)\s+{_NAMED_MONTH}(?!\s+[0-3]?\d\b)"),
        ("month_name", rf"\b(?:in|during|early|late|mid-?)\s*{_MONTH}(?:\s+{_YEAR})?\b"),
    ]
)


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date, how precise it is, and where in the sentence it was read (None: the default)."""

    value: date
    precision: str
    span: tuple[int, int] | None = None
    stated: bool = False  # the weekday of a statement ('said on Sunday'), kept to the week


# A stated year ahead of the report is read as a slip only when the day it names fell this recently
SLIP_DAYS = 31


def default_date(report_date: date) -> EventDate:
    """No date in the text: the report date, but only to the week, since news reports the last few days."""
    return EventDate(report_date, "week")


_CALENDAR = ("iso", "dmy", "mdy")
# A picture's or video's release date, as a caption gives it: 'in this picture released on June 22, 2023',
# 'in this handout photo taken from video released by the Governor of Sevastopol Mikhail Razvozhaev on April
# 29, 2023': the day of a statement, dating the event it shows only to its week as 'said on Friday'; so is a
# weekday of a statement named by its medium or source ('the region's governor said on Telegram on
# Wednesday', 'according to news agencies on Tuesday', 'an updated casualty list provided by Volodymyr
# Zelenskiy on Tuesday', 'confirmed by the presidential administration on Thursday morning', 'a Ukrainian
# source told Reuters on Friday', 'reported the attack on his Facebook account Tuesday', 'the minister posted
# on the Telegram messaging app on Wednesday morning')
_STATED_ON = re.compile(
    r"(?:\b(?:released|published|posted)\b(?:\s+by\b[^,;:]*?)?\s+on|"
    r"\b(?:said|says|wrote|posted)\s+(?:in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|address|interview|speech|video|message|briefing|update)|"
    r"on\s+(?:(?:its|his|her|the)\s+)?(?:Telegram|Facebook|X|Twitter|social\s+media|television|state\s+TV)"
    r"(?:\s+(?:channel|account|page|messaging\s+app|social\s+media\s+platform))?)\s+on|"
    r"\baccording\s+to\s+(?:[\w'’-]+\s+){1,6}?on|"
    r"\b(?:confirmed|provided|reported|announced)\s+by\b[^,;:]*?\s+on|"
    r"\btold\s+(?:(?!that\b)[\w'’.-]+\s+){1,6}?(?:on)?|"
    r"\bon\s+(?:its|his|her|their)\s+(?:Telegram|Facebook|Twitter|Instagram)\s+(?:channel|account|page)(?:\s+on)?|"
    # 'In a statement on the Telegram messaging app on Monday, the GUR said', 'it said in a statement issued
    # just after 1 am in Moscow on Wednesday', 'Zelenskiy said in a video address early on Friday'
    r"\bin\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|video\s+address)\b"
    r"(?:\s+(?:issued|published|posted|on|via)\b[^,;:]*?)?(?:\s+(?:early|late))?\s+on|"
    # 'The office of the president stated Friday, January 27, a new shelling killed ten': the statement's
    # weekday and its date
    r"\b(?:said|stated|announced|reported|confirmed)\s+(?:on\s+)?"
    rf"(?:{WEEKDAY_ALTERNATION}),?|"
    # 'The death toll from a missile strike on a block of flats rose to 30 on Sunday': the day of a count,
    # which dates the strike counted only to its week
    r"\b(?:rose|risen|climbed|jumped|increased)\s+to\s+(?:at\s+least\s+)?\d[\d,]*"
    r"(?:\s+(?:people|dead|deaths))?(?:\s+on)?|"
    # 'The death toll ... has risen to 12, after another body was pulled from the rubble early on Thursday':
    # the day of a recovery, which dates the strike only to its week
    r"\b(?:pulled|recovered|retrieved|found)\s+(?:from|under|in)\s+(?:the\s+)?(?:rubble|debris|ruins)"
    r"(?:\s+(?:early|late))?(?:\s+on)?)\s+$",
    re.IGNORECASE,
)
STATED_REACH = 80  # characters before a date searched for its statement


# The day a statement of the night's attack was made: 'from an overnight Ukrainian strike on the Russian
# border village of Suzemka, the governor of Russia's western Bryansk region said on Sunday', 'Ukraine earlier
# on Wednesday said Russia had attacked its grain storage facilities overnight', "Ukraine's air force said on
# Sunday morning that it had destroyed 20 drones ... that Russia launched overnight": the night before it.
_NIGHT_SAID_ON = re.compile(
    rf"\b(?:(?:said|says|reported|announced|stated|confirmed)\s+(?:(?:early|late)\s+)?(?:on\s+)?{_WEEKDAY}|"
    rf"on\s+(?P<day>{WEEKDAY_ALTERNATION})\s+"
    r"(?:said|reported|announced|confirmed))\b",
    re.IGNORECASE,
)


def _night_said_on(sentence: str, report: date | None) -> date | None:
    """The day the sentence says its statement was made, which dates the night it reports (the night before
    it ends that day), or None."""
    m = _NIGHT_SAID_ON.search(sentence)
    if m is None or report is None:
        return None
    weekday = next(w for w in m.groups() if w)
    return report - timedelta(days=(report.weekday() - WEEKDAYS[weekday.lower()]) % 7)


@lru_cache(maxsize=4096)  # several rules read one sentence's date (event date, file photo, history)
def find_date(sentence: str, report_date: date | None) -> EventDate | None:
    """The first date expression of the sentence resolved against the report date, or None."""
    for kind, rx in PATTERNS:
        for m in rx.finditer(sentence):
            if starts_span(sentence, m.start()) or _NEWSLETTER.match(sentence, m.end()):
                continue
            if kind in ("weekday", "said_weekday", "today") and to_come(sentence, m, kind):
                continue
            resolved = _resolve(kind, m, report_date)
            said_on = _night_said_on(sentence, report_date) if kind == "overnight" else None
            if said_on is not None:
                return EventDate(said_on, "day", m.span())
            if resolved is not None:
                value, precision = resolved
                if kind in (*_CALENDAR, "weekday", "said_weekday") and (
                    before := previous_day_before(sentence, m.start(), value)
                ):
                    return EventDate(before[0], "day", before[1])
                if kind in (*_CALENDAR, "weekday", "early_weekday") and _STATED_ON.search(
                    sentence, max(0, m.start() - STATED_REACH), m.start()
                ):
                    return EventDate(value, "week", m.span(), True)
                if kind == "early_weekday" and value != report_date:
                    return EventDate(value, "week", m.span(), True)  # an earlier day's statement
                return EventDate(value, precision, m.span(), kind == "said_weekday")
    return None


def _resolve(kind: str, m: re.Match[str], report: date | None) -> tuple[date, str] | None:
    groups = m.groupdict()
    if kind in ("iso", "dmy", "mdy"):
        return _calendar_date(groups, report)
    if report is None:
        return None
    if kind == "holiday":
        month, day = next(HOLIDAYS[name] for name, text in groups.items() if text and name in HOLIDAYS)
        return date(_year_before(report, month, day), month, day), "day"
    if kind == "last_or_this_month":
        year = report.year - 1 if str(groups["which"]).lower() == "last" else report.year
        return date(year, MONTHS[str(groups["month"]).lower()], 1), "month"
    if kind == "month_name":
        month = MONTHS[groups["month"].lower()]
        year = int(groups["year"]) if groups.get("year") else _year_before(report, month, 1)
        return date(year, month, 1), "month"
    return _relative(kind, groups, report)


def _relative(kind: str, groups: dict[str, str | None], report: date) -> tuple[date, str]:
    if kind == "yesterday":
        return report - timedelta(days=1), "day"
    if kind == "days_ago":
        return report - timedelta(days=DAY_COUNTS[str(groups["days"]).lower()]), "day"
    if kind in ("today", "overnight"):
        return report, "day"
    if kind in ("weekday", "last_weekday", "said_weekday", "weekday_span", "early_weekday"):
        back = (report.weekday() - WEEKDAYS[str(groups["weekday"]).lower()]) % 7
        if kind == "last_weekday" and back == 0:
            back = 7
        return report - timedelta(days=back), "week" if kind in ("said_weekday", "weekday_span") else "day"
    if kind == "last_week":
        return report - timedelta(days=7), "week"
    if kind == "this_week":
        return report, "week"
    if kind == "last_month":
        return (report.replace(day=1) - timedelta(days=1)).replace(day=1), "month"
    return report, "month"  # this_month, recently


def _calendar_date(groups: dict[str, str | None], report: date | None) -> tuple[date, str] | None:
    month_text = str(groups["month"])
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
    day = int(str(groups["day"]))
    if groups.get("year"):
        year = int(str(groups["year"]))
        if report is not None and year > report.year:
            year = _unslipped(report, year, month, day)
    elif report is not None:
        year = _year_before(report, month, day)
    else:
        return None
    try:
        return date(year, month, day), "day"
    except ValueError:
        return None


def _unslipped(report: date, year: int, month: int, day: int) -> int:
    """A stated year that puts the day after the report: "killed in a strike on June 13, 2024" in a report of
    2023-06-13. News does not report attacks ahead of it, so when the same day of the report's own year fell
    within SLIP_DAYS before it, the year is a slip; a day further off keeps the year it was given."""
    try:
        if date(year, month, day) <= report + timedelta(days=1):
            return year
        slip = _year_before(report, month, day)
        return slip if (report - date(slip, month, day)).days <= SLIP_DAYS else year
    except ValueError:  # 29 February of a common year; the caller rejects an impossible date
        return year


def _year_before(report: date, month: int, day: int) -> int:
    """The year that puts month/day on or shortly before the report date (news looks back, not ahead)."""
    if (month, day) > (report.month, report.day + 1):
        return report.year - 1
    return report.year
