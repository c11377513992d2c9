"""Days to come: a weekday or 'today' its clause sets in the future is no date of the reported event."""

from __future__ import annotations

import re

# A weekday to come: 'Putin will hold an operational meeting of his Security Council on Monday', 'flood
# waters expected to peak on Wednesday', 'defence ministers meet ahead of wider summit on Friday', 'a 58-hour
# curfew in the city starting on Friday', 'next Monday': no day of the reported event (read back, it would
# be the past week's); 'Tuesday's drone strike' is the event's own.
_TO_COME = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to|expected\s+to|ahead\s+of)\b[^,.;:]*$|"
    r"\b(?:next|starting(?:\s+on)?)\s+$",
    re.IGNORECASE,
)
TO_COME_REACH = 60  # characters before the day searched for its future
# 'The floodwaters may begin receding as early as today', 'a vote is expected later today': a 'today' to come
# (a modal verb too: a 'may' before a weekday is as often a past's 'may have'), no date of the reported event.
_TODAY_TO_COME = re.compile(
    r"(?:\b(?:will|may|might|could|expected\s+to|due\s+to|set\s+to)\b[^,.;:]*|"
    r"\bas\s+early\s+as\s+|\blater\s+)$",
    re.IGNORECASE,
)


def to_come(sentence: str, m: re.Match[str], kind: str) -> bool:
    """A weekday (or, kind 'today', a today) its clause sets in the future."""
    if sentence.startswith(("'s", "’s"), m.end()):
        return False
    pattern = _TODAY_TO_COME if kind == "today" else _TO_COME
    return bool(pattern.search(sentence, max(0, m.start() - TO_COME_REACH), m.start()))
