"""A facility named to say where a struck place lies: "several towns neighbouring the Zaporizhzhia power
plant were hit by shelling", "a drone struck the town of Kurchatov, where a nuclear power station is
located". The towns were hit, not the plant: the facility locates them, so it is no target even when it
is the only one the sentence names ('near the airport' is a locative, locatives.py, and stays a target when
alone: what fell near it often hit it). targetroles.plays_other_role asks this with the other roles.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

# 'towns neighbouring the plant', 'the villages surrounding the airbase': settlements, then the facility (not
# 'an area around a hospital was attacked', 'shelling covered an area around a bus stop': the area is the
# facility's grounds, hit with it)
_NEIGHBOURING_BEFORE = re.compile(
    r"\b(?:towns?|villages?|cit(?:y|ies)|settlements?|communities)\s+"
    r"(?:(?:that|which)\s+(?:neighbou?r|surround)s?|neighbou?ring|surrounding)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
NEIGHBOURING_WINDOW = 90  # characters before a facility word searched for 'towns neighbouring the'
# ', where a nuclear power station is located': a relative clause that describes the place just named (and
# the plant it is likened to: ', where a nuclear power station similar to the Chornobyl plant is located')
_WHERE_BEFORE = re.compile(r",\s*where\s+(?:[\w’'-]+\s+){0,8}$", re.IGNORECASE)
_LOCATED_AFTER = re.compile(
    r"(?:\s+(?!(?:was|were|is|are)\b)[\w’'-]+){0,5}?\s+(?:is|are|was|were|has\s+been)\s+"
    r"(?:located|situated|based|housed)\b",
    re.IGNORECASE,
)
WHERE_WINDOW = 90  # characters before a facility word searched for ', where a'


def locates_a_place(sentence: Sentence, cue: Cue) -> bool:
    """'towns neighbouring the plant', 'Kurchatov, where a power station is located': the facility says
    where the place hit lies."""
    return bool(
        sentence.before(cue, _NEIGHBOURING_BEFORE, NEIGHBOURING_WINDOW)
        or (sentence.before(cue, _WHERE_BEFORE, WHERE_WINDOW) and sentence.after(cue, _LOCATED_AFTER))
    )
