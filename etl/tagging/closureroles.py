"""Target words of a place shut or back at work: "airports were closed", "Russia Shuts Moscow Airport for
Three Hours After Drone Attack", "authorities halt railway services", "residents shelter in metro station",
"the port of Odesa has resumed operations after Russian strikes". A closure, a halt or a reopening says what a
strike or an alert did to a place's work, not that the place was hit. targetroles.plays_other_role asks these
with the other roles.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

# "the port of Odesa has resumed operations after Russian strikes": a target reported back at work after (or
# amid) attacks is recovering from them, which does not say it was hit (a target closed: _SHUT_AFTER)
_REOPENED_AFTER = re.compile(
    r"(?:\s+of\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:(?:has|have|had|was|were|is|are|now)\s+)*"
    r"(?:reopen(?:s|ed)?|resum(?:es|ed)\s+(?:operations|work|traffic))\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:after|following|amid)\b",
    re.IGNORECASE,
)
# "the drone barrage forced Polish airports to close", "forced the authorities to shut down all three major
# airports", "airports paralysed by quadcopters", "Russia Shuts Moscow Airport for Three Hours After Drone
# Attack", "forcing the closure of a key airport", "Drone Attack in Crimea Prompts Evacuation, Brief Bridge
# Closure": a place shut as a precaution, not a place hit
# (a verb of closing, not 'close to' nor 'the closed plant'; its object, not 'closed after fuel depot hit')
_SHUT_BEFORE = re.compile(
    r"\b(?:(?<!\bthe )(?<!\ban )(?<!\ba )(?:close(?!\s+to\b)|closes|closed|closing|shut|shuts|shutting)"
    r"|closure\s+of|shutdown\s+of)"
    r"(?:\s+down)?\s+(?:(?!(?:after|following|amid|because|due|as|when|by|in|on|at|for|over|near|to|from|with)\b)"
    r"[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... and "Moscow airports suspend flights for second time in two days as drone hits building", "a Moscow
# airport temporarily ceased its flights due to a failed drone attack", "Major Moscow airport flights
# disrupted by drone attack": an airport whose flights stopped says what the alert did, not what was hit
_FLIGHTS_STOPPED = (
    r"(?:(?:suspend|halt|ceas|restrict)(?:s|es|e|ed|ing)?|disrupt(?:s|ed|ing)?)\s+(?:its\s+|all\s+)?"
    r"(?:flights|operations|traffic|arrivals|departures|air\s+traffic)"
    r"|(?:flights|air\s+traffic)\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?"
    r"(?:(?:temporarily|briefly)\s+)?(?:suspended|halted|disrupted|restricted)"
)
# (not "a drone close to Ukraine": near it)
_SHUT_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|has|have|had|remains?|remained)\s+)?"
    r"(?:(?:temporarily|briefly|partly|partially|fully|all)\s+)?(?:to\s+)?"
    r"(?:close(?!\s+to\b)|closed|closes|closures?|shut(?:\s+down)?|paraly[sz]ed|" + _FLIGHTS_STOPPED + r")\b",
    re.IGNORECASE,
)
# "the barrage forced airports in Kaliningrad to close": forced, a few words on, to close
_FORCED_BEFORE = re.compile(r"\bforc(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_TO_CLOSE_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:close|shut|halt|suspend)\b", re.IGNORECASE)
SHUT_WINDOW = 60  # characters before a target word searched for 'shut down', 'disrupting air traffic at'
# "authorities halt railway services", "suspend road traffic on the bridge", "disrupting air traffic at all
# the civilian airports of the Russian capital", "halted flights at one of Moscow’s three major airports": a
# route or terminal whose traffic is stopped, as a precaution or a consequence, is not what was hit
TRANSPORT_TYPES = frozenset({"road", "railway", "bridge", "airport", "port"})
_HALTED_BEFORE = re.compile(
    r"(?:\b(?:halt|suspend)(?:s|ed|ing)?\s+"
    r"(?:(?:road\s+|rail\s+|car\s+|air\s+)?(?:traffic|services|flights|movement)\s+(?:on|across|over|at|through)\s+)?"
    r"|\b(?:disrupt|restrict)(?:s|ed|ing)?\s+(?:road\s+|rail\s+|air\s+)?(?:traffic|flights)\s+(?:on|at)\s+"
    r"|\bflights\s+(?:were\s+|was\s+)?(?:suspended|halted|disrupted|restricted)\s+(?:at|in)\s+)"
    r"(?:one\s+of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Kyiv residents shelter in metro station amid Russian shelling", "forcing people in Kyiv to take shelter in
# underground metro stations": a station people hide in is where they waited out the attack, not what was hit
# (transport only: "civilians sheltering in the drama theatre" were hit with it when a bomb struck it)
_SHELTER_BEFORE = re.compile(
    r"\b(?:shelter(?:s|ed|ing)?|hid(?:e|es|ing)?|hiding\s+out)\s+(?:in|inside)\s+(?:a\s+|the\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def is_reopened(sentence: Sentence, cue: Cue) -> bool:
    """'the port has resumed operations after strikes', 'the airport reopened after': back at work after
    attacks, which does not say it was hit."""
    return bool(sentence.after(cue, _REOPENED_AFTER))


def is_shut(sentence: Sentence, cue: Cue) -> bool:
    """'airports were closed', 'shut down the airport': what a closure names was shut, which does not say
    it was hit ('the bridge was damaged and closed' names the damage first)."""
    return bool(
        sentence.after(cue, _SHUT_AFTER)
        or sentence.before(cue, _SHUT_BEFORE, SHUT_WINDOW)
        or (cue.label in TRANSPORT_TYPES and sentence.before(cue, _HALTED_BEFORE, SHUT_WINDOW))
        or (cue.label in TRANSPORT_TYPES and sentence.before(cue, _SHELTER_BEFORE, SHUT_WINDOW))
        or (sentence.before(cue, _FORCED_BEFORE, SHUT_WINDOW) and sentence.after(cue, _TO_CLOSE_AFTER))
    )
