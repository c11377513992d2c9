"""Places a story names only beside its events ('fighting near Bakhmut', 'footage from Berdyansk', 'the mayor
of Kyiv said'): no scene of their own, but where readers put a story that names no other place in the
country (`incidentplaces.story_scene`)."""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Sentence

# the words right before a place that set a story beside it: 'near', 'outside', 'close to', 'from', 'the mayor
# of'; not a list of examples ('including in Jerusalem's Old City'), a direction ('pushing toward Tokmak')
_TAIL = r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|village)\s+of\s+)?(?:\w+['’]s\s+)?$"
_BESIDE = re.compile(
    rf"\b(?:near|outside|close\s+to|not\s+far\s+from|(?:governor|mayor)\s+of){_TAIL}", re.IGNORECASE
)
# 'footage from Berdyansk'; but a capital after 'from' is mostly its state ('sanctions from Ottawa')
_FROM = re.compile(rf"\bfrom{_TAIL}", re.IGNORECASE)
# "730km southeast of Moscow", "20 miles from Kyiv": a distance names a reference point, not the scene
_DISTANCE_WORDS = r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)"
_DISTANCE = re.compile(_DISTANCE_WORDS + r"\b", re.IGNORECASE)
_REACH = 40  # characters before the place read for those words
# "a refinery 150 miles from Moscow", "a depot 250 miles (400km) east of Moscow": the point a distance is
# measured from is no scene, not even one to fall back on (unlike "drones fired from the Kursk region")
_MEASURED_FROM = re.compile(
    _DISTANCE_WORDS + r"(?:\s*\([^()]{1,20}\))?\s+(?:(?:north|south|east|west)[a-z-]*\s+)?"
    r"(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def measured_from(sentence: Sentence, start: int) -> bool:
    """The place at `start` is the point a distance is measured from ('150 miles from Moscow')."""
    return sentence.search_before(start, _MEASURED_FROM, 50) is not None


def near_scenes(sentence: Sentence) -> list[Place]:
    """The places a sentence names only as what its events were beside (marked `near`, no reference)."""
    found = []
    for loc in sentence.located:
        if not loc.near or loc.reference or loc.origin:  # not a launch site: weapons came from it
            continue
        start = loc.mention.start - sentence.start
        before = sentence.text[max(0, start - _REACH) : start]
        beside = _BESIDE.search(before) or (not loc.capital and _FROM.search(before))
        if beside and not _DISTANCE.search(before):
            found.append(loc.place)
    return found
