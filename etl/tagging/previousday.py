"""'The previous day' told before the sentence's own stated day is the day before that day, not before the
report's: 'The toll from the strike on the village the previous day rose to 52 on Friday' dates the strike
Thursday, whatever day the report came out."""

from __future__ import annotations

import re
from datetime import date, timedelta

# (only before the stated day: after it, 'the city was shelled on Saturday, in response to an assault a day
# earlier', the stated day is the sentence's event and the phrase names another)
_PREVIOUS_DAY = re.compile(r"\b(?:the\s+previous\s+day|(?:a|one)\s+day\s+earlier)\b", re.IGNORECASE)


def previous_day_before(sentence: str, stated_at: int, stated: date) -> tuple[date, tuple[int, int]] | None:
    """The day before the stated day and the phrase's span, where 'the previous day' comes before the
    stated day in the sentence; else None."""
    m = _PREVIOUS_DAY.search(sentence, 0, stated_at)
    return (stated - timedelta(days=1), m.span()) if m else None
