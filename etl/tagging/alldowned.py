"""A headline's attack that hit nothing: the lead under it says every weapon was brought down, or tells
the attack only as weapons brought down in a text that names no hit at all; or the headline says weapons were
brought down and its lead names only that attack (lead_downed); or, in a headline of several stories, the
one whose own part of the lead says every weapon was brought down (downed_headline_story)."""

from __future__ import annotations

import itertools
import re

from etl.tagging.leaddates import has_lead
from etl.tagging.lexicon import Cue

# "Russia Launches Large Wave of Drones at Ukraine’s Capital." then "Ukraine’s Air Force said that it shot
# down all of the drones", "Ukrainian officials said all 11 missiles were intercepted by air defenses": every
# weapon of the headline's attack brought down (not "shot down all but one of the 30 cruise missiles"); or the
# attack itself foiled ("Russia Targets Ukraine’s Capital With Barrage of Drones." then "The attack, which
# Ukraine said it had foiled, is the latest in a campaign")
_ALL_DOWNED = re.compile(
    r"\b(?:shot|shoots?|shooting|took|taking|brought) down all\b(?! but)"
    r"|\b(?:attack|strike|barrage|raid),? (?:which|that) (?:[\w’'-]+ ){0,5}"
    r"(?:foiled|thwarted|repelled|repulsed)\b"
    r"|\b(?:destroyed|destroying|intercepted|intercepting|downed|downing|repelled|repelling|neutrali[sz]ed)"
    r" all\b(?! but)"
    r"|\ball (?:of )?(?:the )?(?:\d+ )?(?:[\w-]+ ){0,3}(?:drones|missiles|rockets|UAVs|targets|weapons)"
    r"(?: [\w-]+){0,6}? (?:were|was|had been|have been)"
    r" (?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)",
    re.IGNORECASE,
)

# ... with no word of a hit in the lead: what fell, burnt, broke or hurt someone
IMPACT_WORD = re.compile(
    r"\b(?:debris|fragments?|wreckage|injur\w*|wound\w*|kill\w*|dead|died|casualties|damag\w*|fires?|blaze"
    r"|hit|struck|explosions?|blasts?)\b",
    re.IGNORECASE,
)


def lead_all_downed(text: str, spans: list[tuple[int, int]], cues: list[Cue]) -> bool:
    """The first sentence under a headline says every weapon was brought down and names no impact of its own
    (debris, a fire, the hurt): the headline's attack hit nothing ("... downed all 10 ballistic missiles
    targeting the capital, but falling debris caused injuries" still hit); or it names only some weapons
    brought down, in a text that names no hit at all (_only_downed)."""
    if not _lead_of_one_story(text, spans):
        return False
    start, end = spans[1]
    if not _ALL_DOWNED.search(text, start, end):
        return _only_downed(text, spans, cues)
    return _hit_nothing(text, start, end, cues)


# A headline of several stories joined by ';' (a live page's or a digest's: 'Moscow launches drone strikes
# on Kyiv; UN says mines found at nuclear plant') over a lead that tells them in the same order, joined the
# same way ('Head of military administration says all drones were destroyed; UN watchdog finds mines'); a
# lead of one story tells the headline's first.
_STORY_JOIN = re.compile(r";")


