"""A capture of 'the city' or 'the town' in a sentence that names no settlement of its own: the settlement
the story named last ("For months, Russia used the city of Izium as a way station. With a northern offensive,
Ukraine has retaken the city."; "... the railway town of Kupiansk ... a counter-attack had liberated most of
the town"). The readers label the capture of that settlement; a capture within one sentence ('Kherson ...
after it is liberated') is captures._anaphoric_capture's."""

from __future__ import annotations

import re

from etl.gazetteer import Place, PlaceMention
from etl.tagging.anchors import Located, Sentence
from etl.tagging.lexicon import Cue

# Verbs of a capture made (not 'occupation of', 'withdrew from', 'entered')
_CAPTURE_VERB = re.compile(r"(?:re)?captur|re(?:tak|took|gain)|liberat|seiz|tak|took", re.IGNORECASE)
# "has retaken the city", "liberated most of the town": the settlement word as the object, or the larger part
# of it (not "the city of Izium", which names its own; not "the town's outskirts", a part of it)
_TOWN_AFTER = re.compile(
    r"[’'\"”]?\s+(?:(?:most|much|all|nearly\s+all|almost\s+all)\s+of\s+)?the\s+"
    r"(?:(?:[\w-]+ern|key|strategic|embattled|besieged|ruined|devastated|small|whole|entire)\s+){0,2}"
    r"(?:city|town)\b(?!\s+(?:of|called|named)\b|['’]s\b)",
    re.IGNORECASE,
)


def previous_settlement_capture(sentence: Sentence, cue: Cue, home: Place) -> Located | None:
    """The settlement the story named last (`home`, when it is one: villagehomes.home_of), taken as 'the
    town' the capture cue's object names; None when the sentence names a settlement of its own (its
    captures are read by name) or the cue is no verb of a capture made."""
    if home.precision != "place" or not _CAPTURE_VERB.match(sentence.text_of(cue)):
        return None
    m = _TOWN_AFTER.match(sentence.text, cue.end - sentence.start)
    if m is None:
        return None
    if any(loc.place.precision == "place" and not loc.reference for loc in sentence.located):
        return None  # "captured the village near Bakhmut": the sentence places its own village
    words = m.group().lstrip(" ’'\"”")
    start, end = sentence.start + m.end() - len(words), sentence.start + m.end()
    mention = PlaceMention(start, end, words, "place", (home,))
    return Located(mention, home, sentence.clause_of(cue.start))
