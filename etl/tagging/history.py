"""Which incidents are history, not this report's news: dated well over a year back, told later than
their day, set in a clause of a past year, of the war's first days or of an older war."""

from __future__ import annotations

import re
from datetime import date

from etl.tagging.dates import EventDate
from etl.tagging.spandates import starts_span

# a year of a clause (one that starts a span is no date of the event, spandates.starts_span: "the most massive
# strike on Donetsk since 2014", "its largest attack since the start of the war in February 2022")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# 'last year' that dates the clause's own event is history too ("Elon Musk acknowledged turning off internet
# access during a Ukrainian raid last year on a Russian naval fleet", "a pro-Ukrainian group carried out the
# attack on the Nord Stream pipelines last year"), not one that starts a span ("the deadliest attack since the
# invasion began last year") or dates the war itself ("the war he launched last year")
# ... as do years ago and weeks, months or years earlier, a narrative set back from the report ("A month
# earlier, rebels had shelled a hamlet", "Two years ago today, the first bombs fell on the city"): days
# earlier are left to the dating rules, as a story tells its own news that way ("a few days earlier, a boat
# was hit"); and weeks, months or years later, a narrative told on from an earlier date ("In April 2022
# Russian forces seized the city. Six months later Ukrainian troops liberated it")
# ... as does the war's first days ("a missile destroyed her apartment on the first day of Putin's invasion",
# "a pipeline hit by a missile early in the invasion", "Borodianka, bombed at the start of the invasion"), or
# an older war ("Hiroshima, which along with Nagasaki was devastated by the US atomic bombing in the closing
# stages of the second world war", "survive a nearby missile strike during the second world war")
_PAST_TIME = re.compile(
    r"\b(?:last|previous)\s+year(?:['’]s)?\b|\b(?:a|one|two|three|several)\s+years?\s+ago\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:weeks?|months?|years?)"
    r"\s+(?:earlier|later)\b"
    r"|\b(?:early|earlier)\s+in\s+the\s+(?:war|invasion)\b"
    r"|\b(?:start|beginning|outset|(?:early|first|opening)\s+(?:days?|weeks?|months?|hours|stages))\s+of\s+"
    r"(?:the\s+|Russia['’]s\s+|Putin['’]s\s+|Moscow['’]s\s+)?(?:Russian\s+)?(?:full[- ]scale\s+)?"
    r"(?:war|invasion)\b"
    r"|\b(?:during|in|at\s+the\s+end\s+of|in\s+the\s+(?:closing|final|last)\s+(?:stages|days|months)\s+of)\s+"
    r"(?:the\s+)?(?:(?:second|first)\s+world\s+war|world\s+war\s+(?:I|II|one|two|1|2)|WWII|WW2|WWI|WW1)\b(?![-‑])",
    re.IGNORECASE,
)
# (a prisoner of war is a person, no war: "the deaths of 50 prisoners of war last year in an explosion")
_SPAN_OR_WAR = re.compile(
    r"\bsince\b|\b(?:invasion|invaded?|annex(?:ed|ation)|(?<!prisoners of )(?<!prisoner of )war|conflict)\b"
    r"(?:\s+[\w’'-]+){0,3}\s*$",
    re.IGNORECASE,
)
HISTORY_DAYS = 400


def long_ago(when: EventDate, report_date: date | None) -> bool:
    """A date stated in the text well over a year before the report: history, not news."""
    if report_date is None or when.span is None:
        return False
    return (report_date - when.value).days > HISTORY_DAYS


# A day or week stated a week or more before the report is retold, not reported (the guide: 'a strike retold
# days later, as the background of another story, is not'): 'the funeral where a missile strike last week
# killed more than 50', 'Benjamin Hall was severely injured during a Russian shelling attack in Kiev on March
# 14.' in a report of January 28
RETOLD_DAYS = 6

# ... and a month before the report's own, of its year ('Video journalist Arman Soldin was killed in a
# rocket attack close to Bakhmut in May.' in a July report; 'the destruction left behind after two large
# missiles landed ... last month' in April, 'A major strike on Saki military airfield last month' on September
# 6: readers label no incident a month told so retells)
RETOLD_MONTHS = 1

# ... and last year's months only up to this many back ('in December' in a January report): a month name
# further back is nearer as the one to come ('eyes Bakhmut capture in April' in February)
NEARER_PAST = 6

# ... unless the month dates a relative clause of its own, another event's background ('Bakhmut, which was
# captured by Russia last month', 'villages ringing Bakhmut, which was taken by Wagner forces in May')
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:was|were|had been|has been)\b[^,;:]*$", re.IGNORECASE)


# ... and 'earlier this month' past the month's first week ('the failed drone attack on the Kremlin earlier
# this month' on May 24, 'a missile strike that hit a crowded market ... earlier this month' on September 19):
# days back, more than the report's own week
_EARLIER_THIS_MONTH = re.compile(r"earlier this month\b", re.IGNORECASE)


def told_later(text: str, when: EventDate | None, report_date: date | None, capture: bool = False) -> bool:
    """A date the sentence states that was over before the days its news is reported: a day or week more than
    RETOLD_DAYS before the report, or a month at least RETOLD_MONTHS before its month, of its year, up to
    NEARER_PAST back or said to be past ('last October'), or 'earlier this month' after the month's first
    week (_EARLIER_THIS_MONTH), not one dating a relative clause of its own. A
    capture is news only on the days it is announced (the guide dates it by its announcement), so any month
    before dates it as background ('Russia captured Mariupol in May after a brutal siege' in a March story),
    a relative clause's too, the capture's own ('Bakhmut, which was taken by Wagner forces in May')."""
    if when is None or report_date is None or when.span is None:
        return False
    if when.precision != "month":
        return (report_date - when.value).days > RETOLD_DAYS
    if not capture and _RELATIVE_CLAUSE.search(text[: when.span[0]]):
        return False
    if _EARLIER_THIS_MONTH.match(text, when.span[0]) and report_date.day > RETOLD_DAYS + 1:
        return True
    months = (report_date.year - when.value.year) * 12 + report_date.month - when.value.month
    said_past = text[when.span[0] :].lower().startswith("last")  # 'last October' is no month to come
    return months >= RETOLD_MONTHS and (
        capture or when.value.year == report_date.year or months <= NEARER_PAST or said_past
    )


def is_history(text: str, when: EventDate | None, report_date: date | None, clause: tuple[int, int]) -> bool:
    """An anchor dated to a day well before the report ('Benjamin Hall was severely injured during a Russian
    shelling attack in Kiev on March 14.' in a report of January 28), or whose clause (its offsets in the
    text) is about earlier years ('the 2014 downing of MH17', 'a Ukrainian raid last year'), reports no new
    incident. A year of another clause is that clause's background: 'Ukrainian forces on Monday struck the
    Crimean Bridge, a key link that connects mainland Russia to Crimea, which Russia illegally annexed in
    2014.'"""
    if report_date is None:
        return False
    if when is not None and (long_ago(when, report_date) or told_later(text, when, report_date)):
        return True
    if any(
        not _SPAN_OR_WAR.search(text, clause[0], m.start())
        for m in _PAST_TIME.finditer(text, clause[0], clause[1])
    ):
        return True
    years = [int(m.group()) for m in _YEAR.finditer(text, *clause) if not starts_span(text, m.start())]
    return bool(years) and max(years) <= report_date.year - 2