def downed_headline_story(text: str, spans: list[tuple[int, int]], cues: list[Cue]) -> tuple[int, int] | None:
    """The span of the story of a headline of several whose own part of the lead says every weapon was
    brought down and names no impact: that story's attack hit nothing, the others stand."""
    if not has_lead(text, spans):
        return None
    head = _parts(text, *spans[0])
    lead = _parts(text, *spans[1])
    if len(head) < 2:
        return None
    if len(lead) == 1:
        pairs = [(head[0], lead[0])]
    elif len(lead) == len(head):
        pairs = list(zip(head, lead, strict=True))
    else:
        return None
    for story, (start, end) in pairs:
        if _ALL_DOWNED.search(text, start, end) and _hit_nothing(text, start, end, cues):
            return story
    return None


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a sentence's parts joined by ';'."""
    cuts = [m.start() for m in _STORY_JOIN.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return list(itertools.pairwise(bounds))


def _hit_nothing(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """The words between `start` and `end` that say every weapon was brought down hold every impact named
    there."""
    downed = [m.span() for m in _ALL_DOWNED.finditer(text, start, end)]
    lead = [c for c in cues if start <= c.start < end]
    brought_down = downed + [(c.start, c.end) for c in lead if c.group == "interception"]
    impacts = [(c.start, c.end) for c in lead if c.group == "debris" or c.group == "impacts"]
    impacts += [m.span() for m in IMPACT_WORD.finditer(text, start, end)]
    return all(any(a <= lo and hi <= b for a, b in brought_down) for lo, hi in impacts)


# "Russia Blames Ukraine Over Fresh Drone Attack on Moscow." then "Russian forces intercepted two Ukrainian
# drones over Moscow", "Russia says it repelled a seaborne drone attack by Ukraine at Novorossiysk naval
# base": a lead that tells the headline's attack only as weapons brought down (not "fend off a night attack
# by Russian convoys", ground fighting; nor an aircraft shot down, itself a hit)
_DOWN_WORD = re.compile(
    r"\b(?:shot|shoots?|shooting|took|taken|brought) down\b"
    r"|\b(?:intercept|down|destroy|repel|repuls|thwart|foil)",
    re.IGNORECASE,
)

# ... of which some got through ("downed 52 of 54 drones", "shot down most Russian cruise missiles", "had
# downed 41 of them", "a significant number of them have been shot down")
PARTIAL = re.compile(
    r"\b\d+\s+(?:of|out\s+of)\s+(?:the\s+|them\b|\d)|\b(?:most|majority|all\s+but|some|none|number)\b",
    re.IGNORECASE,
)

# ... under a headline that names a hit of its own ("Russian shelling hits a landmark church in Kherson",
# "Drones Strike Moscow Civilian Areas", "Ukraine blasts Russian Ka-52 attack helicopter out of the sky")
HEADLINE_HIT = re.compile(
    r"\b(?:hits?|struck|damag\w*|destroy\w*|kill\w*|injur\w*|wound\w*|dead|fires?|blaze|burns?|debris|wreckage)\b"
    r"|\b(?:drones?|missiles?|rockets?|shells?|shelling|Ukraine|Russia|forces|troops)\s+(?:strikes?|blasts?)\b",
    re.IGNORECASE,
)


def _only_downed(text: str, spans: list[tuple[int, int]], cues: list[Cue]) -> bool:
    """The lead names weapons brought down, none that got through, and no attack of its own; and neither the
    headline nor any sentence under it names a hit (debris, a fire, the hurt, damage): the headline's attack
    hit nothing."""
    start, end = spans[1]
    lead = [c for c in cues if start <= c.start < end]
    downed = downing(text, lead)
    if not downed or PARTIAL.search(text, start, end) or HEADLINE_HIT.search(text, *spans[0]):
        return False
    inside = [(c.start, c.end) for c in downed]
    body = [c for c in cues if c.start >= start and c.group in ("attack", "debris", "impacts")]
    words = [(c.start, c.end) for c in body if c.group != "attack" or c.start < end]
    words += [m.span() for m in IMPACT_WORD.finditer(text, start)]
    return all(any(a <= lo and hi <= b for a, b in inside) for lo, hi in words)


# "Ukraine Downs Dozens of Drones Over Kyiv in Russian Air Assault." then "The heavy attack came as Moscow
# seeks to wear down Ukraine’s air defenses", "Ukraine says it downed Russian cruise missiles aimed at Kyiv."
# then "No casualties are being reported from the air strikes which are said to have targeted Kyiv": a lead
# that only names the attack its headline says was brought down, with no hit, target or impact of its own
# (an impact denied, 'no casualties', is none)
_NO_IMPACT = re.compile(r"\b(?:no|without)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

# ... nor an attack told after these, another event ("Russia intercepts Ukrainian drones over four regions,
# including Moscow, a day after its attack on Kyiv")
_LATER_LINK = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)


def lead_downed(text: str, spans: list[tuple[int, int]], cues: list[Cue]) -> bool:
    """The headline reports weapons brought down and no hit of its own (not 'shot down 15 of 20'), and the
    lead under it names no target, impact or later hit ('a day after its attack on Kyiv'): the lead's attack
    is the one intercepted."""
    if not _lead_of_one_story(text, spans):
        return False
    (head, head_end), (start, end) = spans[0], spans[1]
    if not downing(text, [c for c in cues if head <= c.start < head_end]):
        return False
    if PARTIAL.search(text, head, end) or HEADLINE_HIT.search(text, head, head_end):
        return False
    lead = [c for c in cues if start <= c.start < end]
    hits = [c.start for c in lead if c.group in ("target", "debris", "impacts")]
    hits += [m.start() for m in IMPACT_WORD.finditer(text, start, end)]
    if any(not _NO_IMPACT.search(text, max(start, hit - 20), hit) for hit in hits):
        return False
    links = [m.end() for m in _LATER_LINK.finditer(text, start, end)]
    return not any(c.group == "attack" and c.start > link for c in lead for link in links)


def _lead_of_one_story(text: str, spans: list[tuple[int, int]]) -> bool:
    """The text has a lead under its headline, and the headline tells one story (a headline of several,
    joined by ';', has other stories than the lead's)."""
    return has_lead(text, spans) and ";" not in text[slice(*spans[0])]


def downing(text: str, cues: list[Cue]) -> list[Cue]:
    """The interception cues that bring weapons down (not one an attack cue holds: 'shot down a Su-25')."""
    return [
        c
        for c in cues
        if c.group == "interception"
        and _DOWN_WORD.search(text, c.start, c.end)
        and not any(a.group == "attack" and a.start <= c.start and c.end <= a.end for a in cues)
    ]
