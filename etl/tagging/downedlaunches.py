"""Launches under a downing headline: in a story whose headline says weapons were brought down and names no
hit, a later sentence that only tells the weapons launched ('Russia launched 45 drones at Ukraine overnight',
'the air force says Russia fired nine cruise missiles in total') tells the same attack that hit nothing, not a
hit of its own."""

from __future__ import annotations

import re

from etl.tagging.alldowned import HEADLINE_HIT, IMPACT_WORD, PARTIAL, downing
from etl.tagging.lexicon import Cue

# An attack word that only says weapons were sent: 'launched 45 Iranian-made drones', 'fired missiles and
# drones', 'unleashed a barrage'; or that names the attack as such ('in its sixth attack this month')
_LAUNCH = re.compile(
    r"(?:launch|fir|unleash|sen[dt])\w*\b.*|(?:air )?(?:attacks?|strikes?|raids?|barrages?|waves?)",
    re.IGNORECASE | re.DOTALL,
)
# ... not one told after these, another event ('intercepts drones, a day after its attack on Kyiv')
_LATER_LINK = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)


def downed_launches(text: str, spans: list[tuple[int, int]], cues: list[Cue]) -> set[tuple[int, int]]:
    """The sentences after the headline that only tell weapons launched, with no target, debris or impact,
    when the headline says weapons were brought down (not 'shot down 15 of 20') and names no hit."""
    head, head_end = spans[0]
    if not downing(text, [c for c in cues if head <= c.start < head_end]):
        return set()
    if PARTIAL.search(text, head, head_end) or HEADLINE_HIT.search(text, head, head_end):
        return set()
    return {(start, end) for start, end in spans[1:] if _launched_only(text, start, end, cues)}


def _launched_only(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """Every attack word of the sentence only sends weapons, and nothing is named as hit."""
    own = [c for c in cues if start <= c.start < end]
    attacks = [c for c in own if c.group == "attack"]
    if not attacks or any(c.group in ("target", "debris", "impacts", "capture") for c in own):
        return False
    if IMPACT_WORD.search(text, start, end):
        return False
    later = _LATER_LINK.search(text, start, end)
    if later and any(c.start > later.start() for c in attacks):
        return False
    return all(_LAUNCH.fullmatch(text, c.start, c.end) for c in attacks)
