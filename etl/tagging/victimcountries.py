"""Whose people an attack hit, when nothing else places it: the country that speaks of the victims it suffered
("Ukraine says 3 civilians killed by Russian shelling") or a war side's demonym that opens the victims' phrase
("Ukrainian ballet dancer killed in mortar attack"). Read by attackedcountry.py after the attack's object."""

from __future__ import annotations

import re

from etl.gazetteer import PlaceMention
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.attackers import war_sides
from etl.tagging.lexicon import Cue

# "Ukraine says 3 civilians killed by Russian shelling": the victims were where the speaker says so
_KILLED_BY = re.compile(
    r"\b(?:killed|injured|wounded)\s+(?:in\s+|by\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I
)


def victims_speaker(sentence: Sentence, attacks: list[Cue | Anchor]) -> Located | None:
    """A country that says its people were killed or wounded by the attack ("Ukraine says 3 civilians killed
    by Russian shelling"): a speaker of what it suffered, with the victims right before the attack word."""
    speakers = [loc for loc in sentence.located if loc.speaker and loc.mention.kind == "country"]
    if not speakers:
        return None
    for cue in attacks:
        if sentence.before(cue, _KILLED_BY, 40) and speakers[0].mention.end <= cue.start:
            return speakers[0]
    return None


# "Ukrainian ballet dancer killed in mortar attack", "Russian pro-war writer hit by car bomb": a demonym that
# opens the subject of a passive casualty verb, whose agent is the attack, says whose people were hit (not a
# side's fighters, "Russian soldiers killed in Ukrainian strike", who fall at the front in the other country)
_VICTIM_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|in|on|at|of|to|for|from|as|after|he|she|it|they|who|that|which|says?|said|claim\w*"
    r"|report\w*|forces|troops|soldiers)\b)[\w’'-]+\s+){1,4}?"
    r"(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:critically|seriously|fatally|badly|reportedly)\s+)?",
    re.IGNORECASE,
)
_VICTIM_VERB = re.compile(r"killed|wounded|injured|maimed|hit|struck", re.IGNORECASE)
_VICTIM_AGENT = re.compile(r"\s+(?:in|by)\s", re.IGNORECASE)
_FIGHTERS_BEFORE = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|forces|officers?|commanders?|generals?|admirals?|colonels?|army|military|personnel|fighters?"
    r"|mercenar(?:y|ies)|sailors?|pilots?|crews?|marines?|units?|warships?|ships?|vessels?|tanks?|jets?"
    r"|aircraft|positions?|bases?|drones?)\s+(?:(?:is|was|were|are|has|have|had)\s+)?(?:been\s+)?"
    r"(?:(?:critically|seriously|fatally|badly|reportedly)\s+)?$",
    re.IGNORECASE,
)


def victims_demonym(sentence: Sentence, attacks: list[Cue | Anchor]) -> Located | None:
    """The country of a demonym of a side of the war (etl/data/attacker_targets.csv) that opens the victims'
    phrase of the attack, when nothing else places it: a foreigner killed ("French reporter killed by rocket
    fire") fell where the war is, not at home."""
    for loc in sentence.located:
        if (
            loc.mention.kind == "demonym"
            and loc.place.country_code in war_sides()
            and _demonym_victim(sentence, attacks, loc.mention)
        ):
            return loc
    return None


def _demonym_victim(sentence: Sentence, attacks: list[Cue | Anchor], mention: PlaceMention) -> bool:
    """The demonym opens the victims' phrase right before a casualty verb whose agent is the attack
    ('Ukrainian ballet dancer killed in mortar attack'), the victims no side's fighters or kit."""
    for cue in attacks:
        if cue.start < mention.end or not sentence.fullmatch_between(cue.start, cue.end, _VICTIM_VERB):
            continue
        if (
            sentence.fullmatch_between(mention.end, cue.start, _VICTIM_GAP)
            and sentence.after(cue, _VICTIM_AGENT)
            and not sentence.before(cue, _FIGHTERS_BEFORE, 60)
        ):
            return True
    return False
