"""Names that hold a place but are no scene: news outlets ("The New York Times", "Kyiv Independent"),
military units ("the Azov regiment") and rivers ("the Dnipro River")."""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer.datafiles import read_words
from etl.gazetteer.model import PlaceMention

PUBLICATIONS_FILE = "gazetteer_publications.txt"
UNIT_WORDS_FILE = "gazetteer_unit_words.txt"


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(read_words(PUBLICATIONS_FILE), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    # no closing word boundary: aggregated feeds run a source into the next headline ("TimesBomb blast")
    return re.compile(rf"(?<!\w)(?:{alternation})", re.IGNORECASE)


def drop_publishers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are not part of an outlet's name."""
    spans = [(m.start(), m.end()) for m in _pattern().finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(start < m.end and m.start < end for start, end in spans)]


@cache
def _unit_word() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(read_words(UNIT_WORDS_FILE), key=len, reverse=True)))
    return re.compile(rf"\s+(?:{words})s?\b", re.IGNORECASE)


def drop_unit_names(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that do not name a military unit ("Azov regiment") or a river ("Dnipro River", "across
    the Dnipro")."""
    unit = _unit_word()
    return [m for m in mentions if not unit.match(text, m.end) and not _river(text, m)]


# A river written without the word 'river' is 'the X' after a crossing or bank word, ending its noun phrase
# ("retreating across the Dnipro appeared to confirm", "on the left bank of the Dnipro."), or has a bank
# right after it ("gains against Russian positions on Dnipro east bank"); a town is never 'the X' there, and
# 'the Kerch bridge', 'the Kerch Strait' go on with a noun or a name.
_RIVER_BEFORE = re.compile(
    r"\b(?:across|over|along|beyond|(?:banks?|side|shores?|east|west|north|south|course|barrier|mouth)\s+of)"
    r"\s+the\s+$",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:is|was|were|will|would|could|can|may|might|has|had|have|and|or|in|into|at|near|to"
    r"|from|on|with|for|by|as|after|before|since|while|where|which|that|under|\w+ed)\b"
)
_BANK_AFTER = re.compile(
    r"['’]?s?\s+(?:east|west|left|right|eastern|western|opposite)\s+banks?\b", re.IGNORECASE
)


def _river(text: str, mention: PlaceMention) -> bool:
    if mention.kind != "place" or " " in mention.surface:
        return False
    before = _RIVER_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return bool(before and _PHRASE_END.match(text, mention.end)) or bool(_BANK_AFTER.match(text, mention.end))
