"""Dates that are no event's: the start or end of a span ('under fire since last month'), the war's start a
span is counted from, the frame of a count ('for the sixth time this month'). dates.find_date skips them."""

from __future__ import annotations

import re

from etl.tagging.calendarwords import WEEKDAY_ALTERNATION
from etl.tagging.countframes import counted_frame

# Not the event's date: the start or end of a span ('under fire since last month', 'since January 2024',
# 'thirty strikes in the 24 hours until Wednesday morning') or the
# frame of a count ('drones target Moscow for the sixth time this month'); a weekday past a count is the day
# counted, its 'on' dropped ('Russia Strikes One Region 44 Times Sunday, Including Kindergarten'); 'for the
# first time this week' counts nothing: the week is the event's.
_NOT_EVENT = re.compile(
    r"(?:\bsince|(?<!\bfirst\s)\btimes?|\b(?:hours|days)\s+(?:until|till|up\s+to))\s+$", re.IGNORECASE
)
NOT_EVENT_REACH = 16  # characters before a date searched for a span's turn
_COUNTED_DAY = re.compile(rf"(?<=\btimes\s)(?:{WEEKDAY_ALTERNATION})\b", re.IGNORECASE)
# ... nor the war's start a span is counted from ('its largest attack since the start of the war in February
# 2022', 'occupied since Putin's forces invaded Ukraine on February 24', 'commonplace since Putin ordered his
# troops into Ukraine on February 24'), nor a pact's ('the worst clashes since a truce was signed in October')
_SINCE_WAR_BEGAN = re.compile(
    r"\bsince\s+(?:[\w’'-]+\s+){0,5}?(?:war|invasion|invaded|into\s+Ukraine"
    r"|(?:was|were)\s+(?:signed|agreed|reached|declared|brokered))"
    r"(?:\s+(?:of|on)\s+[\w’'-]+|\s+Ukraine)?\s+(?:in\s+|on\s+)?"
    r"(?:[a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$",  # ... its month and day before a year
    re.IGNORECASE,
)
WAR_BEGAN_REACH = 60  # characters before a date searched for the war's start


def starts_span(text: str, start: int) -> bool:
    """The date at `start` starts a span or frames a count ('since January 2024', 'since the start of the war
    in February 2022', 'for the sixth time this month', 'its sixth drone attack on the city this month'): no
    date of the event."""
    return bool(
        (
            _NOT_EVENT.search(text, max(0, start - NOT_EVENT_REACH), start)
            and not _COUNTED_DAY.match(text, start)
        )
        or _SINCE_WAR_BEGAN.search(text, max(0, start - WAR_BEGAN_REACH), start)
        or counted_frame(text, start)
    )
