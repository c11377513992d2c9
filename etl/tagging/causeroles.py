"""Target words of an earlier attack given as the cause of the one reported: "Russia pounded Odesa for a
second night after a Ukrainian attack on the Crimean bridge", "The strikes, which came after an attack on a
Russian ship in Crimea, killed 12". The bridge and the ship were hit days before; what the sentence reports
is the attack it names first (readers label that one only). targetroles.plays_other_role asks this with the
other roles.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

# "after a Ukrainian attack on the", "after an attack on a Russian": the target word closes the phrase
# ... and "come after Kyiv's strike on the Crimean Bridge", "in retaliation for the bombing of the bridge",
# "vowed to retaliate for a Russian missile attack on the port", "tied the attack to a bombing of the bridge":
# a side's attack, or one a reprisal answers, is the earlier one too
_AFTER_ATTACK_ON = re.compile(
    r"(?<![\w-])(?P<lead>after|following|avenge|(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+for"
    r"|retaliat(?:e|es|ed|ing)[”\"']?\s+for|(?:tied|linked|tying|linking)\s+(?:[\w’'-]+\s+){0,5}?to)\s+"
    r"(?:a|an|the|(?-i:[A-Z])[\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|bombings?|explosions?|blasts?|assaults?)\s+(?:on|against|of|at)\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
CAUSE_WINDOW = 90  # characters before a target word searched for 'after an attack on'
# "Over 30 people injured after an attack on a medical facility": a count of the hurt before 'after' is the
# attack's toll, not another attack, so the facility is what was hit
_TOLL = re.compile(r"(?:kill|injur|wound|hurt|dead|die)\w*", re.IGNORECASE)


def is_earlier_cause(sentence: Sentence, cue: Cue) -> bool:
    """'hammered Odesa after a Ukrainian attack on the Crimean Bridge': the bridge is an earlier attack's
    target, told as the cause of the attack the sentence reports before it."""
    found = sentence.before(cue, _AFTER_ATTACK_ON, CAUSE_WINDOW)
    if found is None:
        return False
    at = sentence.start + found.end("lead")  # 'tied the attack to': the reported attack may come within
    return any(a.start < at and not _TOLL.fullmatch(sentence.text_of(a)) for a in sentence.cues_of("attack"))
