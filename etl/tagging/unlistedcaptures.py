"""Captures of settlements the gazetteer does not list: one named ("the southeastern settlement of Robotyne",
"seize Berkhivka, a town in the northern suburbs") or only counted ("took control of another village", "more
than 40 settlements in the Kharkiv region liberated"), kept in the region or country the text is about.
"""

from __future__ import annotations

import re

from etl.gazetteer import Place, PlaceMention
from etl.tagging.anchors import Located, Sentence
from etl.tagging.lexicon import Cue, Lexicon

# "the southeastern settlement of Robotyne": a settlement noun, then the capitalised name; "seize Berkhivka, a
# town in the northern suburbs of the embattled city": the name, then a settlement noun in apposition
_SETTLEMENT_OF = re.compile(
    r"(?:villages?|towns?|settlements?|hamlets?|city|locality)\s+of\s+(?P<name>[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*"
    r"(?:[ \-][A-Z][^\W\d_]+)?)"
    r"|(?P<named>[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*),\s+an?\s+(?:[\w-]+\s+){0,2}(?:village|town|settlement|hamlet)\b"
)


def unlisted_capture(sentence: Sentence, cue: Cue, lexicon: Lexicon, country: Place) -> Located | None:
    """The settlement a capture cue names when the gazetteer does not list it (no mention there)."""
    base = sentence.start
    m = _SETTLEMENT_OF.search(sentence.text, cue.end - base, min(len(sentence.text), cue.end - base + 80))
    group = "name" if m is None or m["name"] else "named"
    if m is None or not lexicon.capture_gap.match(sentence.text[cue.end - base : m.start(group)]):
        return None
    start, end = base + m.start(group), base + m.end(group)
    if any(loc.mention.start < end and start < loc.mention.end for loc in sentence.located):
        return None  # a listed place (or a country) is named there: _capture_object has judged it
    return unlisted(sentence, m[group], start, end, country)


_COUNT = (
    r"(?:(?:at least|more than|over|nearly|almost|about|some|another|a further)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of"
    r"|scores of|several|a few|a number of|a string of|a series of|a handful of|another|one more|a)"
    r"\s+(?:more\s+)?"
)
_ADJECTIVES = r"(?:(?!(?:in|at|near|on|from|to|by|with|of|and|or|the)\b)[\w’-]+\s+){0,2}"
_SETTLEMENTS = (
    r"(?:villages?|towns?|settlements?|hamlets?|strongholds?)"
    r"(?:\s+(?:and|or)\s+(?:villages|towns|settlements))?"
)
# "took control of another village", "liberated at least four front-line villages": counted, not named
# (a headline drops the count: "fighters ‘liberate’ village in Belgorod region", "Ukraine retakes villages")
_UNNAMED_AFTER = re.compile(
    rf"[’'\"”]?\s*(?:{_COUNT})?{_ADJECTIVES}{_SETTLEMENTS}\b(?!\s+(?:of|called|named)\b)", re.I
)
# "more than 300 Ukrainian villages and towns have been liberated", "more than 40 settlements in the Kharkiv
# region liberated"
_UNNAMED_BEFORE = re.compile(
    rf"\b{_COUNT}{_ADJECTIVES}{_SETTLEMENTS}"
    r"(?:\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){1,2}(?:region|oblast|province))?"
    r"\s+(?:(?:was|were|has|had|have|is|are)\s+)?(?:been\s+)?$",
    re.I,
)


def unnamed_capture(sentence: Sentence, cue: Cue, home: Place) -> Located | None:
    """Settlements a capture cue counts without naming them ('took control of another village'): kept in
    the region or country the text is about, with no place of their own."""
    text, base = sentence.text, sentence.start
    after = _UNNAMED_AFTER.match(text, cue.end - base)
    before = None if after else _UNNAMED_BEFORE.search(text, 0, cue.start - base)
    m = after or before
    if m is None:
        return None
    if home.precision == "place":  # the town named before: its region
        precision = "admin1" if home.admin1_code else "country"
        home = Place(
            home.admin1 or home.country,
            home.country_code,
            home.country,
            home.admin1,
            home.admin1_code,
            None,
            None,
            precision,
        )
    start, end = base + m.start(), base + m.end()
    mention = PlaceMention(start, end, m.group().strip(), home.precision, (home,))
    return Located(mention, home, sentence.clause_of(cue.start))


def unlisted(sentence: Sentence, name: str, start: int, end: int, home: Place) -> Located:
    """A settlement the gazetteer does not list, in the region or country (`home`) the text is about."""
    place = Place(name, home.country_code, home.country, home.admin1, home.admin1_code, None, None, "place")
    return Located(PlaceMention(start, end, name, "place", (place,)), place, sentence.clause_of(start))
