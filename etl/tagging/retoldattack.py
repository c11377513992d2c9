"""A sentence that names the attack just told by the definite article ('after the missile attack', 'The
strikes targeted six regions'), or its toll ('Four of the dead were killed in ...'), or that tells only
what the attack did, speaks of that attack even past a paragraph break, so it keeps its day."""

from __future__ import annotations

import re
from datetime import date

from etl.tagging.anchors import Sentence
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

# ... or its toll told already: 'At least four of the dead were killed in a strike on flats in the west',
# 'Among the injured was a child' (the dead the paragraph before counted)
_THE_TOLL = re.compile(r"\b(?:of|among)\s+the\s+(?:dead|injured|wounded|victims|killed)\b", re.IGNORECASE)

# The carried day is the attack's only while it is that recent (a digest's day before the report): an older
# day, or 'Right now the missile attack is at Kyiv' two days on, is a live page's earlier item
RETOLD_DAYS_BACK = 1


def recent_day(when: EventDate | None, report_date: date | None) -> bool:
    """The carried date is a day, the report's or the one before (RETOLD_DAYS_BACK)."""
    if when is None or when.precision != "day" or report_date is None:
        return False
    return 0 <= (report_date - when.value).days <= RETOLD_DAYS_BACK


def names_told_attack(text: str, when: EventDate | None, report_date: date | None) -> bool:
    """The sentence names, by the definite article, an attack (or its dead) the text dated to the report's
    day or the day before."""
    return recent_day(when, report_date) and bool(_THE_ATTACK.search(text) or _THE_TOLL.search(text))


def tells_only_harm(sentence: Sentence) -> bool:
    """The sentence tells only what an attack did (people hurt, homes damaged, a house hit) with no weapon,
    strike or capture of its own: in a digest that splits one story into paragraphs ('Russia fired missiles
    at cities on Saturday ...' then 'Six people were injured in the region of Mykolaiv' then 'Homes were
    damaged in the city of Zaporizhzhia') it is the harm of the attack just told, which readers date to its
    day; a new story opens with its own attack ('Shelling killed two in Kherson')."""
    harm = {(c.start, c.end) for c in sentence.cues if c.group == "impacts"}
    attacks = sentence.cues_of("attack")
    if not attacks or sentence.cues_of("means") or sentence.cues_of("capture"):
        return False
    return all((c.start, c.end) in harm for c in attacks)
