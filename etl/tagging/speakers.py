"""A place named as who reports rather than where: a city after a comma and a speech verb ("damages Russian
warship, says Moscow") or after a headline's colon or dash ("Attack on Belgorod 'Blocked': Moscow.")."""

from __future__ import annotations

import re

from etl.tagging.anchors import Located, Sentence

# "damages Russian warship, says Moscow", "Russia to blame for hack, says Kyiv": a speaker set after its
# report (after a comma, unlike "officials said Kharkiv was shelled", where the place is the scene)
_SPEAKER_AFTER = re.compile(
    r",\s*(?:says|said|claims|claimed|reports|reported)\s+(?:the\s+)?$", re.IGNORECASE
)

# a headline's source after a colon or a dash, the last words of its sentence: "Attack 'Blocked, Destroyed':
# Moscow.", "Russia Attacked Ukraine With 48 Drones Overnight – Kyiv." (not "LIVE: Kyiv, Kharkiv come under
# attack")
_SOURCE_AFTER = re.compile(r"\w[’'”\"]?(?:\s*[:–—]|\s+-)\s*$")

# a source is a bare name ("Moscow"), not a site named with its attack ("Briefing: Explosions over the
# Kremlin")
_BARE_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def speaks_after(sentence: Sentence, loc: Located) -> bool:
    """A city or region set after a comma and a speech verb, ending its clause ("damages Russian warship, says
    Moscow"), or after a colon or dash, ending a headline ("Attack on Belgorod 'Blocked': Moscow."): it names
    who reports, not where (a country so placed is left to the country rules)."""
    if loc.place.precision == "country" or not _BARE_NAME.fullmatch(loc.mention.surface):
        return False
    rest = sentence.text[loc.mention.end - sentence.start :].strip()
    if sentence.before(loc.mention, _SOURCE_AFTER, 4):
        return not rest or rest[0] in ".!?"
    if not sentence.before(loc.mention, _SPEAKER_AFTER, 16):
        return False
    return not rest or rest[0] in ".!?;,:"
