"""A sentence that names the attack just told by the definite article ('after the missile attack', 'The
strikes targeted six regions') speaks of that attack even past a paragraph break, so it keeps its day."""

from __future__ import annotations

import re
from datetime import date

from etl.tagging.dates import EventDate

# 'Zelenskiy acknowledged that most regions were suffering power outages after the attacks', 'Klitschko
# said 40% of the capital's consumers were without electricity after the missile attack': the attack the
# paragraph before dated ('Russia launched a wave of missile attacks across Ukraine on Thursday morning').
# Not one the words go on to place or date anew ('the attack on Odesa', 'the strikes in Kherson', 'the
# attack of 10 October'), which may be another.
_THE_ATTACK = re.compile(
    r"\bthe\s+(?:(?:latest|recent|overnight|massive|missile|drone|rocket|air|aerial|russian|ukrainian)\s+){0,2}"
    r"(?:attacks?|strikes?|barrages?|assaults?|bombardments?|shelling)\b"
    r"(?!\s+(?:on|in|at|against|of|near|across|by|that|which)\b)",
    re.IGNORECASE,
)

# The carried day is the attack's only while it is that recent (a digest's day before the report): an older
# day, or 'Right now the missile attack is at Kyiv' two days on, is a live page's earlier item
RETOLD_DAYS_BACK = 1


def names_told_attack(text: str, when: EventDate | None, report_date: date | None) -> bool:
    """The sentence names, by the definite article, an attack the text dated to the report's day or the
    day before."""
    if when is None or when.precision != "day" or report_date is None:
        return False
    if not 0 <= (report_date - when.value).days <= RETOLD_DAYS_BACK:
        return False
    return bool(_THE_ATTACK.search(text))
