"""The frame of a count: 'the sixth drone raid on the port this month' counts the month's raids; the month
is no date of the raid told (which keeps the report's week)."""

from __future__ import annotations

import re

_ORDINAL = (
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b"
)
# an ordinal a few words before, within the clause ('drones hit the port in the sixth raid on it this month',
# 'the fifth strike on the city this week')
_COUNTED = re.compile(rf"{_ORDINAL}[^.;,:()]{{0,40}}$", re.IGNORECASE)
_FRAME = re.compile(r"(?:this|in\s+the\s+past|over\s+the\s+past)\s+(?:month|week|year)\b", re.IGNORECASE)
COUNT_REACH = 60  # characters before the frame searched for its count


def counted_frame(text: str, start: int) -> bool:
    """The date at `start` ('this month') frames a count an ordinal before it opens."""
    return bool(_FRAME.match(text, start) and _COUNTED.search(text, max(0, start - COUNT_REACH), start))
