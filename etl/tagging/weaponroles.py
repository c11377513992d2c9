"""Target words in a weapon's story, not hit by it: the air defence that intercepts, is at work or is
sent ("two drones were destroyed by air defence systems", "seeking more air defense systems"), the warship
that fires, the aim of a foiled attack and what a weapon flew over. targetroles.plays_other_role asks these
with the other roles; so does the base a weapon or aircraft set out from.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

# "air defence systems in the region surrounding Kyiv were engaged", "air defence systems in Odesa region
# repelling a Russian air attack": where the defence stands, between it and its verb
# (no verb of being among its words: "a Patriot system in Kyiv was destroyed" is hit)
_DEFENCE_WHERE = (
    r"(?:\s+(?:in|around|near|over)(?:\s+(?!(?:was|were|is|are|had|has|have|been)\b)[\w’'-]+){1,5}?)?"
)
# "air defence systems downed all 10 missiles", "its air defense systems took down six drones": the defence
# that intercepts is the subject of the interception, not a target hit
# (a passive but 'were engaged' says the system was hit: "a Patriot missile system was destroyed")
_INTERCEPTS_AFTER = re.compile(
    _DEFENCE_WHERE + r"\s+(?:(?:have|has|had)\s+|(?:were|was)\s+(?=engaged\b))?(?:[\w-]+ly\s+)?"
    r"(?:downed|shot\s+down|took\s+down|brought\s+down|intercepted|destroyed|eliminated|engaged|repelled"
    r"|repulsed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# "two drones were destroyed by air defence systems", "a missile fired by a Ukrainian air-defense system",
# "air defense systems in action as Russia launches attacks": the defence named as the agent of an
# interception or as at work is the defender too; so is the defence a missile was lost to or got through
# ("losing at least 16 of them to Ukrainian air defense batteries", "the one missile that got through its air
# defense system hit the building", "the missile had been struck by Ukraine's air defense system")
_DEFENDER_BEFORE = re.compile(
    r"\b(?:(?:downed|shot\s+down|brought\s+down|intercepted|destroyed|eliminated|repelled|neutrali[sz]ed|fired"
    r"|launched|struck|hit)\s+by|(?:lost|losing|loses)\s+(?:[\w’'-]+\s+){0,5}?to|got\s+through|gets\s+through)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... and the defence a side relies on: used, bringing results, or what attacks aim to wear out ("Ukraine used
# a U.S.-made air-defense system to intercept a missile", "significant results from US and German air defence
# systems", "with the aim of overwhelming air defence systems", "to deplete stocks of air defence systems";
# not "drones used to attack air defence systems", which stay hit)
_RELIED_ON_BEFORE = re.compile(
    r"\b(?:results[”\x22’']?\s+from|uses|used|using|overwhelm(?:s|ed|ing)?|deplet(?:e|es|ed|ing)\s+(?:the\s+)?"
    r"(?:stocks?|supplies)\s+of)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:to|against|on|at|in|into)\b)[\w’'.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... and "air defence systems had been activated", "were repelling attacks", "were deployed early on Sunday
# in repelling another Russian attack", "the sound of air defence systems hitting targets"; or that speaks:
# "Ukraine's air defence systems reported an overnight Russian air attack on Kyiv's outskirts"
_DEFENDER_AT_WORK = re.compile(
    _DEFENCE_WHERE + r"\s+(?:(?:were|was|are|is|had\s+been|has\s+been|have\s+been|been)\s+)?"
    r"(?:in\s+action|at\s+work|(?:were|was|are|is)\s+(?:active|working|operating)|activated|repelling|reported"
    r"|engaging|hitting\s+targets|deployed\s+(?:[\w’'-]+\s+){0,4}?in\s+repelling)\b",
    re.IGNORECASE,
)
# "Ukraine is seeking more air defense systems", "the Biden administration said it was sending the Patriot
# system to Ukraine", "Russia installs air-defense systems in Moscow", "appealing for Patriot missile
# batteries", "Sweden to invest $1.6 billion in air defence systems", "the new arms package includes the
# Patriot air-defense system": air defence asked for, given, bought or set up is kit on its way, not a target
# hit (not "US-supplied Patriot", kit named by its giver)
_SUPPLIED_BEFORE = re.compile(
    r"(?<![\w-])(?:seek(?:s|ing)?|send(?:s|ing)?|sent|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing|y\s+of)?"
    r"|install(?:s|ed|ing)?|shift(?:s|ed|ing)?|provid(?:e|es|ed|ing)|need(?:s|ed)?|request(?:s|ed|ing)?"
    r"|deploy(?:s|ed|ing)?\s+more|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|includ(?:e|es|ed|ing)"
    r"|(?:appeal(?:s|ed|ing)?|call(?:s|ed|ing)?|ask(?:s|ed|ing)?|plea)\s+for"
    r"|invest(?:s|ed|ing)?\s+(?:[$€£\w.,-]+\s+){0,3}?in)\s+"
    r"(?:(?!(?:by|at|on|in|near)\b)[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
_AIR_DEFENCE_KIT = re.compile(r"air[- ]defen[cs]e|Patriot", re.IGNORECASE)
DEFENDER_WINDOW = 60  # characters before an air-defence word searched for 'destroyed by'
# "a Russian patrol ship fired on a Palau-flagged carrier", "Russian warship fires warning shots on commercial
# vessel": a warship or unit that fires is the attacker, not a target hit ('fired on by' is the passive); "the
# Black Sea fleet fights off a drone attack on Sevastopol": one that repels an attack is its defender
_FIRES_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|reportedly|also|then)\s+)*"
    r"(?:fires|fired|firing|opened\s+fire|opens\s+fire|launche[sd]|shell(?:s|ed)|bombard(?:s|ed)"
    r"|fights?\s+off|fought\s+off|repel(?:s|led)|repulse[sd]|beats?\s+back|beat\s+back)\b"
    r"(?!(?:\s+[\w’'-]+){0,2}\s+by\b)",
    re.IGNORECASE,
)
# "Russia says it foiled attack on Crimean Bridge", "thwarted a drone strike on the port": an attack stopped
# before it reached its target names what was aimed at, not what was hit
_FOILED_BEFORE = re.compile(
    r"\b(?:foil(?:s|ed)?|thwart(?:s|ed)?|prevent(?:s|ed)?|avert(?:s|ed)?|repel(?:s|led)?|repuls(?:es|ed))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:attacks?|attempts?|strikes?|raids?|plots?|assaults?)\s+"
    r"(?:on|against|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
FOILED_WINDOW = 100  # characters before a target word searched for the stopped attack
# "a cruise missile flew 'critically low' above a nuclear power plant, before striking a target in Mykolaiv",
# "drones flying over the airport": what a weapon passed over is where it flew, not what it hit
_OVERFLOWN_BEFORE = re.compile(
    r"\b(?:flew|flown|flying|fly|flies|passed|passing|circl(?:ed|ing))\s+(?:[\w’'\"‘“”-]+\s+){0,3}?"
    r"(?:over|above|past)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def is_defender(sentence: Sentence, cue: Cue) -> bool:
    """An air defence system or battery that intercepts ('destroyed by air defence systems', 'air defence
    systems downed'), is at work, or is asked for or sent ('seeking more air defense systems'): the defender
    (a military site only when hit)."""
    if cue.label != "military_site" or not _AIR_DEFENCE_KIT.search(sentence.text_of(cue)):
        return False
    return bool(
        sentence.before(cue, _SUPPLIED_BEFORE, DEFENDER_WINDOW)
        or sentence.after(cue, _INTERCEPTS_AFTER)
        or sentence.after(cue, _DEFENDER_AT_WORK)
        or sentence.before(cue, _DEFENDER_BEFORE, DEFENDER_WINDOW)
        or sentence.before(cue, _RELIED_ON_BEFORE, DEFENDER_WINDOW)
    )


def is_firing(sentence: Sentence, cue: Cue) -> bool:
    """'a Russian patrol ship fired on a carrier', 'the fleet fights off a drone attack': the military word is
    the subject that fires or repels."""
    return cue.label == "military_site" and bool(sentence.after(cue, _FIRES_AFTER))


def is_foiled(sentence: Sentence, cue: Cue) -> bool:
    """'foiled an attack on the Crimean Bridge': the target of an attack that was stopped was not hit."""
    return bool(sentence.before(cue, _FOILED_BEFORE, FOILED_WINDOW))


def is_overflown(sentence: Sentence, cue: Cue) -> bool:
    """'a missile flew low above a nuclear power plant': a place a weapon passed over was not hit by it."""
    return bool(sentence.before(cue, _OVERFLOWN_BEFORE, FOILED_WINDOW))


# "fighter jets struck targets just minutes after their takeoff from an airbase", "drones launched from the
# Kursk region", "missiles fired from a base in Crimea": where a weapon or its carrier set out from, not what
# it hit
_LAUNCHED_FROM_BEFORE = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|take-?offs?|took\s+off|taking\s+off|takes\s+off|flew\s+in"
    r"|flown\s+in|depart(?:ed|ing|s)?|scrambled)\s+from\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    # the base's own words ('Savasleyka', 'a military'), not a verb or preposition leading on to what was hit
    # ("launched from Belgorod struck an airbase in Kharkiv")
    r"(?:(?!(?:struck|stri(?:kes?|king)|hits?|hitting|attack(?:s|ed|ing)?|target(?:s|ed|ing)?|pound(?:s|ed|ing)?"
    r"|and|or|at|on|in|to|into|near|over|towards?|before|after|then)\b)[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
LAUNCHED_WINDOW = 60  # characters before a target word searched for 'launched from'


def is_launch_site(sentence: Sentence, cue: Cue) -> bool:
    """'after their takeoff from Savasleyka airbase': the base a weapon set out from was not hit by it."""
    return bool(sentence.before(cue, _LAUNCHED_FROM_BEFORE, LAUNCHED_WINDOW))
