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
    """The mentions that do not name a military unit ("Azov regiment") or a river ("Dnipro River")."""
    unit = _unit_word()
    return [m for m in mentions if not unit.match(text, m.end)]
