"""Whose attack it was, for an attack the text places nowhere: in this war a Russian strike with no other
scene fell in Ukraine ("Ukraine war: Russia launches second pre-dawn missile attack"), so it is kept at
country precision rather than lost from the timeline (pairs in etl/data/attacker_targets.csv)."""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer.datafiles import read_rows
from etl.tagging.anchors import Located, Sentence

ATTACKER_TARGETS_FILE = "attacker_targets.csv"

# A side's weapons and what it strikes with (references.py reads them too)
SIDE_WEAPONS = (
    r"missiles?|drones?|strikes?|attacks?|air ?strikes?|airstrikes?|air raids?|bombardments?|bombings?"
    r"|barrages?|shelling|artillery|jets?|warplanes?|bombers?|rockets?|shells?"
)
# a word between that is no preposition or article ("Russia's drone strikes"), nor a verb of speech that makes
# the side the one who tells of an attack ("Russia says an attack on a tanker was carried out by Ukrainian
# drones": the attack is not Russia's), nor a relative word that opens a clause about the noun before it
# ("Ukrainian village where missile killed 52": the village's, where the missile struck, not the side's)
SIDE_WORD = (
    r"(?!(?:in|on|at|of|and|or|the|an?|to|for|by|with|as|after|from|where|which|that|who|whose|when"
    r"|says|said|claims?|claimed|reports?|reported|accuses|accused|blames|blamed)\b)[\w-]+"
)
# "Russian missiles", "Russia's drone strikes", "Russian forces": the side's weapons or troops
_WEAPONS_AFTER = re.compile(
    rf"(?:['’]s)?[\s-]+(?:{SIDE_WORD}\s+){{0,2}}?"
    rf"(?:forces|troops|army|military|soldiers|air force|{SIDE_WEAPONS})\b",
    re.IGNORECASE,
)
# "Russia launches", "Russia has again pounded", "Russia kills at least 12": the side acting
_ACTS_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|again|also|then|overnight)\s+){0,2}(?:launch|fire|fired|unleash|hurl|send|sent"
    r"|pound|strike|struck|attack|bomb|shell|hammer|target|hit|bombard|kill|rain)\w*\b",
    re.IGNORECASE,
)
# "Russia shatters Ukraine holiday season with massive missile barrage", "Russia Breaks Putin's Ceasefire With
# New Attacks": the side's deed done with its attacks (not a campaign that goes on: "as Russia continues to
# pummel the country with airstrikes")
_DONE_WITH_ATTACKS = re.compile(
    r"\s+(?:(?!continu|keeps?\b|kept\b)[\w’'-]+\s+){1,5}?with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|strikes|air\s?strikes|barrages?|bombardments?|shelling)\b",
    re.IGNORECASE,
)
# "Russia claims it carried out deadly missile strikes", "a Russian claim that its forces carried out a
# strike": the side claims its own attack (not "Russia says its air defences destroyed drones", a defence)
_CLAIMS_OWN = re.compile(
    r"(?:['’]s)?\s+(?:claims?|says|said|announced)\s+(?:that\s+)?(?:it|its\s+(?:forces|troops|army|military))"
    r"\s+(?:(?:has|had|have)\s+)?(?:carried\s+out|launched|struck|hit|killed|fired)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# "drones rain down bombs on Russian forces", "a strike killed 600 Ukrainian troops": the side struck, not the
# one striking
_STRUCK_BEFORE = re.compile(
    r"\b(?:on|upon|against|at|targeting|destroy(?:s|ed)?|killed|kills|killing)\s+(?:the\s+)?"
    r"(?:(?:more\s+than\s+|at\s+least\s+|hundreds\s+of\s+|dozens\s+of\s+)?\d[\d,]*\s+)?$",
    re.IGNORECASE,
)


# "Ukraine accuses Russia of shelling civilians fleeing dam collapse", "Kyiv accuses Moscow of targeting
# emergency workers": the side (or its capital) accused of an attack made it
_ACCUSED_BEFORE = re.compile(r"\baccus(?:e|es|ed|ing)\s+$", re.IGNORECASE)
_OF_ATTACKING = re.compile(
    r"\s+of\s+(?:[\w-]+ly\s+)?(?:shelling|targeting|attacking|bombing|bombarding|striking|firing|hitting"
    r"|launching)\b",
    re.IGNORECASE,
)


@cache
def attacker_targets() -> dict[str, str]:
    """The country each listed side's unplaced attacks fall on."""
    return {row["attacker"]: row["target"] for row in read_rows(ATTACKER_TARGETS_FILE)}


@cache
def war_sides() -> frozenset[str]:
    """Every country the listed wars are fought by or on (attackers and their targets alike)."""
    return frozenset(code for pair in attacker_targets().items() for code in pair)


def struck_by_side(sentence: Sentence, named_countries: set[str]) -> str | None:
    """The country code an unplaced attack of this sentence fell on, when the sentence names a listed side
    as the attacker and the document names the country it is at war with, or no country but the side's own
    ("Russian attack on apartments kills at least 3")."""
    targets = attacker_targets()
    for loc in sentence.located:
        target = targets.get(loc.place.country_code)
        if not _at_war_here(target, loc, named_countries):
            continue
        if loc.place.precision == "country" and _attacking(sentence, loc):
            return target
        if (loc.place.precision == "country" or loc.capital) and _accused(sentence, loc):
            return target
    return None


def _accused(sentence: Sentence, loc: Located) -> bool:
    """The side is accused of an attack ('accuses Moscow of shelling')."""
    return bool(
        sentence.before(loc.mention, _ACCUSED_BEFORE, 12) and sentence.after(loc.mention, _OF_ATTACKING)
    )


def _at_war_here(target: str | None, side: Located, named_countries: set[str]) -> bool:
    """The document names the side's enemy, or no country but the side's own."""
    return target is not None and (target in named_countries or named_countries <= {side.place.country_code})


def _attacking(sentence: Sentence, loc: Located) -> bool:
    if sentence.before(loc.mention, _STRUCK_BEFORE, 14):
        return False
    if sentence.after(loc.mention, _WEAPONS_AFTER):
        return True
    if loc.mention.kind == "country" and (
        sentence.after(loc.mention, _ACTS_AFTER) or sentence.after(loc.mention, _DONE_WITH_ATTACKS)
    ):
        return True
    return bool(sentence.before(loc.mention, _BY_BEFORE, 8) or sentence.after(loc.mention, _CLAIMS_OWN))


def claimed_strike(speaker: Located, sentence: Sentence, named_countries: set[str]) -> str | None:
    """The country a listed side's claimed hit fell on, when that side is only the speaker a target with no
    place falls back to ("Russia claims deadly barracks hit", "Russian claims that a strike killed 600
    troops"): a side at war claims its own strikes, on the enemy the document names, unless the sentence
    names that enemy as the one attacking ("Russia says Ukrainian drones hit an oil depot")."""
    target = attacker_targets().get(speaker.place.country_code or "")
    if not speaker.speaker or not _at_war_here(target, speaker, named_countries):
        return None
    if any(loc.place.country_code == target and _attacking(sentence, loc) for loc in sentence.located):
        return None
    return target


def claimed_own_attack(sentence: Sentence, named_countries: set[str]) -> str | None:
    """The country a listed side's attack fell on, when the sentence has that side claim the attack as its own
    ("Russia claims it carried out strikes on barracks", "a Russian claim that its forces carried out a
    strike") and the document names its enemy."""
    targets = attacker_targets()
    for loc in sentence.located:
        target = targets.get(loc.place.country_code)
        if target in named_countries and sentence.after(loc.mention, _CLAIMS_OWN):
            return target
    return None
