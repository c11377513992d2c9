"""'Today' quoted from an address given on a named weekday is that weekday: '"Today the enemy shelled
Kherson all day," Zelenskiy said in his Sunday evening address', reported on Monday, tells of Sunday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.tagging.calendarwords import WEEKDAYS
from etl.tagging.dates import EventDate

_TODAY = re.compile(r"(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.IGNORECASE)

# 'in his Sunday evening address', 'in her nightly Thursday video address', 'in a Monday night address'
_ADDRESS = re.compile(
    r"\b(?:his|her|their|a|an|the)\s+(?:nightly\s+)?(?P<weekday>"
    + "|".join(WEEKDAYS)
    + r")\s+(?:(?:morning|evening|night|nightly)\s+)?(?:video\s+)?address\b",
    re.IGNORECASE,
)


def address_day(text: str, found: EventDate, report_date: date | None) -> EventDate:
    """The weekday of the address the sentence quotes for a 'today' it states, else the date as found."""
    if report_date is None or found.span is None or not _TODAY.fullmatch(text[found.span[0] : found.span[1]]):
        return found
    address = _ADDRESS.search(text)
    if address is None:
        return found
    back = (report_date.weekday() - WEEKDAYS[address["weekday"].lower()]) % 7
    return EventDate(report_date - timedelta(days=back), "day", found.span)
