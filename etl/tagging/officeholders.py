"""An administration or council named as an official's seat: "said the head of the Cherkasy regional
administration", "City council secretary Anatoly Kurtev said", "Dnipropetrovsk Regional Council Mykola
Lukashuk said". The body is who speaks through its officer, not a building an attack hit ("a missile hit
the city council" names no officer and stays). targetroles.plays_other_role asks this with the other roles
(its own speaker rule covers a body that speaks itself: "the Prosecutor's Office said").
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

# a body that seats officials by title (not a police station, a prison or a courthouse)
_SEAT = re.compile(
    r"(?:(?:city|town|village|regional|district|state|local|municipal)\s+(?:administration|council)s?"
    r"|city\s+halls?)",
    re.IGNORECASE,
)
_TITLE = (
    r"(?:head|chief|chair|chairman|chairwoman|chairperson|secretary|spokes(?:man|woman|person)|deputy"
    r"|member|leader|official|director|mayor|governor)s?"
)
# its officer after it, by title or name and then a speech verb: 'council secretary Anatoly Kurtev said'
_OFFICER_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:" + _TITLE + r"\b(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}"
    r"|(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}?(?:(?:has|had|also)\s+)?(?:said|says|told|wrote|added|announced|reported)\b)",
    re.IGNORECASE,
)
# ... or its officer's title before it: 'the head of the Cherkasy regional administration'
_OFFICER_BEFORE = re.compile(
    r"\b" + _TITLE + r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
OFFICER_WINDOW = 60  # characters before a council word searched for 'head of the'


def is_officers_seat(sentence: Sentence, cue: Cue) -> bool:
    """'head of the regional administration', 'City council secretary X said': the officer's body speaks."""
    return bool(
        cue.label == "administrative"
        and _SEAT.fullmatch(sentence.text_of(cue))
        and (sentence.after(cue, _OFFICER_AFTER) or sentence.before(cue, _OFFICER_BEFORE, OFFICER_WINDOW))
    )
