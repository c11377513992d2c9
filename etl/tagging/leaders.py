"""The country of a war side's leader who reacts after an attack the text places nowhere: "Zelensky urges the
UN to act following missile strikes", "Zelensky addresses Russians after New Year's Eve strikes" report
strikes on his own country (leaders in etl/data/war_leaders.csv). Only when the leader comes first and the
attack follows 'after' or 'following' closely, and no other country is named after the attack ("Zelenskyy
boasts of a new weapon days after strikes inside Russia")."""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer.datafiles import read_rows
from etl.tagging.anchors import Anchor, Sentence

LEADERS_FILE = "war_leaders.csv"
# "following a wave of missile attacks", "after Easter missile strike", "after New Year's Eve strikes": the
# attack a few words after the link, no preposition between that would set it elsewhere ("after strikes on
# X"); or the attack the leader condemns or mourns ("Zelenskiy condemns Palm Sunday shelling")
_AFTER_GAP = re.compile(
    r"\b(?:after|following|in\s+the\s+wake\s+of|(?:condemn|denounc|decr[iy]|mourn)\w*)\s+(?:(?!(?:on|in|at|near|against|by|of\s+the|inside|into|across)\b)[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Zelensky fears the war could hit aid - as Putin says civilians must be spared after Hamas strike": another
# speaker's clause between the leader and the attack ("as he denounced strikes": still the leader)
_BREAK = re.compile(r"\s[-–—]+\s|[;:]|\b(?:as|while|whereas|but)\b(?!\s+(?:he|she)\b)", re.IGNORECASE)
AFTER_REACH = 60  # characters before an attack word searched for its 'after'


@cache
def _leaders() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE), row["country_code"])
        for row in read_rows(LEADERS_FILE)
    )


def reacting_leader(sentence: Sentence, anchor: Anchor) -> str | None:
    """The country code of the leader the anchor's clause names before an attack of that clause that follows
    'after' or 'following', when no place of another country is named after that attack (a leader of another
    clause reacts to something else: "Zelensky fears the war could hit aid - as Putin says civilians must be
    spared after Hamas strike")."""
    attacks = [c for c in sentence.cues_of("attack") if sentence.clause_of(c.start) == anchor.clause]
    for cue in attacks:
        link = sentence.before(cue, _AFTER_GAP, AFTER_REACH)
        if link is None:
            continue
        lo = sentence.clause_span(anchor.clause)[0]
        for pattern, code in _leaders():
            leader = pattern.search(sentence.text, lo, link.start())
            if leader is None or _BREAK.search(sentence.text, leader.end(), link.start()):
                continue
            later = [loc for loc in sentence.located if loc.mention.start >= cue.start]
            if all(loc.place.country_code == code for loc in later):
                return code
    return None
