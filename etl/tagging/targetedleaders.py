"""The country of a head of state an attack is said to be made on, the leader himself its target ("Kremlin
accuses Washington of directing alleged drone attack on Putin", "the drone-based assassination attempt on
President Putin's life", "Russia claims Putin targeted in drone assassination attempt"): readers place such an
attack in the leader's country when the text names no other place (leaders in
etl/data/targeted_leaders.csv). Not the leader's places or things ("a drone attack on Putin's residence", "a
missile attack on Zelensky's hometown": placed by what they name) nor words ("an extraordinary attack on
Vladimir Putin" on state TV: no weapon or killing named)."""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer.datafiles import read_rows
from etl.tagging.anchors import Anchor, Sentence

TARGETED_LEADERS_FILE = "targeted_leaders.csv"
# a title or first name between the attack's preposition and the leader's name ("on Russian President
# Vladimir Putin")
_TITLE = r"(?:(?:Russian|Ukrainian|President|Mr\.?)\s+){0,3}"
# "attack on Putin", "an attempt on Putin's life", "a plot to kill President Putin"
_ON_LEADER = (
    r"\b(?:attacks?|strikes?|attempts?|plots?|assassination)\s+(?:on|against|targeting|aimed\s+at)\s+"
    r"(?:the\s+life\s+of\s+)?" + _TITLE
)
_TO_KILL = r"\b(?:assassinate|kill)\s+" + _TITLE
# not the leader's own places or things, save his life ("Putin's residence", "Zelensky's hometown")
_NOT_HIS = r"(?!['’]s\b(?!\s+life\b))"
# "Putin targeted in drone assassination attempt" (a passive: not "Putin targeted Ukraine's grid", the leader
# who attacks)
_TARGETED = r"\s+(?:(?:was|is|being|had\s+been|has\s+been)\s+)?targeted\s+(?:in|by)\b"
# the attack is one of weapons, killing or aim ("Attack Targeting Putin"), not words ("launched an
# extraordinary attack on Vladimir Putin")
_ARMED = re.compile(
    r"\b(?:drones?|missiles?|rockets?|bombs?|explosives?|assassinat\w*|kill\w*|targeting|targeted)\b",
    re.IGNORECASE,
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = []
    for row in read_rows(TARGETED_LEADERS_FILE):
        name = rf"(?:{row['pattern']})\b"
        either = rf"(?:{_ON_LEADER}|{_TO_KILL}){name}{_NOT_HIS}|\b{name}{_TARGETED}"
        patterns.append((re.compile(either, re.IGNORECASE), row["country_code"]))
    return tuple(patterns)


def targeted_leader(sentence: Sentence, anchor: Anchor) -> str | None:
    """The country code of the leader the anchor's clause says was attacked, when the clause names a weapon, a
    killing or an aim."""
    lo, hi = sentence.clause_span(anchor.clause)
    clause = sentence.text[lo:hi]
    if not _ARMED.search(clause):
        return None
    for pattern, code in _patterns():
        if pattern.search(clause):
            return code
    return None
